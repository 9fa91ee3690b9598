/**
 * Missing secrets, secrets without a channel, this computer's backup key and a lost data file,
 * on screen (issue 12): the list updates the moment main's keychain check ends (no reload), the
 * banner says how many channels have no secret here, Enter secret… takes the right one and
 * refuses a typo next to the field, an orphan is deleted only after a confirmation, and the
 * recovery screen restores an encrypted backup. English and Simplified Chinese.
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '@renderer/App'
import { AppProviders } from '@renderer/app/AppProviders'
import { formatKey } from '@shared/keys'
import { join } from 'node:path'
import { useTempDirs } from '../support/temp-dir'
import { startApp, storedChannels, storeText } from './app-under-test'
import { findRow, renderApp } from './render-app'

const tempDir = useTempDirs('cam-renderer-secrets-')
const ORPHAN = '11111111-2222-4333-8444-555555555555'

describe('the moved-file case', () => {
  it('shows “no secret on this computer” as soon as the check ends, without a reload', async () => {
    // A data file copied from another computer: this keychain has none of its secrets.
    const { records, secrets } = storedChannels(2, (i) => ({
      name: i === 0 ? 'Shop app' : 'Site app'
    }))
    const app = await startApp({ files: { 'channels.json': storeText(records) } })
    const user = userEvent.setup()
    // Rendered before main's deferred check has run: statuses are unknown at first.
    render(
      <AppProviders api={app.api} language="en">
        <App />
      </AppProviders>
    )
    const row = within(await findRow('Shop app'))
    expect(
      row.getByRole('button', { name: 'View AccessKeySecret of Shop app' })
    ).toBeInTheDocument()

    // Main's check runs shortly after the first list (a ceiling for a busy machine, not a timing).
    const banner = await screen.findByRole(
      'region',
      { name: '2 channels have no secret on this computer' },
      { timeout: 10_000 }
    )
    expect(banner).toHaveTextContent('Restore it from a backup')
    expect(await row.findByText('Secret missing')).toBeInTheDocument()
    expect(row.queryByRole('button', { name: 'View AccessKeySecret of Shop app' })).toBeNull()
    // Main pushed what its check learnt (channels.changed): the page asked for no list again.
    expect(app.calls('channels.list')).toHaveLength(0)
    expect(app.calls('channels.snapshot')).toHaveLength(1)

    // Enter secret…: a typo is refused next to the field; the right secret is stored.
    await user.click(row.getByRole('button', { name: 'Enter secret for Shop app' }))
    const dialog = await screen.findByRole('dialog', {
      name: 'Enter the AccessKeySecret of Shop app'
    })
    const field = within(dialog).getByLabelText('AccessKeySecret')
    const right = secrets.get(records[0].id)!
    await user.type(field, `${right.slice(0, -1)}${right.endsWith('0') ? '1' : '0'}`)
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'This AccessKeySecret has a typo: its last characters (the checksum) do not match the rest.'
      )
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    await user.clear(field)
    await user.type(field, right)
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await screen.findByText('AccessKeySecret saved in the keychain')
    await row.findByRole('button', { name: 'View AccessKeySecret of Shop app' })
    expect(app.secretOf(records[0].id)).toBe(right)
    await screen.findByRole('region', { name: '1 channel has no secret on this computer' })
  })

  it('in Chinese', async () => {
    const { records } = storedChannels(1, () => ({ name: '商城' }))
    const app = await startApp({ files: { 'channels.json': storeText(records) } })
    const { user } = await renderApp(app, { language: 'zh-CN' })
    await screen.findByRole('region', { name: '1 个渠道在本机没有密钥' })
    const row = within(await findRow('商城'))
    await user.click(row.getByRole('button', { name: '为 商城 输入密钥' }))
    const dialog = await screen.findByRole('dialog', { name: '输入 商城 的 AccessKeySecret' })
    const field = within(dialog).getByLabelText('AccessKeySecret')
    await user.type(field, 'csk_short')
    await user.click(within(dialog).getByRole('button', { name: '保存' }))
    await waitFor(() => expect(field).toHaveAccessibleDescription(/请粘贴完整的 AccessKeySecret/))
  })
})

describe('secrets without a channel', () => {
  it('are listed, and deleted only after a confirmation', async () => {
    const app = await startApp({
      files: { 'channels.json': storeText([]) },
      secrets: new Map([[ORPHAN, formatKey('accessKeySecret', 'O'.repeat(32))]])
    })
    const { user } = await renderApp(app)
    const section = await screen.findByRole('region', { name: 'Secrets without a channel' })
    expect(section).toHaveTextContent(ORPHAN)
    expect(section).toHaveTextContent('It is kept')
    await user.click(
      within(section).getByRole('button', { name: `Delete the secret of ${ORPHAN}` })
    )
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete this secret?' })
    // Cancel is the safe default and deletes nothing.
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(app.secretOf(ORPHAN)).toBeDefined()
    await user.click(
      within(section).getByRole('button', { name: `Delete the secret of ${ORPHAN}` })
    )
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete' })
    )
    await screen.findByText('The secret without a channel was deleted')
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Secrets without a channel' })).toBeNull()
    )
    expect(app.secretOf(ORPHAN)).toBeUndefined()
  })

  it('in Chinese', async () => {
    const app = await startApp({
      files: { 'channels.json': storeText([]) },
      secrets: new Map([[ORPHAN, formatKey('accessKeySecret', 'O'.repeat(32))]])
    })
    await renderApp(app, { language: 'zh-CN' })
    const section = await screen.findByRole('region', { name: '无渠道的密钥' })
    expect(
      within(section).getByRole('button', { name: `删除 ${ORPHAN} 的密钥` })
    ).toBeInTheDocument()
  })
})

describe('this computer’s backup key in About', () => {
  it('shows its public key and copies it', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    await user.click(await screen.findByRole('button', { name: 'About' }))
    const dialog = await screen.findByRole('dialog', { name: 'About Collection API Manager' })
    const section = await within(dialog).findByRole('region', {
      name: 'This computer’s backup key'
    })
    const key = await within(section).findByText(/^age1/)
    await user.click(within(section).getByRole('button', { name: 'Copy public key' }))
    await screen.findByText('Public key copied')
    expect(app.clipboard.text).toBe(key.textContent)
  })
})

describe('a lost data file', () => {
  it('opens recovery, and an encrypted backup brings everything back from there', async () => {
    const source = await startApp()
    await source.create({ name: 'Shop app' })
    await source.create({ name: 'Site', appType: 'WEB', domains: ['https://a.example'] })
    const file = join(await tempDir(), 'all.age')
    source.dialogs.answer(file)
    expect(
      (
        await source.api.backup.create({
          protection: { kind: 'passphrase', passphrase: 'a long passphrase here' }
        })
      ).ok
    ).toBe(true)
    const secrets = new Map(source.vault.entries)

    // The same keychain, the data file gone: recovery, not an empty list.
    const app = await startApp({ secrets })
    const { user } = await renderApp(app)
    const recovery = await screen.findByRole('region', { name: 'The channel data file is missing' })
    expect(recovery).toHaveTextContent('The data file is missing')
    await user.click(within(recovery).getByRole('button', { name: 'Restore from Backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore from Backup' })
    app.dialogs.answer(file)
    await user.click(within(dialog).getByRole('button', { name: 'Choose backup file…' }))
    await user.type(await within(dialog).findByLabelText('Passphrase'), 'a long passphrase here')
    await user.click(within(dialog).getByRole('button', { name: 'Open' }))
    const added = await within(dialog).findByRole('region', { name: '2 new channels' })
    expect(added).toHaveTextContent('its secret on this computer is kept')
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }))
    await findRow('Shop app')
    await findRow('Site')
    expect(screen.queryByRole('region', { name: 'The channel data file is missing' })).toBeNull()
  })
})
