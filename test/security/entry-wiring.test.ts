/**
 * The built main process (out/main/index.js) starts under plain Node with a recording
 * stand-in for `electron` (test/security/electron-recorder/), and its start-up is checked by
 * what it does: app:// privileged before `ready`, the single-instance lock, then the guards,
 * the protocol handler, the menu and every contract method on ipcMain before the one secure
 * window loads app://. The stand-in then plays the page and Electron (requests, IPC from a
 * sub-frame and the main frame, navigation, window.open, permission requests, right-clicks,
 * creating a channel and copying its secret) and records the answers, then quits as Electron
 * does. Each guard is tested on its own elsewhere; this proves the entry wires each in.
 *
 * Needs `npm run build`. Runs on a temp data folder and a keychain service name of its own;
 * keytar is an in-memory stand-in (start-up makes no keychain call).
 */
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../../src/main/app-protocol'
import { concealedFormats } from '../../src/main/clipboard/system-clipboard'
import { DEFAULT_MAX_REFUSALS_PER_WINDOW } from '../../src/main/security/refused-ipc'
import { CONTENT_SECURITY_POLICY, pagePolicy } from '../../src/shared/csp'
import { DOCUMENTATION_URLS } from '../../src/shared/i18n/native'
import { IPC_METHODS } from '../../src/shared/ipc/contract'

const ROOT = resolve(import.meta.dirname, '../..')
const MAIN = join(ROOT, 'out/main/index.js')
const REGISTER = join(import.meta.dirname, 'electron-recorder/register.mjs')
const DEV_SERVER = 'http://localhost:5173/'
const BLOCKED_LINK = 'https://evil.example/steal'
// An allow-listed host with a query is still refused: only exact pages (or path prefixes) open.
const QUERY_LINK = 'https://help.aliyun.com/?k=csk_leaked'
const DOCS_LINK = DOCUMENTATION_URLS['zh-CN']
const run = promisify(execFile)

interface Call {
  readonly api: string
  readonly args: readonly unknown[]
  readonly afterReady: boolean
}
interface Answer {
  readonly status: number
  readonly csp: string | null
  readonly body: string
}
interface Envelope {
  readonly ok: boolean
  readonly value?: unknown
  readonly error?: { readonly code: string }
}
interface Report {
  readonly calls: readonly Call[]
  readonly page: {
    readonly index?: Answer
    readonly traversal?: Answer
    readonly post?: Answer
    readonly fromSubFrame?: Readonly<Record<string, Envelope>>
    readonly fromMainFrame?: Readonly<Record<string, Envelope>>
    readonly guardedEvents?: readonly string[]
    readonly navigation?: Readonly<Record<string, string>>
    readonly windowOpen?: Readonly<Record<string, unknown>>
    readonly defaultSessionPermission?: unknown
    readonly laterSessionPermission?: unknown
    readonly contextMenus?: Readonly<Record<string, unknown>>
    readonly created?: Envelope
    readonly copied?: Envelope
    readonly clipboardAfterCopy?: string
    readonly clipboardAtExit?: string
  }
}
interface Started {
  readonly report: Report
  readonly root: string
  readonly keychainService: string
  readonly stdout: string
}

const roots: string[] = []

/** Start the built main process once with the recorder; resolves when it has quit. */
async function start(
  env: Readonly<Record<string, string>>,
  seed?: (userData: string) => Promise<void>
): Promise<Started> {
  const root = await mkdtemp(join(tmpdir(), 'cam-entry-'))
  roots.push(root)
  await seed?.(join(root, 'userData'))
  const keychainService = `cam-entry-${randomUUID()}`
  const reportFile = join(root, 'report.json')
  const { stdout } = await run(process.execPath, ['--import', REGISTER, MAIN], {
    cwd: ROOT,
    timeout: 60_000,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? root,
      // The keyring session, if any (no keychain call is expected at start).
      ...(process.env['DBUS_SESSION_BUS_ADDRESS']
        ? { DBUS_SESSION_BUS_ADDRESS: process.env['DBUS_SESSION_BUS_ADDRESS'] }
        : {}),
      CAM_ENTRY_ROOT: root,
      CAM_ENTRY_REPORT: reportFile,
      CAM_ENTRY_LINKS: JSON.stringify([BLOCKED_LINK, QUERY_LINK, DOCS_LINK]),
      CAM_KEYCHAIN_SERVICE: keychainService,
      ...env
    }
  })
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as Report
  return { report, root, keychainService, stdout }
}

