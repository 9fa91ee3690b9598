/**
 * The row actions of the product page through the real app: view and copy the AccessKeyId;
 * view (auto-hidden again), and update the AccessKeySecret — after which the old secret can
 * no longer be revealed; Edit with Application Type read-only; Remove; the audit log.
 * The keychain is checked directly (real keytar, the launch's service name).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { closeBrowser, launchApp, uniqueName, type LaunchedApp } from './harness'
import { channelNamed, keychainOf, SECRET_TIMEOUT_MS, SETTLE, Screen } from './support'

describe('keys, Edit, Remove and the audit log', () => {
  let app: LaunchedApp
  let ui: Screen

  beforeAll(async () => {
    app = await launchApp({ secretTimeoutMs: SECRET_TIMEOUT_MS })
    ui = new Screen(app.page)
  })

  beforeEach(async () => {
    await app.page.reload()
    await ui.ready()
  })

  afterAll(async () => {
    await app?.close()
    await closeBrowser()
  })

  it('shows the AccessKeyId and APPKEY in full and copies them', async () => {
    const name = uniqueName('Key copy')
    await ui.create({ name, appType: 'APP', platforms: ['Android'] })
    const channel = await channelNamed(app, name)
    const row = ui.row(name)
    // View: both are on screen as they are, and well-formed.
    expect(await row.getByText(/^cid_/).textContent()).toBe(channel.accessKeyId)
    expect(await row.getByText(/^cak_/).textContent()).toBe(channel.appKey)
    expect(channel.accessKeyId).toMatch(/^cid_[0-9A-Za-z]{26}$/)

    await ui.button(`Copy AccessKeyId of ${name}`).click()
    await app.page.getByText('AccessKeyId copied').waitFor()
    expect(app.clipboard.readText()).toBe(channel.accessKeyId)

    await ui.button(`Copy APPKEY of ${name}`).click()
    await app.page.getByText('APPKEY copied').waitFor()
    expect(app.clipboard.readText()).toBe(channel.appKey)
  })

  it('reveals the AccessKeySecret, hides it on request and on its own after the delay', async () => {
    const name = uniqueName('Secret view')
    await ui.create({ name, appType: 'Mini Program', platforms: ['DingTalk'] })
    const { id } = await channelNamed(app, name)
    const stored = await keychainOf(app).get(id)
    expect(stored).toMatch(/^csk_/)

    // View, then Hide.
    expect(await ui.revealSecret(name)).toBe(stored)
    await ui.button(`Hide AccessKeySecret of ${name}`).click()
    await ui.waitUntilMasked(name)

    // View, then wait: it hides itself (the suite's delay is SECRET_TIMEOUT_MS).
    expect(await ui.revealSecret(name)).toBe(stored)
    await ui.waitUntilMasked(name)
    expect(await app.page.content()).not.toContain(stored)
    expect(await ui.row(name).getByText('Hidden', { exact: true }).count()).toBe(1)
  })

  it('updates the AccessKeySecret after a confirmation; the old one can no longer be revealed', async () => {
    const name = uniqueName('Secret update')
    await ui.create({ name, appType: 'APP', platforms: ['iOS'] })
    const channel = await channelNamed(app, name)
    const keychain = keychainOf(app)
    const before = await ui.revealSecret(name)
    expect(before).toBe(await keychain.get(channel.id))
    await ui.button(`Hide AccessKeySecret of ${name}`).click()

    // The confirmation says what happens; Cancel changes nothing.
    await ui.button(`Update AccessKeySecret of ${name}`).click()
    const confirmation = app.page.getByRole('alertdialog', { name: 'Update AccessKeySecret?' })
    await confirmation.waitFor()
    const text = await confirmation.textContent()
    expect(text).toContain(`The previous AccessKeySecret of ${name} becomes invalid at once.`)
    expect(text).toContain(
      'You must update your data collection program with the new AccessKeySecret.'
    )
    await confirmation.getByRole('button', { name: 'Cancel', exact: true }).click()
    await confirmation.waitFor({ state: 'hidden' })
    expect(await keychain.get(channel.id)).toBe(before)

    // Update: the new secret is shown right away (for the usual time).
    await ui.button(`Update AccessKeySecret of ${name}`).click()
    await ui.confirmButton('Update').click()
    await app.page.getByText('AccessKeySecret updated').waitFor()
    await ui.button(`Hide AccessKeySecret of ${name}`).waitFor()
    const after = await ui.shownSecret(name)
    expect(after).toMatch(/^csk_[0-9A-Za-z]{38}$/)
    expect(after).not.toBe(before)
    expect(await keychain.get(channel.id)).toBe(after)

    // The old secret is gone: revealing and copying give the new one; no keychain entry holds it.
    await ui.waitUntilMasked(name)
    expect(await ui.revealSecret(name)).toBe(after)
    await ui.button(`Copy AccessKeySecret of ${name}`).click()
    await expect.poll(() => app.clipboard.readText(), SETTLE).toBe(after)
    for (const account of await keychain.accounts()) {
      expect(await keychain.get(account)).not.toBe(before)
    }
    // The keys that identify the channel did not change.
    expect(await channelNamed(app, name)).toMatchObject({
      appKey: channel.appKey,
      accessKeyId: channel.accessKeyId
    })
  })

  it('edits a channel with Application Type read-only; keys and secret stay', async () => {
    const name = uniqueName('Editable')
    const other = uniqueName('Other')
    await ui.create({ name, appType: 'APP', platforms: ['Android'] })
    await ui.create({ name: other, appType: 'WEB', domains: ['https://other.example.com'] })
    const channel = await channelNamed(app, name)
    const secret = await keychainOf(app).get(channel.id)

    await ui.rowAction(name, 'Edit')
    const form = app.page.getByRole('dialog', { name: 'Edit App API' })
    await form.waitFor()
    // The form starts from the channel; Application Type is shown but cannot be changed.
    expect(await form.getByLabel('Channel Name').inputValue()).toBe(name)
    const types = form.getByRole('group', { name: 'Application Type' })
    for (const type of ['APP', 'Mini Program', 'WEB']) {
      expect(await types.getByRole('radio', { name: type, exact: true }).isDisabled()).toBe(true)
    }
    expect(await types.getByRole('radio', { name: 'APP', exact: true }).isChecked()).toBe(true)
    expect(
      await types.getByText('Application Type cannot be changed after the API is created.').count()
    ).toBe(1)
    expect(await form.getByLabel('Platform 1', { exact: true }).inputValue()).toBe('ANDROID')

    // Another channel's name is refused by main, next to the field.
    await form.getByLabel('Channel Name').fill(other.toLowerCase())
    await form.getByRole('button', { name: 'OK', exact: true }).click()
    await form.getByText(`Another channel already has this name: “${other}”.`).waitFor()

    const renamed = uniqueName('Edited')
    await form.getByLabel('Channel Name').fill(renamed)
    await ui.button('New Platform Configuration').click()
    await form.getByLabel('Platform 2', { exact: true }).selectOption({ label: 'HarmonyOS' })
    await form.getByRole('button', { name: 'OK', exact: true }).click()
    await form.waitFor({ state: 'hidden' })
    await app.page.getByText('Changes saved').waitFor()
    await ui.row(renamed).waitFor()
    expect(await ui.row(name).count()).toBe(0)
    expect(await ui.row(renamed).getByRole('listitem').allTextContents()).toEqual([
      'Android',
      'HarmonyOS'
    ])
    const edited = await channelNamed(app, renamed)
    expect(edited).toMatchObject({
      id: channel.id,
      appType: 'APP',
      platforms: ['ANDROID', 'HARMONYOS'],
      appKey: channel.appKey,
      accessKeyId: channel.accessKeyId
    })
    expect(await keychainOf(app).get(channel.id)).toBe(secret)

    // Main itself refuses a change of Application Type, whatever the renderer sends.
    const refused = await app.page.evaluate(async (id) => {
      const api = (
        window as unknown as { api: { channels: { update(i: unknown): Promise<unknown> } } }
      ).api
      return api.channels.update({
        id,
        name: 'Type change',
        collectedByQuickTracking: true,
        appType: 'WEB',
        platforms: [],
        domains: ['https://type-change.example.com']
      })
    }, channel.id)
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'IMMUTABLE_FIELD',
        // The envelope says it as a message code; the page words it.
        message: 'appType.immutable'
      }
    })
    expect(await channelNamed(app, renamed)).toMatchObject({ appType: 'APP' })
  })

  it('removes a channel after a confirmation, with its keychain entry', async () => {
    const name = uniqueName('Removable')
    await ui.create({ name, appType: 'WEB', domains: ['https://removable.example.com'] })
    const { id } = await channelNamed(app, name)
    const keychain = keychainOf(app)
    expect(await keychain.get(id)).not.toBeNull()

    // Cancel keeps it.
    await ui.rowAction(name, 'Remove')
    const confirmation = app.page.getByRole('alertdialog', { name: `Remove ${name}?` })
    await confirmation.waitFor()
    expect(await confirmation.textContent()).toContain('They cannot be recovered')
    await confirmation.getByRole('button', { name: 'Cancel', exact: true }).click()
    await confirmation.waitFor({ state: 'hidden' })
    expect(await ui.row(name).count()).toBe(1)
    expect(await keychain.get(id)).not.toBeNull()

    await ui.rowAction(name, 'Remove')
    await ui.confirmButton('Remove').click()
    await app.page.getByText(`${name} removed`).waitFor()
    await ui.row(name).waitFor({ state: 'detached' })
    expect(await app.page.getByRole('rowheader', { name, exact: true }).count()).toBe(0)
    expect(await keychain.get(id)).toBeNull()
    expect((await app.services.service.list()).some((c) => c.id === id)).toBe(false)
  })

  it('records every action in the audit log, which can be viewed', async () => {
    const name = uniqueName('Audited')
    await ui.create({ name, appType: 'APP', platforms: ['Android'] })
    const secret = await ui.revealSecret(name)
    await ui.button(`Copy AccessKeyId of ${name}`).click()
    await app.page.getByText('AccessKeyId copied').waitFor()
    await ui.button(`Update AccessKeySecret of ${name}`).click()
    await ui.confirmButton('Update').click()
    await app.page.getByText('AccessKeySecret updated').waitFor()
    await ui.rowAction(name, 'Remove')
    await ui.confirmButton('Remove').click()
    await ui.row(name).waitFor({ state: 'detached' })

    await ui.button('Audit log').click()
    const log = app.page.getByRole('dialog', { name: 'Audit log' })
    await log.getByRole('table').waitFor()
    const rows = log.getByRole('row').filter({ hasText: name })
    // The newest entry first; updating shows (so views) the new secret, and so does Create
    // (its details open with the secret shown): hence three views.
    // Copying the AccessKeyId, a public key, is not an audited event (SPEC §3.7).
    await rows.filter({ hasText: 'Removed' }).waitFor()
    const actions = (await rows.allInnerTexts()).map((row) => row.split('\t')[2])
    expect(actions).toEqual([
      'Removed',
      'Viewed AccessKeySecret',
      'Updated AccessKeySecret',
      'Viewed AccessKeySecret',
      'Viewed AccessKeySecret',
      'Created'
    ])
    // Who: the OS user; never a secret.
    const user = (await app.services.audit.list())[0]?.user ?? ''
    expect(user).not.toBe('')
    expect(await rows.first().getByRole('cell', { name: user, exact: true }).count()).toBe(1)
    expect(await log.textContent()).not.toContain(secret)
    await log.getByRole('button', { name: 'Close', exact: true }).click()
    await log.waitFor({ state: 'hidden' })
  })
})
