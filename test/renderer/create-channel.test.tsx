import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { startApp } from './app-under-test'
import {
  closeDetails,
  fillPlatformForm,
  fillWebForm,
  findDetails,
  findRow,
  openCreateDialog,
  renderApp
} from './render-app'

describe('Create App API', () => {
  it('creates an APP channel on Android and iOS, opens its details with the secret shown, and lists it', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)

    await fillPlatformForm(user, dialog, 'Shop app', 'APP', ['Android', 'iOS'])
    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Create App API' })).not.toBeInTheDocument()
    )
    expect(await screen.findByText('App API created')).toBeInTheDocument()
    // The next step is handing the keys over: all three are on screen, focus is on Copy keys.
    const details = within(await findDetails('Shop app'))
    const [channel] = await app.services.service.list()
    expect(await details.findByText(app.secretOf(channel.id) ?? '-')).toBeInTheDocument()
    expect(details.getByText(channel.appKey)).toBeInTheDocument()
    expect(details.getByText(channel.accessKeyId)).toBeInTheDocument()
    expect(details.getByRole('button', { name: 'Copy keys' })).toHaveFocus()
    await closeDetails(user, 'Shop app')

    expect(app.calls('channels.create')).toEqual([
      {
        name: 'Shop app',
        collectedByQuickTracking: true,
        appType: 'APP',
        platforms: ['ANDROID', 'IOS'],
        domains: []
      }
    ])
    const row = within(await findRow('Shop app'))
    expect(row.getByText('APP')).toBeInTheDocument()
    expect(row.getByText('Android')).toBeInTheDocument()
    expect(row.getByText('iOS')).toBeInTheDocument()
    const [created] = await app.services.service.list()
    expect(row.getByText(created.accessKeyId)).toBeInTheDocument()
  })

  it('creates a Mini Program channel on WeChat and Alipay', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)

    await fillPlatformForm(user, dialog, 'Shop mini', 'Mini Program', ['WeChat', 'Alipay'])
    await user.click(within(dialog).getByRole('button', { name: 'OK' }))
    await closeDetails(user, 'Shop mini')

    const row = within(await findRow('Shop mini'))
    expect(row.getByText('Mini Program')).toBeInTheDocument()
    expect(row.getByText('WeChat')).toBeInTheDocument()
    expect(row.getByText('Alipay')).toBeInTheDocument()
    expect((await app.services.service.list())[0]).toMatchObject({
      appType: 'MINI_PROGRAM',
      platforms: ['WECHAT', 'ALIPAY'],
      domains: []
    })
  })

  it('creates a WEB channel with two Network Domains, stored normalised', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)

    await fillWebForm(user, dialog, 'Shop site', [
      'https://Shop.Example.com:443/',
      'http://m.example.com:8080'
    ])
    // Enter in a field submits, like OK.
    await user.type(within(dialog).getByRole('textbox', { name: 'Network Domain 2' }), '{Enter}')
    await closeDetails(user, 'Shop site')

    const row = within(await findRow('Shop site'))
    expect(row.getByText('WEB')).toBeInTheDocument()
    expect(row.getByText('https://shop.example.com')).toBeInTheDocument()
    expect(row.getByText('http://m.example.com:8080')).toBeInTheDocument()
    expect(app.calls('channels.create')).toEqual([
      expect.objectContaining({ appType: 'WEB', platforms: [] })
    ])
    expect((await app.services.service.list())[0].domains).toEqual([
      'https://shop.example.com',
      'http://m.example.com:8080'
    ])
  })

  it('starts Quick Tracking at Yes and offers the page’s platforms for each type', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = within(await openCreateDialog(user))

    expect(dialog.getByRole('textbox', { name: 'Channel Name' })).toHaveFocus()
    expect(dialog.getByRole('radio', { name: 'Yes' })).toBeChecked()
    expect(dialog.getByRole('radio', { name: 'No' })).not.toBeChecked()
    expect(
      dialog.getByText('Select an Application Type to configure its platforms.')
    ).toBeInTheDocument()

    await user.click(dialog.getByRole('radio', { name: 'APP' }))
    const optionsOf = (select: HTMLElement) =>
      within(select)
        .getAllByRole('option')
        .filter((option) => !(option as HTMLOptionElement).disabled)
        .map((option) => option.textContent)
    expect(optionsOf(dialog.getByRole('combobox', { name: 'Platform 1' }))).toEqual([
      'Android',
      'iOS',
      'HarmonyOS'
    ])

    await user.click(dialog.getByRole('radio', { name: 'Mini Program' }))
    expect(optionsOf(dialog.getByRole('combobox', { name: 'Platform 1' }))).toEqual([
      'WeChat',
      'Alipay',
      'DingTalk',
      'Douyin (ByteDance)',
      'JD',
      'Xiaohongshu (RED)',
      'Baidu',
      'Taobao'
    ])
  })

  it('adds and removes platform rows, up to the number of platforms', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = within(await openCreateDialog(user))
    await user.click(dialog.getByRole('radio', { name: 'APP' }))
    const add = dialog.getByRole('button', { name: 'New Platform Configuration' })

    expect(dialog.queryByRole('button', { name: 'Remove platform 1' })).not.toBeInTheDocument()
    await user.click(add)
    await user.click(add)
    expect(dialog.getAllByRole('combobox', { name: /^Platform \d$/ })).toHaveLength(3)
    expect(add).toBeDisabled()

    await user.selectOptions(dialog.getByRole('combobox', { name: 'Platform 1' }), 'Android')
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Platform 3' }), 'HarmonyOS')
    await user.click(dialog.getByRole('button', { name: 'Remove platform 2' }))

    expect(dialog.getAllByRole('combobox', { name: /^Platform \d$/ })).toHaveLength(2)
    expect(dialog.getByRole('combobox', { name: 'Platform 2' })).toHaveValue('HARMONYOS')
    expect(add).toBeEnabled()
    expect(add).toHaveFocus()
  })

  it('resets the rows when the Application Type changes', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = within(await openCreateDialog(user))
    await user.click(dialog.getByRole('radio', { name: 'APP' }))
    await user.click(dialog.getByRole('button', { name: 'New Platform Configuration' }))
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Platform 1' }), 'iOS')

    await user.click(dialog.getByRole('radio', { name: 'WEB' }))
    expect(dialog.queryByRole('combobox', { name: /Platform/ })).not.toBeInTheDocument()
    expect(dialog.getByRole('textbox', { name: 'Network Domain 1' })).toHaveValue('')
    expect(dialog.getByRole('textbox', { name: 'Network Domain 1' })).toHaveAttribute(
      'placeholder',
      'https://shop.example.com'
    )

    await user.click(dialog.getByRole('radio', { name: 'Mini Program' }))
    expect(dialog.getAllByRole('combobox', { name: /^Platform \d$/ })).toHaveLength(1)
    expect(dialog.getByRole('combobox', { name: 'Platform 1' })).toHaveValue('')
  })

  it('disables OK while saving, keeping the focus on it, and saves once', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const release = app.hold('channels.create')
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Shop app', 'APP', ['Android'])
    const ok = within(dialog).getByRole('button', { name: 'OK' })

    await user.click(ok)
    await waitFor(() => expect(ok).toHaveAttribute('aria-disabled', 'true'))
    expect(ok).toHaveAttribute('aria-busy', 'true')
    expect(ok).toHaveFocus()
    await user.click(ok)
    await user.keyboard('{Enter}')
    expect(app.calls('channels.create')).toHaveLength(1)

    release()
    await closeDetails(user, 'Shop app')
    expect(await findRow('Shop app')).toBeInTheDocument()
  })

  it('Cancel, after asking, discards the form without calling main', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Never saved', 'APP', ['Android'])

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    const ask = within(await screen.findByRole('alertdialog', { name: 'Discard your changes?' }))
    await user.click(ask.getByRole('button', { name: 'Discard' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(app.calls('channels.create')).toHaveLength(0)
    expect(screen.getByRole('heading', { name: 'No data collection APIs yet' })).toBeInTheDocument()

    // Opening again starts from an empty form.
    const again = within(await openCreateDialog(user))
    expect(again.getByRole('textbox', { name: 'Channel Name' })).toHaveValue('')
    expect(again.queryByRole('radio', { name: 'APP' })).not.toBeChecked()
  })
})
