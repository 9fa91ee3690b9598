import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { dateTimeParts } from '@renderer/channels/DateTime'
import { startApp } from './app-under-test'
import { findRow, findTable, renderApp } from './render-app'

describe('channel list', () => {
  it('shows an empty state that invites creating the first API', async () => {
    const { user } = await renderApp(await startApp())

    expect(
      await screen.findByRole('heading', { name: 'No data collection APIs yet' })
    ).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Create App API' }))
    expect(await screen.findByRole('dialog', { name: 'Create App API' })).toBeVisible()
  })

  it('shows each channel with its type, platforms or domains, keys, masked secret and time', async () => {
    const app = await startApp()
    const shopApp = await app.create({
      name: 'Shop app',
      appType: 'APP',
      platforms: ['ANDROID', 'IOS']
    })
    await app.create({
      name: 'Shop mini',
      appType: 'MINI_PROGRAM',
      platforms: ['WECHAT', 'DOUYIN']
    })
    await app.create({
      name: 'Shop site',
      appType: 'WEB',
      platforms: [],
      domains: ['https://shop.example.com', 'http://localhost:8080']
    })
    await renderApp(app)

    const table = await findTable()
    for (const header of [
      'Channel Name',
      'Application Type',
      'Platforms / Network Domains',
      'Keys',
      'AccessKeySecret',
      'Created',
      'Secret updated',
      'Actions'
    ]) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument()
    }

    const appRow = within(await findRow('Shop app'))
    expect(appRow.getByText('APP')).toBeInTheDocument()
    expect(appRow.getByText('Android')).toBeInTheDocument()
    expect(appRow.getByText('iOS')).toBeInTheDocument()
    expect(appRow.getByText(shopApp.appKey)).toBeInTheDocument()
    expect(appRow.getByText(shopApp.accessKeyId)).toBeInTheDocument()
    expect(appRow.getByText('Hidden')).toBeInTheDocument()
    // Its date and its time each in a part that does not break (SPEC §12).
    const parts = dateTimeParts(shopApp.createdAt, 'en')
    // The Created and Secret updated cells (the secret is as old as the channel).
    const [created, secretUpdated] = appRow
      .getAllByText(parts?.date ?? '-')
      .map((part) => part.closest('time'))
    expect(created).toHaveAttribute('datetime', shopApp.createdAt)
    expect(created).toHaveTextContent(`${parts?.date} ${parts?.time}`)
    expect(secretUpdated).toHaveAttribute('datetime', shopApp.secretUpdatedAt)

    const miniRow = within(await findRow('Shop mini'))
    expect(miniRow.getByText('Mini Program')).toBeInTheDocument()
    expect(miniRow.getByText('WeChat')).toBeInTheDocument()
    expect(miniRow.getByText('Douyin (ByteDance)')).toBeInTheDocument()

    const webRow = within(await findRow('Shop site'))
    expect(webRow.getByText('WEB')).toBeInTheDocument()
    expect(webRow.getByText('https://shop.example.com')).toBeInTheDocument()
    expect(webRow.getByText('http://localhost:8080')).toBeInTheDocument()

    // The list never carries a secret, so none can be on screen.
    for (const channel of await app.services.service.list()) {
      const secret = app.secretOf(channel.id)
      expect(secret).toBeDefined()
      expect(document.body).not.toHaveTextContent(secret ?? '')
    }
  })

  it('names every control after the channel it acts on', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))

    const names: ReadonlyArray<readonly [string, string]> = [
      ['Copy APPKEY of Shop app', 'Copy'],
      ['Copy AccessKeyId of Shop app', 'Copy'],
      ['View AccessKeySecret of Shop app', 'View'],
      ['Copy AccessKeySecret of Shop app', 'Copy'],
      ['Update AccessKeySecret of Shop app', 'Update'],
      ['Actions for Shop app', '']
    ]
    for (const [name, text] of names) {
      expect(row.getByRole('button', { name })).toHaveTextContent(text)
    }
    // Edit and Remove are in the row's menu, named by it.
    await user.click(row.getByRole('button', { name: 'Actions for Shop app' }))
    const menu = within(await screen.findByRole('menu'))
    expect(menu.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Details',
      'Edit',
      'Disable',
      'Remove'
    ])
  })

  it('shows "Secret missing" with an Update action when the keychain has no secret', async () => {
    const app = await startApp()
    const lost = await app.create({ name: 'Lost key' })
    // Deleted from the keychain outside the app; main's start-up reconcile finds it missing.
    app.vault.entries.delete(lost.id)
    await renderApp(app)
    const row = within(await findRow('Lost key'))

    expect(row.getByText('Secret missing')).toBeInTheDocument()
    expect(row.getByRole('button', { name: 'Update AccessKeySecret of Lost key' })).toBeEnabled()
    expect(row.queryByRole('button', { name: /View AccessKeySecret/ })).not.toBeInTheDocument()
    expect(row.queryByRole('button', { name: /Copy AccessKeySecret/ })).not.toBeInTheDocument()
  })

  it('says when the list cannot be loaded and loads it again on request', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    // Main's list reads memory and cannot fail on its own; the call itself can go unanswered.
    app.rejectNext('channels.snapshot')
    const { user } = await renderApp(app)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The channels could not be loaded.')
    expect(alert).toHaveTextContent(
      'The app did not answer. Try again; if this keeps happening, restart the app.'
    )

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await findRow('Shop app')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
