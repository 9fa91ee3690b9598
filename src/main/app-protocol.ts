/**
 * The app's own `app://` protocol. The renderer is served from it instead of `file://`
 * (Electron security checklist), so the page has a real origin the CSP and the IPC
 * sender check can name, and a request can only reach files inside the renderer folder.
 */
import { resolve, sep } from 'node:path'

export const APP_SCHEME = 'app'
export const APP_HOST = 'renderer'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The file an `app://renderer/...` URL names inside `rootDir`, or null when the URL is for
 * another host or would escape the folder (`..`, encoded separators, absolute paths).
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = resolve(rootDir)
  const target = resolve(root, relative)
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
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true
  if (!devServerUrl) return false
  const dev = new URL(devServerUrl)
  return url.protocol === dev.protocol && url.host === dev.host
}
