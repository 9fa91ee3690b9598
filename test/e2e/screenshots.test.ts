/**
 * Screenshots of the main screens for the README and docs (docs/screenshots/*.png): the list
 * and a channel's details with its SDK setup at the app's default 1280×800 and at the 960×600
 * minimum window, in English and Chinese, light and dark; the forms, Settings, a revealed
 * secret and the Update confirmation. The revealed secret is a dummy: the channel's keychain
 * entry is overwritten with an obviously fake (but well-formed) AccessKeySecret before it is
 * revealed, and the whole throwaway data folder and its keychain entries go with close().
 */
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatKey, isValidKey } from '../../src/shared/keys'
import { closeBrowser, launchApp, screenshot, type LaunchedApp } from './harness'
import { channelNamed, expectFieldError, keychainOf, Screen } from './support'

const LARGE = { width: 1280, height: 800 } as const
const SMALL = { width: 960, height: 600 } as const
/** Checksum-valid, so the screen shows exactly what a real one looks like — and says DUMMY. */
const DUMMY_SECRET = formatKey('accessKeySecret', 'DUMMYxSECRETxFORxSCREENSHOTSx000')

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(path: string): Promise<{ width: number; height: number; bytes: number }> {
  const png = await readFile(path)
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length }
}

/** Wait until every finite animation (a dialog fading in) has finished. */
async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)))
  })
}