const named = (report: Report, api: string): Call[] => report.calls.filter((c) => c.api === api)
const indexOf = (report: Report, api: string, arg?: unknown): number =>
  report.calls.findIndex((c) => c.api === api && (arg === undefined || c.args[0] === arg))
const webPreferencesOf = (report: Report): Record<string, unknown> => {
  const [window] = named(report, 'new BrowserWindow')
  return (window?.args[0] as { webPreferences: Record<string, unknown> }).webPreferences
}

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error('out/main/index.js is missing: run `npm run build` first.')
})

afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })))
})

describe('the built main process, packaged, started with a recording electron', () => {
  let started: Started
  let report: Report

  beforeAll(async () => {
    // A packaged app ignores the dev server variable: it must still load app://. The temp
    // file an interrupted write left is cleaned up by the services, which say so in the log.
    started = await start(
      { CAM_ENTRY_PACKAGED: '1', ELECTRON_RENDERER_URL: DEV_SERVER },
      async (userData) => {
        await mkdir(userData, { recursive: true })
        await writeFile(join(userData, `.channels.json.${randomUUID()}.tmp`), '{')
      }
    )
    report = started.report
  }, 90_000)

  it('starts without an error box or an exit code', () => {
    expect(named(report, 'recorder failed')).toEqual([])
    expect(named(report, 'dialog.showErrorBox')).toEqual([])
    // The one exit is the end of the quit the page asked for, with code 0.
    expect(named(report, 'app.exit').map((c) => c.args)).toEqual([[0]])
    expect(indexOf(report, 'app.exit')).toBeGreaterThan(indexOf(report, 'recorder: quit'))
  })

  it('registers app:// as privileged with the reviewed privileges before ready, never bypassing the CSP', () => {
    const [registration, ...more] = named(report, 'protocol.registerSchemesAsPrivileged')
    expect(more).toEqual([])
    expect(registration?.afterReady).toBe(false)
    expect(registration?.args[0]).toEqual([
      { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }
    ])
    expect(JSON.stringify(registration?.args)).not.toMatch(
      /bypassCSP|allowServiceWorkers|corsEnabled/
    )
    expect(indexOf(report, 'protocol.registerSchemesAsPrivileged')).toBeLessThan(
      indexOf(report, 'ready')
    )
  })

  it('takes the single-instance lock before ready', () => {
    const [lock] = named(report, 'app.requestSingleInstanceLock')
    expect(lock?.afterReady).toBe(false)
    // Nobody quits but the page, at the end.
    const quits = report.calls
      .filter((c) => c.api === 'app.quit')
      .map((c) => report.calls.indexOf(c))
    for (const at of quits) expect(at).toBeGreaterThan(indexOf(report, 'recorder: quit'))
  })

  it('asks the keychain once at start-up, only because there is no data file; the next call is the page’s create', () => {
    // No channels.json: a first start or a lost file. Main asks which of its secrets exist (one
    // findCredentials) to tell them apart (issue 12); with a data file it asks nothing.
    const keychain = report.calls.filter((c) => c.api.startsWith('keytar.'))
    const load = indexOf(report, 'BrowserWindow.loadURL')
    const before = keychain.filter((c) => report.calls.indexOf(c) < load)
    expect(before.map((c) => c.api)).toEqual(['keytar.findCredentials'])
    const next = keychain.find((c) => report.calls.indexOf(c) > load)
    expect(next?.args[0]).toBe(started.keychainService)
    for (const call of keychain) expect(call.args[0]).toBe(started.keychainService)
  })

  it('copies a secret through Electron 45’s clipboard.write, concealed from clipboard history', () => {
    expect(report.page.created).toMatchObject({ ok: true })
    expect(report.page.copied).toMatchObject({ ok: true })
    expect(report.page.clipboardAfterCopy).toBe('csk_…')
    const [write, ...more] = named(report, 'clipboard.write')
    expect(more).toEqual([])
    expect(write?.args).toEqual([
      1,
      ['text/plain', ...Object.keys(concealedFormats(process.platform))],
      'csk_…'
    ])
  })

  it('holds the quit: before-quit prevented, the copied secret cleared, the services disposed, one exit', async () => {
    const quitAt = indexOf(report, 'recorder: quit')
    const after = report.calls.slice(quitAt + 1).map((c) => c.api)
    // Both quits were prevented; the clean-up ran once.
    expect(after.filter((api) => api === 'before-quit.preventDefault')).toHaveLength(2)
    const cleared = report.calls.findIndex(
      (c, i) => i > quitAt && c.api === 'clipboard.writeText' && c.args[0] === ''
    )
    expect(cleared).toBeGreaterThan(quitAt)
    // It checked the clipboard still held the secret before clearing it.
    expect(after.slice(0, cleared - quitAt - 1)).toContain('clipboard.readText')
    expect(indexOf(report, 'app.exit')).toBeGreaterThan(cleared)
    expect(report.calls.at(-1)?.api).toBe('app.exit')
    expect(report.page.clipboardAtExit).toBe('')
    const log = await readFile(join(started.root, 'logs', 'main.log'), 'utf8')
    expect(log).toContain('Cleared a copied AccessKeySecret from the clipboard before quitting.')
    expect(log).not.toMatch(/csk_[0-9A-Za-z]{8}/)
  })

  it('shows Cut, Copy, Paste and Select All in text fields only; no menu on page text', () => {
    expect(report.page.contextMenus).toEqual({
      'text field': [['cut', 'copy', 'paste', 'separator', 'selectAll'], true],
      'password field': [['paste', 'separator', 'selectAll'], true],
      'page text': null
    })
  })

  it('installs the permission, navigation, window and webview guards before the window exists', () => {
    const window = indexOf(report, 'new BrowserWindow')
    for (const api of [
      'session(default).setPermissionRequestHandler',
      'session(default).setPermissionCheckHandler',
      'session(default).setDevicePermissionHandler'
    ]) {
      expect(indexOf(report, api), api).toBeGreaterThan(indexOf(report, 'ready'))
      expect(indexOf(report, api), api).toBeLessThan(window)
    }
    for (const event of ['session-created', 'web-contents-created']) {
      expect(indexOf(report, 'app.on', event), event).toBeLessThan(window)
    }
    // The window's own WebContents got the guards through web-contents-created.
    expect(report.page.guardedEvents).toEqual(
      expect.arrayContaining([
        'will-navigate',
        'will-redirect',
        'will-frame-navigate',
        'will-attach-webview'
      ])
    )
    expect(indexOf(report, 'webContents.setWindowOpenHandler')).toBeGreaterThan(window)
  })

  it('denies permission requests on the default session and on sessions created later', () => {
    expect(report.page.defaultSessionPermission).toBe(false)
    expect(report.page.laterSessionPermission).toBe(false)
  })

  it('keeps the window on the app page and opens links outside only through the allow-list', () => {
    expect(report.page.navigation).toEqual({
      [BLOCKED_LINK]: 'prevented',
      [QUERY_LINK]: 'prevented',
      [DOCS_LINK]: 'prevented'
    })
    expect(report.page.windowOpen).toEqual({
      [BLOCKED_LINK]: { action: 'deny' },
      [QUERY_LINK]: { action: 'deny' },
      [DOCS_LINK]: { action: 'deny' }
    })
    const opened = named(report, 'shell.openExternal').map((c) => c.args[0])
    expect(opened.length).toBeGreaterThan(0)
    expect(new Set(opened)).toEqual(new Set([DOCS_LINK]))
  })

  it('serves the renderer through the app:// handler: the built page with its CSP header, no traversal', () => {
    const handle = named(report, 'protocol.handle')
    expect(handle.map((c) => c.args[0])).toEqual([APP_SCHEME])
    expect(handle[0]?.afterReady).toBe(true)
    expect(indexOf(report, 'protocol.handle')).toBeLessThan(
      indexOf(report, 'BrowserWindow.loadURL')
    )
    const nonce = /property="csp-nonce" nonce="([^"]+)"/.exec(report.page.index?.body ?? '')?.[1]
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(report.page.index).toMatchObject({ status: 200, csp: pagePolicy(nonce ?? '') })
    expect(report.page.index?.body).toContain(`content="${pagePolicy(nonce ?? '')}"`)
    expect(report.page.traversal).toMatchObject({ status: 404, csp: CONTENT_SECURITY_POLICY })
    expect(report.page.post).toMatchObject({ status: 405, csp: CONTENT_SECURITY_POLICY })
    // Files are read from the built renderer folder only.
    for (const call of named(report, 'net.fetch')) {
      expect(String(call.args[0])).toMatch(/^file:\/\/.*\/out\/renderer\//)
    }
  })

  it('sets the application menu', () => {
    const [menu] = named(report, 'Menu.setApplicationMenu')
    expect(menu?.afterReady).toBe(true)
    expect(menu?.args[0]).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']))
  })

  it('registers every contract method on ipcMain, once each, before the page loads', () => {
    const handled = named(report, 'ipcMain.handle')
    expect(handled.map((c) => c.args[0])).toEqual([...IPC_METHODS])
    const load = indexOf(report, 'BrowserWindow.loadURL')
    for (const call of handled) expect(report.calls.indexOf(call)).toBeLessThan(load)
  })

  it('answers a sub-frame FORBIDDEN on every method, and the window’s main frame normally', () => {
    const fromSubFrame = report.page.fromSubFrame ?? {}
    expect(Object.keys(fromSubFrame)).toEqual([...IPC_METHODS])
    for (const [method, answer] of Object.entries(fromSubFrame)) {
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    const info = report.page.fromMainFrame?.['app.info']
    expect(info).toMatchObject({
      ok: true,
      value: {
        keychainService: started.keychainService,
        dataDir: join(started.root, 'userData')
      }
    })
  })

  it('writes every refused call to the audit log, and main and the services to one log file in the logs folder', async () => {
    const audit = report.page.fromMainFrame?.['audit.list']
    expect(audit?.ok).toBe(true)
    const refused = (
      audit?.value as { entries: Array<{ action: string; detail?: string }> }
    ).entries.filter((entry) => entry.action === 'refused-ipc')
    // One entry per method, up to the auditor's limit per minute (the rest are counted in the log).
    expect(refused).toHaveLength(Math.min(IPC_METHODS.length, DEFAULT_MAX_REFUSALS_PER_WINDOW))
    expect(new Set(refused.map((entry) => entry.detail)).size).toBe(refused.length)
    const log = await readFile(join(started.root, 'logs', 'main.log'), 'utf8')
    for (const method of IPC_METHODS) expect(log).toContain(`Refused IPC ${method} from`)
    expect(log).toContain('Removed 1 temp files left by an interrupted write.')
  })

  it('creates one window with the secure web preferences and the built preload', () => {
    const windows = named(report, 'new BrowserWindow')
    expect(windows).toHaveLength(1)
    expect(windows[0]?.afterReady).toBe(true)
    const preferences = webPreferencesOf(report)
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      preload: join(ROOT, 'out/preload/index.cjs')
    })
    expect(existsSync(String(preferences['preload']))).toBe(true)
  })

  it('loads the app page from app://, once, and no other page', () => {
    expect(named(report, 'BrowserWindow.loadURL').map((c) => c.args[0])).toEqual([APP_ENTRY_URL])
  })
})

