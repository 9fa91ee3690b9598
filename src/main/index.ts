/**
 * Electron entry point: owns the app's lifecycle and wires the Electron-free services
 * (src/main/app-services.ts) to the window, the protocol and IPC. Every security guard it
 * installs lives in a testable module; docs/security.md maps them to Electron's checklist.
 */
import { join, resolve } from 'node:path'
import {
  app,
  BrowserWindow,
  clipboard,
  ClipboardItem,
  dialog,
  // eslint-disable-next-line no-restricted-syntax -- handed to registerIpc, the one place that uses it
  ipcMain,
  Menu,
  nativeTheme,
  net,
  protocol,
  session,
  shell,
  systemPreferences,
  type IpcMainInvokeEvent
} from 'electron'
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  isAppUrl
} from './app-protocol'
import { createAppServices, readSettingsFromEnv, type AppServices } from './app-services'
import { SystemClipboard } from './clipboard/system-clipboard'
import { installContextMenu } from './context-menu'
import { fileDialogOptions } from './backup/file-dialog'
import type { FileDialogRequest } from './deps'
import { hardenApp } from './hardening'
import { createDispatcher } from './ipc/handle'
import { registerIpc } from './ipc/register'
import { sendEvent } from './ipc/send-event'
import { createAppLogger, redact } from './log'
import { buildMenuTemplate } from './menu'
import { createReauthGate, touchIdAuthenticator } from './security/reauth'
import { createRefusalAuditor } from './security/refused-ipc'
import { installSafeQuit } from './security/safe-quit'
import { isAppMainFrame } from './security/sender'
import { createMainWindow, windowBackground } from './window'
import { matchLanguage, type Language } from '../shared/i18n/languages'
import { NATIVE_STRINGS } from '../shared/i18n/native'
import icon from '../../resources/icon.png?asset'

// CAM_USER_DATA_DIR: a data folder other than the OS default (tests start the real app on a
// throwaway one). Set before anything reads the path: the single-instance lock, the session
// and the services all live in it; the log goes to its logs/ folder.
const userDataOverride = process.env['CAM_USER_DATA_DIR']
if (userDataOverride) {
  const userData = resolve(userDataOverride)
  app.setPath('userData', userData)
  app.setAppLogsPath(join(userData, 'logs'))
}

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const rendererDir = join(__dirname, '../renderer')
const isOwnUrl = (url: string): boolean => isAppUrl(url, devServerUrl)

// The one logger: electron-log with key redaction, writing to Electron's logs folder.
const log = createAppLogger({ filePath: () => join(app.getPath('logs'), 'main.log') })

// Must happen before `ready`: makes app:// a standard, secure origin (never bypassCSP).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])

// The OS clipboard: a copied secret carries each OS's "keep out of history" mark, and quitting
// clears it (installSafeQuit below).
const systemClipboard = new SystemClipboard({
  clipboard,
  makeItem: (items) => new ClipboardItem(items),
  platform: process.platform
})

let services: AppServices | undefined
let mainWindow: BrowserWindow | undefined
/** The language of main's own words (the menu): the OS language until the page says otherwise. */
let language: Language | undefined

/** Only the app's own top-level frame, showing the app's own page, may call the API. */
const isTrustedSender = (event: IpcMainInvokeEvent): boolean =>
  isAppMainFrame(event, mainWindow, isOwnUrl)

/** The OS language (Electron's, which follows the OS) as one the app speaks. */
const osLanguage = (): Language => matchLanguage([app.getLocale()])

/**
 * Main's save / open / folder dialog (a backup, a restore, an export, the SDK setup's
 * qtconfig.json, the leak check's folder): the path the user chose, or null. The renderer never
 * names a path; it only asks for the action.
 */
