/**
 * From a new channel to its SDK code, and a list that fits the window, in Chromium:
 * - Create → the details open with the secret shown → Copy a snippet → the clipboard holds
 *   exactly that snippet, with the APPKEY and the data collection domain and no secret;
 *   HarmonyOS's qtconfig.json is saved through main's save dialog;
 * - at the 960×600 minimum window (and 1280×800), by element boxes: nothing is cut off or
 *   needs a sideways scroll, every action of a row is within reach, names get room, domains and
 *   dates are never broken inside, the form's OK and Cancel and the details' header are in view.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { closeBrowser, launchApp, type LaunchedApp } from './harness'
import { channelNamed, keychainOf, Screen, SETTLE } from './support'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

afterAll(async () => {
  await closeBrowser()
})

const DOMAIN = 'https://collect.example.com'

interface Box {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox()
  if (!found) throw new Error(`no box for ${locator.toString()}`)
  return found
}

/** The element is wholly inside the viewport (nothing cut off, no scrolling needed to see it). */
async function expectInViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const viewport = page.viewportSize()
  if (!viewport) throw new Error('no viewport')
  const b = await box(locator)
  expect(b.x, `${what}: left edge`).toBeGreaterThanOrEqual(0)
  expect(b.y, `${what}: top edge`).toBeGreaterThanOrEqual(0)
  expect(b.x + b.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width + 0.5)
  expect(b.y + b.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height + 0.5)
}

/** Neither the page nor the list scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => {
    const list = document.querySelector('.table-scroll')
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      list: list ? list.scrollWidth - list.clientWidth : 0
    }
  })
  expect(widths, what).toEqual({ page: 0, list: 0 })
}

/** Channels as an administrator has them, some with long names and domains. */
async function seed(target: LaunchedApp): Promise<void> {
  const create = (input: object) =>
    target.services.service.create({
      collectedByQuickTracking: true,
      platforms: [],
      domains: [],
      ...input
    } as never)
  await create({ name: 'Delivery app', appType: 'APP', platforms: ['ANDROID'] })
  await create({
    name: 'Member center of the Shanghai flagship store and its loyalty programme',
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
    platforms: ['WECHAT', 'ALIPAY', 'DOUYIN', 'XIAOHONGSHU']
  })
  await create({ name: 'Shop app', appType: 'APP', platforms: ['ANDROID', 'IOS', 'HARMONYOS'] })
}

describe('SDK setup, end to end', () => {
  it('create → details with the secret → copy a snippet: the clipboard holds it, with the APPKEY and domain, no secret', async () => {
    app = await launchApp()
    const { page, clipboard } = app
    const ui = new Screen(page)
    await ui.ready()

    // The organisation's data collection domain, set once in Settings.
    await ui.button('Settings').click()
    const settings = page.getByRole('dialog', { name: 'Settings' })
    await settings.getByLabel('Data collection domain', { exact: true }).fill(DOMAIN)
    await settings.getByRole('button', { name: 'Save', exact: true }).click()
    await settings.waitFor({ state: 'hidden' })

    await ui.openCreateForm()
    await ui.fill({ name: 'Shop app', appType: 'APP', platforms: ['Android', 'HarmonyOS'] })
    await ui.submit()
    const details = ui.details('Shop app')
    const channel = await channelNamed(app, 'Shop app')
    const secret = (await keychainOf(app).get(channel.id)) ?? '-'
    // All three keys on screen at once, focus in the details.
    await details.getByText(secret, { exact: true }).waitFor()
    await details.getByText(channel.appKey, { exact: true }).waitFor()
    await expect
      .poll(() => details.evaluate((el) => el.contains(document.activeElement)), SETTLE)
      .toBe(true)

    const code = details.getByRole('group', { name: 'Android — In your Application class' })
    const shown = (await code.textContent()) ?? ''
    await details
      .getByRole('button', { name: 'Copy code: Android — In your Application class' })
      .click()
    await expect.poll(() => clipboard.readText(), SETTLE).toBe(shown)
    const copied = clipboard.readText()
    expect(copied).toContain(channel.appKey)
    expect(copied).toContain(DOMAIN)
    expect(copied).toContain('QtConfigure.setCustomDomain')
    expect(copied).not.toContain(secret)
    expect(copied).not.toMatch(/csk_/)

    // HarmonyOS: qtconfig.json, saved where main's dialog says.
    const target = join(app.dataDir, 'qtconfig-chosen.json')
    app.dialogs.answer(target)
    await details.getByRole('tab', { name: 'HarmonyOS', exact: true }).click()
    await details.getByRole('button', { name: 'Save qtconfig.json…', exact: true }).click()
    await page.getByText(`Saved ${target}`).waitFor()
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({
      appKey: channel.appKey,
      channel: 'AppGallery'
    })
    expect(app.dialogs.requests.map((request) => request.defaultName)).toEqual(['qtconfig.json'])
  })
})

