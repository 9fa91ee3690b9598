/**
 * Secret age and Disable / Enable (SPEC §11, issue 15) on the real services, by the words on
 * screen, in English and Chinese: the Status badges, the secret-age and state filters, the
 * Secret updated sort, the past-policy count in the page heading, the rotation policy in
 * Settings, and Disable / Enable from the row menu and the details with their confirmations.
 *
 * Secret ages are measured by the page's clock (the real one); the channels here are stored
 * with times relative to it.
 */
import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { DAY_MS } from '@shared/secret-age'
import { startApp, storedChannels, storeText } from './app-under-test'
import { findDetails, findRow, findTable, renderApp, rowName } from './render-app'

const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString()

/** Five channels: two past 90 days, one due in 10 days, one fresh, one never rotated and old. */
async function withAges() {
  const ages: ReadonlyArray<readonly [string, number, number]> = [
    // name, created days ago, secret updated days ago
    ['Old shop', 400, 200],
    ['Older site', 300, 100],
    ['Due app', 200, 80],
    ['Fresh app', 10, 1],
    ['Never rotated', 95, 95]
  ]
  const { records, secrets } = storedChannels(ages.length, (i) => ({
    name: ages[i][0],
    createdAt: daysAgo(ages[i][1]),
    updatedAt: daysAgo(ages[i][1]),
    secretUpdatedAt: ages[i][1] === ages[i][2] ? daysAgo(ages[i][1]) : daysAgo(ages[i][2])
  }))
  // "Never rotated": the secret is the one issued with the channel, to the millisecond.
  const never = records[4]
  records[4] = { ...never, secretUpdatedAt: never.createdAt }
  const app = await startApp({ files: { 'channels.json': storeText(records) }, secrets })
  return { app, records }
}

const shownNames = async (): Promise<string[]> => {
  const table = await findTable()
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => rowName(cell))
}

async function openRowMenu(user: UserEvent, name: string, label = `Actions for ${name}`) {
  await user.click(await screen.findByRole('button', { name: label }))
}

