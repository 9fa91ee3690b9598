import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDateTime } from '@renderer/i18n/format'
import { createFakeApi } from './fake-api'
import { makeChannel } from './fixtures'
import { findRow, findTable, renderApp } from './render-app'

describe('channel list', () => {
  it('shows an empty state that invites creating the first API', async () => {
    const { user } = renderApp()

    expect(
      await screen.findByRole('heading', { name: 'No data collection APIs yet' })
    ).toBeVisible()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Create App API' }))
    expect(await screen.findByRole('dialog', { name: 'Create App API' })).toBeVisible()
  })

  it('shows each channel with its type, platforms or domains, keys, masked secret and time', async () => {
    const app = makeChannel({ name: 'Shop app', appType: 'APP', platforms: ['ANDROID', 'IOS'] })
    const mini = makeChannel({
      name: 'Shop mini',
      appType: 'MINI_PROGRAM',
      platforms: ['WECHAT', 'DOUYIN']
    })
    const web = makeChannel({
      name: 'Shop site',
      appType: 'WEB',
      platforms: [],
      domains: ['https://shop.example.com', 'http://localhost:8080']
    })
    const fake = createFakeApi({ channels: [app, mini, web] })
    renderApp(fake)

    const table = await findTable()
    for (const header of [
      'Channel Name',
      'Application Type',
      'Platforms / Network Domains',
      'APPKEY',
      'AccessKeyId',
      'AccessKeySecret',
      'Created',
      'Actions'
    ]) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument()
    }

    const appRow = within(await findRow('Shop app'))
    expect(appRow.getByText('APP')).toBeInTheDocument()
    expect(appRow.getByText('Android')).toBeInTheDocument()
    expect(appRow.getByText('iOS')).toBeInTheDocument()
    expect(appRow.getByText(app.appKey)).toBeInTheDocument()
    expect(appRow.getByText(app.accessKeyId)).toBeInTheDocument()
    expect(appRow.getByText('Hidden')).toBeInTheDocument()
    const created = appRow.getByText(formatDateTime(app.createdAt, 'en'))
    expect(created.tagName).toBe('TIME')
    expect(created).toHaveAttribute('datetime', app.createdAt)

    const miniRow = within(await findRow('Shop mini'))
    expect(miniRow.getByText('Mini Program')).toBeInTheDocument()
    expect(miniRow.getByText('WeChat')).toBeInTheDocument()
    expect(miniRow.getByText('Douyin (ByteDance)')).toBeInTheDocument()

    const webRow = within(await findRow('Shop site'))
    expect(webRow.getByText('WEB')).toBeInTheDocument()
    expect(webRow.getByText('https://shop.example.com')).toBeInTheDocument()
    expect(webRow.getByText('http://localhost:8080')).toBeInTheDocument()

    // The list never carries a secret, so none can be on screen.
    for (const channel of fake.channels()) {
      const secret = fake.secretOf(channel.id)
      expect(secret).toBeDefined()
      expect(document.body).not.toHaveTextContent(secret ?? '')
    }
  })

  it('names every control after the channel it acts on', async () => {
    renderApp(createFakeApi({ channels: [makeChannel({ name: 'Shop app' })] }))
    const row = within(await findRow('Shop app'))

    const names: ReadonlyArray<readonly [string, string]> = [
      ['Copy APPKEY of Shop app', 'Copy'],
      ['Copy AccessKeyId of Shop app', 'Copy'],
      ['View AccessKeySecret of Shop app', 'View'],
      ['Copy AccessKeySecret of Shop app', 'Copy'],
      ['Update AccessKeySecret of Shop app', 'Update'],
      ['Edit Shop app', 'Edit'],
      ['Remove Shop app', 'Remove']
    ]
    for (const [name, text] of names) {
      expect(row.getByRole('button', { name })).toHaveTextContent(text)
    }
  })

  it('shows "Secret missing" with an Update action when the keychain has no secret', async () => {
    renderApp(
      createFakeApi({ channels: [makeChannel({ name: 'Lost key', secretStatus: 'missing' })] })
    )
    const row = within(await findRow('Lost key'))

    expect(row.getByText('Secret missing')).toBeInTheDocument()
    expect(row.getByRole('button', { name: 'Update AccessKeySecret of Lost key' })).toBeEnabled()
    expect(row.queryByRole('button', { name: /View AccessKeySecret/ })).not.toBeInTheDocument()
    expect(row.queryByRole('button', { name: /Copy AccessKeySecret/ })).not.toBeInTheDocument()
  })

  it('says when the list cannot be loaded and loads it again on request', async () => {
    const fake = createFakeApi({ channels: [makeChannel({ name: 'Shop app' })] })
    fake.failNext('channels.list', {
      code: 'STORAGE',
      message: 'The data file is not valid. It was kept unchanged.'
    })
    const { user } = renderApp(fake)

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The channels could not be loaded.')
    expect(alert).toHaveTextContent('The data file is not valid. It was kept unchanged.')

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await findRow('Shop app')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
