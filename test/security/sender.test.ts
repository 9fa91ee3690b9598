/** Checklist 17: only the app window's own main frame, on the app page, is a trusted sender. */
import { describe, expect, it } from 'vitest'
import { isAppUrl } from '../../src/main/app-protocol'
import { isAppMainFrame, type AppWindow } from '../../src/main/security/sender'

const APP_PAGE = 'app://renderer/index.html'

function makeWindow(url = APP_PAGE) {
  const mainFrame = { url }
  const webContents = { mainFrame }
  let destroyed = false
  const window: AppWindow = { isDestroyed: () => destroyed, webContents }
  return { window, webContents, mainFrame, destroy: () => void (destroyed = true) }
}

const check = (
  event: Parameters<typeof isAppMainFrame>[0],
  window: AppWindow | undefined
): boolean => isAppMainFrame(event, window, (url) => isAppUrl(url))

describe('isAppMainFrame', () => {
  it('trusts the main frame of the app window on the app page', () => {
    const { window, webContents, mainFrame } = makeWindow()
    expect(check({ sender: webContents, senderFrame: mainFrame }, window)).toBe(true)
  })

  it('refuses a sub-frame of the app window, even on an app URL', () => {
    const { window, webContents } = makeWindow()
    expect(check({ sender: webContents, senderFrame: { url: APP_PAGE } }, window)).toBe(false)
  })

  it('refuses the main frame of another window', () => {
    const { window } = makeWindow()
    const other = makeWindow()
    expect(check({ sender: other.webContents, senderFrame: other.mainFrame }, window)).toBe(false)
  })

  it('refuses a frame claiming the app window as sender but not being its main frame', () => {
    const { window, webContents } = makeWindow()
    const other = makeWindow()
    expect(check({ sender: webContents, senderFrame: other.mainFrame }, window)).toBe(false)
  })

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://renderer.evil/', 'about:blank'])(
    'refuses the main frame once it shows %s',
    (url) => {
      const { window, webContents, mainFrame } = makeWindow(url)
      expect(check({ sender: webContents, senderFrame: mainFrame }, window)).toBe(false)
    }
  )

  it('refuses a destroyed frame, a destroyed window and calls before the window exists', () => {
    const { window, webContents, mainFrame, destroy } = makeWindow()
    expect(check({ sender: webContents, senderFrame: null }, window)).toBe(false)
    expect(check({ sender: webContents, senderFrame: mainFrame }, undefined)).toBe(false)
    destroy()
    expect(check({ sender: webContents, senderFrame: mainFrame }, window)).toBe(false)
  })
})
