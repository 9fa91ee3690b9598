/**
 * The "external test": written only against launchApp() and the words on screen (SPEC §7),
 * with nothing from the app's source. It drives every feature of the product page, the way
 * a tester who has only the running app and the page's wording would. test/e2e/README.md
 * quotes it.
 */
import { afterAll, afterEach, expect, it } from 'vitest'
import { closeBrowser, launchApp, type LaunchedApp } from './harness'

let app: LaunchedApp | undefined

afterEach(async () => {
  await app?.close()
})

afterAll(async () => {
  await closeBrowser()
})

it('creates, views, copies, updates, edits and removes an App API by the words on screen', async () => {
  app = await launchApp({ secretTimeoutMs: 2_000 })
  const { page, clipboard } = app
  const button = (name: string) => page.getByRole('button', { name, exact: true })
  const radio = (name: string) => page.getByRole('radio', { name, exact: true })
  const confirm = (name: string) =>
    page.getByRole('alertdialog').getByRole('button', { name, exact: true })

  // Create API > Create App API: an APP for Android and iOS.
  await button('Create API').click()
  await page.getByRole('menuitem', { name: 'Create App API' }).click()
  await page.getByLabel('Channel Name').fill('Shop app')
  await radio('Yes').check()
  await radio('APP').check()
  await page.getByLabel('Platform 1', { exact: true }).selectOption({ label: 'Android' })
  await button('New Platform Configuration').click()
  await page.getByLabel('Platform 2', { exact: true }).selectOption({ label: 'iOS' })
  await button('OK').click()
  await page.getByText('App API created').waitFor()
  // Its details open with all three keys shown, and the SDK setup; Close goes back to the list.
  const details = page.getByRole('dialog', { name: 'Shop app' })
  await details.getByText(/^csk_/).waitFor()
  await details.getByRole('heading', { name: 'SDK setup' }).waitFor()
  await details.getByRole('button', { name: 'Close', exact: true }).click()
  const row = page.getByRole('row', { name: /^Shop app/ })

  // AccessKeyId: shown in full, and Copy puts it on the clipboard.
  const accessKeyId = await row.getByText(/^cid_/).textContent()
  await button('Copy AccessKeyId of Shop app').click()
  await expect.poll(() => clipboard.readText()).toBe(accessKeyId)

  // AccessKeySecret: View shows it until it hides itself; Copy; the clipboard is cleared later.
  await button('View AccessKeySecret of Shop app').click()
  const secret = await row.getByText(/^csk_/).textContent()
  await row.getByText(/^csk_/).waitFor({ state: 'detached', timeout: 30_000 })
  await button('Copy AccessKeySecret of Shop app').click()
  await expect.poll(() => clipboard.readText()).toBe(secret)
  await expect.poll(() => clipboard.readText(), { timeout: 30_000 }).toBe('')

  // Update: confirmed; the new secret is shown, and the old one is never shown again.
  await button('Update AccessKeySecret of Shop app').click()
  await confirm('Update').click()
  await page.getByText('AccessKeySecret updated').waitFor()
  await button('View AccessKeySecret of Shop app').click({ timeout: 30_000 })
  expect(await row.getByText(/^csk_/).textContent()).not.toBe(secret)

  // Edit (in the row's menu): Application Type is read-only; the name changes.
  await button('Actions for Shop app').click()
  await page.getByRole('menuitem', { name: 'Edit' }).click()
  expect(await radio('APP').isDisabled()).toBe(true)
  await page.getByLabel('Channel Name').fill('Shop app for phones')
  await button('OK').click()
  await page.getByText('Changes saved').waitFor()

  // Remove (in the row's menu): confirmed; the list is empty again.
  await button('Actions for Shop app for phones').click()
  await page.getByRole('menuitem', { name: 'Remove' }).click()
  await confirm('Remove').click()
  await page.getByRole('heading', { name: 'No data collection APIs yet' }).waitFor()
})
