/**
 * The app's own `app://` protocol. The renderer is served from it instead of `file://`
 * (Electron security checklist), so the page has a real origin the CSP and the IPC
 * sender check can name, and a request can only reach files inside the renderer folder.
 */
import { resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { securePage, withSecurityHeaders } from './security/csp'

export const APP_SCHEME = 'app'
export const APP_HOST = 'renderer'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** Privileges for `protocol.registerSchemesAsPrivileged`: a standard, secure origin; never `bypassCSP`. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true
} as const

// Separators, NUL and dot-segments that only appear after decoding are an attempt to
// escape the folder, never a real file name in the built renderer.
const ENCODED_SEPARATOR_OR_NUL = /%(2f|5c|00)/i
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/
// `.` or `..` as a path segment, in any spelling, before the URL parser quietly resolves it.
const RAW_DOT_SEGMENT = /[/\\](?:\.|%2e){1,2}(?=[/\\?#]|$)/i

/**
 * The file an `app://renderer/...` URL names inside `rootDir`, or null when the URL is for
 * another scheme or host, carries credentials or a port, or would escape the folder
 * (`..` in any spelling, encoded separators, backslashes, NUL, drive letters, absolute paths).
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  // The app never asks for a dot-segment; a request that does is probing, even when the
  // parser would have kept the result inside the folder.
  if (RAW_DOT_SEGMENT.test(requestUrl.split(/[?#]/)[0].replace(/^[a-z]+:\/\//i, ''))) return null
  if (url.username !== '' || url.password !== '' || url.port !== '') return null
  if (ENCODED_SEPARATOR_OR_NUL.test(url.pathname)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (CONTROL.test(pathname) || pathname.includes('\\')) return null
  const segments = pathname.split('/').filter((segment) => segment !== '')
  // ':' would be a drive letter or an NTFS stream on Windows.
  if (segments.some((s) => s === '.' || s === '..' || s.includes(':'))) return null
  const relative = segments.length === 0 ? 'index.html' : segments.join('/')
  const root = resolve(rootDir)
  const target = resolve(root, relative)
  // Defence in depth: whatever the checks above missed, the result must stay inside root.
  return target.startsWith(root + sep) ? target : null
}

/** True when a frame URL belongs to the app's own page (the built `app://` page or the dev server). */
export function isAppUrl(frameUrl: string, devServerUrl?: string): boolean {
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (url.username !== '' || url.password !== '') return false
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (!devServerUrl) return false
  const dev = new URL(devServerUrl)
  return url.protocol === dev.protocol && url.host === dev.host
}

/** The part of a protocol request the handler reads. */
export interface AppRequest {
  readonly url: string
  readonly method: string
}

export interface AppProtocolOptions {
  /** The built renderer folder. */
  readonly rootDir: string
  /** Read a `file://` URL (Electron's `net.fetch` in the app). */
  readonly fetchFile: (fileUrl: string) => Promise<Response>
}

const plain = (status: number, text: string): Response =>
  withSecurityHeaders(new Response(text, { status, headers: { 'Content-Type': 'text/plain' } }))

/**
 * The `protocol.handle('app', …)` handler: GET/HEAD only, paths resolved by
 * `resolveAppPath`, and every response (errors too) carrying the CSP header.
 */
export function createAppProtocolHandler(
  options: AppProtocolOptions
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed')
    const file = resolveAppPath(options.rootDir, request.url)
    if (!file) return plain(404, 'Not found')
    try {
      const response = await options.fetchFile(pathToFileURL(file).toString())
      // The page gets a fresh style nonce per response (src/main/security/csp.ts).
      return file.endsWith('.html') ? await securePage(response) : withSecurityHeaders(response)
    } catch {
      return plain(404, 'Not found')
    }
  }
}
