/**
 * The built app (`npm run build`, out/main/index.js) in Electron's real runtime, started by
 * Playwright's Electron support on a throwaway data folder and keychain service: the window's
 * security (sandboxed renderer, context isolation, no Node in the page, the app:// origin and
 * its CSP header), every secret action by the words on screen with the real OS clipboard — a
 * copied secret carries the OS's clipboard-history marks — and a quit that clears the copied
 * secret. No CSP violation on the way.
 *
 * Needs Electron's runtime, a display and a keychain: CI only (npm run test:electron).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { concealedFormats } from '../../src/main/clipboard/system-clipboard'
import {
  checkThePage,
  collectCspViolations,
  driveEverySecretAction,
  mainLog,
  readOsClipboard,
  ROOT,
  throwaway,
  type CspViolation,
  type Throwaway
} from './support'

describe('the built app in Electron', () => {
  let data: Throwaway
  let app: ElectronApplication
  let page: Page
  let violations: CspViolation[]

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out/main/index.js'))) {
      throw new Error('out/main/index.js is missing: run `npm run build` first.')
    }
    data = await throwaway()
    app = await _electron.launch({ args: ['.'], cwd: ROOT, env: data.env })
    page = await app.firstWindow()
    violations = await collectCspViolations(app.context(), page)
  })

  afterAll(async () => {
    await app?.close().catch(() => undefined)
    await data?.remove()
  })

  it('runs one window whose renderer is OS-sandboxed, isolated and without Node', async () => {
    const renderer = await app.evaluate(async ({ app: electronApp, BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows()
      const contents = windows[0]?.webContents
      const pid = contents?.getOSProcessId() ?? -1
      const metric = electronApp.getAppMetrics().find((m) => m.pid === pid)
      // Linux has no `sandboxed` metric: a sandboxed renderer runs under seccomp-bpf (mode 2).
      let seccomp: string | null = null
      if (process.platform === 'linux') {
        const fs = process.getBuiltinModule('node:fs')
        seccomp =
          /Seccomp:\s*(\d)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? null
      }
      return {
        windows: windows.length,
        url: contents?.getURL(),
        type: metric?.type,
        sandboxed: metric?.sandboxed ?? null,
        seccomp,
        packaged: electronApp.isPackaged,
        userData: electronApp.getPath('userData')
      }
    })
    expect(renderer).toMatchObject({
      windows: 1,
      url: 'app://renderer/index.html',
      type: 'Tab',
      packaged: false,
      userData: data.userDataDir
    })
    if (process.platform === 'linux') expect(renderer.seccomp).toBe('2')
    else expect(renderer.sandboxed).toBe(true)
    await checkThePage(page)
  })

  it('View, Copy, Update and Remove, with the real clipboard; a copied secret is concealed from clipboard history', async () => {
    const readClipboard = (): Promise<string> =>
      app.evaluate(({ clipboard }) => clipboard.readText())
    const { secretOnClipboard } = await driveEverySecretAction(page, readClipboard)
    const formats = Object.keys(concealedFormats(process.platform))
    const marked = await app.evaluate(
      ({ clipboard }, names) => Promise.all(names.map((name) => clipboard.has(name))),
      formats
    )
    expect(marked).toEqual(formats.map(() => true))
    // The app removed every keychain entry it made (asked in the app's own process, which
    // created them: another program reading them could make the OS ask the user).
    const left = await app.evaluate(
      async (_electron, { root, service }) => {
        const { createRequire } = process.getBuiltinModule('node:module')
        const keytar = createRequire(`${root}/package.json`)('keytar') as {
          findCredentials(service: string): Promise<unknown[]>
        }
        return (await keytar.findCredentials(service)).length
      },
      { root: ROOT, service: data.keychainService }
    )
    expect(left).toBe(0)
    expect(secretOnClipboard).toMatch(/^csk_/)
  })

  it('quits without leaving the copied secret on the clipboard', async () => {
    const before = await app.evaluate(({ clipboard }) => clipboard.readText())
    expect(before).toMatch(/^csk_/)
    await app.close()
    // Read from outside: the app is gone. (On Linux the X11 clipboard also empties when its
    // owner exits; the log line says the app cleared it itself.)
    expect(await readOsClipboard()).toBe('')
    expect(await mainLog(data)).toContain(
      'Cleared a copied AccessKeySecret from the clipboard before quitting.'
    )
    expect(violations).toEqual([])
  })
})
