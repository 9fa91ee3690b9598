/**
 * Screenshots of the main screens for the README (docs/screenshots/*.png, 1280×800): what a
 * new user sees first. The revealed secret is a dummy: the screenshot channel's keychain
 * entry is overwritten with an obviously fake (but well-formed) AccessKeySecret before it is
 * revealed, and the whole throwaway data folder and its keychain entries go with close().
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatKey, isValidKey } from '../../src/shared/keys'
import { closeBrowser, launchApp, screenshot, type LaunchedApp } from './harness'
import { channelNamed, expectFieldError, keychainOf, Screen } from './support'

const VIEWPORT = { width: 1280, height: 800 } as const
/** Checksum-valid, so the screen shows exactly what a real one looks like — and says DUMMY. */
const DUMMY_SECRET = formatKey('accessKeySecret', 'DUMMYxSECRETxFORxSCREENSHOTSx000')

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(path: string): Promise<{ width: number; height: number; bytes: number }> {
  const png = await readFile(path)
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length }
}

describe('screenshots (docs/screenshots)', () => {
  let app: LaunchedApp
  let ui: Screen

  beforeAll(async () => {
    // The app's own reveal time (30 s): the secret must still be shown when the shot is taken.
    app = await launchApp({ viewport: VIEWPORT })
    ui = new Screen(app.page)
    await ui.ready()
  })

  afterAll(async () => {
    await app?.close()
    await closeBrowser()
  })

  const shoot = async (name: string): Promise<void> => {
    // No hover highlight on whatever row the pointer last clicked.
    await app.page.mouse.move(0, 0)
    const path = await screenshot(app.page, name)
    const size = await pngSize(path)
    expect(size).toMatchObject(VIEWPORT)
    expect(size.bytes).toBeLessThan(400_000)
  }

  it('the empty state', async () => {
    await app.page.getByRole('heading', { name: 'No data collection APIs yet' }).waitFor()
    await shoot('empty-state')
  })

  it('the list with several channels', async () => {
    // Newest first: 'Shop app', whose secret is revealed below, is the top row.
    await ui.create({ name: 'Delivery app', appType: 'APP', platforms: ['Android'] })
    await ui.create({
      name: 'Member center',
      appType: 'WEB',
      domains: ['https://member.example.com:8443']
    })
    await ui.create({
      name: 'Shop website',
      appType: 'WEB',
      domains: ['https://shop.example.com', 'https://m.shop.example.com']
    })
    await ui.create({
      name: 'Shop mini program',
      appType: 'Mini Program',
      platforms: ['WeChat', 'Alipay', 'Douyin (ByteDance)']
    })
    await ui.create({
      name: 'Shop app',
      appType: 'APP',
      platforms: ['Android', 'iOS', 'HarmonyOS']
    })
    await ui.dismissToasts()
    expect(await app.page.getByRole('row').count()).toBe(6)
    await shoot('channel-list')
  })

  it('the Create form with errors', async () => {
    const form = await ui.openCreateForm()
    await form.getByLabel('Channel Name').fill('shop APP')
    await form.getByRole('radio', { name: 'WEB', exact: true }).check()
    await form.getByLabel('Network Domain 1', { exact: true }).fill('https://shop.example.com/cart')
    await ui.button('New Platform Configuration').click()
    await form.getByLabel('Network Domain 2', { exact: true }).fill('ftp://files.example.com')
    await form.getByRole('button', { name: 'OK', exact: true }).click()
    await expectFieldError(
      form.getByLabel('Network Domain 1', { exact: true }),
      'A Network Domain cannot contain a path.'
    )
    await expectFieldError(
      form.getByLabel('Network Domain 2', { exact: true }),
      'Only http:// and https:// Network Domains are supported.'
    )
    // Fix the domains: now main answers that the name is taken (case does not matter).
    await form.getByLabel('Network Domain 1', { exact: true }).fill('https://shop.example.com')
    await form.getByLabel('Network Domain 2', { exact: true }).fill('https://SHOP.example.com:443')
    await form.getByRole('button', { name: 'OK', exact: true }).click()
    await expectFieldError(
      form.getByLabel('Network Domain 2', { exact: true }),
      'This Network Domain is already configured.'
    )
    await form.getByLabel('Network Domain 2', { exact: true }).fill('https://m.shop.example.com')
    await form.getByRole('button', { name: 'OK', exact: true }).click()
    await expectFieldError(
      form.getByLabel('Channel Name'),
      'Another channel already has this name: “Shop app”.'
    )
    await form.getByLabel('Network Domain 2', { exact: true }).fill('ftp://files.example.com')
    await expectFieldError(
      form.getByLabel('Network Domain 2', { exact: true }),
      'Only http:// and https:// Network Domains are supported.'
    )
    await expectFieldError(
      form.getByLabel('Channel Name'),
      'Another channel already has this name: “Shop app”.'
    )
    await shoot('create-form-errors')
    await form.getByRole('button', { name: 'Cancel', exact: true }).click()
    await form.waitFor({ state: 'hidden' })
  })

  it('a revealed (dummy) AccessKeySecret', async () => {
    expect(isValidKey(DUMMY_SECRET, 'accessKeySecret')).toBe(true)
    const { id } = await channelNamed(app, 'Shop app')
    await keychainOf(app).set(id, DUMMY_SECRET)
    expect(await ui.revealSecret('Shop app')).toBe(DUMMY_SECRET)
    await shoot('secret-revealed')
    await ui.button('Hide AccessKeySecret of Shop app').click()
    await ui.waitUntilMasked('Shop app')
  })

  it('the Update confirmation', async () => {
    await ui.button('Update AccessKeySecret of Shop app').click()
    await app.page.getByRole('alertdialog', { name: 'Update AccessKeySecret?' }).waitFor()
    await shoot('update-confirmation')
    await ui.confirmation.getByRole('button', { name: 'Cancel', exact: true }).click()
    await ui.confirmation.waitFor({ state: 'hidden' })
    // Nothing was rotated: the dummy is still what the keychain holds.
    expect(await keychainOf(app).get((await channelNamed(app, 'Shop app')).id)).toBe(DUMMY_SECRET)
  })
})
