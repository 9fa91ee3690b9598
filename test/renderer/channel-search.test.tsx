import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ChannelView } from '@shared/channel'
import { startApp, type AppUnderTest } from './app-under-test'
import { findTable, renderApp, rowName, type RenderedApp } from './render-app'

/** Main with three channels, created in this order (so Charlie site is the newest). */
async function withChannels(): Promise<{ app: AppUnderTest; list: ChannelView[] }> {
  const app = await startApp()
  const list = [
    await app.create({ name: 'Bravo app', appType: 'APP', platforms: ['ANDROID'] }),
    await app.create({
      name: 'alpha mini',
      appType: 'MINI_PROGRAM',
      platforms: ['ALIPAY', 'DOUYIN']
    }),
    await app.create({
      name: 'Charlie site',
      appType: 'WEB',
      platforms: [],
      domains: ['https://charlie.example.com']
    })
  ]
  return { app, list }
}

/** The names in the table, top to bottom. */
async function shownNames(): Promise<(string | null)[]> {
  const table = await findTable()
  return within(table)
    .queryAllByRole('rowheader')
    .map((cell) => rowName(cell))
}

const searchBox = () => screen.getByRole('searchbox', { name: 'Search channels' })
const header = (name: string) => screen.getByRole('columnheader', { name })

async function search(user: RenderedApp['user'], text: string): Promise<void> {
  await user.clear(searchBox())
  if (text !== '') await user.type(searchBox(), text)
}

