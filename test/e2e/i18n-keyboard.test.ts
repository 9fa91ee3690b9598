/**
 * Simplified Chinese, light and dark, keyboard first, through the real app in Chromium:
 * - the create flow in zh-CN by the Chinese accessible names, with the form's and main's
 *   messages worded in Chinese;
 * - axe's colour-contrast rule in the light and the dark theme, in both languages;
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
import { closeBrowser, launchApp, uniqueName, type LaunchedApp } from './harness'
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
    await page.getByRole('heading', { name: '接口管理', level: 1 }).waitFor()
    expect(await page.title()).toBe('采集接口管理')

    await button('创建接口').click()
    await page.getByRole('menuitem', { name: '新建APP接口' }).click()
    const form = page.getByRole('dialog', { name: '新建APP接口' })
    await form.waitFor()
    await expect
      .poll(() => form.getByRole('group', { name: '是否Quick Tracking采集' }).count())
      .toBe(1)

    // Nothing filled in: the form's own messages, in Chinese.
    await button('确定').click()
    await expectFieldError(form.getByLabel('渠道名称'), '请输入渠道名称。')
    await form.getByText('请选择应用类型。').waitFor()

    await form.getByLabel('渠道名称').fill('官网')
    await form.getByRole('group', { name: '应用类型' }).getByRole('radio', { name: 'WEB' }).check()
    await form.getByRole('group', { name: '网络域名' }).waitFor()
    await form.getByLabel('网络域名 1', { exact: true }).fill('https://www.example.cn')
    await button('新建平台配置').click()
    await form.getByLabel('网络域名 2', { exact: true }).fill('m.example.cn')
    await button('确定').click()
    await expectFieldError(
      form.getByLabel('网络域名 2', { exact: true }),
      '网络域名须以 http:// 或 https:// 开头。'
    )
    await form.getByLabel('网络域名 2', { exact: true }).fill('https://M.Example.cn:443/')
    await button('确定').click()
    await form.waitFor({ state: 'hidden' })
    await page.getByText('APP接口已创建').waitFor()
    // Its details open in Chinese too; closed, the list shows it.
    const details = page.getByRole('dialog', { name: '官网', exact: true })
    await details.getByRole('heading', { name: 'SDK 接入' }).waitFor()
    await details.getByRole('button', { name: '关闭', exact: true }).click()
    await details.waitFor({ state: 'hidden' })
    const row = page.getByRole('row').filter({ has: button('官网 的操作') })
    await row.getByText('https://m.example.cn', { exact: true }).waitFor()
    expect(await row.getByText('WEB', { exact: true }).count()).toBe(1)
    await page.getByText('显示 1 个渠道，共 1 个').waitFor()

    // Main refuses a second 官网: its answer travels as a code and is worded here in Chinese.
    await button('创建接口').click()
    await page.getByRole('menuitem', { name: '新建APP接口' }).click()
    await form.getByLabel('渠道名称').fill('官网')
    await form.getByRole('radio', { name: 'APP', exact: true }).check()
    await form.getByLabel('平台 1', { exact: true }).selectOption({ label: 'HarmonyOS（鸿蒙）' })
    await button('确定').click()
    await expectFieldError(form.getByLabel('渠道名称'), '已有渠道使用此名称：“官网”。')
    await button('取消').click()
    // Something was typed: asked first, in Chinese.
    await page
      .getByRole('alertdialog', { name: '放弃修改？' })
      .getByRole('button', { name: '放弃修改', exact: true })
      .click()
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
    await page.getByRole('heading', { name: '还没有数据采集接口' }).waitFor()
    await expectReadable(page, `the empty state (${colorScheme}, zh-CN)`)

    await button('创建接口').click()
    await page.getByRole('menuitem', { name: '新建APP接口' }).click()
    const form = page.getByRole('dialog', { name: '新建APP接口' })
    await button('确定').click()
    await form.getByText('请输入渠道名称。').waitFor()
    await form.getByRole('radio', { name: '否', exact: true }).check()
    await expectReadable(page, `the form with errors and a warning (${colorScheme}, zh-CN)`)
    await form.getByRole('radio', { name: '是', exact: true }).check()
    await form.getByLabel('渠道名称').fill('商城 App')
    await form.getByRole('radio', { name: 'APP', exact: true }).check()
    await form.getByLabel('平台 1', { exact: true }).selectOption({ label: 'Android' })
    await button('确定').click()
    await page.getByText('APP接口已创建').waitFor()
    // The new channel's details, their code highlighted, with the success toast.
    const details = page.getByRole('dialog', { name: '商城 App', exact: true })
    await details.getByRole('heading', { name: 'SDK 接入' }).waitFor()
    await expectReadable(page, `the details with a success toast (${colorScheme}, zh-CN)`)
    await details.getByRole('button', { name: '打开设置', exact: true }).first().click()
    const settings = page.getByRole('dialog', { name: '设置' })
    await settings.getByLabel('收数域名', { exact: true }).fill('https://collect.example.cn')
    await settings.getByRole('button', { name: '保存', exact: true }).click()
    await details.getByRole('group', { name: 'Android — 放在应用的 Application 类中' }).waitFor()
    await expectReadable(page, `the highlighted code (${colorScheme}, zh-CN)`)
    await details.getByRole('button', { name: '关闭', exact: true }).click()
    await details.waitFor({ state: 'hidden' })
    await expectReadable(page, `the list (${colorScheme}, zh-CN)`)

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

  /** Press an arrow key (within a list row: between its buttons) until `target` has the focus. */
  async function arrowTo(page: Page, target: Locator, key = 'ArrowRight'): Promise<void> {
    for (let presses = 0; presses < 20; presses += 1) {
      if (await focused(target)) return
      await page.keyboard.press(key)
    }
    throw new Error(`${key} never reached ${target.toString()}`)
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
    // Enter in the name field submits the form; the details open, focus on Copy keys, the
    // secret shown. Esc closes them and the focus goes to the new row.
    await tabTo(page, ui.form.getByLabel('Channel Name'), true)
    await page.keyboard.press('Enter')
    await ui.form.waitFor({ state: 'hidden' })
    const details = ui.details(name)
    await expectFocus(details.getByRole('button', { name: 'Copy keys', exact: true }))
    const channel = await channelNamed(app, name)
    await details.getByText(/^csk_/).waitFor()
    await page.keyboard.press('Escape')
    await details.waitFor({ state: 'hidden' })
    const row = ui.row(name)
    await expectFocus(row)

    // Ctrl+F: the search box; Tab to the list (one Tab stop: the row), Right to its View.
    await page.keyboard.press('Control+F')
    await expectFocus(page.getByRole('searchbox', { name: 'Search channels' }))
    await page.keyboard.type('Keyboard')
    await page.getByText('Showing 1 of 1 channel').waitFor()
    const view = ui.button(`View AccessKeySecret of ${name}`)
    await tabTo(page, row)
    await arrowTo(page, view)
    await page.keyboard.press('Enter')
    const hide = ui.button(`Hide AccessKeySecret of ${name}`)
    await hide.waitFor()
    // The button changed its name, not its place: the focus is still on it.
    await expectFocus(hide)
    const shown = await ui.shownSecret(name)
    expect(shown).toBe(await keychainOf(app).get(channel.id))

    // Update: the confirmation opens on Cancel; Tab to Update, Enter.
    await arrowTo(page, ui.button(`Update AccessKeySecret of ${name}`))
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

    // Remove, from the row's menu: Esc closes the confirmation and gives the focus back to
    // the menu's button; then for real.
    const actions = ui.button(`Actions for ${name}`)
    const removeItem = page.getByRole('menuitem', { name: 'Remove', exact: true })
    await arrowTo(page, actions)
    await page.keyboard.press('Enter')
    await arrowTo(page, removeItem, 'ArrowDown')
    await page.keyboard.press('Enter')
    await ui.confirmation.waitFor()
    await page.keyboard.press('Escape')
    await ui.confirmation.waitFor({ state: 'hidden' })
    await expectFocus(actions)
    await page.keyboard.press('Space')
    await arrowTo(page, removeItem, 'ArrowDown')
    await page.keyboard.press('Enter')
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
    await page.getByRole('heading', { name: '还没有数据采集接口' }).waitFor()
    const language = page.getByLabel('语言')
    await language.focus()
    await page.keyboard.press('Control+N')
    const form = page.getByRole('dialog', { name: '新建APP接口' })
    await form.waitFor()
    await expectFocus(form.getByLabel('渠道名称'))
    await page.keyboard.press('Escape')
    await form.waitFor({ state: 'hidden' })
    await expectFocus(language)
  })

  it('does what the native menu asks (Create App API, About, Settings), and nothing else', async () => {
    app = await launchApp({ locale: 'zh-CN' })
    const { page } = app
    await page.getByRole('heading', { name: '还没有数据采集接口' }).waitFor()
    const create = page.getByRole('dialog', { name: '新建APP接口' })

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

    await app.send(MENU_COMMAND_CHANNEL, 'settings')
    const settings = page.getByRole('dialog', { name: '设置' })
    await expectFocus(settings.getByRole('button', { name: '关闭', exact: true }))
    await page.keyboard.press('Escape')
    await settings.waitFor({ state: 'hidden' })

    // Anything that is not a known command is dropped by the preload.
    for (const junk of ['app.info', 'channels.remove', { command: 'about' }, null]) {
      await app.send(MENU_COMMAND_CHANNEL, junk)
    }
    await app.send('channels.list', 'about')
    expect(await page.getByRole('dialog').count()).toBe(0)
  })
})
