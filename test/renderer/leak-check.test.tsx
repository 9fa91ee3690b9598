/**
 * The leak check dialog on the real services (main's folder picker stands in as a function that
 * answers a temp folder): by the words on screen, in English and Chinese.
 */
import { FileDialogs } from '../support/file-dialogs'
import { join } from 'node:path'
import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDateTime } from '@renderer/i18n/format'
import type { Language } from '@shared/i18n/languages'
import type { LeakProgress } from '@shared/leaks'
import { secretFingerprint } from '../../src/main/leaks/retired-secrets'
import { RetiredSecrets } from '../../src/main/leaks/retired-secrets'
import { writeFiles } from '../support/leak-tree'
import { useTempDirs } from '../support/temp-dir'
import { pageSettled, startApp, type AppUnderTest } from './app-under-test'
import { renderApp } from './render-app'

const tempDir = useTempDirs('cam-leak-ui-')

interface Setup {
  readonly app: AppUnderTest
  readonly folder: string
  /** What main's folder picker answers next. */
  readonly picker: { next: string | null | Promise<string | null> }
  readonly shopId: string
  readonly current: string
  readonly retired: string
  readonly appKey: string
}

/** Shop app, updated once, and a folder with its current and retired secret and its APPKEY. */
async function setUp(options: { readonly keychain?: boolean } = {}): Promise<Setup> {
  const folder = await tempDir()
  const picker: Setup['picker'] = { next: folder }
  const app = await startApp({ dialogs: new FileDialogs(async () => picker.next) })
  const shop = await app.create({ name: 'Shop app' })
  const retired = app.secretOf(shop.id) as string
  await app.services.service.rotateSecret({ id: shop.id })
  const current = app.secretOf(shop.id) as string
  await writeFiles(folder, {
    'src/config.ts': `export const secret = '${current}'\n`,
    'deploy/old.env': `ACCESS_KEY_SECRET=${retired}\n`,
    'android/strings.xml': `<string name="appkey">${shop.appKey}</string>\n`,
    '.git/config': `${current}\n`
  })
  if (options.keychain === false) app.setKeychainAvailable(false)
  return { app, folder, picker, shopId: shop.id, current, retired, appKey: shop.appKey }
}

async function openDialog(user: Awaited<ReturnType<typeof renderApp>>['user'], language: Language) {
  const words =
    language === 'en'
      ? { button: 'Leak check', title: 'Leak check' }
      : { button: '泄露检查', title: '密钥泄露检查' }
  await user.click(await screen.findByRole('button', { name: words.button }))
  return screen.findByRole('dialog', { name: words.title })
}

const rowsOf = (table: HTMLElement): HTMLElement[] => within(table).getAllByRole('row').slice(1)
const masked = (secret: string): string => `csk_…${secret.slice(-4)}`

