/** The app's one window, created with every web preference the security checklist asks for. */
import { BrowserWindow } from 'electron'

export interface MainWindowOptions {
  readonly preload: string
  readonly icon: string
  readonly url: string
}

/** Create and load the main window; it is shown once its first frame is ready. */
export function createMainWindow({ preload, icon, url }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    // The channel table needs room for its key columns; smaller windows scroll.
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Collection API Manager',
    icon,
    autoHideMenuBar: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false
    }
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(url)
  return win
}
