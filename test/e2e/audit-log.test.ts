/**
 * The audit log in the browser (issue 15), at the 960×600 minimum window: filter, page
 * ("Showing 1–100 of N", Previous / Next, by keyboard), export as CSV through main's save dialog
 * (answered by the test) and read the file back; axe finds no violation in the light and the dark
 * colour scheme, in English and in Simplified Chinese.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../src/shared/audit'
import { closeBrowser, launchApp, type LaunchedApp } from './harness'
import { expectNoAxeViolations, Screen } from './support'

const VIEWPORT = { width: 960, height: 600 }
let app: LaunchedApp | undefined
const folders: string[] = []

afterEach(async () => {
  await app?.close()
  app = undefined
})

afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true })
  await closeBrowser()
})

/**
 * 150 entries before the app's own: one every 15 minutes from 2024-05-01T00:00Z; every fifth a
 * View of the secret (30), the others edits; odd ones of 商城, even ones of Shop.
 */
async function seedLog(dataDir: string): Promise<void> {
  const lines: string[] = []
  for (let n = 0; n < 150; n++) {
    const entry: AuditEntry = {
      at: new Date(Date.UTC(2024, 4, 1) + n * 15 * 60_000).toISOString(),
      user: n % 2 ? 'bob' : 'alice',
      action: n % 5 === 0 ? 'reveal' : 'edit',
      channelId:
        n % 2 ? '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5' : '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
      channelName: n % 2 ? '商城' : '=Shop'
    }
    lines.push(JSON.stringify(entry))
  }
  // Written before anything reads the log (the page has not opened it yet).
  await writeFile(join(dataDir, 'audit.jsonl'), `${lines.join('\n')}\n`)
}

/** Everything of the open dialog lies inside the window, nothing scrolls sideways. */
async function expectInWindow(app: LaunchedApp, name: string): Promise<void> {
  const box = await app.page.getByRole('dialog', { name }).boundingBox()
  expect(box).not.toBeNull()
  if (!box) return
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width)
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height)
  const sideways = await app.page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth
  )
  expect(sideways).toBe(false)
}

describe('the audit log at 960×600', () => {
  it('filters, pages by keyboard and exports the matches as CSV', async () => {
    app = await launchApp({ viewport: VIEWPORT })
    await seedLog(app.dataDir)
    const { page } = app
    const ui = new Screen(page)
    await ui.ready()

    await ui.button('Audit log').click()
    const dialog = page.getByRole('dialog', { name: 'Audit log' })
    await dialog.getByText('Showing 1–100 of 150').waitFor()
    await expectInWindow(app, 'Audit log')
    for (const name of ['Previous', 'Next', 'Export CSV']) {
      const box = await dialog.getByRole('button', { name }).boundingBox()
      expect(box && box.y + box.height, name).toBeLessThanOrEqual(VIEWPORT.height)
    }
    await expectNoAxeViolations(page, 'the audit log (light)')

    // By keyboard: Next, then Previous.
    await dialog.getByRole('button', { name: 'Next' }).focus()
    await page.keyboard.press('Enter')
    await dialog.getByText('Showing 101–150 of 150').waitFor()
    await page.keyboard.press('Shift+Tab')
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Previous')
    await page.keyboard.press('Enter')
    await dialog.getByText('Showing 1–100 of 150').waitFor()

    await dialog.getByRole('combobox', { name: 'Action' }).selectOption({
      label: 'Viewed AccessKeySecret'
    })
    await dialog.getByText('Showing 1–30 of 30').waitFor()
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('商城')
    await dialog.getByText('Showing 1–15 of 15').waitFor()

    const folder = await mkdtemp(join(tmpdir(), 'cam-e2e-audit-'))
    folders.push(folder)
    const target = join(folder, 'audit.csv')
    app.dialogs.answer(target)
    await dialog.getByRole('button', { name: 'Export CSV' }).click()
    await page.getByText('Audit log exported: 15 entries in audit.csv').waitFor()
    const text = await readFile(target, 'utf8')
    expect(text.startsWith('\ufeffTime (UTC),User,Action,Channel Name,')).toBe(true)
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data.slice(1)
    expect(rows).toHaveLength(15)
    expect(rows.every((row) => row[2] === 'reveal' && row[3] === '商城')).toBe(true)
    // Newest first.
    expect(rows.map((row) => row[0])).toEqual(
      rows
        .map((row) => row[0])
        .sort()
        .reverse()
    )

    // The export is in the log, and nothing matching says so.
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('')
    await dialog.getByRole('combobox', { name: 'Action' }).selectOption({
      label: 'Exported the audit log'
    })
    await dialog.getByText('Showing 1–1 of 1').waitFor()
    await dialog.getByRole('searchbox', { name: 'Search' }).fill('nobody at all')
    await dialog.getByText('No entry matches these filters.').waitFor()
    await expectNoAxeViolations(page, 'the audit log with no match (light)')
  })

  it('in Simplified Chinese and the dark colour scheme', async () => {
    app = await launchApp({ viewport: VIEWPORT, locale: 'zh-CN' })
    await seedLog(app.dataDir)
    const { page } = app
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('heading', { name: '接口管理', level: 1 }).waitFor()
    await page.getByRole('button', { name: '审计日志', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: '审计日志' })
    await dialog.getByText('显示第 1–100 条，共 150 条').waitFor()
    await expectInWindow(app, '审计日志')
    await expectNoAxeViolations(page, 'the audit log (zh-CN, dark)')
    await dialog.getByRole('button', { name: '下一页' }).click()
    await dialog.getByText('显示第 101–150 条，共 150 条').waitFor()
    await dialog.getByLabel('开始日期').fill('2024-06-01')
    await dialog.getByLabel('结束日期').fill('2024-05-01')
    await dialog.getByText('结束日期必须晚于开始日期。').waitFor()
    await dialog.getByLabel('结束日期').fill('')
    await dialog.getByText('没有符合筛选条件的记录。').waitFor()
    await expectNoAxeViolations(page, 'the audit log with no match (zh-CN, dark)')
  })
})