describe('searching, filtering and sorting the list', () => {
  it('sorts by Created, newest first, until a column header asks otherwise', async () => {
    const { user } = await renderApp((await withChannels()).app)

    expect(await shownNames()).toEqual(['Charlie site', 'alpha mini', 'Bravo app'])
    expect(header('Created')).toHaveAttribute('aria-sort', 'descending')
    expect(header('Channel Name')).not.toHaveAttribute('aria-sort')

    await user.click(within(header('Channel Name')).getByRole('button', { name: 'Channel Name' }))
    expect(await shownNames()).toEqual(['alpha mini', 'Bravo app', 'Charlie site'])
    expect(header('Channel Name')).toHaveAttribute('aria-sort', 'ascending')
    expect(header('Created')).not.toHaveAttribute('aria-sort')

    await user.click(within(header('Channel Name')).getByRole('button'))
    expect(await shownNames()).toEqual(['Charlie site', 'Bravo app', 'alpha mini'])
    expect(header('Channel Name')).toHaveAttribute('aria-sort', 'descending')

    await user.click(within(header('Application Type')).getByRole('button'))
    expect(await shownNames()).toEqual(['Bravo app', 'alpha mini', 'Charlie site'])
    expect(header('Application Type')).toHaveAttribute('aria-sort', 'ascending')

    await user.click(within(header('Created')).getByRole('button'))
    expect(await shownNames()).toEqual(['Charlie site', 'alpha mini', 'Bravo app'])
    await user.click(within(header('Created')).getByRole('button'))
    expect(await shownNames()).toEqual(['Bravo app', 'alpha mini', 'Charlie site'])
    expect(header('Created')).toHaveAttribute('aria-sort', 'ascending')
    // Only the sortable columns are buttons.
    expect(within(header('Keys')).queryByRole('button')).not.toBeInTheDocument()
  })

  it('searches by name, APPKEY, AccessKeyId, platform or domain and counts what it shows', async () => {
    const { app, list } = await withChannels()
    const [bravo, alpha] = list
    const { user } = await renderApp(app)
    const count = await screen.findByText('Showing 3 of 3 channels')
    expect(count).toHaveAttribute('aria-live', 'polite')
    expect(searchBox()).toHaveAttribute('type', 'search')

    const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
      ['bravo', ['Bravo app']], // name, any case
      [bravo?.appKey ?? '', ['Bravo app']],
      [alpha?.accessKeyId ?? '', ['alpha mini']],
      ['Alipay', ['alpha mini']], // platform label
      ['ByteDance', ['alpha mini']], // the rest of a label
      ['douyin', ['alpha mini']], // platform code
      ['android', ['Bravo app']],
      ['CHARLIE.example', ['Charlie site']], // domain
      ['https://charlie', ['Charlie site']],
      ['a', ['Charlie site', 'alpha mini', 'Bravo app']]
    ]
    for (const [text, expected] of cases) {
      await search(user, text)
      await waitFor(async () => expect(await shownNames()).toEqual(expected))
      expect(
        screen.getByText(`Showing ${expected.length} of 3 channels`, { selector: '.list-count' })
      ).toBeInTheDocument()
    }
  })

  it('filters by Application Type, together with the search', async () => {
    const { user } = await renderApp((await withChannels()).app)
    await findTable()
    const filter = screen.getByRole('combobox', { name: 'Application Type filter' })
    expect(
      within(filter)
        .getAllByRole('option')
        .map((o) => o.textContent)
    ).toEqual(['All types', 'APP', 'Mini Program', 'WEB'])

    await user.selectOptions(filter, 'Mini Program')
    expect(await shownNames()).toEqual(['alpha mini'])
    expect(screen.getByText('Showing 1 of 3 channels')).toBeInTheDocument()

    await user.selectOptions(filter, 'WEB')
    expect(await shownNames()).toEqual(['Charlie site'])

    await user.type(searchBox(), 'bravo')
    expect(await shownNames()).toEqual([])
    expect(screen.getByText('No WEB channels match “bravo”.')).toBeInTheDocument()

    await user.selectOptions(filter, 'All types')
    expect(await shownNames()).toEqual(['Bravo app'])
  })

  it('says when nothing matches and clears the search in one step', async () => {
    const { user } = await renderApp((await withChannels()).app)
    await findTable()

    await user.type(searchBox(), 'nothing like this')
    expect(await screen.findByText('No channels match “nothing like this”.')).toBeInTheDocument()
    expect(await shownNames()).toEqual([])
    expect(screen.getByText('Showing 0 of 3 channels')).toBeInTheDocument()
    // The column headers stay, so the table still says what it would show.
    expect(header('Channel Name')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(searchBox()).toHaveValue('')
    expect(searchBox()).toHaveFocus()
    expect(await shownNames()).toHaveLength(3)
    expect(screen.queryByRole('button', { name: 'Clear search' })).not.toBeInTheDocument()
  })

  it('offers to show all types when a type has no channels', async () => {
    const app = await startApp()
    await app.create({ name: 'Only app', appType: 'APP' })
    const { user } = await renderApp(app)
    await findTable()
    const filter = screen.getByRole('combobox', { name: 'Application Type filter' })

    await user.selectOptions(filter, 'WEB')
    expect(await screen.findByText('There are no WEB channels.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show all types' }))

    expect(filter).toHaveValue('ALL')
    expect(filter).toHaveFocus()
    expect(await shownNames()).toEqual(['Only app'])
  })

  it('speaks Chinese in the count and the no-match message', async () => {
    const { user } = await renderApp((await withChannels()).app, { language: 'zh-CN' })
    expect(await screen.findByText('显示 3 个渠道，共 3 个')).toBeInTheDocument()
    await user.type(screen.getByRole('searchbox', { name: '搜索渠道' }), '微信')
    expect(await screen.findByText('没有与“微信”匹配的渠道。')).toBeInTheDocument()
    await user.clear(screen.getByRole('searchbox', { name: '搜索渠道' }))
    await user.type(screen.getByRole('searchbox', { name: '搜索渠道' }), '支付宝')
    const table = await screen.findByRole('table', { name: '数据采集接口' })
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => rowName(cell))
    ).toEqual(['alpha mini'])
    expect(screen.getByText('显示 1 个渠道，共 3 个')).toBeInTheDocument()
  })
})
