import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { startApp } from './app-under-test'
import { findRow, renderApp, rowAction } from './render-app'

describe('Edit App API', () => {
  it('edits name and platforms, with the Application Type read-only', async () => {
    const app = await startApp()
    const channel = await app.create({
      name: 'Shop mini',
      appType: 'MINI_PROGRAM',
      platforms: ['WECHAT']
    })
    const { user } = await renderApp(app)

    await findRow('Shop mini')
    await rowAction(user, 'Shop mini', 'Edit')
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit App API' }))

    expect(dialog.getByRole('textbox', { name: 'Channel Name' })).toHaveValue('Shop mini')
    expect(dialog.getByRole('combobox', { name: 'Platform 1' })).toHaveValue('WECHAT')
    // Every Application Type radio is disabled; the stored one is checked; the reason is given.
    for (const type of ['APP', 'Mini Program', 'WEB']) {
      expect(dialog.getByRole('radio', { name: type })).toBeDisabled()
    }
    expect(dialog.getByRole('radio', { name: 'Mini Program' })).toBeChecked()
    expect(dialog.getByRole('group', { name: 'Application Type' })).toHaveAccessibleDescription(
      'Application Type cannot be changed after the API is created.'
    )

    const name = dialog.getByRole('textbox', { name: 'Channel Name' })
    await user.clear(name)
    await user.type(name, 'Shop mini (all hosts)')
    await user.click(dialog.getByRole('button', { name: 'New Platform Configuration' }))
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Platform 2' }), 'Alipay')
    await user.click(dialog.getByRole('button', { name: 'OK' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByText('Changes saved')).toBeInTheDocument()
    expect(app.calls('channels.update')).toEqual([
      {
        id: channel.id,
        name: 'Shop mini (all hosts)',
        collectedByQuickTracking: true,
        appType: 'MINI_PROGRAM',
        platforms: ['WECHAT', 'ALIPAY'],
        domains: []
      }
    ])
    const row = within(await findRow('Shop mini (all hosts)'))
    expect(row.getByText('Alipay')).toBeInTheDocument()
    // Keys do not change on edit.
    expect(row.getByText(channel.accessKeyId)).toBeInTheDocument()
    // Focus goes back to where the edit started: the row's menu.
    expect(row.getByRole('button', { name: 'Actions for Shop mini (all hosts)' })).toHaveFocus()
  })

  it('cannot send a different Application Type, so main never answers IMMUTABLE_FIELD', async () => {
    const app = await startApp()
    const channel = await app.create({
      name: 'Shop site',
      appType: 'WEB',
      platforms: [],
      domains: ['https://shop.example.com']
    })
    const { user } = await renderApp(app)

    await findRow('Shop site')
    await rowAction(user, 'Shop site', 'Edit')
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit App API' }))

    // Clicking a disabled radio changes nothing.
    await user.click(dialog.getByRole('radio', { name: 'APP' }))
    expect(dialog.getByRole('radio', { name: 'WEB' })).toBeChecked()
    expect(dialog.getByRole('textbox', { name: 'Network Domain 1' })).toHaveValue(
      'https://shop.example.com'
    )
    await user.click(dialog.getByRole('button', { name: 'OK' }))

    await waitFor(() => expect(app.calls('channels.update')).toHaveLength(1))
    expect(app.calls('channels.update')).toEqual([
      expect.objectContaining({ id: channel.id, appType: 'WEB', platforms: [] })
    ])
    // Main accepted it: nothing differed, so nothing was stored (SPEC §3.7), the page says so and
    // the dialog closed.
    expect(await screen.findByText('No changes')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    const stored = await app.services.service.get({ id: channel.id })
    expect(stored).toMatchObject({ appType: 'WEB', domains: ['https://shop.example.com'] })
    expect(stored.updatedAt).toBe(channel.updatedAt)
    expect(
      screen.queryByText('Application Type cannot be changed after the API is created.')
    ).toBeNull()
  })

  it('shows main’s conflict when renaming to another channel’s name', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    await app.create({ name: 'Other app' })
    const { user } = await renderApp(app)

    await findRow('Other app')
    await rowAction(user, 'Other app', 'Edit')
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit App API' }))
    const name = dialog.getByRole('textbox', { name: 'Channel Name' })
    await user.clear(name)
    await user.type(name, 'shop app')
    await user.click(dialog.getByRole('button', { name: 'OK' }))

    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(name).toHaveAccessibleDescription(/^Another channel already has this name: “Shop app”\./)
    expect((await app.services.service.list()).map((c) => c.name).sort()).toEqual([
      'Other app',
      'Shop app'
    ])
  })
})
