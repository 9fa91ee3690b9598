/**
 * A recording stand-in for the `electron` module, for running the built main process
 * (out/main/index.js) under plain Node: just enough of app, protocol, session, BrowserWindow,
 * ipcMain, Menu, shell, nativeTheme, dialog, clipboard, net and systemPreferences for the
 * entry to start, with every call written down in order. `ready` fires on the first tick after
 * the entry's top-level code, as in Electron.
 *
 * Once the window has loaded, it plays what Electron and the page would do — requests to the
 * app:// handler, IPC calls from a sub-frame and from the window's main frame, navigation and
 * window.open from the page, a permission request, a new session, right-clicks, creating a
 * channel and copying its AccessKeySecret — records the answers, then quits the app the way
 * Electron does (app.quit() emits before-quit; a handler may prevent it) and writes everything
 * to CAM_ENTRY_REPORT as JSON when the app exits. Used by test/security/entry-wiring.test.ts
 * (which maps `electron` here, and `keytar` to ./keytar.cjs, with ./register.mjs).
 *
 * Environment: CAM_ENTRY_ROOT (app.getPath(name) is CAM_ENTRY_ROOT/name unless the app set
 * it), CAM_ENTRY_REPORT, CAM_ENTRY_PACKAGED=1 for app.isPackaged, CAM_ENTRY_SECOND_INSTANCE=1
 * to lose the single-instance lock, CAM_ENTRY_LINKS (JSON list of URLs the page tries to open).
 */
import { EventEmitter } from 'node:events'
import { readFile, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const env = process.env
const ROOT = env.CAM_ENTRY_ROOT ?? ''
const REPORT = env.CAM_ENTRY_REPORT ?? ''
if (!ROOT || !REPORT) throw new Error('CAM_ENTRY_ROOT and CAM_ENTRY_REPORT must be set.')

/** Every call, in order; `afterReady` says whether `ready` had fired (shared with keytar.cjs). */
const state = (globalThis.__camEntry ??= { calls: [], ready: false })
const calls = state.calls

/** A JSON-safe copy: functions become '[function]'. */
const plain = (value) =>
  JSON.parse(
    JSON.stringify(value ?? null, (_key, v) => (typeof v === 'function' ? '[function]' : v))
  )
const record = (api, ...args) => calls.push({ api, args: plain(args), afterReady: state.ready })

const appEvents = new EventEmitter()
const protocolHandlers = new Map()
const ipcHandlers = new Map()
const windows = []

class FakeSession extends EventEmitter {
  constructor(name) {
    super()
    this.name = name
    this.handlers = {}
  }
  on(event, listener) {
    record(`session(${this.name}).on`, event)
    return super.on(event, listener)
  }
  setPermissionRequestHandler(handler) {
    record(`session(${this.name}).setPermissionRequestHandler`)
    this.handlers.permissionRequest = handler
  }
  setPermissionCheckHandler(handler) {
    record(`session(${this.name}).setPermissionCheckHandler`)
    this.handlers.permissionCheck = handler
  }
  setDevicePermissionHandler(handler) {
    record(`session(${this.name}).setDevicePermissionHandler`)
    this.handlers.devicePermission = handler
  }
}

class FakeWebContents extends EventEmitter {
  constructor() {
    super()
    this.mainFrame = { url: '' }
    this.windowOpenHandler = undefined
  }
  send(channel, payload) {
    record('webContents.send', channel, payload)
  }
  setWindowOpenHandler(handler) {
    record('webContents.setWindowOpenHandler')
    this.windowOpenHandler = handler
  }
}

const noop = { preventDefault() {} }

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    record('new BrowserWindow', options)
    this.webContents = new FakeWebContents()
    windows.push(this)
    // Electron emits this for every WebContents, the window's own included.
    appEvents.emit('web-contents-created', noop, this.webContents)
  }
  loadURL(url) {
    record('BrowserWindow.loadURL', url)
    this.webContents.mainFrame.url = url
    // After the rest of start-up has run (it goes on synchronously after loadURL).
    // The app exits (app.exit) once it has cleaned up after the quit the page asks for.
    setImmediate(() => void playThePage().catch(fail))
    return Promise.resolve()
  }
  isDestroyed() {
    return false
  }
  isMinimized() {
    return false
  }
  restore() {}
  focus() {}
  show() {
    record('BrowserWindow.show')
  }
  setBackgroundColor(color) {
    record('BrowserWindow.setBackgroundColor', color)
  }
}

