/**
 * Simplified Chinese, light and dark, keyboard first, through the real app in Chromium:
 * - the create flow in zh-CN by the Chinese accessible names, with the form's and main's
 *   messages worded in Chinese;
 * - axe's colour-contrast rule in the light and the dark theme, in both languages;
 * - dark-mode (and Chinese) screenshots for docs/screenshots;
 * - a keyboard-only run of create → reveal → update → remove: no pointer at all.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { IpcEvent } from '../../src/shared/ipc/contract'

const MENU_COMMAND_CHANNEL: IpcEvent = 'menu.command'
import { closeBrowser, launchApp, screenshot, uniqueName, type LaunchedApp } from './harness'
import { channelNamed, expectFieldError, keychainOf, Screen, SETTLE } from './support'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
  app = undefined
})

afterAll(async () => {
  await closeBrowser()
})

/** Wait until every finite animation (a dialog fading in) has finished. */
async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)))
  })
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** axe's colour-contrast rule only: each failing element with its colours and ratio. */
async function contrastViolations(page: Page): Promise<string[]> {
  await animationsDone(page)
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The CSP refuses an injected <script>; evaluating through DevTools is not governed by it.
    await page.evaluate(await readFile(AXE_PATH, 'utf8'))
  }
  return page.evaluate(async () => {
    interface Result {
      violations: Array<{ nodes: Array<{ target: unknown[]; failureSummary?: string }> }>
    }
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<Result> } }).axe
    const result = await axe.run(document, {
      runOnly: { type: 'rule', values: ['color-contrast'] },
      resultTypes: ['violations']
    })
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
    )
  })
}

async function expectReadable(page: Page, screen: string): Promise<void> {
  expect((await contrastViolations(page)).join('\n'), `contrast on ${screen}`).toBe('')
}

/** Close every toast by its (Chinese or English) close button, so a screenshot shows the screen. */
async function dismissToasts(page: Page, closeName: string): Promise<void> {
  const buttons = page
    .locator('[data-sonner-toast]:not([data-removed="true"])')
    .getByRole('button', { name: closeName })
  await buttons.evaluateAll((all) => all.forEach((button) => (button as HTMLElement).click()))
  await expect.poll(() => page.locator('[data-sonner-toast]').count(), SETTLE).toBe(0)
}

describe('Simplified Chinese', () => {
  it('creates a WEB channel by the Chinese names, with every message in Chinese', async () => {
    app = await launchApp({ locale: 'zh-CN' })
    const { page } = app
    const button = (name: string): Locator => page.getByRole('button', { name, exact: true })
    await page.getByRole('heading', { name: 'API 管理', level: 1 }).waitFor()
    expect(await page.title()).toBe('采集接口管理')

    await button('创建 API').click()
    await page.getByRole('menuitem', { name: '创建 App API' }).click()
    const form = page.getByRole('dialog', { name: '创建 App API' })
    await form.waitFor()
    await expect
      .poll(() => form.getByRole('group', { name: '是否 Quick Tracking 采集' }).count())
      .toBe(1)

    // Nothing filled in: the form's own messages, in Chinese.
    await button('确定').click()
    await expectFieldError(form.getByLabel('渠道名称'), '请输入渠道名称。')
    await form.getByText('请选择应用类型。').waitFor()

    await form.getByLabel('渠道名称').fill('官网')
    await form.getByRole('group', { name: '应用类型' }).getByRole('radio', { name: 'WEB' }).check()
    await form.getByRole('group', { name: '网络域名' }).waitFor()
    await form.getByLabel('网络域名 1', { exact: true }).fill('https://www.example.cn')
    await button('新增平台配置').click()
    await form.getByLabel('网络域名 2', { exact: true }).fill('m.example.cn')
    await button('确定').click()
    await expectFieldError(
      form.getByLabel('网络域名 2', { exact: true }),
      '网络域名须以 http:// 或 https:// 开头。'
    )
    await form.getByLabel('网络域名 2', { exact: true }).fill('https://M.Example.cn:443/')
    await button('确定').click()
    await form.waitFor({ state: 'hidden' })
    await page.getByText('App API 已创建').waitFor()
    const row = page.getByRole('row').filter({ has: button('编辑 官网') })
    await row.getByText('https://m.example.cn', { exact: true }).waitFor()
    expect(await row.getByText('WEB', { exact: true }).count()).toBe(1)
    await page.getByText('显示 1 个渠道，共 1 个').waitFor()

    // Main refuses a second 官网: its answer travels as a code and is worded here in Chinese.
    await button('创建 API').click()
    await page.getByRole('menuitem', { name: '创建 App API' }).click()
    await form.getByLabel('渠道名称').fill('官网')
    await form.getByRole('radio', { name: 'APP', exact: true }).check()
    await form.getByLabel('平台 1', { exact: true }).selectOption({ label: 'HarmonyOS（鸿蒙）' })
    await button('确定').click()
    await expectFieldError(form.getByLabel('渠道名称'), '已存在同名的渠道。')
    await button('取消').click()
    await form.waitFor({ state: 'hidden' })
  })
})

