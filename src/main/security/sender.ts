/**
 * Who may call the app API (Electron's checklist item 17): only the main frame of the app's
 * own window, while it shows the app's own page. A sub-frame, another window, a frame that
 * navigated away or a destroyed one is refused.
 */

/** The part of Electron's IpcMainInvokeEvent the check reads. */
export interface SenderEvent {
  readonly sender: unknown
  readonly senderFrame: { readonly url: string } | null
}

/** The part of a BrowserWindow the check reads. */
export interface AppWindow {
  isDestroyed(): boolean
  readonly webContents: { readonly mainFrame: unknown }
}

/** True only for the main frame of `window`'s own WebContents, showing an app URL. */
export function isAppMainFrame(
  event: SenderEvent,
  window: AppWindow | undefined,
  isAppUrl: (url: string) => boolean
): boolean {
  const frame = event.senderFrame
  if (frame === null || window === undefined || window.isDestroyed()) return false
  return (
    event.sender === window.webContents &&
    frame === window.webContents.mainFrame &&
    isAppUrl(frame.url)
  )
}
