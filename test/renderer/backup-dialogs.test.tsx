/**
 * Back Up…, Restore from Backup… and Export List… as a person uses them (issue 12), on the real
 * services: the header's Backup menu, main's save / open dialogs answered by the test
 * (test/support/file-dialogs.ts), errors next to their fields, focus back where it was, in
 * English and in Simplified Chinese.
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { describe, expect, it } from 'vitest'
import { loadScorer } from '@renderer/backup/passphrase-strength'
import { useTempDirs } from '../support/temp-dir'
import { startApp, type AppUnderTest } from './app-under-test'
import { findRow, renderApp } from './render-app'

const tempDir = useTempDirs('cam-renderer-backup-')
const PASSPHRASE = 'violet ferry lantern orbit'

async function openFromMenu(user: UserEvent, menu: string, item: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: menu }))
  await user.click(await screen.findByRole('menuitem', { name: item }))
  return screen.findByRole('dialog')
}

async function twoChannels(): Promise<AppUnderTest> {
  const app = await startApp()
  await app.create({ name: 'Shop app' })
  await app.create({ name: '北京 小程序', appType: 'MINI_PROGRAM', platforms: ['WECHAT'] })
  return app
}

describe('Back Up…', () => {
  it('asks for a passphrase twice, says why one is refused, then saves where main’s dialog says', async () => {
    // The strength meter's dictionaries load on first use; load them before the clock matters.
    await loadScorer()
    const app = await twoChannels()
    const { user } = await renderApp(app)
    await findRow('Shop app')
    const dialog = await openFromMenu(user, 'Backup', 'Back Up…')
    expect(dialog).toHaveAccessibleName('Back Up')
    const form = within(dialog)
    expect(form.getByRole('radio', { name: /^Passphrase/ })).toBeChecked()

    const passphrase = form.getByLabelText('Passphrase')
    const again = form.getByLabelText('Passphrase again')
    await user.type(passphrase, 'short')
    await user.click(form.getByRole('button', { name: 'Choose where to save…' }))
    expect(passphrase).toHaveAccessibleDescription(/at least 12 characters/)
    expect(passphrase).toHaveAttribute('aria-invalid', 'true')

    await user.clear(passphrase)
    await user.type(passphrase, 'aaaaaaaaaaaa')
    await waitFor(() => expect(form.getByText('Strength: very weak')).toBeInTheDocument())
    await user.click(form.getByRole('button', { name: 'Choose where to save…' }))
    expect(passphrase).toHaveAccessibleDescription(/Too easy to guess/)

    await user.clear(passphrase)
    await user.type(passphrase, PASSPHRASE)
    await waitFor(() =>
      expect(form.getByText(/Strength: (strong|very strong)/)).toBeInTheDocument()
    )
    await user.type(again, `${PASSPHRASE}!`)
    await user.click(form.getByRole('button', { name: 'Choose where to save…' }))
    expect(again).toHaveAccessibleDescription('The two passphrases are not the same.')
    expect(app.dialogs.requests).toEqual([])

    // Cancelling main's dialog writes nothing and keeps the form.
    await user.clear(again)
    await user.type(again, PASSPHRASE)
    await user.click(form.getByRole('button', { name: 'Choose where to save…' }))
    await waitFor(() => expect(app.dialogs.requests).toHaveLength(1))
    expect(screen.getByRole('dialog', { name: 'Back Up' })).toBeInTheDocument()

    const file = join(await tempDir(), 'team.age')
    app.dialogs.answer(file)
    await user.click(form.getByRole('button', { name: 'Choose where to save…' }))
    await screen.findByText('Backed up 2 channels to team.age')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Backup' })).toHaveFocus()
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    expect((await readFile(file)).subarray(0, 21).toString()).toBe('age-encryption.org/v1')
    // The passphrase is not in the page after the dialog closed.
    expect(document.body.innerHTML).not.toContain(PASSPHRASE)
  })

  it('makes a backup for age public keys typed in or read from a file, and names a bad one', async () => {
    const app = await twoChannels()
    const { user } = await renderApp(app)
    await findRow('Shop app')
    const dialog = await openFromMenu(user, 'Backup', 'Back Up…')
    const form = within(dialog)
    await user.click(form.getByRole('radio', { name: /^age public keys/ }))
    const keys = form.getByLabelText('Public keys')
    await user.type(keys, 'age1notakey')
    await user.click(form.getByRole('button', { name: 'Choose where to save…' }))
    expect(keys).toHaveAccessibleDescription(/not an age public key/)

    const folder = await tempDir()
    const identityFile = join(folder, 'colleague.txt')
    const identity = await generateX25519Identity()
    const recipient = await identityToRecipient(identity)
    await writeFile(
      identityFile,
      `# created: 2025-03-01\n# public key: ${recipient}\n${identity}\n`
    )
    await user.clear(keys)
    app.dialogs.answer(identityFile)
    await user.click(form.getByRole('button', { name: 'Read keys from a file…' }))
    await form.findByText('1 key read from colleague.txt')
    expect(keys).toHaveValue(recipient)
    app.dialogs.answer(join(folder, 'for-colleague.age'))
    await user.click(form.getByRole('button', { name: 'Choose where to save…' }))
    await screen.findByText('Backed up 2 channels to for-colleague.age')
    // Read from a file, not from the page: the secret key never reached the renderer.
    expect(document.body.innerHTML).not.toContain(identity)
  })
})

describe('Restore from Backup…', () => {
  it('opens a passphrase backup, says a wrong passphrase next to the field, previews and applies', async () => {
    const source = await twoChannels()
    const file = join(await tempDir(), 'team.age')
    source.dialogs.answer(file)
    const made = await source.api.backup.create({
      protection: { kind: 'passphrase', passphrase: PASSPHRASE }
    })
    expect(made.ok).toBe(true)

    // Another computer: one channel of its own, with a name the backup also has.
    const app = await startApp()
    await app.create({ name: 'SHOP APP' })
    const { user } = await renderApp(app)
    await findRow('SHOP APP')
    const dialog = await openFromMenu(user, 'Backup', 'Restore from Backup…')
    expect(dialog).toHaveAccessibleName('Restore from Backup')
    const form = within(dialog)
    // Cancelling main's open dialog leaves the first step.
    await user.click(form.getByRole('button', { name: 'Choose backup file…' }))
    await waitFor(() =>
      expect(app.dialogs.requests).toEqual([{ kind: 'open', purpose: 'restore' }])
    )
    app.dialogs.answer(file)
    await user.click(form.getByRole('button', { name: 'Choose backup file…' }))
    await form.findByText('team.age is protected by a passphrase.')

    const key = form.getByLabelText('Passphrase')
    await user.type(key, 'not the passphrase')
    await user.click(form.getByRole('button', { name: 'Open' }))
    await waitFor(() =>
      expect(key).toHaveAccessibleDescription('This passphrase does not open the backup.')
    )
    await user.clear(key)
    await user.type(key, PASSPHRASE)
    await user.click(form.getByRole('button', { name: 'Open' }))

    const added = await form.findByRole('region', { name: '1 new channel' })
    expect(added).toHaveTextContent('北京 小程序')
    expect(added).toHaveTextContent('with its AccessKeySecret')
    expect(form.getByRole('region', { name: '1 name clash, skipped' })).toHaveTextContent(
      'Shop app clashes with SHOP APP'
    )
    expect(document.body.innerHTML).not.toMatch(/csk_/)

    await user.click(form.getByRole('button', { name: 'Restore' }))
    await screen.findByText('Restored from the backup')
    await screen.findByText('1 added, 0 replaced, 0 secrets filled in, 1 skipped')
    await findRow('北京 小程序')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Backup' })).toHaveFocus()
  })

  it('keep fills in a missing secret; Replace brings back the backup’s record', async () => {
    const app = await twoChannels()
    const list = await app.api.channels.list()
    if (!list.ok) throw new Error('no list')
    const shop = list.value.find((c) => c.name === 'Shop app')!
    const file = join(await tempDir(), 'here.age')
    app.dialogs.answer(file)
    expect((await app.api.backup.create({ protection: { kind: 'thisComputer' } })).ok).toBe(true)
    const secret = app.secretOf(shop.id)
    await app.api.channels.update({
      id: shop.id,
      name: 'Shop app renamed',
      collectedByQuickTracking: true,
      appType: 'APP',
      platforms: ['ANDROID'],
      domains: []
    })
    app.vault.entries.delete(shop.id)

    const { user } = await renderApp(app)
    await findRow('Shop app renamed')
    const dialog = await openFromMenu(user, 'Backup', 'Restore from Backup…')
    const form = within(dialog)
    app.dialogs.answer(file)
    await user.click(form.getByRole('button', { name: 'Choose backup file…' }))
    // Made to this computer's key: no passphrase asked.
    const here = await form.findByRole('region', { name: '2 channels are already here' })
    expect(here).toHaveTextContent('no secret here: keeping fills it in from the backup')
    expect(here).toHaveTextContent('the backup’s details differ (here: Shop app renamed)')
    await user.click(form.getByRole('checkbox', { name: 'Replace Shop app with the backup’s' }))
    await user.click(form.getByRole('button', { name: 'Restore' }))
    await screen.findByText('0 added, 1 replaced, 0 secrets filled in, 0 skipped')
    await findRow('Shop app')
    expect(app.secretOf(shop.id)).toBe(secret)
  })

  it('says a damaged file clearly and offers another one', async () => {
    const app = await twoChannels()
    const file = join(await tempDir(), 'broken.age')
    await writeFile(file, 'age-encryption.org/v1\n-> X25519 abc\n')
    const { user } = await renderApp(app)
    await findRow('Shop app')
    const dialog = await openFromMenu(user, 'Backup', 'Restore from Backup…')
    app.dialogs.answer(file)
    await user.click(within(dialog).getByRole('button', { name: 'Choose backup file…' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The backup file is damaged or incomplete, so it cannot be decrypted.'
    )
  })
})

describe('Export List…', () => {
  it('writes CSV where main’s dialog says, and says so', async () => {
    const app = await twoChannels()
    const { user } = await renderApp(app)
    await findRow('Shop app')
    const dialog = await openFromMenu(user, 'Backup', 'Export List…')
    expect(dialog).toHaveAccessibleName('Export List')
    const file = join(await tempDir(), 'list.csv')
    app.dialogs.answer(file)
    await user.click(within(dialog).getByRole('button', { name: 'Choose where to save…' }))
    await screen.findByText('Exported 2 channels to list.csv')
    expect((await readFile(file, 'utf8')).startsWith('\ufeffChannel Name,')).toBe(true)
  })
})

describe('in Simplified Chinese', () => {
  it('words the backup, restore and export dialogs in Chinese', async () => {
    await loadScorer()
    const app = await twoChannels()
    const { user } = await renderApp(app, { language: 'zh-CN' })
    await findRow('Shop app')
    let dialog = await openFromMenu(user, '备份', '备份…')
    expect(dialog).toHaveAccessibleName('备份')
    const passphrase = within(dialog).getByLabelText('密码短语')
    await user.type(passphrase, '短')
    await user.click(within(dialog).getByRole('button', { name: '选择保存位置…' }))
    expect(passphrase).toHaveAccessibleDescription(/至少需要 12 个字符/)
    const file = join(await tempDir(), '备份.age')
    await user.clear(passphrase)
    await user.type(passphrase, PASSPHRASE)
    await user.type(within(dialog).getByLabelText('再次输入密码短语'), PASSPHRASE)
    await waitFor(() => expect(within(dialog).getByText(/^强度：/)).toBeInTheDocument())
    app.dialogs.answer(file)
    await user.click(within(dialog).getByRole('button', { name: '选择保存位置…' }))
    await screen.findByText('已将 2 个渠道备份到 备份.age')

    dialog = await openFromMenu(user, '备份', '从备份恢复…')
    app.dialogs.answer(file)
    await user.click(within(dialog).getByRole('button', { name: '选择备份文件…' }))
    await within(dialog).findByText('备份.age 受密码短语保护。')
    await user.type(within(dialog).getByLabelText('密码短语'), PASSPHRASE)
    await user.click(within(dialog).getByRole('button', { name: '打开' }))
    expect(
      await within(dialog).findByRole('region', { name: '2 个渠道已在本机' })
    ).toHaveTextContent('AccessKeySecret 相同')
    await user.click(within(dialog).getByRole('button', { name: '恢复' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('没有需要恢复的内容')
    await user.click(within(dialog).getByRole('button', { name: '取消' }))

    dialog = await openFromMenu(user, '备份', '导出列表…')
    expect(dialog).toHaveAccessibleName('导出列表')
    expect(within(dialog).getByRole('radio', { name: /CSV/ })).toBeChecked()
  })
})