describe('the built main process, unpackaged (npm run dev)', () => {
  it('loads the dev server and trusts it as the app page', async () => {
    const { report } = await start({ ELECTRON_RENDERER_URL: DEV_SERVER })
    expect(named(report, 'BrowserWindow.loadURL').map((c) => c.args[0])).toEqual([DEV_SERVER])
    expect(report.page.fromMainFrame?.['app.info']).toMatchObject({ ok: true })
    expect(webPreferencesOf(report)).toMatchObject({ sandbox: true, devTools: true })
  }, 90_000)
})

describe('the built main process, on a data folder of its own (CAM_USER_DATA_DIR)', () => {
  it('moves the data folder and the logs there before the single-instance lock', async () => {
    const custom = join(tmpdir(), `cam-entry-data-${randomUUID()}`)
    roots.push(custom)
    const { report } = await start({ CAM_ENTRY_PACKAGED: '1', CAM_USER_DATA_DIR: custom })
    expect(named(report, 'app.setPath').map((c) => c.args)).toEqual([['userData', custom]])
    expect(named(report, 'app.setAppLogsPath').map((c) => c.args)).toEqual([[join(custom, 'logs')]])
    expect(indexOf(report, 'app.setPath')).toBeLessThan(
      indexOf(report, 'app.requestSingleInstanceLock')
    )
    expect(named(report, 'app.setPath')[0]?.afterReady).toBe(false)
    expect(report.page.fromMainFrame?.['app.info']).toMatchObject({
      ok: true,
      value: { dataDir: custom }
    })
    expect(existsSync(join(custom, 'channels.json'))).toBe(true)
    expect(existsSync(join(custom, 'logs', 'main.log'))).toBe(true)
  }, 90_000)
})

describe('the built main process, as a second instance', () => {
  it('quits at once: no window, no protocol handler, no IPC, no data folder', async () => {
    const { report, root } = await start({
      CAM_ENTRY_PACKAGED: '1',
      CAM_ENTRY_SECOND_INSTANCE: '1'
    })
    expect(named(report, 'app.quit')).toHaveLength(1)
    for (const api of ['new BrowserWindow', 'protocol.handle', 'ipcMain.handle', 'app.whenReady']) {
      expect(named(report, api), api).toEqual([])
    }
    expect(existsSync(join(root, 'userData'))).toBe(false)
  }, 90_000)
})
