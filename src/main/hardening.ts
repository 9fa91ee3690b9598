/**
 * Process-wide guards from Electron's security checklist: no navigation away from the app,
 * no new windows, no <webview>, every permission and device request denied, and external
 * links only to an allow-list of exact https pages (or path prefixes), opened in the user's
 * browser.
 *
 * Electron is not imported here: index.ts hands in `app`, the default session and
 * `shell.openExternal`, so tests drive the same code with plain event emitters.
 */
import type { Logger } from './log'
import { DOCUMENTATION_URLS } from '../shared/i18n/native'

/**
 * Pages the app may open in the user's browser: exact URLs, or every page under an exact path
 * prefix (one ending in `/`). A host alone is never enough: `https://help.aliyun.com/?k=…`
 * would carry whatever the page put in the query to a real site.
 */
export const EXTERNAL_LINKS: {
  readonly exact: readonly string[]
  readonly prefixes: readonly string[]
} = {
  exact: Object.values(DOCUMENTATION_URLS),
  prefixes: [
    'https://www.alibabacloud.com/help/en/quick-tracking/',
    'https://help.aliyun.com/zh/quick-tracking/'
  ]
}

// An encoded separator or a backslash could still climb out of a prefix on the server side.
const ENCODED_SEPARATOR = /%2f|%5c|\\/i

/**
 * The URL to open for `raw`, or null: https, no credentials, port, query or fragment, and
 * either exactly an allowed URL or under an allowed path prefix (after the URL parser has
 * resolved `.` and `..`).
 */
export function allowedExternalUrl(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (
    url.protocol !== 'https:' ||
    url.username !== '' ||
    url.password !== '' ||
    url.port !== '' ||
    url.search !== '' ||
    url.hash !== '' ||
    raw.includes('?') ||
    raw.includes('#') ||
    ENCODED_SEPARATOR.test(url.pathname)
  )
    return null
  const href = url.href
  if (EXTERNAL_LINKS.exact.includes(href)) return href
  return EXTERNAL_LINKS.prefixes.some((prefix) => href.startsWith(prefix)) ? href : null
}

/** True for a URL the app may open in the user's browser (see allowedExternalUrl). */
export function isAllowedExternalUrl(raw: string): boolean {
  return allowedExternalUrl(raw) !== null
}

// Each handler below types its own parameters; Electron's emitters declare one overload per
// event, which only an `any` listener type can stand for structurally.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => void

/** An Electron event that can be cancelled; navigation events also carry the target URL. */
export interface PreventableEvent {
  preventDefault(): void
  readonly url?: string
  readonly isMainFrame?: boolean
}

/** The part of a WebContents the guards use. */
export interface WebContentsLike {
  on(event: string, listener: Listener): unknown
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void
}

/** The part of a Session the guards use. */
export interface SessionLike {
  on(event: string, listener: Listener): unknown
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void
    ) => void
  ): void
  setPermissionCheckHandler(handler: () => boolean): void
  setDevicePermissionHandler(handler: () => boolean): void
}

/** The part of Electron's `app` the guards use. */
export interface AppLike {
  on(event: string, listener: Listener): unknown
}

export interface GuardOptions {
  /** True for the app's own page (app:// or the dev server). */
  readonly isAppUrl: (url: string) => boolean
  /** `shell.openExternal`; only ever called with an allow-listed URL (EXTERNAL_LINKS). */
  readonly openExternal: (url: string) => Promise<void>
  readonly log?: Logger
}

export interface HardeningOptions extends GuardOptions {
  readonly app: AppLike
  readonly defaultSession: SessionLike
}

/** Scheme and host only: enough to say where something tried to go, without paths or queries. */
function where(raw: string): string {
  try {
    const url = new URL(raw)
    return `${url.protocol}//${url.host}`.slice(0, 120)
  } catch {
    return 'an invalid URL'
  }
}

/** Deny every permission request and check, and every device chooser, on a session. */
export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  // Device choosers cannot open when the checks above say no; cancel them anyway.
  session.on(
    'select-hid-device',
    (event: PreventableEvent, _details: unknown, callback: (id?: null) => void) => {
      event.preventDefault()
      callback(null)
    }
  )
  session.on(
    'select-usb-device',
    (event: PreventableEvent, _details: unknown, callback: (id?: string) => void) => {
      event.preventDefault()
      callback()
    }
  )
  session.on(
    'select-serial-port',
    (
      event: PreventableEvent,
      _ports: unknown,
      _contents: unknown,
      callback: (id: string) => void
    ) => {
      event.preventDefault()
      callback('')
    }
  )
}

/** Open `url` in the user's browser if it is an allow-listed https page; log and drop it otherwise. */
export function openIfAllowed(
  url: string,
  { openExternal, log }: Pick<GuardOptions, 'openExternal' | 'log'>
): void {
  const allowed = allowedExternalUrl(url)
  if (allowed === null) {
    log?.warn(`Blocked a link to ${where(url)}: not an allow-listed https page.`)
    return
  }
  // The parsed, normalised URL: what was checked is what opens.
  openExternal(allowed).catch((error: unknown) =>
    log?.warn('Could not open an external link.', error)
  )
}

/** Guard one WebContents: navigation, redirects, new windows, <webview> and Bluetooth choosers. */
export function guardWebContents(contents: WebContentsLike, options: GuardOptions): void {
  const { isAppUrl } = options
  const open = (url: string): void => openIfAllowed(url, options)

  const blockTopLevel = (event: PreventableEvent, legacyUrl: unknown): void => {
    const url = event.url ?? (typeof legacyUrl === 'string' ? legacyUrl : '')
    if (isAppUrl(url)) return
    event.preventDefault()
    open(url)
  }

  contents.on('will-navigate', blockTopLevel)
  contents.on('will-redirect', (event: PreventableEvent, legacyUrl: unknown) => {
    const url = event.url ?? (typeof legacyUrl === 'string' ? legacyUrl : '')
    if (!isAppUrl(url)) event.preventDefault()
  })
  // Sub-frames (the app has none): never navigate anywhere outside the app.
  contents.on('will-frame-navigate', (event: PreventableEvent) => {
    if (event.isMainFrame === true) return // will-navigate handles the main frame
    if (!isAppUrl(event.url ?? '')) event.preventDefault()
  })
  contents.on('will-attach-webview', (event: PreventableEvent) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    open(url)
    return { action: 'deny' }
  })
  contents.on(
    'select-bluetooth-device',
    (event: PreventableEvent, _devices: unknown, callback: (id: string) => void) => {
      event.preventDefault()
      callback('')
    }
  )
}

/**
 * Install the guards on the default session, every later session and every WebContents; call
 * once when ready, before the first window. Returns the guarded link opener (the native
 * menu's documentation link goes through it too).
 */
export function hardenApp(options: HardeningOptions): (url: string) => void {
  denyAllPermissions(options.defaultSession)
  options.app.on('session-created', (session: SessionLike) => denyAllPermissions(session))
  options.app.on('web-contents-created', (_event: unknown, contents: WebContentsLike) =>
    guardWebContents(contents, options)
  )
  return (url) => openIfAllowed(url, options)
}
