/**
 * The package `electron-builder --dir` makes for this OS (dist/), started as a user would,
 * with its fuses on (so no Node inspector: it is driven over the DevTools protocol), on a
 * throwaway data folder and keychain service: the page's security, every secret action with
 * the real OS clipboard (read by a second Electron process), and a quit — closing the window —
 * that clears the copied secret. No CSP violation on the way.
 *
 * Needs Electron's runtime, a display, a keychain and `npx electron-builder --dir`: CI only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkThePage,
  collectCspViolations,
  driveEverySecretAction,
  launchPackaged,
  mainLog,
  packagedExecutable,
  readOsClipboard,
  throwaway,
  type CspViolation,
  type PackagedApp,
  type Throwaway
} from './support'

describe('the packaged app (electron-builder --dir)', () => {
  let data: Throwaway
  let app: PackagedApp
  let violations: CspViolation[]

  beforeAll(async () => {
    const executable = packagedExecutable()
    data = await throwaway()
    app = await launchPackaged(executable, data)
    violations = await collectCspViolations(app.context, app.page)
  })

  afterAll(async () => {
    if (app && app.process.exitCode === null) app.process.kill()
    await app?.browser.close().catch(() => undefined)
    await data?.remove()
  })

  it('loads the app page from app:// with its CSP, no Node in the page', async () => {
    await checkThePage(app.page)
  })

  it('View, Copy, Update and Remove, with the real clipboard', async () => {
    const { secretOnClipboard } = await driveEverySecretAction(app.page, readOsClipboard)
    expect(secretOnClipboard).toMatch(/^csk_/)
  })

  it('closing the window quits, and the copied secret is off the clipboard', async () => {
    expect(await readOsClipboard()).toMatch(/^csk_/)
    await app.page.close()
    expect(await app.exited).toBe(0)
    expect(await readOsClipboard()).toBe('')
    expect(await mainLog(data)).toContain(
      'Cleared a copied AccessKeySecret from the clipboard before quitting.'
    )
    expect(violations).toEqual([])
  })
})
