import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { RecoveryStatus } from '@shared/ipc/contract'
import { formatDateTime } from '@renderer/i18n/format'
import { createFakeApi, RECOVERY_REQUIRED_MESSAGE } from './fake-api'
import { makeChannel, testTime } from './fixtures'
import { findRow, renderApp } from './render-app'

const KEYCHAIN_HELP =
  'No keychain is available. Install gnome-keyring (a Secret Service provider) and unlock it, then try again.'

const damaged: RecoveryStatus = {
  problem: 'corrupt',
  message: 'The data file is not valid JSON; it may have been cut short.',
  dataFile: '/tmp/collection-api-manager-test/channels.json',
  dataDir: '/tmp/collection-api-manager-test',
  backups: [
    {
      id: 'channels-000002-20250301T100000000Z.json',
      createdAt: testTime(60),
      channelCount: 2,
      schemaVersion: 1,
      bytes: 900
    },
    {
      id: 'channels-000001-20250301T090000000Z.json',
      createdAt: testTime(0),
      channelCount: 1,
      schemaVersion: 1,
      bytes: 500
    }
  ],
  detectedAt: testTime(120)
}

describe('keychain banner', () => {
  it('names the fix when the keychain is unavailable, and goes once it works again', async () => {
    const fake = createFakeApi({
      channels: [makeChannel({ name: 'Shop app' })],
      keychainUnavailable: KEYCHAIN_HELP
    })
    const { user } = renderApp(fake)

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('The keychain is not available')
    expect(banner).toHaveTextContent(KEYCHAIN_HELP)
    // The list still works.
    const row = within(await findRow('Shop app'))

    fake.setKeychain(null)
    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))

    await waitFor(() =>
      expect(screen.queryByText('The keychain is not available')).not.toBeInTheDocument()
    )
  })

  it('appears when a secret action finds the keychain locked', async () => {
    const fake = createFakeApi({ channels: [makeChannel({ name: 'Shop app' })] })
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))
    expect(screen.queryByText('The keychain is not available')).not.toBeInTheDocument()

    fake.setKeychain(KEYCHAIN_HELP)
    await user.click(row.getByRole('button', { name: 'Copy AccessKeySecret of Shop app' }))

    expect(await screen.findByText('The keychain is not available')).toBeInTheDocument()
    expect(fake.clipboard()).toBeNull()
  })
})

describe('recovery mode', () => {
  it('explains the damage, lists good backups and restores the chosen one', async () => {
    const fake = createFakeApi({
      recovery: damaged,
      backupChannels: [
        makeChannel({ name: 'Restored app' }),
        makeChannel({ name: 'Restored site' })
      ]
    })
    const { user } = renderApp(fake)

    const screenRegion = await screen.findByRole('region', {
      name: 'The channel data file is damaged'
    })
    const recovery = within(screenRegion)
    // What is wrong, in the interface language, and main's own words as the detail.
    expect(
      await recovery.findByText('The data file is not valid JSON; it may be truncated or damaged.')
    ).toBeInTheDocument()
    expect(recovery.getByText(`Details: ${damaged.message}`)).toBeInTheDocument()
    expect(recovery.getByText(damaged.dataFile)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Create API' })).toBeDisabled()
    expect(screen.queryByRole('table', { name: 'Data collection APIs' })).not.toBeInTheDocument()

    const newest = formatDateTime(damaged.backups[0].createdAt, 'en')
    const table = recovery.getByRole('table', { name: 'Backups' })
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    await user.click(recovery.getByRole('button', { name: `Restore the backup taken ${newest}` }))

    expect(fake.api.recovery.restoreBackup).toHaveBeenCalledWith(damaged.backups[0].id)
    expect(await screen.findByText('Backup restored: 2 channels')).toBeInTheDocument()
    expect(await findRow('Restored app')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'The channel data file is damaged' })).toBeNull()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create API' })).toBeEnabled())
  })

  it('starts with an empty list only after confirmation', async () => {
    const fake = createFakeApi({ recovery: { ...damaged, backups: [] } })
    const { user } = renderApp(fake)
    const recovery = within(
      await screen.findByRole('region', { name: 'The channel data file is damaged' })
    )
    expect(await recovery.findByText('There is no good backup to restore.')).toBeInTheDocument()

    await user.click(recovery.getByRole('button', { name: 'Start with an empty list' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Start with an empty list?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(fake.api.recovery.startEmpty).not.toHaveBeenCalled()

    await user.click(recovery.getByRole('button', { name: 'Start with an empty list' }))
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Start with an empty list'
      })
    )

    expect(fake.api.recovery.startEmpty).toHaveBeenCalledWith({ confirm: true })
    expect(await screen.findByText('Started with an empty channel list')).toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { name: 'No data collection APIs yet' })
    ).toBeInTheDocument()
  })

  it('opens the data folder', async () => {
    const fake = createFakeApi({ recovery: damaged })
    const { user } = renderApp(fake)

    await user.click(await screen.findByRole('button', { name: 'Open data folder' }))

    expect(fake.api.recovery.openDataFolder).toHaveBeenCalledTimes(1)
  })

  it('shows the recovery screen when the list answers RECOVERY_REQUIRED', async () => {
    const fake = createFakeApi()
    fake.failNext('channels.list', {
      code: 'RECOVERY_REQUIRED',
      message: RECOVERY_REQUIRED_MESSAGE
    })
    renderApp(fake)

    expect(
      await screen.findByRole('region', { name: 'The channel data file is damaged' })
    ).toBeInTheDocument()
  })
})

describe('audit log entries without a channel', () => {
  it('shows a refused IPC request with its detail', async () => {
    const fake = createFakeApi({
      audit: [
        {
          at: testTime(1),
          user: 'alice',
          action: 'refused-ipc',
          channelId: '',
          channelName: '',
          detail: 'channels.list from https://evil.example'
        }
      ]
    })
    const { user } = renderApp(fake)

    await user.click(await screen.findByRole('button', { name: 'Audit log' }))

    const dialog = await screen.findByRole('dialog', { name: 'Audit log' })
    const table = await within(dialog).findByRole('table', { name: 'Audit log' })
    const [, row] = within(table).getAllByRole('row')
    expect(row).toHaveTextContent(
      'Refused a request from outside the app (channels.list from https://evil.example)'
    )
    expect(within(row).getAllByRole('cell')[3]).toHaveTextContent('—')
  })
})