describe('Leak check', () => {
  it('finds the current and retired secret and the APPKEY, says which is which, and updates the current one', async () => {
    const s = await setUp()
    const { user } = await renderApp(s.app)
    const dialog = within(await openDialog(user, 'en'))
    expect(
      dialog.getByText(/Looks through a folder for this app’s keys: APPKEYs, AccessKeyIds/)
    ).toBeInTheDocument()
    const choose = dialog.getByRole('button', { name: 'Choose a folder…' })
    expect(choose).toHaveFocus()

    await user.click(choose)
    expect(await dialog.findByText(`3 keys found in ${s.folder}.`)).toBeInTheDocument()
    const table = dialog.getByRole('table', { name: 'Keys found' })
    for (const header of ['File', 'Key', 'Channel', 'Status', 'Action']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument()
    }
    const [current, retired, publicKey] = rowsOf(table)
    expect(current).toHaveTextContent(join('src', 'config.ts'))
    expect(current).toHaveTextContent('Line 1, column 24')
    expect(current).toHaveTextContent(masked(s.current))
    expect(current).toHaveTextContent('Shop app')
    expect(current).toHaveTextContent('Current AccessKeySecret')
    expect(current).toHaveTextContent('It works now. Update it')
    const [fingerprint] = [
      ...(await new RetiredSecrets({ dataDir: s.app.dataDir }).load()).values()
    ]
    expect(retired).toHaveTextContent(join('deploy', 'old.env'))
    expect(retired).toHaveTextContent('Retired AccessKeySecret')
    expect(retired).toHaveTextContent(
      `Replaced ${formatDateTime(fingerprint.retiredAt, 'en')}; it no longer works.`
    )
    expect(publicKey).toHaveTextContent(s.appKey)
    expect(publicKey).toHaveTextContent('Public key')
    expect(publicKey).toHaveTextContent(
      'The channel’s APPKEY: not a secret, shown for information.'
    )
    expect(within(retired).queryByRole('button')).toBeNull()
    expect(within(publicKey).queryByRole('button')).toBeNull()
    // Nothing read leaves main but the hits, and a secret in them is masked.
    const shown = document.body.textContent ?? ''
    expect(shown).not.toContain(s.current)
    expect(shown).not.toContain(s.retired)

    // What was not read.
    expect(dialog.getByText('Files read').nextSibling).toHaveTextContent('3')
    expect(dialog.getByText('Not read', { selector: 'dt' }).nextSibling).toHaveTextContent('1')
    await user.click(dialog.getByText('Not read', { selector: 'summary' }))
    expect(dialog.getByText(/^\.git and node_modules folders: 1/)).toHaveTextContent('e.g. .git')

    // Update now: the list's own confirmation, in its words.
    await user.click(
      within(current).getByRole('button', { name: 'Update now: AccessKeySecret of Shop app' })
    )
    const confirm = await screen.findByRole('alertdialog', { name: 'Update AccessKeySecret?' })
    expect(confirm).toHaveTextContent(
      'The previous AccessKeySecret of Shop app becomes invalid at once.'
    )
    await user.click(within(confirm).getByRole('button', { name: 'Update' }))
    expect(await screen.findByText('AccessKeySecret updated')).toBeInTheDocument()
    await waitFor(() => expect(within(current).getByText('Updated')).toHaveFocus())
    expect(s.app.secretOf(s.shopId)).not.toBe(s.current)
    // The secret it replaced is now a retired one.
    expect(
      (await new RetiredSecrets({ dataDir: s.app.dataDir }).load()).has(
        secretFingerprint(s.current)
      )
    ).toBe(true)

    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Leak check' })).toHaveFocus()
    const [entry] = await s.app.services.audit.list(2)
    expect(entry.action).toBe('rotate')
  })

  it('speaks Chinese', async () => {
    const s = await setUp()
    const { user } = await renderApp(s.app, { language: 'zh-CN' })
    const dialog = within(await openDialog(user, 'zh-CN'))
    expect(dialog.getByText(/在文件夹中查找本应用的密钥/)).toBeInTheDocument()
    await user.click(dialog.getByRole('button', { name: '选择文件夹…' }))
    expect(await dialog.findByText(`在 ${s.folder} 中找到 3 个密钥。`)).toBeInTheDocument()
    const table = dialog.getByRole('table', { name: '找到的密钥' })
    for (const header of ['文件', '密钥', '渠道', '状态', '操作']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument()
    }
    const [current, retired, publicKey] = rowsOf(table)
    expect(current).toHaveTextContent('第 1 行，第 24 列')
    expect(current).toHaveTextContent('当前的 AccessKeySecret')
    expect(retired).toHaveTextContent('已停用的 AccessKeySecret')
    expect(retired).toHaveTextContent(/已于 .+ 更换，不再有效。/)
    expect(publicKey).toHaveTextContent('公开的 Key')
    expect(publicKey).toHaveTextContent('该渠道的 APPKEY：不是机密信息，仅供参考。')
    expect(dialog.getByText('已读取文件')).toBeInTheDocument()

    await user.click(
      within(current).getByRole('button', { name: '立即更新 Shop app 的 AccessKeySecret' })
    )
    const confirm = await screen.findByRole('alertdialog', { name: '更新 AccessKeySecret？' })
    await user.click(within(confirm).getByRole('button', { name: '更新' }))
    expect(await within(current).findByText('已更新')).toBeInTheDocument()
    expect(screen.getByText('AccessKeySecret 已更新')).toBeInTheDocument()
  })

  it('says when nothing was found, and shows what it showed before when the picker is closed', async () => {
    const s = await setUp()
    const empty = await tempDir()
    await writeFiles(empty, { 'README.md': '# Nothing here\n' })
    s.picker.next = empty
    const { user } = await renderApp(s.app)
    const dialog = within(await openDialog(user, 'en'))
    await user.click(dialog.getByRole('button', { name: 'Choose a folder…' }))
    expect(
      await dialog.findByText(`No keys of this app were found in ${empty}.`)
    ).toBeInTheDocument()
    expect(dialog.queryByRole('table')).toBeNull()

    s.picker.next = null
    await user.click(dialog.getByRole('button', { name: 'Check another folder…' }))
    await waitFor(() =>
      expect(dialog.getByRole('button', { name: 'Check another folder…' })).toHaveFocus()
    )
    expect(dialog.getByText(`No keys of this app were found in ${empty}.`)).toBeInTheDocument()
    expect(s.app.calls('leaks.check')).toHaveLength(2)
    expect(
      (await s.app.services.audit.list()).filter((e) => e.action === 'leak-check')
    ).toHaveLength(1)
  })

  it('shows progress while main scans, and Stop gives what was found so far', async () => {
    const s = await setUp()
    let choose: (folder: string) => void = () => undefined
    s.picker.next = new Promise<string>((resolve) => (choose = resolve))
    const { user } = await renderApp(s.app)
    const dialog = within(await openDialog(user, 'en'))
    await user.click(dialog.getByRole('button', { name: 'Choose a folder…' }))
    expect(
      await dialog.findByText('Choose the folder to check in the window that opened.')
    ).toBeInTheDocument()
    const stop = dialog.getByRole('button', { name: 'Stop' })
    expect(stop).toHaveFocus()

    // What main sends while it reads.
    const progress: LeakProgress = {
      folder: '/home/admin/shop',
      filesScanned: 1234,
      bytesScanned: 12.5 * 1024 * 1024,
      hits: 2,
      skipped: 3
    }
    act(() => s.app.emit('leaks.progress', progress))
    expect(await dialog.findByRole('status')).toHaveTextContent('Checking /home/admin/shop…')
    expect(
      dialog.getByRole('progressbar', { name: 'Checking /home/admin/shop…' })
    ).toBeInTheDocument()
    expect(dialog.getByText('Files read').nextSibling).toHaveTextContent('1,234')
    expect(dialog.getByText('Data read').nextSibling).toHaveTextContent('12.5 MB')
    expect(dialog.getByText('Keys found').nextSibling).toHaveTextContent('2')

    await user.click(stop)
    expect(dialog.getByRole('button', { name: 'Stopping…' })).toHaveFocus()
    expect(s.app.calls('leaks.cancel')).toHaveLength(1)
    choose(s.folder)
    expect(
      await dialog.findByText(
        'The check was stopped before the end: only part of the folder was read.'
      )
    ).toBeInTheDocument()
    expect(dialog.getByText(`No keys of this app were found in ${s.folder}.`)).toBeInTheDocument()
    await waitFor(() =>
      expect(dialog.getByRole('button', { name: 'Check another folder…' })).toHaveFocus()
    )
  })

  it('opens from the File menu, and closing it stops a running check', async () => {
    const s = await setUp()
    let choose: (folder: string) => void = () => undefined
    s.picker.next = new Promise<string>((resolve) => (choose = resolve))
    const { user } = await renderApp(s.app)
    await screen.findByRole('button', { name: 'Leak check' })
    act(() => s.app.menuCommand('leakCheck'))
    const dialog = within(await screen.findByRole('dialog', { name: 'Leak check' }))
    await user.click(dialog.getByRole('button', { name: 'Choose a folder…' }))
    await dialog.findByRole('button', { name: 'Stop' })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(s.app.calls('leaks.cancel')).toHaveLength(1))
    choose(s.folder)
    await waitFor(async () =>
      expect((await s.app.services.audit.list(1))[0].detail).toMatch(/, stopped$/)
    )
    await pageSettled()
  })

  it('says when the keychain could not be read to compare the secrets found', async () => {
    const s = await setUp({ keychain: false })
    const { user } = await renderApp(s.app)
    const dialog = within(await openDialog(user, 'en'))
    await user.click(dialog.getByRole('button', { name: 'Choose a folder…' }))
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'The keychain could not be read, so the AccessKeySecrets found could not be compared with the current ones.'
    )
    const [unverified, retired] = rowsOf(dialog.getByRole('table', { name: 'Keys found' }))
    expect(unverified).toHaveTextContent('AccessKeySecret, not compared')
    expect(unverified).toHaveTextContent('It may be current: the keychain could not be read')
    expect(within(unverified).queryByRole('button')).toBeNull()
    expect(retired).toHaveTextContent('Retired AccessKeySecret')
  })

  it('shows main’s error, and offers to stop a check that is already running', async () => {
    const s = await setUp()
    s.app.failNext('leaks.check', { code: 'CONFLICT', message: 'leaks.running' })
    const { user } = await renderApp(s.app)
    const dialog = within(await openDialog(user, 'en'))
    await user.click(dialog.getByRole('button', { name: 'Choose a folder…' }))
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'A leak check is already running. Stop it or wait for it to finish, then try again.'
    )
    await user.click(dialog.getByRole('button', { name: 'Stop' }))
    expect(s.app.calls('leaks.cancel')).toHaveLength(1)
  })

  it('cannot be opened while the data file is damaged', async () => {
    const app = await startApp({
      files: { 'channels.json': '{ damaged' },
      dialogs: new FileDialogs()
    })
    await renderApp(app)
    await screen.findByRole('heading', { name: 'The channel data file is damaged' })
    expect(screen.getByRole('button', { name: 'Leak check' })).toBeDisabled()
    act(() => app.menuCommand('leakCheck'))
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