describe('screenshots (docs/screenshots)', () => {
  let app: LaunchedApp
  let ui: Screen

  beforeAll(async () => {
    // The app's own reveal time (30 s): the secret must still be shown when the shot is taken.
    app = await launchApp({ viewport: LARGE })
    ui = new Screen(app.page)
    await ui.ready()
  })

  afterAll(async () => {
    await app?.close()
    await closeBrowser()
  })

  const shoot = async (name: string): Promise<void> => {
    const { page } = app
    // No hover highlight, no focus ring, nothing still fading in.
    await page.mouse.move(0, 0)
    await animationsDone(page)
    const path = await screenshot(page, name)
    const size = await pngSize(path)
    expect({ width: size.width, height: size.height }).toEqual(page.viewportSize())
    expect(size.bytes).toBeLessThan(400_000)
  }

  const setLanguage = async (language: 'English' | '简体中文'): Promise<void> => {
    const { page } = app
    await page
      .getByRole('combobox', { name: /^(Language|语言)$/ })
      .selectOption({ label: language })
    await page
      .getByRole('heading', { name: language === 'English' ? 'API Management' : '接口管理' })
      .waitFor()
  }

  it('the empty state', async () => {
    await app.page.getByRole('heading', { name: 'No data collection APIs yet' }).waitFor()
    await shoot('empty-state')
  })

  it('the list and the details with SDK setup, at both sizes, in both languages and themes', async () => {
    const { page, services } = app
    const create = (input: object) =>
      services.service.create({
        collectedByQuickTracking: true,
        platforms: [],
        domains: [],
        ...input
      } as never)
    // Oldest first: the list shows the newest at the top.
    await create({ name: 'Delivery app', appType: 'APP', platforms: ['ANDROID'] })
    await create({
      name: 'Member center of the Shanghai flagship store',
      appType: 'WEB',
      domains: ['https://member.example.com:8443', 'https://会员.example.cn']
    })
    await create({
      name: 'Shop website',
      appType: 'WEB',
      domains: ['https://shop.example.com', 'https://m.shop.example.com']
    })
    await create({
      name: 'Shop mini program',
      appType: 'MINI_PROGRAM',
      platforms: ['WECHAT', 'ALIPAY', 'DOUYIN']
    })
    await create({ name: 'Shop app', appType: 'APP', platforms: ['ANDROID', 'IOS', 'HARMONYOS'] })
    await services.settings.update({
      collectionDomain: 'https://collect.example.com',
      standbyDomain: 'https://standby.example.com',
      webSdkUrl: 'https://d.alicdn.com/alilog/mlog/aplus/203467608.js'
    })
    await page.reload()
    await ui.ready()
    await ui.row('Shop app').waitFor()

    for (const [viewport, size] of [
      [LARGE, ''],
      [SMALL, '-960']
    ] as const) {
      await page.setViewportSize(viewport)
      for (const [language, suffix] of [
        ['English', ''],
        ['简体中文', '-zh-CN']
      ] as const) {
        await setLanguage(language)
        for (const [scheme, dark] of [
          ['light', ''],
          ['dark', '-dark']
        ] as const) {
          await page.emulateMedia({ colorScheme: scheme })
          // No focus ring on the row the details gave focus back to.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
          await shoot(`channel-list${size}${suffix}${dark}`)
        }
        // The details of Shop app, scrolled to its SDK setup.
        await page.getByRole('rowheader', { name: 'Shop app', exact: true }).click()
        const details = page.getByRole('dialog', { name: 'Shop app', exact: true })
        const sdk = details.getByRole('heading', {
          name: language === 'English' ? 'SDK setup' : 'SDK 接入'
        })
        await sdk.evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
        await details.locator('.code-block').first().waitFor()
        for (const [scheme, dark] of [
          ['light', ''],
          ['dark', '-dark']
        ] as const) {
          await page.emulateMedia({ colorScheme: scheme })
          await shoot(`channel-details${size}${suffix}${dark}`)
        }
        await page.keyboard.press('Escape')
        await details.waitFor({ state: 'hidden' })
      }
      await setLanguage('English')
      await page.emulateMedia({ colorScheme: 'light' })
    }
    await page.setViewportSize(LARGE)
  })

  it('the Create form with errors, its guard, at 960×600, and in Chinese', async () => {
    const { page } = app
    const form = await ui.openCreateForm()
    await form.getByLabel('Channel Name').fill('shop APP')
    await form.getByRole('radio', { name: 'WEB', exact: true }).check()
    await form.getByLabel('Network Domain 1', { exact: true }).fill('https://shop.example.com/cart')
    await ui.button('New Platform Configuration').click()
    await form.getByLabel('Network Domain 2', { exact: true }).fill('m.shop.example.com')
    await form.getByRole('button', { name: 'OK', exact: true }).click()
    await expectFieldError(
      form.getByLabel('Network Domain 1', { exact: true }),
      'A Network Domain cannot contain a path.'
    )
    await expectFieldError(
      form.getByLabel('Network Domain 2', { exact: true }),
      'Start the Network Domain with http:// or https://.'
    )
    // The fix is offered: "Use https://m.shop.example.com".
    await form.getByRole('button', { name: 'Use https://m.shop.example.com' }).waitFor()
    await shoot('create-form-errors')
    await page.emulateMedia({ colorScheme: 'dark' })
    await shoot('create-form-errors-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    // Six domains in the smallest window: OK and Cancel stay in view.
    await page.setViewportSize(SMALL)
    for (let i = 2; i < 6; i++) await ui.button('New Platform Configuration').click()
    await form.getByLabel('Network Domain 6', { exact: true }).focus()
    await shoot('create-form-960')
    await page.keyboard.press('Escape')
    await page.getByRole('alertdialog', { name: 'Discard your changes?' }).waitFor()
    await shoot('discard-changes-960')
    await page.getByRole('button', { name: 'Discard', exact: true }).click()
    await form.waitFor({ state: 'hidden' })
    await page.setViewportSize(LARGE)

    await setLanguage('简体中文')
    await page.keyboard.press('Control+N')
    const zh = page.getByRole('dialog', { name: '新建APP接口' })
    await zh.getByRole('radio', { name: '小程序', exact: true }).check()
    await ui.button('新建平台配置').click()
    await zh.getByLabel('平台 1', { exact: true }).selectOption({ label: '微信' })
    await zh.getByRole('button', { name: '确定', exact: true }).click()
    await zh.getByText('请输入渠道名称。').waitFor()
    await page.emulateMedia({ colorScheme: 'dark' })
    await shoot('create-form-zh-CN-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: '放弃修改', exact: true }).click()
    await zh.waitFor({ state: 'hidden' })
    await setLanguage('English')
  })

  it('Settings', async () => {
    await ui.button('Settings').click()
    const settings = app.page.getByRole('dialog', { name: 'Settings' })
    await settings.getByLabel('Data collection domain', { exact: true }).waitFor()
    await shoot('settings')
    await app.page.keyboard.press('Escape')
    await settings.waitFor({ state: 'hidden' })
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
    await app.page.emulateMedia({ colorScheme: 'dark' })
    await shoot('update-confirmation-dark')
    await app.page.emulateMedia({ colorScheme: 'light' })
    await ui.confirmation.getByRole('button', { name: 'Cancel', exact: true }).click()
    await ui.confirmation.waitFor({ state: 'hidden' })
    // Nothing was rotated: the dummy is still what the keychain holds.
    expect(await keychainOf(app).get((await channelNamed(app, 'Shop app')).id)).toBe(DUMMY_SECRET)
  })
})