describe('secret age in the list', () => {
  it('badges past the policy and due within 14 days; the count in the heading shows exactly those past it', async () => {
    const { app } = await withAges()
    const { user } = await renderApp(app)

    expect(within(await findRow('Old shop')).getByText('Past policy')).toBeInTheDocument()
    expect(within(await findRow('Older site')).getByText('Past policy')).toBeInTheDocument()
    expect(within(await findRow('Never rotated')).getByText('Past policy')).toBeInTheDocument()
    expect(within(await findRow('Due app')).getByText('Due in 10 days')).toBeInTheDocument()
    expect(within(await findRow('Fresh app')).queryByText(/Past policy|Due in/)).toBeNull()

    await user.click(await screen.findByRole('button', { name: '3 secrets are past 90 days' }))
    await waitFor(async () =>
      expect((await shownNames()).sort()).toEqual(['Never rotated', 'Old shop', 'Older site'])
    )
    const ageFilter = screen.getByRole('combobox', { name: 'Secret age filter' })
    expect(ageFilter).toHaveValue('past')
    expect(ageFilter).toHaveFocus()
    expect(screen.getByText('Showing 3 of 5 channels')).toBeInTheDocument()
  })

  it('filters due within 14 days and never rotated, and sorts by Secret updated, oldest first', async () => {
    const { app } = await withAges()
    const { user } = await renderApp(app)
    const ageFilter = await screen.findByRole('combobox', { name: 'Secret age filter' })

    await user.selectOptions(ageFilter, 'Due within 14 days')
    await waitFor(async () => expect(await shownNames()).toEqual(['Due app']))
    await user.selectOptions(ageFilter, 'Never rotated')
    await waitFor(async () => expect(await shownNames()).toEqual(['Never rotated']))
    await user.selectOptions(ageFilter, 'Any secret age')

    await user.click(screen.getByRole('button', { name: 'Secret updated' }))
    await waitFor(async () =>
      expect(await shownNames()).toEqual([
        'Old shop',
        'Older site',
        'Never rotated',
        'Due app',
        'Fresh app'
      ])
    )
    expect(screen.getByRole('columnheader', { name: 'Secret updated' })).toHaveAttribute(
      'aria-sort',
      'ascending'
    )
  })

  it('follows the rotation policy set in Settings; empty turns it off; a bad value is said at the field', async () => {
    const { app } = await withAges()
    const { user } = await renderApp(app)
    await screen.findByRole('button', { name: '3 secrets are past 90 days' })

    const openSettings = async () => {
      await user.click(screen.getByRole('button', { name: 'Settings' }))
      return within(await screen.findByRole('dialog', { name: 'Settings' }))
    }
    let dialog = await openSettings()
    const field = dialog.getByRole('textbox', { name: 'Rotation policy (days)' })
    expect(field).toHaveValue('90')
    await user.clear(field)
    await user.type(field, '0')
    await user.click(dialog.getByRole('button', { name: 'Save' }))
    expect(field).toHaveAccessibleDescription(
      /Enter the rotation policy as a whole number of days from 1 to 3650, or leave it empty to turn it off\./
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    await user.clear(field)
    await user.type(field, '110')
    await user.click(dialog.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('button', { name: '1 secret is past 110 days' })).toBeVisible()
    expect(within(await findRow('Old shop')).getByText('Past policy')).toBeInTheDocument()
    expect(within(await findRow('Older site')).getByText('Due in 10 days')).toBeInTheDocument()
    expect(within(await findRow('Never rotated')).queryByText(/Past policy|Due in/)).toBeNull()

    dialog = await openSettings()
    await user.clear(dialog.getByRole('textbox', { name: 'Rotation policy (days)' }))
    await user.click(dialog.getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /secrets? (is|are) past/ })).toBeNull()
    )
    expect(within(await findRow('Older site')).queryByText(/Past policy|Due in/)).toBeNull()
    expect(app.services.settings.get().rotationPolicyDays).toBeNull()
  })

  it('in Chinese', async () => {
    const { app } = await withAges()
    const { user } = await renderApp(app, { language: 'zh-CN' })
    expect(within(await findRow('Due app')).getByText('10 天后到期')).toBeInTheDocument()
    expect(within(await findRow('Old shop')).getByText('已超期')).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: '3 个密钥已超过 90 天' }))
    const ageFilter = screen.getByRole('combobox', { name: '按密钥更新时间筛选' })
    expect(ageFilter).toHaveValue('past')
    expect(within(ageFilter).getByRole('option', { selected: true })).toHaveTextContent(
      '已超过轮换周期'
    )
    expect(screen.getByRole('columnheader', { name: '密钥更新时间' })).toBeInTheDocument()
  })
})

