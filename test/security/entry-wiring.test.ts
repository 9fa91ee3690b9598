/**
 * The built main process (out/main/index.js) starts under plain Node with a recording
 * stand-in for `electron` (test/security/electron-recorder/), and its start-up is checked by
 * what it does: app:// privileged before `ready`, the single-instance lock, then the guards,
 * the protocol handler, the menu and every contract method on ipcMain before the one secure
 * window loads app://. The stand-in then plays the page and Electron (requests, IPC from a
 * sub-frame and the main frame, navigation, window.open, permission requests) and records the
 * answers. Each guard is tested on its own elsewhere; this proves the entry wires each in.
 *
 * Needs `npm run build`. Runs on a temp data folder and a keychain service name of its own
 * (start-up makes no keychain call).
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
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import { IPC_METHODS } from '../../src/shared/ipc/contract'

const ROOT = resolve(import.meta.dirname, '../..')
const MAIN = join(ROOT, 'out/main/index.js')
const REGISTER = join(import.meta.dirname, 'electron-recorder/register.mjs')
const DEV_SERVER = 'http://localhost:5173/'
const BLOCKED_LINK = 'https://evil.example/steal'
const DOCS_LINK = 'https://help.aliyun.com/document_detail/1.html'
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
      CAM_ENTRY_LINKS: JSON.stringify([BLOCKED_LINK, DOCS_LINK]),
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
    expect(named(report, 'app.exit')).toEqual([])
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
    expect(named(report, 'app.quit')).toEqual([])
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
      [DOCS_LINK]: 'prevented'
    })
    expect(report.page.windowOpen).toEqual({
      [BLOCKED_LINK]: { action: 'deny' },
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
    expect(report.page.index).toMatchObject({ status: 200, csp: CONTENT_SECURITY_POLICY })
    expect(report.page.index?.body).toContain(`content="${CONTENT_SECURITY_POLICY}"`)
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
    expect(refused).toHaveLength(IPC_METHODS.length)
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