const readyPromise = new Promise((resolve) =>
  setImmediate(() => {
    state.ready = true
    record('ready')
    resolve()
  })
)

const paths = new Map()
/** The page's answers, written to the report when the app exits. */
const page = {}

export const app = {
  isPackaged: env.CAM_ENTRY_PACKAGED === '1',
  getPath(name) {
    return paths.get(name) ?? join(ROOT, name)
  },
  setPath(name, path) {
    record('app.setPath', name, path)
    paths.set(name, path)
  },
  setAppLogsPath(path) {
    record('app.setAppLogsPath', path)
    paths.set('logs', path)
  },
  getLocale: () => 'en-US',
  getVersion: () => '0.0.0-entry-test',
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock')
    return env.CAM_ENTRY_SECOND_INSTANCE !== '1'
  },
  on(event, listener) {
    record('app.on', event)
    appEvents.on(event, listener)
    return app
  },
  whenReady() {
    record('app.whenReady')
    return readyPromise
  },
  /** As Electron: emits before-quit, and quits unless a listener prevented it. */
  quit() {
    record('app.quit')
    let prevented = false
    appEvents.emit('before-quit', {
      preventDefault: () => {
        prevented = true
        record('before-quit.preventDefault')
      }
    })
    if (!prevented) setImmediate(() => void finish())
  },
  /** As Electron: exits at once, without quit events. */
  exit(code) {
    record('app.exit', code)
    page.clipboardAtExit = clipboardText
    void finish(code)
  }
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record('protocol.registerSchemesAsPrivileged', schemes)
  },
  handle(scheme, handler) {
    record('protocol.handle', scheme)
    protocolHandlers.set(scheme, handler)
  }
}

export const session = { defaultSession: new FakeSession('default') }

export const ipcMain = {
  handle(channel, listener) {
    record('ipcMain.handle', channel)
    ipcHandlers.set(channel, listener)
  },
  removeHandler(channel) {
    ipcHandlers.delete(channel)
  }
}

/** The roles (or labels) of a menu template, for the report. */
const itemsOf = (template) => template.map((item) => item.role ?? item.type ?? item.label)

export const Menu = {
  buildFromTemplate: (template) => ({
    template,
    popup(options) {
      record('Menu.popup', itemsOf(template), options?.window === windows[0])
    }
  }),
  setApplicationMenu(menu) {
    record(
      'Menu.setApplicationMenu',
      menu.template.map((item) => item.label ?? item.role)
    )
  }
}

export const shell = {
  openExternal(url) {
    record('shell.openExternal', url)
    return Promise.resolve()
  },
  openPath(path) {
    record('shell.openPath', path)
    return Promise.resolve('')
  }
}

class FakeNativeTheme extends EventEmitter {
  shouldUseDarkColors = false
  on(event, listener) {
    record('nativeTheme.on', event)
    return super.on(event, listener)
  }
}
export const nativeTheme = new FakeNativeTheme()

export const dialog = {
  showErrorBox(title, content) {
    record('dialog.showErrorBox', title, content)
  }
}

/** How a clipboard text shows in the report: never a secret itself, only its kind. */
const shape = (text) => (text === '' ? '' : /^csk_/.test(text) ? 'csk_…' : 'text')

let clipboardText = ''
/** Electron 45's clipboard: asynchronous, with write(ClipboardItem[]). */
export const clipboard = {
  async readText() {
    record('clipboard.readText')
    return clipboardText
  },
  async writeText(text) {
    record('clipboard.writeText', shape(text))
    clipboardText = text
  },
  async write(items) {
    const [item] = items
    record('clipboard.write', items.length, item?.types, shape(item?.items['text/plain'] ?? ''))
    clipboardText = item?.items['text/plain'] ?? ''
  }
}