describe.each([
  { width: 960, height: 600 },
  { width: 1280, height: 800 }
])('the list at $width×$height', (viewport) => {
  it.each(['en-US', 'zh-CN'])('fits the window (%s)', async (locale) => {
    app = await launchApp({ viewport, locale })
    await seed(app)
    const { page } = app
    await page.reload()
    await page.getByRole('table').waitFor()
    await page.getByRole('rowheader').first().waitFor()
    await expectNoSidewaysScroll(page, 'the list')

    // Every row's actions are within the window: its menu (Details, Edit, Remove) and, where the
    // keys are shown, their buttons.
    const rows = page.locator('tbody tr[data-id]')
    const count = await rows.count()
    expect(count).toBe(5)
    const region = await box(page.locator('.table-scroll'))
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i)
      await row.scrollIntoViewIfNeeded()
      const buttons = row.locator('button')
      for (let b = 0; b < (await buttons.count()); b++) {
        const button = buttons.nth(b)
        if (!(await button.isVisible())) continue
        const rect = await box(button)
        expect(rect.x + rect.width, `row ${i} button ${b}`).toBeLessThanOrEqual(
          region.x + region.width
        )
        expect(rect.x).toBeGreaterThanOrEqual(region.x)
      }
      await expectInViewport(page, row.locator('.row-menu'), `row ${i}'s menu`)
    }

    // Names get room: the name column is the widest text column.
    const nameWidth = (await box(page.getByRole('columnheader').first())).width
    expect(nameWidth).toBeGreaterThanOrEqual(viewport.width >= 1200 ? 220 : 280)
    // A domain chip is one line, never broken inside.
    for (const chip of await page.locator('.chip-mono').all()) {
      const lines = await chip.evaluate((el) => el.getClientRects().length)
      expect(lines).toBe(1)
      const { height } = await box(chip)
      expect(height).toBeLessThan(24)
    }
    // Each part of a date (the date, the time) is on one line.
    for (const part of await page.locator('.cell-time .date-part').all()) {
      expect(await part.evaluate((el) => el.getClientRects().length)).toBe(1)
    }
    // … and the whole date stays inside its cell (no text runs under the row's menu).
    for (const time of await page.locator('td.cell-time time').all()) {
      const inside = await time.evaluate((el) => {
        const cell = (el.parentElement as HTMLElement).getBoundingClientRect()
        return el.getBoundingClientRect().right <= cell.right + 0.5
      })
      expect(inside).toBe(true)
    }
    // The keys are in the row from 1200px, in the details below.
    const keysShown = await page.locator('td.cell-keys').first().isVisible()
    expect(keysShown).toBe(viewport.width >= 1200)

    // The header's controls are all in view.
    for (const control of await page.locator('.app-header button, .app-header select').all()) {
      await expectInViewport(page, control, 'a header control')
    }
    // At least five rows show at once.
    const visibleRows = await page.evaluate(() => {
      const list = document.querySelector('.table-scroll')?.getBoundingClientRect()
      return [...document.querySelectorAll('tbody tr[data-id]')].filter((row) => {
        const r = row.getBoundingClientRect()
        return list && r.top >= list.top && r.bottom <= list.bottom + 1
      }).length
    })
    expect(visibleRows).toBeGreaterThanOrEqual(viewport.height >= 800 ? 4 : 5)
  })

  it('keeps the form’s OK and Cancel, and the details’ header, in view', async () => {
    app = await launchApp({ viewport })
    await seed(app)
    const { page } = app
    const ui = new Screen(page)
    await page.reload()
    await ui.ready()

    // Six Network Domains: the form scrolls, its actions stay.
    await ui.openCreateForm()
    await ui.form.getByRole('radio', { name: 'WEB', exact: true }).check()
    for (let i = 1; i < 6; i++) await ui.button('New Platform Configuration').click()
    await ui.form.getByLabel('Network Domain 6', { exact: true }).waitFor()
    await expectInViewport(page, ui.form.getByRole('button', { name: 'OK', exact: true }), 'OK')
    await expectInViewport(page, ui.button('Cancel'), 'Cancel')
    await ui.form.getByLabel('Network Domain 6', { exact: true }).focus()
    await expectInViewport(page, ui.form.getByRole('button', { name: 'OK', exact: true }), 'OK')
    // Changed (WEB chosen): closing asks first, and its answers are in view too.
    await page.keyboard.press('Escape')
    const discard = page.getByRole('alertdialog', { name: 'Discard your changes?' })
    await expectInViewport(page, discard.getByRole('button', { name: 'Discard' }), 'Discard')
    await discard.getByRole('button', { name: 'Discard' }).click()
    await page.getByRole('dialog').waitFor({ state: 'detached' })

    // The details of the channel with the longest name.
    const long = 'Member center of the Shanghai flagship store and its loyalty programme'
    await ui.row(long).getByRole('rowheader').click()
    const details = ui.details(long)
    await details.waitFor()
    for (const name of [`Edit ${long}`, `Remove ${long}`, 'Close']) {
      await expectInViewport(page, details.getByRole('button', { name, exact: true }), name)
    }
    await expectNoSidewaysScroll(page, 'the details')
    // Each domain whole on one line.
    for (const domain of await details.locator('.details-targets .domain').all()) {
      expect(await domain.evaluate((el) => el.getClientRects().length)).toBe(1)
    }
    // SDK setup: the buttons are reachable in the sheet; the code scrolls inside its block.
    const copy = details.getByRole('button', { name: 'Open Settings', exact: true }).first()
    await copy.scrollIntoViewIfNeeded()
    await expectInViewport(page, copy, 'Open Settings')
  })
})