describe('colour contrast (axe color-contrast), light and dark', () => {
  const SCHEMES = ['light', 'dark'] as const

  it.each(SCHEMES)('is readable in the %s theme, in Chinese and English', async (colorScheme) => {
    app = await launchApp({ locale: 'zh-CN' })
    const { page } = app
    await page.emulateMedia({ colorScheme })
    const ui = new Screen(page)
    const button = (name: string): Locator => page.getByRole('button', { name, exact: true })
    await page.getByRole('heading', { name: '还没有数据采集 API' }).waitFor()
    await expectReadable(page, `the empty state (${colorScheme}, zh-CN)`)

    await button('创建 API').click()
    await page.getByRole('menuitem', { name: '创建 App API' }).click()
    const form = page.getByRole('dialog', { name: '创建 App API' })
    await button('确定').click()
    await form.getByText('请输入渠道名称。').waitFor()
    await form.getByRole('radio', { name: '否', exact: true }).check()
    await expectReadable(page, `the form with errors and a warning (${colorScheme}, zh-CN)`)
    await form.getByRole('radio', { name: '是', exact: true }).check()
    await form.getByLabel('渠道名称').fill('商城 App')
    await form.getByRole('radio', { name: 'APP', exact: true }).check()
    await form.getByLabel('平台 1', { exact: true }).selectOption({ label: 'Android' })
    await button('确定').click()
    await page.getByText('App API 已创建').waitFor()
    await expectReadable(page, `the list with a success toast (${colorScheme}, zh-CN)`)

    await dismissToasts(page, '关闭通知')

    await button('更新 商城 App 的 AccessKeySecret').click()
    await page.getByRole('alertdialog').waitFor()
    await expectReadable(page, `the Update confirmation (${colorScheme}, zh-CN)`)
    await page.keyboard.press('Escape')
    await page.getByRole('alertdialog').waitFor({ state: 'hidden' })

    await page.getByLabel('语言').selectOption({ label: 'English' })
    await ui.ready()
    await button('Audit log').click()
    await page.getByRole('dialog', { name: 'Audit log' }).getByRole('table').waitFor()
    await expectReadable(page, `the audit log (${colorScheme}, en)`)
    await page.keyboard.press('Escape')
    await button('About').click()
    await page.getByRole('dialog', { name: 'About Collection API Manager' }).waitFor()
    await expectReadable(page, `the About dialog (${colorScheme}, en)`)
  })

  it.each(SCHEMES)('the recovery screen is readable in the %s theme', async (colorScheme) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cam-e2e-damaged-'))
    try {
      await mkdir(dataDir, { recursive: true })
      await writeFile(join(dataDir, 'channels.json'), '{"schemaVersion": 1, "channels": [')
      app = await launchApp({ dataDir, locale: 'zh-CN' })
      await app.page.emulateMedia({ colorScheme })
      await app.page.getByRole('heading', { name: '渠道数据文件已损坏' }).waitFor()
      await app.page.getByText('数据文件不是有效的 JSON，可能已被截断或损坏。').waitFor()
      await expectReadable(app.page, `the recovery screen (${colorScheme}, zh-CN)`)
      // The harness has no file manager: main's error, worded in Chinese, in an error toast.
      await app.page.getByRole('button', { name: '打开数据文件夹', exact: true }).click()
      await app.page.getByText(`此处无法打开文件夹。数据文件夹位于 ${dataDir}`).waitFor()
      await expectReadable(app.page, `an error toast (${colorScheme}, zh-CN)`)
      await app.close()
      app = undefined
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('would notice text that is not readable', async () => {
    app = await launchApp()
    const { page } = app
    await page.emulateMedia({ colorScheme: 'dark' })
    await new Screen(page).ready()
    expect(await contrastViolations(page)).toEqual([])
    // Light-theme text colour on the dark background: axe must object.
    await page.evaluate(() => {
      // Through the CSSOM: the CSP refuses inline style attributes.
      const heading = document.querySelector('h1')
      if (heading) heading.style.color = '#1b2230'
    })
    expect((await contrastViolations(page)).join('\n')).toMatch(/h1/)
  })
})

describe('screenshots, dark and Chinese (docs/screenshots)', () => {
  it('the list, the form with errors and the Update confirmation', async () => {
    app = await launchApp({ locale: 'en-US' })
    const { page } = app
    const ui = new Screen(page)
    await page.emulateMedia({ colorScheme: 'dark' })
    await ui.ready()
    await ui.create({ name: 'Delivery app', appType: 'APP', platforms: ['Android'] })
    await ui.create({
      name: 'Member center',
      appType: 'WEB',
      domains: ['https://member.example.com']
    })
    await ui.create({
      name: 'Shop mini program',
      appType: 'Mini Program',
      platforms: ['WeChat', 'Alipay']
    })
    await ui.dismissToasts()
    await page.mouse.move(0, 0)
    await screenshot(page, 'channel-list-dark')

    await ui.openCreateForm()
    await ui.form.getByRole('radio', { name: 'WEB', exact: true }).check()
    await ui.form.getByLabel('Network Domain 1', { exact: true }).fill('shop.example.com')
    await ui.form.getByRole('button', { name: 'OK', exact: true }).click()
    await ui.form.getByText('Enter a Channel Name.').waitFor()
    await animationsDone(page)
    await screenshot(page, 'create-form-errors-dark')
    await page.keyboard.press('Escape')
    await ui.form.waitFor({ state: 'hidden' })

    await ui.button('Update AccessKeySecret of Member center').focus()
    await page.keyboard.press('Enter')
    await ui.confirmation.waitFor()
    await animationsDone(page)
    await screenshot(page, 'update-confirmation-dark')
    await page.keyboard.press('Escape')

    // The same list in Chinese, light and dark (no focus ring in the pictures).
    await page.getByLabel('Language').selectOption({ label: '简体中文' })
    await page.getByRole('heading', { name: 'API 管理', level: 1 }).waitFor()
    await page.getByText('显示 3 个渠道，共 3 个').waitFor()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await animationsDone(page)
    await screenshot(page, 'channel-list-zh-CN-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await animationsDone(page)
    await screenshot(page, 'channel-list-zh-CN')

    await page.getByRole('button', { name: '创建 API', exact: true }).focus()
    await page.keyboard.press('Control+N')
    const form = page.getByRole('dialog', { name: '创建 App API' })
    await form.getByRole('radio', { name: '小程序', exact: true }).check()
    await form.getByRole('button', { name: '确定', exact: true }).click()
    await form.getByText('请输入渠道名称。').waitFor()
    await page.emulateMedia({ colorScheme: 'dark' })
    await animationsDone(page)
    await screenshot(page, 'create-form-zh-CN-dark')
  })
})

describe('keyboard only', () => {
  /** Whether the element a locator finds holds the focus now. */
  const focused = async (target: Locator): Promise<boolean> =>
    (await target.count()) === 1 && (await target.evaluate((el) => el === document.activeElement))

  /** Press Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
  async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
    for (let presses = 0; presses < 80; presses += 1) {
      if (await focused(target)) return
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    }
    throw new Error(`Tab never reached ${target.toString()}`)
  }

  async function expectFocus(target: Locator): Promise<void> {
    await expect.poll(() => focused(target), SETTLE).toBe(true)
  }

  it('creates, reveals, updates and removes a channel without the pointer', async () => {
    app = await launchApp()
    const { page } = app
    const ui = new Screen(page)
    await ui.ready()
    // Any pointer use would be a bug in this test: make it fail loudly.
    await page.evaluate(() => {
      for (const type of ['mousedown', 'pointerdown', 'click']) {
        window.addEventListener(
          type,
          (event) => {
            if ((event as MouseEvent).detail > 0) document.body.dataset['pointerUsed'] = type
          },
          true
        )
      }
    })
    const name = uniqueName('Keyboard app')

    // Ctrl+N: Create App API, focus in Channel Name. Esc closes it.
    await page.keyboard.press('Control+N')
    await ui.form.waitFor()
    await expectFocus(ui.form.getByLabel('Channel Name'))
    await page.keyboard.press('Escape')
    await ui.form.waitFor({ state: 'hidden' })

    await page.keyboard.press('Control+N')
    await expectFocus(ui.form.getByLabel('Channel Name'))
    await page.keyboard.type(name)
    // Quick Tracking is Yes already; Tab on to the Application Type and pick APP with Space.
    const appRadio = ui.form.getByRole('radio', { name: 'APP', exact: true })
    await tabTo(page, appRadio)
    await page.keyboard.press('Space')
    expect(await appRadio.isChecked()).toBe(true)
    const platform = ui.form.getByLabel('Platform 1', { exact: true })
    await tabTo(page, platform)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => platform.inputValue()).toBe('ANDROID')
    // Enter in the name field submits the form.
    await tabTo(page, ui.form.getByLabel('Channel Name'), true)
    await page.keyboard.press('Enter')
    await ui.form.waitFor({ state: 'hidden' })
    await ui.row(name).waitFor()
    const channel = await channelNamed(app, name)

    // Ctrl+F: the search box; then Tab to the row's View.
    await page.keyboard.press('Control+F')
    await expectFocus(page.getByRole('searchbox', { name: 'Search channels' }))
    await page.keyboard.type('Keyboard')
    await page.getByText('Showing 1 of 1 channel').waitFor()
    const view = ui.button(`View AccessKeySecret of ${name}`)
    await tabTo(page, view)
    await page.keyboard.press('Enter')
    const hide = ui.button(`Hide AccessKeySecret of ${name}`)
    await hide.waitFor()
    // The button changed its name, not its place: the focus is still on it.
    await expectFocus(hide)
    const shown = await ui.shownSecret(name)
    expect(shown).toBe(await keychainOf(app).get(channel.id))

    // Update: the confirmation opens on Cancel; Tab to Update, Enter.
    await tabTo(page, ui.button(`Update AccessKeySecret of ${name}`))
    await page.keyboard.press('Enter')
    await ui.confirmation.waitFor()
    await expectFocus(ui.confirmation.getByRole('button', { name: 'Cancel', exact: true }))
    // Focus stays in the dialog, however far Tab goes.
    for (let i = 0; i < 5; i += 1) {
      await page.keyboard.press('Tab')
      expect(await ui.confirmation.evaluate((el) => el.contains(document.activeElement))).toBe(true)
    }
    await tabTo(page, ui.confirmButton('Update'))
    await page.keyboard.press('Enter')
    await ui.confirmation.waitFor({ state: 'hidden' })
    await page.getByText('AccessKeySecret updated').waitFor()
    await expect.poll(() => ui.shownSecret(name), SETTLE).not.toBe(shown)
    expect(await ui.shownSecret(name)).toBe(await keychainOf(app).get(channel.id))

    // Remove: Esc closes the confirmation and gives the focus back to Remove; then for real.
    const remove = ui.button(`Remove ${name}`)
    await tabTo(page, remove)
    await page.keyboard.press('Enter')
    await ui.confirmation.waitFor()
    await page.keyboard.press('Escape')
    await ui.confirmation.waitFor({ state: 'hidden' })
    await expectFocus(remove)
    await page.keyboard.press('Space')
    await ui.confirmation.waitFor()
    await tabTo(page, ui.confirmButton('Remove'))
    await page.keyboard.press('Enter')
    await ui.row(name).waitFor({ state: 'detached' })
    await page.getByRole('heading', { name: 'No data collection APIs yet' }).waitFor()
    // The last channel is gone: the focus lands on the empty state's Create App API.
    await expectFocus(ui.button('Create App API'))
    expect(await keychainOf(app).get(channel.id)).toBeNull()

    expect(await page.evaluate(() => document.body.dataset['pointerUsed'] ?? 'none')).toBe('none')
  })

  it('gives the focus back to where it was when a dialog opened by its shortcut closes', async () => {
    app = await launchApp({ locale: 'zh-CN' })
    const { page } = app
    await page.getByRole('heading', { name: '还没有数据采集 API' }).waitFor()
    const language = page.getByLabel('语言')
    await language.focus()
    await page.keyboard.press('Control+N')
    const form = page.getByRole('dialog', { name: '创建 App API' })
    await form.waitFor()
    await expectFocus(form.getByLabel('渠道名称'))
    await page.keyboard.press('Escape')
    await form.waitFor({ state: 'hidden' })
    await expectFocus(language)
  })

  it('does what the native menu asks (Create App API, About), and nothing else', async () => {
    app = await launchApp({ locale: 'zh-CN' })
    const { page } = app
    await page.getByRole('heading', { name: '还没有数据采集 API' }).waitFor()
    const create = page.getByRole('dialog', { name: '创建 App API' })

    await app.send(MENU_COMMAND_CHANNEL, 'createAppApi')
    await expectFocus(create.getByLabel('渠道名称'))
    // While a dialog is open, the menu's commands wait.
    await app.send(MENU_COMMAND_CHANNEL, 'about')
    expect(await page.getByRole('dialog').count()).toBe(1)
    await page.keyboard.press('Escape')
    await create.waitFor({ state: 'hidden' })

    await app.send(MENU_COMMAND_CHANNEL, 'about')
    const about = page.getByRole('dialog', { name: '关于采集接口管理' })
    await about.waitFor()
    await page.keyboard.press('Escape')
    await about.waitFor({ state: 'hidden' })

    // Anything that is not a known command is dropped by the preload.
    for (const junk of ['app.info', 'channels.remove', { command: 'about' }, null]) {
      await app.send(MENU_COMMAND_CHANNEL, junk)
    }
    await app.send('channels.list', 'about')
    expect(await page.getByRole('dialog').count()).toBe(0)
  })
})
