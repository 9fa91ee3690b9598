/**
 * Never lose a secret, in the browser (issue 12): Back Up… on one computer, Restore from
 * Backup… on a new one (another data folder, another keychain service on the real keyring); the
 * moved-file case (the list says "no secret on this computer" without a reload, Enter secret…);
 * a lost data file restored from the recovery screen; secrets without a channel; the dialogs in
 * English and Simplified Chinese. axe finds no violation on any of them. Main's native save /
 * open dialogs are answered by the test (`app.dialogs`, see README.md).
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { closeBrowser, launchApp, type LaunchedApp } from './harness'
import {
  channelNamed,
  expectFieldError,
  expectNoAxeViolations,
  keychainOf,
  Screen,
  SETTLE
} from './support'

const PASSPHRASE = 'violet ferry lantern orbit'
const launched: LaunchedApp[] = []
const folders: string[] = []

async function launch(options: Parameters<typeof launchApp>[0] = {}): Promise<LaunchedApp> {
  const app = await launchApp({ backupScryptLogN: 10, ...options })
  launched.push(app)
  return app
}

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cam-e2e-backup-'))
  folders.push(dir)
  return dir
}

afterEach(async () => {
  for (const app of launched.splice(0)) await app.close()
})

afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true })
  await closeBrowser()
})

async function withChannels(app: LaunchedApp): Promise<Screen> {
  const ui = new Screen(app.page)
  await ui.ready()
  await ui.create({ name: 'Shop app', appType: 'APP', platforms: ['Android', 'iOS'] })
  await ui.create({ name: 'Shop website', appType: 'WEB', domains: ['https://shop.example.com'] })
  await ui.dismissToasts()
  return ui
}

async function fromMenu(ui: Screen, menu: string, item: string): Promise<void> {
  await ui.button(menu).click()
  await ui.page.getByRole('menuitem', { name: item }).click()
}

describe('backup and restore in the browser', () => {
  it('backs up with a passphrase and restores every channel and secret on a new computer', async () => {
    const a = await launch()
    const ui = await withChannels(a)
    const file = join(await folder(), 'team.age')

    await fromMenu(ui, 'Backup', 'Back Up…')
    const dialog = a.page.getByRole('dialog', { name: 'Back Up' })
    await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await dialog.getByLabel('Passphrase again').fill('something else entirely')
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click()
    await expectFieldError(
      dialog.getByLabel('Passphrase again'),
      'The two passphrases are not the same.'
    )
    await dialog.getByText(/^Strength: /).waitFor()
    await expectNoAxeViolations(a.page, 'the Back Up dialog with an error')
    await dialog.getByLabel('Passphrase again').fill(PASSPHRASE)
    a.dialogs.answer(file)
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click()
    await a.page.getByText('Backed up 2 channels to team.age').waitFor()

    // Export List…: CSV with a byte-order mark, no secret.
    await fromMenu(ui, 'Backup', 'Export List…')
    const exporting = a.page.getByRole('dialog', { name: 'Export List' })
    await exporting.getByRole('radio', { name: /^CSV/ }).waitFor()
    await expectNoAxeViolations(a.page, 'the Export List dialog')
    const csv = join(await folder(), 'list.csv')
    a.dialogs.answer(csv)
    await exporting.getByRole('button', { name: 'Choose where to save…' }).click()
    await a.page.getByText('Exported 2 channels to list.csv').waitFor()
    const exported = await readFile(csv, 'utf8')
    expect(exported.startsWith('\ufeffChannel Name,')).toBe(true)
    expect(exported).not.toMatch(/csk_/)

    const secrets = new Map<string, string | null>()
    for (const name of ['Shop app', 'Shop website']) {
      const { id } = await channelNamed(a, name)
      secrets.set(id, await keychainOf(a).get(id))
    }

    const b = await launch()
    expect(b.keychainService).not.toBe(a.keychainService)
    const there = new Screen(b.page)
    await there.ready()
    await fromMenu(there, 'Backup', 'Restore from Backup…')
    const restore = b.page.getByRole('dialog', { name: 'Restore from Backup' })
    b.dialogs.answer(file)
    await restore.getByRole('button', { name: 'Choose backup file…' }).click()
    await restore.getByText('team.age is protected by a passphrase.').waitFor()
    await restore.getByLabel('Passphrase').fill('not the passphrase')
    await restore.getByRole('button', { name: 'Open', exact: true }).click()
    await expectFieldError(
      restore.getByLabel('Passphrase'),
      'This passphrase does not open the backup.'
    )
    await expectNoAxeViolations(b.page, 'the Restore dialog, locked, with an error')
    await restore.getByLabel('Passphrase').fill(PASSPHRASE)
    await restore.getByRole('button', { name: 'Open', exact: true }).click()
    await restore.getByRole('region', { name: '2 new channels' }).waitFor()
    await expectNoAxeViolations(b.page, 'the Restore preview')
    await restore.getByRole('button', { name: 'Restore', exact: true }).click()
    await b.page.getByText('Restored from the backup').waitFor()
    await there.row('Shop app').waitFor()
    await there.row('Shop website').waitFor()
    for (const [id, secret] of secrets) expect(await keychainOf(b).get(id)).toBe(secret)
    expect(await b.page.content()).not.toMatch(/csk_/)
  })

  it('the moved-file case: no secret on this computer, shown without a reload; Enter secret…', async () => {
    const a = await launch()
    await withChannels(a)
    const shop = await channelNamed(a, 'Shop app')
    const secret = await keychainOf(a).get(shop.id)
    const elsewhere = await folder()
    await copyFile(join(a.dataDir, 'channels.json'), join(elsewhere, 'channels.json'))

    const b = await launch({ dataDir: elsewhere })
    const ui = new Screen(b.page)
    await ui.ready()
    await b.page
      .getByRole('region', { name: '2 channels have no secret on this computer' })
      .waitFor({ timeout: SETTLE.timeout })
    await ui.row('Shop app').getByText('Secret missing').waitFor()
    await expectNoAxeViolations(b.page, 'the missing-secrets banner')

    await ui.button('Enter secret for Shop app').click()
    const dialog = b.page.getByRole('dialog', { name: 'Enter the AccessKeySecret of Shop app' })
    const field = dialog.getByLabel('AccessKeySecret')
    await field.fill(`${secret!.slice(0, -1)}${secret!.endsWith('A') ? 'B' : 'A'}`)
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await expectFieldError(field, 'This AccessKeySecret has a typo')
    await expectNoAxeViolations(b.page, 'Enter secret with an error')
    await field.fill(secret!)
    await dialog.getByRole('button', { name: 'Save', exact: true }).click()
    await ui.button('View AccessKeySecret of Shop app').waitFor()
    expect(await keychainOf(b).get(shop.id)).toBe(secret)
    await b.page.getByRole('region', { name: '1 channel has no secret on this computer' }).waitFor()
    await new KeychainCleanup(b).run()
  })

  it('a lost data file opens recovery; this computer’s key restores everything from there', async () => {
    const dir = await folder()
    const a = await launch({ dataDir: dir })
    const ui = await withChannels(a)
    const file = join(await folder(), 'here.age')
    await fromMenu(ui, 'Backup', 'Back Up…')
    const dialog = a.page.getByRole('dialog', { name: 'Back Up' })
    await dialog.getByRole('radio', { name: /^This computer’s backup key/ }).check()
    a.dialogs.answer(file)
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click()
    await a.page.getByText('Backed up 2 channels to here.age').waitFor()
    await a.close()
    await rm(join(dir, 'channels.json'))

    const b = await launch({ dataDir: dir })
    const recovery = b.page.getByRole('region', { name: 'The channel data file is missing' })
    await recovery.waitFor()
    await expectNoAxeViolations(b.page, 'the recovery screen for a missing data file')
    await recovery.getByRole('button', { name: 'Restore from Backup…' }).click()
    const restore = b.page.getByRole('dialog', { name: 'Restore from Backup' })
    b.dialogs.answer(file)
    await restore.getByRole('button', { name: 'Choose backup file…' }).click()
    await restore.getByRole('region', { name: '2 new channels' }).waitFor()
    await restore.getByRole('button', { name: 'Restore', exact: true }).click()
    const there = new Screen(b.page)
    await there.row('Shop app').waitFor()
    await there.row('Shop website').waitFor()
    await new KeychainCleanup(b).run()
  })

  it('lists secrets without a channel, and deletes one only after a confirmation', async () => {
    const dir = await folder()
    const orphan = '11111111-2222-4333-8444-555555555555'
    const a = await launch({ dataDir: dir })
    await withChannels(a)
    // A secret no record names (its channel lives only in an older data file, say).
    await keychainOf(a).set(orphan, `csk_${'Z'.repeat(38)}`)
    await a.close()

    const b = await launch({ dataDir: dir })
    const section = b.page.getByRole('region', { name: 'Secrets without a channel' })
    await section.waitFor({ timeout: SETTLE.timeout })
    await expectNoAxeViolations(b.page, 'secrets without a channel')
    await section.getByRole('button', { name: `Delete the secret of ${orphan}` }).click()
    const confirm = b.page.getByRole('alertdialog', { name: 'Delete this secret?' })
    await confirm.waitFor()
    await expectNoAxeViolations(b.page, 'the delete confirmation')
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await section.waitFor({ state: 'detached' })
    expect(await keychainOf(b).get(orphan)).toBeNull()
    // The channels' own secrets are untouched.
    expect(await keychainOf(b).get((await channelNamed(b, 'Shop app')).id)).not.toBeNull()
    await new KeychainCleanup(b).run()
  })

  it('in Simplified Chinese, with no axe violation, in the dark colour scheme too', async () => {
    const app = await launch({ locale: 'zh-CN' })
    await app.page.emulateMedia({ colorScheme: 'dark' })
    const ui = new Screen(app.page)
    await app.page.getByRole('heading', { name: '接口管理', level: 1 }).waitFor()
    await ui.button('备份').click()
    await app.page.getByRole('menuitem', { name: '备份…' }).waitFor()
    await app.page.getByRole('menuitem', { name: '从备份恢复…' }).click()
    const restore = app.page.getByRole('dialog', { name: '从备份恢复' })
    await restore.getByRole('button', { name: '选择备份文件…' }).waitFor()
    await expectNoAxeViolations(app.page, 'the Restore dialog (zh-CN)')
    await restore.getByRole('button', { name: '取消' }).click()
    await restore.waitFor({ state: 'hidden' })
    // Back Up and Export List in Chinese.
    await ui.button('备份').click()
    await app.page.getByRole('menuitem', { name: '备份…' }).click()
    const backup = app.page.getByRole('dialog', { name: '备份' })
    await backup.getByLabel('密码短语', { exact: true }).fill('短')
    await backup.getByRole('button', { name: '选择保存位置…' }).click()
    await expectFieldError(backup.getByLabel('密码短语', { exact: true }), '至少需要 12 个字符')
    await expectNoAxeViolations(app.page, 'the Back Up dialog with an error (zh-CN)')
    await backup.getByRole('button', { name: '取消' }).click()
    await backup.waitFor({ state: 'hidden' })
    await ui.button('备份').click()
    await app.page.getByRole('menuitem', { name: '导出列表…' }).click()
    const exporting = app.page.getByRole('dialog', { name: '导出列表' })
    await exporting.getByRole('radio', { name: /^CSV/ }).waitFor()
    await expectNoAxeViolations(app.page, 'the Export List dialog (zh-CN)')
    await exporting.getByRole('button', { name: '取消' }).click()
    await exporting.waitFor({ state: 'hidden' })

    // A secret gone from the keychain behind the app's back: the row says so at once and
    // offers Enter secret…, in Chinese.
    const channel = await app.services.service.create({
      name: '商城',
      collectedByQuickTracking: true,
      appType: 'APP',
      platforms: ['ANDROID'],
      domains: []
    })
    await app.page.reload()
    await ui.button('查看 商城 的 AccessKeySecret').waitFor()
    await keychainOf(app).delete(channel.id)
    await ui.button('查看 商城 的 AccessKeySecret').click()
    await ui.button('为 商城 输入密钥').click()
    const enter = app.page.getByRole('dialog', { name: '输入 商城 的 AccessKeySecret' })
    await enter.getByLabel('AccessKeySecret').fill('csk_short')
    await enter.getByRole('button', { name: '保存', exact: true }).click()
    await expectFieldError(enter.getByLabel('AccessKeySecret'), '请粘贴完整的 AccessKeySecret')
    await expectNoAxeViolations(app.page, 'Enter secret with an error (zh-CN)')
    await enter.getByRole('button', { name: '取消' }).click()
    await enter.waitFor({ state: 'hidden' })

    await ui.button('关于').click()
    const about = app.page.getByRole('dialog', { name: '关于采集接口管理' })
    await about.getByRole('region', { name: '本机的备份密钥' }).getByText(/^age1/).waitFor()
    await expectNoAxeViolations(app.page, 'About with the backup key (zh-CN)')
  })
})

/** Delete what a launch on a folder of ours left in the keychain (close() only does so for its own). */
class KeychainCleanup {
  constructor(private readonly app: LaunchedApp) {}
  async run(): Promise<void> {
    const vault = keychainOf(this.app)
    for (const account of await vault.accounts()) await vault.delete(account)
  }
}
