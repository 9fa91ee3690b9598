/**
 * Electron entry point: owns the app's lifecycle and wires the Electron-free services
 * (src/main/app-services.ts) to the window, the protocol and IPC.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
// eslint-disable-next-line no-restricted-syntax -- handed to registerIpc, the one place that uses it
import { app, clipboard, dialog, ipcMain, net, protocol, shell, type IpcMainInvokeEvent } from 'electron'
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl, resolveAppPath } from './app-protocol'
import { createAppServices, readSettingsFromEnv, type AppServices } from './app-services'
import { hardenApp } from './hardening'
import { createDispatcher } from './ipc/handle'
import { registerIpc } from './ipc/register'
import { log } from './log'
import { StoreLoadError } from './store/channel-store'
import { createMainWindow } from './window'
import icon from '../../resources/icon.png?asset'

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const rendererDir = join(__dirname, '../renderer')
const isOwnUrl = (url: string): boolean => isAppUrl(url, devServerUrl)

// Must happen before `ready`: makes app:// a standard, secure origin.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

let services: AppServices | undefined
let mainWindow: Electron.BrowserWindow | undefined

/** Only the app's own top-level frame may call the API. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return (
    frame !== null &&
    mainWindow !== undefined &&
    !mainWindow.isDestroyed() &&
    frame === mainWindow.webContents.mainFrame &&
    isOwnUrl(frame.url)
  )
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = resolveAppPath(rendererDir, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
}

async function start(): Promise<void> {
  hardenApp(isOwnUrl)
  serveRenderer()
  const settings = readSettingsFromEnv(process.env)
  const dataDir = app.getPath('userData')
  try {
    services = await createAppServices({
      dataDir,
      keychainService: settings.keychainService,
      secretTimeoutMs: settings.secretTimeoutMs,
      clipboard,
      appVersion: app.getVersion()
    })
  } catch (error) {
    if (error instanceof StoreLoadError) {
      // The file is left exactly as it is; nothing is overwritten or emptied.
      const choice = await dialog.showMessageBox({
        type: 'error',
        title: 'Collection API Manager',
        message: 'The channel data file could not be read.',
        detail: `${error.message}\n\nThe file has not been changed. Open the data folder to restore a copy of it, then start the app again.`,
        buttons: ['Open Data Folder', 'Quit'],
        defaultId: 1
      })
      if (choice.response === 0) await shell.openPath(dataDir)
      app.exit(1)
      return
    }
    throw error
  }
  // eslint-disable-next-line no-restricted-syntax -- the one hand-over of ipcMain to the wrapper
  registerIpc(ipcMain, createDispatcher(services.handlers, { isTrustedSender, log }))
  mainWindow = createMainWindow({
    preload: join(__dirname, '../preload/index.cjs'),
    icon,
    url: devServerUrl ?? APP_ENTRY_URL
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
  app.on('will-quit', () => void services?.dispose())
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('Start-up failed', error)
      dialog.showErrorBox('Collection API Manager could not start', String(error))
      app.exit(1)
    })
}
