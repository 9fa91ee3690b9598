/**
 * Secret age and Disable / Enable (SPEC §11, issue 15) in Chromium, on the real services and
 * the real keyring: the past-policy count in the page heading opens the filtered list; a
 * channel disabled from its row menu refuses View until it is enabled from its details; axe
 * finds nothing on the list with its badges and on both confirmations, in the light and the
 * dark colour scheme; at 960×600 nothing needs a sideways scroll and the badges stay in view.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { generateKey } from '../../src/main/keys/generate'
import { encodeStoreData } from '../../src/main/store/json-store-adapter'
import { CURRENT_SCHEMA_VERSION } from '../../src/main/store/store-file'
import { KeytarVault } from '../../src/main/vault/secret-vault'
import type { ChannelRecord } from '../../src/shared/channel'
import { DAY_MS } from '../../src/shared/secret-age'
import { closeBrowser, keychainServiceFor, launchApp, type LaunchedApp } from './harness'
import { expectNoAxeViolations, Screen, SETTLE } from './support'

let app: LaunchedApp | undefined
const folders: string[] = []

afterEach(async () => {
  await app?.close()
  app = undefined
})

afterAll(async () => {
  await closeBrowser()
  for (const dir of folders) {
    const vault = new KeytarVault(await keychainServiceFor(dir))
    for (const id of await vault.accounts()) await vault.delete(id)
    await rm(dir, { recursive: true, force: true })
  }
})

const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString()

/** A data folder with three channels: two secrets past 90 days and a fresh one, keys in the keyring. */
async function seededFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cam-e2e-lifecycle-'))
  folders.push(dir)
  const record = (n: number, name: string, secretDays: number): ChannelRecord => ({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    name,
    collectedByQuickTracking: true,
    appType: 'APP',
    platforms: ['ANDROID', 'IOS'],
    domains: [],
    appKey: generateKey('appKey'),
    accessKeyId: generateKey('accessKeyId'),
    createdAt: daysAgo(400),
    updatedAt: daysAgo(400),
    secretUpdatedAt: daysAgo(secretDays),
    disabledAt: null
  })
  const records = [
    record(1, 'Old shop', 200),
    record(2, 'Older site', 120),
    record(3, 'Fresh app', 1)
  ]
  await writeFile(
    join(dir, 'channels.json'),
    encodeStoreData({ schemaVersion: CURRENT_SCHEMA_VERSION, channels: records })
  )
  const vault = new KeytarVault(await keychainServiceFor(dir))
  for (const r of records) await vault.set(r.id, generateKey('accessKeySecret'))
  return dir
}

const rowNames = async (ui: Screen): Promise<string[]> =>
  ui.page.locator('.row-name').allTextContents()

describe.each(['light', 'dark'] as const)('secret age and Disable / Enable (%s)', (colorScheme) => {
  it('the count opens the filtered list; disable → View refused → enable; axe finds nothing', async () => {
    app = await launchApp({ dataDir: await seededFolder() })
    const { page } = app
    await page.emulateMedia({ colorScheme })
    const ui = new Screen(page)
    await ui.ready()

    await ui.row('Old shop').getByText('Past policy').waitFor()
    await expectNoAxeViolations(page, 'the list with Past policy badges')
    await ui.button('2 secrets are past 90 days').click()
    await expect.poll(() => rowNames(ui), SETTLE).toEqual(['Older site', 'Old shop'])
    await page.getByText('Showing 2 of 3 channels').waitFor()
    await page.getByLabel('Secret age filter').selectOption({ label: 'Any secret age' })
    await ui.row('Fresh app').waitFor()

    await ui.button('Actions for Fresh app').click()
    await page.getByRole('menuitem', { name: 'Disable', exact: true }).click()
    await page.getByRole('alertdialog', { name: 'Disable Fresh app?' }).waitFor()
    await expectNoAxeViolations(page, 'the Disable confirmation')
    await ui.confirmation.getByRole('button', { name: 'Disable', exact: true }).click()
    await ui.row('Fresh app').getByText('Disabled', { exact: true }).waitFor()
    await ui.dismissToasts()
    await expectNoAxeViolations(page, 'the list with a Disabled badge')

    await ui.button('View AccessKeySecret of Fresh app').click()
    await page
      .getByText(
        'This API is disabled: its AccessKeySecret cannot be viewed or copied. Enable it first.'
      )
      .waitFor()
    expect(await ui.row('Fresh app').getByText(/^csk_/).count()).toBe(0)
    await ui.dismissToasts()

    await ui.row('Fresh app').getByRole('rowheader').click()
    const details = ui.details('Fresh app')
    await details.getByRole('button', { name: 'Enable Fresh app', exact: true }).click()
    await page.getByRole('alertdialog', { name: 'Enable Fresh app?' }).waitFor()
    await expectNoAxeViolations(page, 'the Enable confirmation')
    await ui.confirmation.getByRole('button', { name: 'Enable', exact: true }).click()
    await details.getByRole('button', { name: 'Disable Fresh app', exact: true }).waitFor()
    await ui.closeDetails('Fresh app')
    expect(await ui.revealSecret('Fresh app')).toMatch(/^csk_/)

    const audit = (await app.services.audit.list(10)).map((e) => e.action)
    expect(audit.slice(0, 3)).toEqual(['reveal', 'enable', 'disable'])
  })
})

describe('at 960×600', () => {
  it.each(['en-US', 'zh-CN'])(
    '%s: filters, badges and the count fit; nothing scrolls sideways',
    async (locale) => {
      const dir = await seededFolder()
      app = await launchApp({ dataDir: dir, locale, viewport: { width: 960, height: 600 } })
      const { page } = app
      const ui = new Screen(page)
      await page.locator('.channel-table').waitFor()
      await app.services.service.disable({ id: '00000000-0000-4000-8000-000000000003' })
      const disabled = locale === 'zh-CN' ? '已停用' : 'Disabled'
      await ui.row('Fresh app').getByText(disabled, { exact: true }).waitFor()

      const widths = await page.evaluate(() => {
        const list = document.querySelector('.table-scroll')
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          list: list ? list.scrollWidth - list.clientWidth : 0
        }
      })
      expect(widths).toEqual({ page: 0, list: 0 })
      const viewport = page.viewportSize()!
      const inView = async (what: string, box: { x: number; width: number } | null) => {
        expect(box, what).not.toBeNull()
        expect(box!.x, what).toBeGreaterThanOrEqual(0)
        expect(box!.x + box!.width, what).toBeLessThanOrEqual(viewport.width + 0.5)
      }
      for (const badge of await page.locator('.status-badges .badge').all()) {
        await inView('a badge', await badge.boundingBox())
      }
      for (const select of await page.locator('.toolbar select').all()) {
        await inView('a filter', await select.boundingBox())
      }
      await inView('the count', await page.locator('.past-policy-count').boundingBox())
      // The Secret updated column is hidden here (below 1440 px); the badges say what matters.
      expect(await page.locator('th.cell-secret-updated').isVisible()).toBe(false)
    }
  )

  it('from 1440 px the Secret updated column shows, and sorts oldest first', async () => {
    app = await launchApp({ dataDir: await seededFolder(), viewport: { width: 1440, height: 900 } })
    const ui = new Screen(app.page)
    await ui.ready()
    await ui.button('Secret updated').click()
    await expect.poll(() => rowNames(ui), SETTLE).toEqual(['Old shop', 'Older site', 'Fresh app'])
    const widths = await app.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(widths).toBe(0)
  })
})
