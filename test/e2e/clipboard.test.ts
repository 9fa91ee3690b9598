/**
 * Copying the AccessKeySecret: main puts it on the clipboard (never the renderer) and clears
 * it after the delay (SECRET_TIMEOUT_MS here, 30 s in the app) — unless the user copied
 * something else meanwhile — and when the app quits.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { closeBrowser, launchApp, type LaunchedApp } from './harness'
import { channelNamed, keychainOf, SECRET_TIMEOUT_MS, SETTLE, Screen } from './support'

describe('clipboard', () => {
  let app: LaunchedApp | undefined

  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  afterAll(async () => {
    await closeBrowser()
  })

  /** Launch, create one channel, copy its secret; resolves to the secret (from the keychain). */
  const copySecret = async (
    secretTimeoutMs: number
  ): Promise<{ app: LaunchedApp; secret: string }> => {
    const launched = await launchApp({ secretTimeoutMs })
    app = launched
    const ui = new Screen(launched.page)
    await ui.ready()
    await ui.create({ name: 'Clipboard app', appType: 'APP', platforms: ['Android'] })
    const secret = await keychainOf(launched).get(
      (await channelNamed(launched, 'Clipboard app')).id
    )
    if (secret === null) throw new Error('no secret in the keychain')
    await ui.button('Copy AccessKeySecret of Clipboard app').click()
    await launched.page
      .getByText(
        `AccessKeySecret copied — the clipboard will be cleared in ${Math.round(secretTimeoutMs / 1000)} seconds`
      )
      .waitFor()
    return { app: launched, secret }
  }

  it('holds the copied secret, then is cleared after the delay', async () => {
    const { app, secret } = await copySecret(SECRET_TIMEOUT_MS)
    expect(app.clipboard.readText()).toBe(secret)
    // The secret never reached the page: the renderer asked main to copy it.
    expect(await app.page.content()).not.toContain(secret)
    await expect.poll(() => app.clipboard.readText(), SETTLE).toBe('')
  })

  it('leaves the clipboard alone when the user copied something else meanwhile', async () => {
    const { app, secret } = await copySecret(SECRET_TIMEOUT_MS)
    expect(app.clipboard.readText()).toBe(secret)
    app.clipboard.writeText('something the user copied')
    const reads = app.clipboard.reads
    // Wait for the app's check at the end of the delay (it reads the clipboard), then look.
    await expect.poll(() => app.clipboard.reads > reads, SETTLE).toBe(true)
    expect(app.clipboard.readText()).toBe('something the user copied')
  })

  it('clears a copied secret when the app quits before the delay is over', async () => {
    const { app: quitting, secret } = await copySecret(60_000)
    expect(quitting.clipboard.readText()).toBe(secret)
    await quitting.close()
    expect(quitting.clipboard.readText()).toBe('')
  })
})
