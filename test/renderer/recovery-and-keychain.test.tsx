import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDateTime } from '@renderer/i18n/format'
import { backupName, BACKUP_DIR_NAME } from '../../src/main/recovery/backups'
import { refusalEvent } from '../../src/main/security/refused-ipc'
import { englishOf } from '../support/english'
import { keychainHelp } from '../../src/main/vault/secret-vault'
import { startApp, storedChannels, storeText } from './app-under-test'
import { findRow, renderApp } from './render-app'

const KEYCHAIN_HELP = englishOf({ code: keychainHelp('linux') })

/** A data file that parses but is not a channel list main accepts. */
const INVALID_FILE = JSON.stringify({ schemaVersion: 1, channels: [{ id: 'not-a-channel' }] })
/** A data file cut short mid-write. */
const CUT_SHORT_FILE = '{"schemaVersion":1,"channels":['

/** Two good rolling backups, as main names them: an older one with one channel, a newer with two. */
function backups(): Record<string, string> {
  const older = storedChannels(1, () => ({ name: 'Old app' })).records
  const newer = storedChannels(2, (i) => ({
    name: i === 0 ? 'Restored app' : 'Restored site'
  })).records
  return {
    [`${BACKUP_DIR_NAME}/${backupName(1, new Date(Date.UTC(2025, 2, 1, 9, 0)))}`]: storeText(older),
    [`${BACKUP_DIR_NAME}/${backupName(2, new Date(Date.UTC(2025, 2, 1, 10, 0)))}`]: storeText(newer)
  }
}

describe('keychain banner', () => {
  it('names the fix when the keychain is unavailable, and goes once it works again', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    app.setKeychainAvailable(false)
    const { user } = await renderApp(app)

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('The keychain is not available')
    expect(banner).toHaveTextContent(KEYCHAIN_HELP)
    // The list still works.
    const row = within(await findRow('Shop app'))

    app.setKeychainAvailable(true)
    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))

    await waitFor(() =>
      expect(screen.queryByText('The keychain is not available')).not.toBeInTheDocument()
    )
  })

  it('appears when a secret action finds the keychain locked', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))
    expect(screen.queryByText('The keychain is not available')).not.toBeInTheDocument()

    app.setKeychainAvailable(false)
    await user.click(row.getByRole('button', { name: 'Copy AccessKeySecret of Shop app' }))

    expect(await screen.findByText('The keychain is not available')).toBeInTheDocument()
    expect(app.clipboard.text).toBe('')
  })
})

describe('recovery mode', () => {
  it('explains the damage, lists good backups and restores the chosen one', async () => {
    const app = await startApp({ files: { 'channels.json': INVALID_FILE, ...backups() } })
    const damaged = app.services.recovery
    if (!damaged) throw new Error('main did not start in recovery mode')
    expect(damaged.backups).toHaveLength(2)
    const { user } = await renderApp(app)

    const screenRegion = await screen.findByRole('region', {
      name: 'The channel data file is damaged'
    })
    const recovery = within(screenRegion)
    // What is wrong, in the interface language, and main's own words as the detail.
    expect(
      await recovery.findByText(
        'The data file is not a channel list this version of the app understands.'
      )
    ).toBeInTheDocument()
    expect(englishOf(damaged.detail)).toMatch(/^The data file is not a valid channel list: /)
    expect(recovery.getByText(`Details: ${englishOf(damaged.detail)}`)).toBeInTheDocument()
    expect(recovery.getByText(damaged.dataFile)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Create API' })).toBeDisabled()
    expect(screen.queryByRole('table', { name: 'Data collection APIs' })).not.toBeInTheDocument()

    const newest = formatDateTime(damaged.backups[0].createdAt, 'en')
    const table = recovery.getByRole('table', { name: 'Backups' })
    expect(within(table).getAllByRole('row')).toHaveLength(3)
    await user.click(recovery.getByRole('button', { name: `Restore the backup taken ${newest}` }))

    expect(app.calls('recovery.restoreBackup')).toEqual([{ backupId: damaged.backups[0].id }])
    expect(await screen.findByText('Backup restored: 2 channels')).toBeInTheDocument()
    expect(await findRow('Restored app')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'The channel data file is damaged' })).toBeNull()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Create API' })).toBeEnabled())
  })

  it('starts with an empty list only after confirmation', async () => {
    const app = await startApp({ files: { 'channels.json': CUT_SHORT_FILE } })
    const { user } = await renderApp(app)
    const recovery = within(
      await screen.findByRole('region', { name: 'The channel data file is damaged' })
    )
    expect(await recovery.findByText('There is no good backup to restore.')).toBeInTheDocument()

    await user.click(recovery.getByRole('button', { name: 'Start with an empty list' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Start with an empty list?' })
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(app.calls('recovery.startEmpty')).toHaveLength(0)

    await user.click(recovery.getByRole('button', { name: 'Start with an empty list' }))
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Start with an empty list'
      })
    )

    expect(app.calls('recovery.startEmpty')).toEqual([{ confirm: true }])
    expect(await screen.findByText('Started with an empty channel list')).toBeInTheDocument()
    expect(
      await screen.findByRole('heading', { name: 'No data collection APIs yet' })
    ).toBeInTheDocument()
  })

  it('opens the data folder', async () => {
    const app = await startApp({ files: { 'channels.json': CUT_SHORT_FILE } })
    const { user } = await renderApp(app)

    await user.click(await screen.findByRole('button', { name: 'Open data folder' }))

    await waitFor(() => expect(app.opened).toEqual([app.dataDir]))
    expect(app.calls('recovery.openDataFolder')).toHaveLength(1)
  })

  it('shows the recovery screen when the list answers RECOVERY_REQUIRED', async () => {
    const app = await startApp({ files: { 'channels.json': CUT_SHORT_FILE } })
    // Main's status (which also says "recovery") never arrives: the list's answer alone counts.
    app.hold('app.status')
    await renderApp(app)

    expect(
      await screen.findByRole('region', { name: 'The channel data file is damaged' })
    ).toBeInTheDocument()
  })
})

describe('audit log entries without a channel', () => {
  it('shows a refused IPC request with its detail', async () => {
    const app = await startApp({ user: 'alice' })
    // The entry main writes when a frame from elsewhere calls it (index.ts's refusal auditor).
    await app.services.audit.record(
      refusalEvent({ senderFrame: { url: 'https://evil.example/steal?x=1' } }, 'channels.list')
    )
    const { user } = await renderApp(app)

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
