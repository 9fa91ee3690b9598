/**
 * The app's one window, created with every web preference the security checklist asks for.
 * Electron is only a type import: index.ts passes the BrowserWindow class, so the options can
 * be tested without Electron.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

export interface WebPreferencesOptions {
  /** Absolute path of the built preload script. */
  readonly preload: string
  /** Packaged builds get no DevTools. */
  readonly isPackaged: boolean
}

/** The renderer's web preferences: isolated, sandboxed, no Node, no webview, no experimental features. */
export function secureWebPreferences({
  preload,
  isPackaged
}: WebPreferencesOptions): WebPreferences {
  return {
    // The one preload builds the typed `window.api` through contextBridge; see src/preload/index.ts.
    preload, // eng-disable PRELOAD_JS_CHECK -- our own bundled preload, exposing only the named methods of src/preload/api.ts
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
    enableWebSQL: false,
    safeDialogs: true,
    // Middle-click must not open links in a new window (the window-open handler denies them too).
    disableBlinkFeatures: 'Auxclick',
    devTools: !isPackaged,
    spellcheck: false
  }
}

/**
 * The page's background (`--bg` in src/renderer/src/styles/base.css) in each theme: the window
 * starts in it, so there is no white flash before the first frame in the dark theme.
 */
export const WINDOW_BACKGROUND = { light: '#f5f6f8', dark: '#15181d' } as const

/** The window background for the OS theme (Electron's nativeTheme.shouldUseDarkColors). */
export function windowBackground(dark: boolean): string {
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light
}

export interface MainWindowOptions extends WebPreferencesOptions {
  readonly icon: string
  /** Whether the OS uses a dark theme now (the page follows it through prefers-color-scheme). */
  readonly dark?: boolean
}

/** Everything the main window is constructed with. */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    // The channel table needs room for its key columns; smaller windows scroll.
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Collection API Manager',
    icon: options.icon,
    backgroundColor: windowBackground(options.dark ?? false),
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(options)
  }
}

/** The part of a BrowserWindow this module uses. */
export interface WindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown
  show(): void
  loadURL(url: string): Promise<void>
}

/** Create and load the main window; it is shown once its first frame is ready. */
export function createMainWindow<W extends WindowLike>(
  BrowserWindowClass: new (options: BrowserWindowConstructorOptions) => W,
  options: MainWindowOptions & {
    readonly url: string
    readonly onLoadError?: (error: unknown) => void
  }
): W {
  const win = new BrowserWindowClass(mainWindowOptions(options))
  win.once('ready-to-show', () => win.show())
  win.loadURL(options.url).catch((error: unknown) => options.onLoadError?.(error))
  return win
}