async function chooseFile(request: FileDialogRequest): Promise<string | null> {
  const options = fileDialogOptions(
    request,
    NATIVE_STRINGS[language ?? osLanguage()],
    app.getPath('documents')
  )
  const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined
  if (request.kind === 'save') {
    const saveOptions = { ...options, filters: [...options.filters] }
    const result = parent
      ? await dialog.showSaveDialog(parent, saveOptions)
      : await dialog.showSaveDialog(saveOptions)
    return result.canceled || !result.filePath ? null : result.filePath
  }
  const openOptions: Electron.OpenDialogOptions = {
    title: options.title,
    filters: [...options.filters],
    ...(options.buttonLabel ? { buttonLabel: options.buttonLabel } : {}),
    properties: request.kind === 'folder' ? ['openDirectory', 'dontAddToRecent'] : ['openFile']
  }
  const result = parent
    ? await dialog.showOpenDialog(parent, openOptions)
    : await dialog.showOpenDialog(openOptions)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

/** Build the native menu in `next`; the page's Create App API, Find and About go to the window. */
function installMenu(next: Language, openLink: (url: string) => void): void {
  if (next === language) return
  language = next
  const template = buildMenuTemplate({
    language: next,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    send: (command) => {
      if (mainWindow && !mainWindow.isDestroyed()) {
        sendEvent(mainWindow.webContents, 'menu.command', command)
      }
    },
    openLink
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

async function start(): Promise<void> {
  const openLink = hardenApp({
    app,
    defaultSession: session.defaultSession,
    isAppUrl: isOwnUrl,
    // Only ever called by hardening.ts after isAllowedExternalUrl (https, allow-listed hosts).
    openExternal: (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK -- allow-listed https documentation links only, checked in hardening.ts
    log
  })
  // Serves out/renderer with path traversal refused and the CSP as a response header.
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ rootDir: rendererDir, fetchFile: (fileUrl) => net.fetch(fileUrl) })
  )
  installMenu(osLanguage(), openLink)
  const settings = readSettingsFromEnv(process.env)
  const dataDir = app.getPath('userData')
  // A damaged data file does not stop start-up: the services open in recovery mode and the
  // renderer offers the way out (app.status / recovery.*), leaving the file untouched.
  services = await createAppServices({
    dataDir,
    keychainService: settings.keychainService,
    secretTimeoutMs: settings.secretTimeoutMs,
    // Touch ID before a secret is revealed or copied, when CAM_REQUIRE_REAUTH is on and the Mac has it.
    reauth: createReauthGate({
      authenticate: touchIdAuthenticator(systemPreferences),
      isEnabled: () => settings.requireReauth
    }),
    clipboard: systemClipboard,
    appVersion: app.getVersion(),
    locale: app.getLocale(),
    // The page settles its language (the user's choice, else the OS's) and tells main.
    onLanguage: (next) => installMenu(next, openLink),
    log,
    emit: (event, payload) => {
      if (mainWindow && !mainWindow.isDestroyed()) sendEvent(mainWindow.webContents, event, payload)
    },
    openPath: async (path) => {
      const failure = await shell.openPath(path)
      if (failure) throw new Error(failure)
    },
    chooseFile
  })
  // A call from any other frame is refused by the dispatcher and written to the audit log.
  const refusals = createRefusalAuditor({ audit: services.audit, log })
  registerIpc(
    // eslint-disable-next-line no-restricted-syntax -- the one hand-over of ipcMain to the wrapper
    ipcMain,
    createDispatcher(services.handlers, {
      isTrustedSender,
      onRejected: refusals.onRejected,
      log
    })
  )
  mainWindow = createMainWindow(BrowserWindow, {
    preload: join(__dirname, '../preload/index.cjs'),
    icon,
    isPackaged: app.isPackaged,
    // nativeTheme follows the OS ('system'); start in the page's background, no white flash.
    dark: nativeTheme.shouldUseDarkColors,
    url: devServerUrl ?? APP_ENTRY_URL,
    onLoadError: (error) => log.error('The window could not load the app.', error)
  })
  // Cut, Copy, Paste and Select All in the form's fields; never on a revealed secret.
  const win = mainWindow
  installContextMenu(win.webContents, {
    strings: () => NATIVE_STRINGS[language ?? osLanguage()],
    popup: (template) => Menu.buildFromTemplate(template).popup({ window: win })
  })
  nativeTheme.on('updated', () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      mainWindow.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors))
    }
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => app.quit())
  // Quitting holds until a copied secret is off the clipboard and the data file is flushed (3 s cap).
  installSafeQuit({
    app,
    clearClipboard: () => systemClipboard.clearSecret(),
    dispose: async () => {
      await services?.dispose()
    },
    log
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('Start-up failed', error)
      dialog.showErrorBox(
        NATIVE_STRINGS[language ?? osLanguage()].startFailed,
        redact(String(error))
      )
      app.exit(1)
    })
}