export class ClipboardItem {
  constructor(items) {
    this.items = items
    this.types = Object.keys(items)
  }
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
export const net = {
  /** Electron's net.fetch of a file:// URL. */
  async fetch(url) {
    record('net.fetch', url)
    const path = fileURLToPath(url)
    return new Response(await readFile(path), {
      headers: { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }
    })
  }
}

export const systemPreferences = {
  canPromptTouchID: () => false,
  promptTouchID: () => Promise.reject(new Error('no Touch ID here'))
}

/** What Electron and the page do once the window has loaded; the answers go in the report. */
async function playThePage() {
  const serve = protocolHandlers.get('app')
  if (serve) {
    const answer = async (url, method = 'GET') => {
      const response = await serve({ url, method })
      return {
        status: response.status,
        csp: response.headers.get('content-security-policy'),
        body: response.status === 200 ? await response.text() : ''
      }
    }
    page.index = await answer('app://renderer/index.html')
    page.traversal = await answer('app://renderer/..%2fmain%2findex.js')
    page.post = await answer('app://renderer/index.html', 'POST')
  }

  const win = windows[0]
  const contents = win?.webContents
  if (contents) {
    // IPC from a sub-frame of the app window (same URL, not the main frame), then from the
    // window's own main frame.
    const subFrame = { url: contents.mainFrame.url }
    page.fromSubFrame = {}
    for (const [channel, listener] of ipcHandlers) {
      page.fromSubFrame[channel] = plain(
        await listener({ sender: contents, senderFrame: subFrame }, undefined)
      )
    }
    // The page's own calls (no input): what the app says about itself, and the audit log,
    // which lists once the refusals above are written.
    page.fromMainFrame = {}
    for (const channel of ['app.info', 'audit.list']) {
      const listener = ipcHandlers.get(channel)
      if (!listener) continue
      page.fromMainFrame[channel] = plain(
        await listener(
          { sender: contents, senderFrame: contents.mainFrame },
          // The audit log is read a page at a time: `{}` asks for the newest page.
          channel === 'audit.list' ? {} : undefined
        )
      )
    }

    page.guardedEvents = contents.eventNames().map(String).sort()
    page.navigation = {}
    page.windowOpen = {}
    for (const url of JSON.parse(env.CAM_ENTRY_LINKS ?? '[]')) {
      let prevented = false
      contents.emit('will-navigate', { url, preventDefault: () => (prevented = true) }, url)
      page.navigation[url] = prevented ? 'prevented' : 'allowed'
      page.windowOpen[url] = plain(contents.windowOpenHandler?.({ url }) ?? null)
    }
  }

  const permission = (handlers) =>
    new Promise((resolve) => {
      if (!handlers.permissionRequest) return resolve('no handler')
      handlers.permissionRequest(contents, 'media', (granted) => resolve(granted))
    })
  page.defaultSessionPermission = await permission(session.defaultSession.handlers)
  const later = new FakeSession('later')
  appEvents.emit('session-created', later)
  page.laterSessionPermission = await permission(later.handlers)

  if (contents) {
    // Right-clicks: in a text field, in a password field, and on page text (a revealed secret).
    const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
    const rightClick = (label, params) => {
      const before = calls.length
      contents.emit('context-menu', noop, { editFlags: flags, ...params })
      const popup = calls.slice(before).find((c) => c.api === 'Menu.popup')
      return [label, popup ? popup.args : null]
    }
    page.contextMenus = Object.fromEntries([
      rightClick('text field', { isEditable: true, inputFieldType: 'plainText' }),
      rightClick('password field', { isEditable: true, inputFieldType: 'password' }),
      rightClick('page text', { isEditable: false, selectionText: 'csk_selected' })
    ])

    // The page creates an APP channel and copies its AccessKeySecret (main writes it).
    const call = (channel, input) =>
      ipcHandlers.get(channel)?.({ sender: contents, senderFrame: contents.mainFrame }, input)
    const created = await call('channels.create', {
      name: 'Entry wiring',
      collectedByQuickTracking: true,
      appType: 'APP',
      platforms: ['ANDROID'],
      domains: []
    })
    page.created = plain({ ok: created?.ok, error: created?.error })
    const copied = await call('channels.copy', {
      id: created?.value?.id,
      field: 'accessKeySecret'
    })
    page.copied = plain({ ok: copied?.ok, error: copied?.error })
    page.clipboardAfterCopy = shape(clipboardText)
  }

  // The user quits twice in a row (Cmd+Q, then the window's close): both are held.
  record('recorder: quit')
  app.quit()
  app.quit()
}

let finished = false
/** Write the report and end the process (the entry would keep running otherwise). */
async function finish(code = 0) {
  if (finished) return
  finished = true
  await writeFile(REPORT, JSON.stringify({ calls, page }, null, 2))
  process.exit(code)
}
const fail = (error) => {
  record('recorder failed', String(error?.stack ?? error))
  void finish(2)
}
// If start-up stalls before loading a window, report what happened so far.
setTimeout(() => void finish(3), 20_000).unref()
