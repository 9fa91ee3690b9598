/**
 * Accessibility: axe-core (WCAG 2.x A and AA, including colour contrast, plus best practice)
 * finds zero violations on every screen an administrator sees, in the light and the dark
 * colour scheme. The page keeps its Content-Security-Policy throughout (see axeViolations).
 */
import { FileDialogs } from '../support/file-dialogs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, it } from 'vitest'
import { writeFiles } from '../support/leak-tree'
import { closeBrowser, launchApp, type LaunchedApp } from './harness'
import { channelNamed, expectNoAxeViolations, keychainOf, Screen } from './support'

const SCHEMES = ['light', 'dark'] as const

describe.each(SCHEMES)('accessibility (%s colour scheme)', (colorScheme) => {
  let app: LaunchedApp
  let ui: Screen

  beforeEach(async () => {
    app = await launchApp()
    ui = new Screen(app.page)
    await app.page.emulateMedia({ colorScheme })
    await ui.ready()
  })

  afterEach(async () => {
    await app?.close()
  })

  afterAll(async () => {
    await closeBrowser()
  })

  /** A list with one channel of each Application Type. */
  const addChannels = async (): Promise<void> => {
    await ui.create({ name: 'Shop app', appType: 'APP', platforms: ['Android', 'iOS'] })
    await ui.create({
      name: 'Shop mini program',
      appType: 'Mini Program',
      platforms: ['WeChat', 'Alipay']
    })
    await ui.create({
      name: 'Shop website',
      appType: 'WEB',
      domains: ['https://shop.example.com', 'https://m.shop.example.com']
    })
    await ui.dismissToasts()
  }

  it('the empty state', async () => {
    await app.page.getByRole('heading', { name: 'No data collection APIs yet' }).waitFor()
    await expectNoAxeViolations(app.page, 'the empty state')
  })

  it('the list with several channels, a revealed secret and the toasts', async () => {
    await addChannels()
    await expectNoAxeViolations(app.page, 'the list')
    await ui.revealSecret('Shop app')
    await ui.button('Copy AccessKeyId of Shop website').click()
    await app.page.getByText('AccessKeyId copied').waitFor()
    await expectNoAxeViolations(app.page, 'the list with a revealed secret and a success toast')

    // An error toast: the secret was deleted from the keychain behind the app's back.
    await keychainOf(app).delete((await channelNamed(app, 'Shop website')).id)
    await ui.button('View AccessKeySecret of Shop website').click()
    await app.page.getByText('The AccessKeySecret of this API is not in the keychain.').waitFor()
    await expectNoAxeViolations(app.page, 'the list with an error toast')
  })

  it('the Create form, empty and with errors', async () => {
    const form = await ui.openCreateForm()
    await expectNoAxeViolations(app.page, 'the empty Create form')

    await form.getByRole('button', { name: 'OK', exact: true }).click()
    await form.getByText('Enter a Channel Name.').waitFor()
    await expectNoAxeViolations(app.page, 'the Create form with errors (nothing chosen)')

    await form.getByRole('radio', { name: 'APP', exact: true }).check()
    await ui.button('New Platform Configuration').click()
    await form.getByLabel('Platform 1', { exact: true }).selectOption({ label: 'iOS' })
    await form.getByRole('button', { name: 'OK', exact: true }).click()
    await form.getByText('Select a platform.').waitFor()
    // Platform 2 offers iOS no more (a disabled option), and says what it needs.
    await expectNoAxeViolations(app.page, 'the Create form with a platform error')

    await form.getByRole('radio', { name: 'WEB', exact: true }).check()
    await form.getByLabel('Network Domain 1', { exact: true }).fill('ftp://shop.example.com/path')
    await form.getByRole('button', { name: 'OK', exact: true }).click()
    await form.getByText('Only http:// and https:// Network Domains are supported.').waitFor()
    await expectNoAxeViolations(app.page, 'the Create form with a domain error')

    await form.getByRole('radio', { name: 'No', exact: true }).check()
    await form
      .getByText(
        'You do not need to configure this API if data is not collected by Quick Tracking.'
      )
      .waitFor()
    await expectNoAxeViolations(app.page, 'the Create form with Quick Tracking "No"')
  })

  it('the Edit form', async () => {
    await addChannels()
    await ui.rowAction('Shop website', 'Edit')
    await app.page.getByRole('dialog', { name: 'Edit App API' }).waitFor()
    await expectNoAxeViolations(app.page, 'the Edit form')

    // A changed form asks before it closes.
    await app.page.getByLabel('Channel Name').fill('Shop website 2')
    await app.page.keyboard.press('Escape')
    await app.page.getByRole('alertdialog', { name: 'Discard your changes?' }).waitFor()
    await expectNoAxeViolations(app.page, 'the discard question')
  })

  it('the Update and Remove confirmations', async () => {
    await addChannels()
    await ui.button('Update AccessKeySecret of Shop app').click()
    await ui.confirmation.waitFor()
    await expectNoAxeViolations(app.page, 'the Update confirmation')
    await ui.confirmation.getByRole('button', { name: 'Cancel', exact: true }).click()
    await ui.confirmation.waitFor({ state: 'hidden' })

    await ui.rowAction('Shop mini program', 'Remove')
    await ui.confirmation.waitFor()
    await expectNoAxeViolations(app.page, 'the Remove confirmation')
  })

  it('the row menu, the details and their SDK setup, and Settings', async () => {
    await addChannels()
    await ui.button('Actions for Shop app').click()
    await app.page.getByRole('menu').waitFor()
    await expectNoAxeViolations(app.page, 'the row menu')
    await app.page.getByRole('menuitem', { name: 'Details', exact: true }).click()
    const details = ui.details('Shop app')
    await details.waitFor()
    // Before the data collection domain is set: what is missing, and the way to Settings.
    await details
      .getByText(/Set your organisation’s data collection domain/)
      .first()
      .waitFor()
    await expectNoAxeViolations(app.page, 'the details, with SDK setup waiting for Settings')

    await details.getByRole('button', { name: 'Open Settings', exact: true }).first().click()
    const settings = app.page.getByRole('dialog', { name: 'Settings' })
    await settings.getByLabel('Data collection domain', { exact: true }).fill('collect.example.com')
    await settings.getByRole('button', { name: 'Use https://collect.example.com' }).waitFor()
    await expectNoAxeViolations(app.page, 'Settings, with a suggestion')
    await settings.getByRole('button', { name: 'Use https://collect.example.com' }).click()
    await settings.getByRole('button', { name: 'Save', exact: true }).click()
    await settings.waitFor({ state: 'hidden' })

    // The code, highlighted, a secret revealed, and the history.
    await details.getByRole('group', { name: 'Android — In your Application class' }).waitFor()
    await details.getByRole('button', { name: 'View AccessKeySecret of Shop app' }).click()
    await details.getByText(/^csk_/).waitFor()
    await expectNoAxeViolations(app.page, 'the details with SDK setup and a revealed secret')
    await details.getByRole('tab', { name: 'iOS', exact: true }).click()
    await details.getByRole('group', { name: 'iOS — In AppDelegate.m' }).waitFor()
    await expectNoAxeViolations(app.page, 'SDK setup, the iOS tab')
    await ui.closeDetails('Shop app')

    await ui.rowAction('Shop mini program', 'Details')
    await ui.details('Shop mini program').getByRole('tab', { name: 'Alipay' }).click()
    await expectNoAxeViolations(app.page, 'SDK setup for a mini program')
    await ui.closeDetails('Shop mini program')
    await ui.rowAction('Shop website', 'Details')
    await ui
      .details('Shop website')
      .getByText(/Set the Web SDK address/)
      .waitFor()
    await expectNoAxeViolations(app.page, 'SDK setup for a website, waiting for its SDK address')
  })

  it('the audit log, empty and with entries', async () => {
    await ui.button('Audit log').click()
    const log = app.page.getByRole('dialog', { name: 'Audit log' })
    await log.getByText('No entries yet.').waitFor()
    await expectNoAxeViolations(app.page, 'the empty audit log')
    await log.getByRole('button', { name: 'Close', exact: true }).click()
    await log.waitFor({ state: 'hidden' })

    await addChannels()
    await ui.revealSecret('Shop app')
    await ui.button('Audit log').click()
    // Every Create reveals the new secret in its details: several such entries.
    await log.getByRole('cell', { name: 'Viewed AccessKeySecret' }).first().waitFor()
    await expectNoAxeViolations(app.page, 'the audit log with entries')
  })

  it('the leak check, before, while and after a check, and its Update confirmation', async () => {
    // This test needs main's folder picker: a launch of its own.
    const folder = await mkdtemp(join(tmpdir(), 'cam-axe-leaks-'))
    let choose: (picked: string) => void = () => undefined
    let picked: Promise<string> = Promise.resolve(folder)
    await app.close()
    app = await launchApp({ dialogs: new FileDialogs(() => picked) })
    ui = new Screen(app.page)
    await app.page.emulateMedia({ colorScheme })
    await ui.ready()
    try {
      await addChannels()
      const channel = await channelNamed(app, 'Shop app')
      const secret = (await keychainOf(app).get(channel.id)) ?? ''
      await writeFiles(folder, {
        'src/config.ts': `export const secret = '${secret}'\n`,
        'android/strings.xml': `<string name="appkey">${channel.appKey}</string>\n`,
        'notes.md': `${channel.accessKeyId.slice(0, -1)}x\n`,
        'node_modules/sdk/index.js': `${secret}\n`
      })

      await ui.button('Leak check').click()
      const dialog = app.page.getByRole('dialog', { name: 'Leak check' })
      await dialog.getByRole('button', { name: 'Choose a folder…' }).waitFor()
      await expectNoAxeViolations(app.page, 'the leak check before a check')

      picked = new Promise<string>((resolve) => (choose = resolve))
      await dialog.getByRole('button', { name: 'Choose a folder…' }).click()
      await dialog.getByRole('button', { name: 'Stop' }).waitFor()
      await expectNoAxeViolations(app.page, 'the leak check while main’s picker is open')
      choose(folder)

      await dialog.getByText(`2 keys found in ${folder}.`).waitFor()
      await dialog.getByText('Not read', { exact: true }).last().click()
      await dialog.getByText(/^\.git and node_modules folders/).waitFor()
      await expectNoAxeViolations(app.page, 'the leak check with hits and what was not read')

      await dialog.getByRole('button', { name: 'Update now: AccessKeySecret of Shop app' }).click()
      await ui.confirmation.waitFor()
      await expectNoAxeViolations(app.page, 'the Update confirmation from the leak check')
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('the About dialog', async () => {
    await ui.button('About').click()
    await app.page.getByRole('dialog', { name: 'About Collection API Manager' }).waitFor()
    await expectNoAxeViolations(app.page, 'the About dialog')
  })
})
