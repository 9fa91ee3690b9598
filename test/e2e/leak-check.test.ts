/**
 * The leak check end to end: the real services and keychain, the built renderer in Chromium, a
 * real folder on disk (main's folder picker answers it; Electron's dialog cannot open here). By
 * the words on screen, in English and Chinese, by keyboard, and at 960×600.
 */
import { FileDialogs } from '../support/file-dialogs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, expect, it } from 'vitest'
import { writeFiles } from '../support/leak-tree'
import { closeBrowser, launchApp, screenshot, type LaunchedApp } from './harness'
import { channelNamed, keychainOf, Screen, SETTLE } from './support'

let app: LaunchedApp | undefined
const folders: string[] = []

afterEach(async () => {
  await app?.close()
  app = undefined
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

afterAll(async () => {
  await closeBrowser()
})

/** A project folder: its path, and a place to write files once the keys exist. */
async function projectFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cam-e2e-leaks-'))
  folders.push(dir)
  return join(dir, 'shop-app')
}

/** Shop app, updated once through the screen: its APPKEY, the secret it had and the one it has. */
async function shopAppWithHistory(ui: Screen) {
  await ui.create({ name: 'Shop app', appType: 'APP', platforms: ['Android'] })
  await ui.dismissToasts()
  const before = await ui.revealSecret('Shop app')
  await ui.button('Hide AccessKeySecret of Shop app').click()
  await ui.button('Update AccessKeySecret of Shop app').click()
  await ui.confirmButton('Update').click()
  await ui.page.getByText('AccessKeySecret updated').first().waitFor()
  // After an Update the new secret is shown, for the admin to hand over.
  await ui.button('Hide AccessKeySecret of Shop app').waitFor()
  const now = await ui.shownSecret('Shop app')
  await ui.button('Hide AccessKeySecret of Shop app').click()
  const appKey = (await ui.row('Shop app').getByText(/^cak_/).textContent()) ?? ''
  await ui.dismissToasts()
  return { before, now, appKey }
}

it('finds the current and the retired secret and the APPKEY, and Update now replaces the current one', async () => {
  const folder = await projectFolder()
  app = await launchApp({ dialogs: new FileDialogs(async () => folder) })
  const ui = new Screen(app.page)
  await ui.ready()
  const keys = await shopAppWithHistory(ui)
  expect(keys.now).not.toBe(keys.before)
  await writeFiles(folder, {
    'src/config.ts': `export const secret = '${keys.now}'\n`,
    'deploy/old.env': `ACCESS_KEY_SECRET=${keys.before}\n`,
    'android/strings.xml': `<string name="appkey">${keys.appKey}</string>\n`,
    '.git/config': `${keys.now}\n`
  })

  // Keyboard: the header's Leak check, then Enter on the dialog's first action.
  await ui.button('Leak check').focus()
  await app.page.keyboard.press('Enter')
  const dialog = app.page.getByRole('dialog', { name: 'Leak check' })
  await dialog.waitFor()
  await expect
    .poll(() =>
      dialog
        .getByRole('button', { name: 'Choose a folder…' })
        .evaluate((b) => b === document.activeElement)
    )
    .toBe(true)
  await app.page.keyboard.press('Enter')
  await dialog.getByText(`3 keys found in ${folder}.`).waitFor(SETTLE)

  const rows = dialog.getByRole('table', { name: 'Keys found' }).getByRole('row')
  await expect.poll(() => rows.count()).toBe(4)
  const current = rows.nth(1)
  expect(await current.textContent()).toContain('Current AccessKeySecret')
  expect(await current.textContent()).toContain(`csk_…${keys.now.slice(-4)}`)
  expect(await rows.nth(2).textContent()).toContain('Retired AccessKeySecret')
  expect(await rows.nth(3).textContent()).toContain(keys.appKey)
  const onScreen = (await app.page.locator('body').textContent()) ?? ''
  expect(onScreen).not.toContain(keys.now)
  expect(onScreen).not.toContain(keys.before)
  await screenshot(app.page, 'leak-check')

  await current.getByRole('button', { name: 'Update now: AccessKeySecret of Shop app' }).click()
  const confirm = app.page.getByRole('alertdialog', { name: 'Update AccessKeySecret?' })
  await confirm.getByRole('button', { name: 'Update', exact: true }).click()
  await current.getByText('Updated').waitFor()
  const channel = await channelNamed(app, 'Shop app')
  const stored = await keychainOf(app).get(channel.id)
  expect(stored).not.toBe(keys.now)
  expect(stored).toMatch(/^csk_/)

  // Checked again: the secret in config.ts is now a retired one.
  await dialog.getByRole('button', { name: 'Check another folder…' }).click()
  await dialog.getByText(`3 keys found in ${folder}.`).waitFor(SETTLE)
  await expect
    .poll(async () => (await rows.nth(1).textContent()) ?? '')
    .toContain('Retired AccessKeySecret')
  expect(await dialog.getByText('Current AccessKeySecret').count()).toBe(0)

  await app.page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
  expect(await ui.button('Leak check').evaluate((b) => b === document.activeElement)).toBe(true)
  const audit = await app.services.audit.list(3)
  expect(audit.map((e) => e.action)).toEqual(['leak-check', 'rotate', 'leak-check'])
  expect(JSON.stringify(audit)).not.toMatch(/csk_/)
})

it('speaks Chinese', async () => {
  const folder = await projectFolder()
  app = await launchApp({ locale: 'zh-CN', dialogs: new FileDialogs(async () => folder) })
  const page = app.page
  await page.getByRole('heading', { name: '接口管理', level: 1 }).waitFor()
  await page.getByRole('button', { name: '创建接口' }).click()
  await page.getByRole('menuitem', { name: '新建APP接口' }).click()
  await page.getByLabel('渠道名称').fill('商城')
  await page.getByRole('radio', { name: '是', exact: true }).check()
  await page.getByRole('radio', { name: 'APP', exact: true }).check()
  await page.getByLabel('平台 1', { exact: true }).selectOption({ label: 'Android' })
  await page.getByRole('button', { name: '确定', exact: true }).click()
  await page.getByText('APP接口已创建').first().waitFor()
  // Create opens the new channel's details; close them to reach the header.
  const details = page.getByRole('dialog', { name: '商城' })
  await details.waitFor()
  await page.keyboard.press('Escape')
  await details.waitFor({ state: 'hidden' })
  const channel = await channelNamed(app, '商城')
  const secret = (await keychainOf(app).get(channel.id)) ?? ''
  await writeFiles(folder, { '配置.env': `# 密钥\nSECRET=${secret}\n` })

  await page.getByRole('button', { name: '泄露检查', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: '密钥泄露检查' })
  await dialog.getByRole('button', { name: '选择文件夹…' }).click()
  await dialog.getByText(`在 ${folder} 中找到 1 个密钥。`).waitFor(SETTLE)
  const row = dialog.getByRole('table', { name: '找到的密钥' }).getByRole('row').nth(1)
  expect(await row.textContent()).toContain('配置.env')
  expect(await row.textContent()).toContain('第 2 行，第 8 列')
  expect(await row.textContent()).toContain('当前的 AccessKeySecret')
  await row.getByRole('button', { name: '立即更新 商城 的 AccessKeySecret' }).click()
  await page
    .getByRole('alertdialog', { name: '更新 AccessKeySecret？' })
    .getByRole('button', { name: '更新', exact: true })
    .click()
  await row.getByText('已更新').waitFor()
})

it('fits a 960×600 window', async () => {
  const folder = await projectFolder()
  app = await launchApp({ dialogs: new FileDialogs(async () => folder) })
  const ui = new Screen(app.page)
  await ui.ready()
  // Keys are read off the list's own cells, which it shows from 1200 px wide; then the smallest window.
  const keys = await shopAppWithHistory(ui)
  await app.page.setViewportSize({ width: 960, height: 600 })
  // Many hits, long paths: the table scrolls inside the dialog, the page does not.
  const files: Record<string, string> = {}
  for (let i = 0; i < 40; i++) {
    files[`packages/very-long-package-name-${i}/src/configuration/production/settings.ts`] =
      `const a = '${keys.now}'\nconst b = '${keys.before}'\nconst c = '${keys.appKey}'\n`
  }
  await writeFiles(folder, files)
  await ui.button('Leak check').click()
  const dialog = app.page.getByRole('dialog', { name: 'Leak check' })
  await dialog.getByRole('button', { name: 'Choose a folder…' }).click()
  await dialog.getByText(`120 keys found in ${folder}.`).waitFor(SETTLE)

  const box = await dialog.boundingBox()
  expect(box).not.toBeNull()
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width).toBeLessThanOrEqual(960)
  expect(box!.y + box!.height).toBeLessThanOrEqual(600)
  expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    960
  )
  // Every control can be reached.
  const again = dialog.getByRole('button', { name: 'Check another folder…' })
  await again.scrollIntoViewIfNeeded()
  expect(await again.isVisible()).toBe(true)
  const update = dialog
    .getByRole('button', { name: 'Update now: AccessKeySecret of Shop app' })
    .first()
  await update.scrollIntoViewIfNeeded()
  expect(await update.isVisible()).toBe(true)
})
