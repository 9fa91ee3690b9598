import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ROW_ESTIMATE } from '@renderer/channels/use-row-virtualizer'
import { startApp, storedChannels, storeText, type AppUnderTest } from './app-under-test'
import { findRow, findTable, renderApp } from './render-app'

const COUNT = 10_000

// 10,000 channels in a data file main loads, each with its secret in the keychain; "Channel
// 09999" is the newest, so it is first in the default order. Built once: main never writes
// to the file it is given (each test copies it into its own data folder).
const stored = storedChannels(COUNT, (i) => ({
  name: `Channel ${String(i).padStart(5, '0')}`,
  appType: i % 3 === 0 ? 'WEB' : 'APP',
  platforms: i % 3 === 0 ? [] : ['ANDROID'],
  domains: i % 3 === 0 ? [`https://site-${i}.example.com`] : []
}))
const text = storeText(stored.records)

const manyChannels = (): Promise<AppUnderTest> =>
  startApp({ files: { 'channels.json': text }, secrets: stored.secrets })

/** Rows with a channel in them (the virtualizer's spacer rows are hidden and not counted). */
const channelRows = (table: HTMLElement) => within(table).queryAllByRole('row').slice(1)

/** Scroll the list as a browser would: jsdom has no layout, so set the offset by hand. */
function scrollListTo(top: number): void {
  const region = screen.getByRole('region', { name: 'Channels' })
  Object.defineProperty(region, 'scrollTop', { configurable: true, writable: true, value: top })
  fireEvent.scroll(region)
}

describe('the list with 10,000 channels', () => {
  it('keeps the DOM to the rows around the viewport and tells assistive technology the total', async () => {
    await renderApp(await manyChannels())
    const table = await findTable()

    expect(screen.getByText('Showing 10,000 of 10,000 channels')).toBeInTheDocument()
    expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1))
    const rows = channelRows(table)
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThanOrEqual(100)
    // Every <tr> in the document, spacers and header included.
    expect(document.querySelectorAll('tr').length).toBeLessThanOrEqual(100)
    expect(within(table).getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1')
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2')
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Channel 09999')

    // The scroll container is named; the keyboard reaches it through its rows, one Tab stop.
    const region = screen.getByRole('region', { name: 'Channels' })
    expect(region).toContainElement(table)
    expect(rows[0]).toHaveAttribute('tabindex', '0')
    expect(rows.slice(1).every((row) => row.getAttribute('tabindex') === '-1')).toBe(true)
  })

  it('renders the rows further down once scrolled, with their place in the list', async () => {
    await renderApp(await manyChannels())
    const table = await findTable()

    scrollListTo(5_000 * ROW_ESTIMATE)

    // Row 5,000 of the newest-first order is Channel 04999.
    const row = await findRow('Channel 04999')
    expect(row).toHaveAttribute('aria-rowindex', String(5_000 + 2))
    expect(screen.queryByRole('rowheader', { name: 'Channel 09999' })).not.toBeInTheDocument()
    expect(channelRows(table).length).toBeLessThanOrEqual(100)
  })

  it('runs a row action on a row far down the list: one keychain read, no secret in the list', async () => {
    const app = await manyChannels()
    const { user } = await renderApp(app)
    await findTable()
    // One snapshot, in parts: the newest channels first, then the rest.
    expect(app.calls('channels.snapshot')).toMatchObject([{ limit: 500 }, { skip: 500 }])
    expect(app.calls('channels.revealSecret')).toHaveLength(0)
    const keychainReads: string[] = []
    app.vault.fault = (operation, account) => {
      if (operation === 'get' && account) keychainReads.push(account)
      return undefined
    }

    scrollListTo(7_000 * ROW_ESTIMATE)
    const row = within(await findRow('Channel 02999'))
    const target = stored.records.find((c) => c.name === 'Channel 02999')

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Channel 02999' }))

    expect(await row.findByText(app.secretOf(target?.id ?? '') ?? '-')).toBeInTheDocument()
    expect(app.calls('channels.revealSecret')).toEqual([{ id: target?.id }])
    expect(keychainReads).toEqual([target?.id])

    await user.click(row.getByRole('button', { name: 'Copy AccessKeyId of Channel 02999' }))
    await waitFor(() => expect(app.clipboard.text).toBe(target?.accessKeyId))
  })

  it('keeps the row that holds focus when it is scrolled out of view', async () => {
    const { user } = await renderApp(await manyChannels())
    await findTable()
    const first = within(await findRow('Channel 09999'))
    const edit = first.getByRole('button', { name: 'Actions for Channel 09999' })
    await user.click(first.getByRole('button', { name: 'Copy APPKEY of Channel 09999' }))
    edit.focus()

    scrollListTo(3_000 * ROW_ESTIMATE)

    expect(await findRow('Channel 06999')).toBeInTheDocument()
    expect(edit).toBeInTheDocument()
    expect(edit).toHaveFocus()
    // Only the pinned row is added to the window of rows.
    expect(channelRows(await findTable()).length).toBeLessThanOrEqual(100)
  })

  it('narrows 10,000 channels by search and filter, and starts the results at the top', async () => {
    const { user } = await renderApp(await manyChannels())
    const table = await findTable()
    const box = screen.getByRole('searchbox', { name: 'Search channels' })

    scrollListTo(4_000 * ROW_ESTIMATE)
    await user.type(box, 'site-42.example')
    await waitFor(() => expect(channelRows(table)).toHaveLength(1))
    expect(screen.getByRole('region', { name: 'Channels' }).scrollTop).toBe(0)
    expect(within(table).getByRole('rowheader')).toHaveTextContent('Channel 00042')
    expect(screen.getByText('Showing 1 of 10,000 channels')).toBeInTheDocument()
    expect(table).toHaveAttribute('aria-rowcount', '2')

    // Domains are https://site-<i>.example.com for every third channel.
    const expected = Array.from({ length: COUNT }, (_, i) => i).filter(
      (i) => i % 3 === 0 && String(i).startsWith('12')
    ).length
    await user.clear(box)
    await user.type(box, 'SITE-12')
    await waitFor(() =>
      expect(screen.getByText(`Showing ${expected} of 10,000 channels`)).toBeInTheDocument()
    )

    await user.clear(box)
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Application Type filter' }),
      'WEB'
    )
    await waitFor(() =>
      expect(screen.getByText('Showing 3,334 of 10,000 channels')).toBeInTheDocument()
    )
    expect(channelRows(table).length).toBeLessThanOrEqual(100)
  })
})
