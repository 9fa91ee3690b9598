/**
 * Process-wide guards from Electron's security checklist: no navigation away from the app,
 * no new windows, no <webview>, every permission denied, and external links only to an
 * allow-list of https hosts, opened in the user's browser.
 */
import { app, session, shell } from 'electron'

/** Hosts the app may open in the user's browser (documentation links). */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['www.alibabacloud.com', 'help.aliyun.com']

/** True for an https URL on an allow-listed host. */
export function isAllowedExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' && EXTERNAL_LINK_HOSTS.includes(url.hostname)
  } catch {
    return false
  }
}

/** Install the guards; call once before the first window is created. */
export function hardenApp(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url)
      return { action: 'deny' }
    })
  })
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
}