describe('Disable / Enable', () => {
  it('from the row menu, confirmed: the row says Disabled, View is refused, Enable brings it back', async () => {
    const app = await startApp()
    const channel = await app.create({ name: 'Shop app' })
    await app.create({ name: 'Other app' })
    const { user } = await renderApp(app)

    await openRowMenu(user, 'Shop app')
    await user.click(await screen.findByRole('menuitem', { name: 'Disable' }))
    let dialog = await screen.findByRole('alertdialog', { name: 'Disable Shop app?' })
    expect(dialog).toHaveAccessibleDescription(
      /stays in the list and keeps its keys, but its AccessKeySecret cannot be viewed or copied/
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(app.calls('channels.disable')).toEqual([])

    await openRowMenu(user, 'Shop app')
    await user.click(await screen.findByRole('menuitem', { name: 'Disable' }))
    dialog = await screen.findByRole('alertdialog', { name: 'Disable Shop app?' })
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }))
    expect(await screen.findByText('Shop app disabled')).toBeInTheDocument()
    expect(within(await findRow('Shop app')).getByText('Disabled')).toBeInTheDocument()
    expect(app.calls('channels.disable')).toEqual([{ id: channel.id }])
    // Focus goes back to the row's menu button.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions for Shop app' })).toHaveFocus()
    )

    await user.click(
      within(await findRow('Shop app')).getByRole('button', {
        name: 'View AccessKeySecret of Shop app'
      })
    )
    expect(
      await screen.findByText(
        'This API is disabled: its AccessKeySecret cannot be viewed or copied. Enable it first.'
      )
    ).toBeInTheDocument()
    expect(screen.queryByText(app.secretOf(channel.id)!)).toBeNull()

    const stateFilter = screen.getByRole('combobox', { name: 'State filter' })
    await user.selectOptions(stateFilter, 'Disabled')
    await waitFor(async () => expect(await shownNames()).toEqual(['Shop app']))
    await user.selectOptions(stateFilter, 'Enabled')
    await waitFor(async () => expect(await shownNames()).toEqual(['Other app']))
    await user.selectOptions(stateFilter, 'Enabled and disabled')

    await openRowMenu(user, 'Shop app')
    await user.click(await screen.findByRole('menuitem', { name: 'Enable' }))
    dialog = await screen.findByRole('alertdialog', { name: 'Enable Shop app?' })
    await user.click(within(dialog).getByRole('button', { name: 'Enable' }))
    expect(await screen.findByText('Shop app enabled')).toBeInTheDocument()
    await waitFor(async () =>
      expect(within(await findRow('Shop app')).queryByText('Disabled')).toBeNull()
    )
    await user.click(
      within(await findRow('Shop app')).getByRole('button', {
        name: 'View AccessKeySecret of Shop app'
      })
    )
    expect(
      await within(await findRow('Shop app')).findByText(app.secretOf(channel.id)!)
    ).toBeVisible()
  })

  it('in the details: a button with its confirmation, the State, and Copy keys with the secret refused', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    await user.click(within(await findRow('Shop app')).getByRole('rowheader'))
    const details = within(await findDetails('Shop app'))
    expect(details.getByText('Enabled')).toBeInTheDocument()

    await user.click(details.getByRole('button', { name: 'Disable Shop app' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Disable Shop app?' })
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }))
    expect(await details.findByRole('button', { name: 'Enable Shop app' })).toHaveFocus()
    expect(details.getAllByText('Disabled').length).toBeGreaterThan(0)

    await user.click(details.getByRole('checkbox', { name: /Include the AccessKeySecret/ }))
    await user.click(details.getByRole('button', { name: 'Copy keys' }))
    expect(
      await screen.findByText(
        'This API is disabled: its AccessKeySecret cannot be viewed or copied. Enable it first.'
      )
    ).toBeInTheDocument()
    expect(app.clipboard.text).toBe('')
  })

  it('in Chinese: 停用 and 启用, each confirmed', async () => {
    const app = await startApp()
    await app.create({ name: '会员小程序' })
    const { user } = await renderApp(app, { language: 'zh-CN' })
    await findRow('会员小程序')
    await user.click(screen.getByRole('button', { name: '会员小程序 的操作' }))
    await user.click(await screen.findByRole('menuitem', { name: '停用' }))
    let dialog = await screen.findByRole('alertdialog', { name: '停用 会员小程序？' })
    await user.click(within(dialog).getByRole('button', { name: '停用' }))
    expect(await screen.findByText('已停用 会员小程序')).toBeInTheDocument()
    expect(within(await findRow('会员小程序')).getByText('已停用')).toBeInTheDocument()

    await user.click(
      within(await findRow('会员小程序')).getByRole('button', {
        name: /查看.*AccessKeySecret/
      })
    )
    expect(
      await screen.findByText('此接口已停用：不能查看或复制其 AccessKeySecret。请先启用。')
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: '会员小程序 的操作' }))
    await user.click(await screen.findByRole('menuitem', { name: '启用' }))
    dialog = await screen.findByRole('alertdialog', { name: '启用 会员小程序？' })
    await user.click(within(dialog).getByRole('button', { name: '启用' }))
    expect(await screen.findByText('已启用 会员小程序')).toBeInTheDocument()
  })
})
