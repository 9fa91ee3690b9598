/**
 * "Create API > Create App API", step by step as the product page describes it, through the
 * real app: the three Application Types, the Quick Tracking "No" answer, Cancel, and every
 * field error — each shown next to its field (aria-invalid + aria-describedby), in words.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../src/shared/errors'
import { closeBrowser, launchApp, uniqueName, type LaunchedApp } from './harness'
import { channelNamed, expectFieldError, fieldState, keychainOf, Screen } from './support'

describe('Create App API', () => {
  let app: LaunchedApp
  let ui: Screen
  /** Error codes main answered channels.create with (to tell main's errors from the form's). */
  const createErrors: string[] = []

  beforeAll(async () => {
    app = await launchApp()
    ui = new Screen(app.page)
    const handlers = app.services.handlers as unknown as Record<
      string,
      (input: unknown) => Promise<unknown>
    >
    const create = handlers['channels.create']
    handlers['channels.create'] = async (input) => {
      try {
        return await create(input)
      } catch (error) {
        if (error instanceof AppError) createErrors.push(error.code)
        throw error
      }
    }
  })

  beforeEach(async () => {
    // A fresh screen for every test; the channels created so far stay.
    await app.page.reload()
    await ui.ready()
  })

  afterAll(async () => {
    await app?.close()
    await closeBrowser()
  })

  const ok = () => ui.form.getByRole('button', { name: 'OK', exact: true })
  const chips = (name: string) => ui.row(name).getByRole('listitem')

  it('creates an APP channel for Android and iOS, with its keys', async () => {
    const name = uniqueName('Shop app')
    await ui.openCreateForm()
    await ui.fill({ name, appType: 'APP', platforms: ['Android', 'iOS'] })
    await ok().click()
    await ui.form.waitFor({ state: 'hidden' })
    await app.page.getByText('App API created').waitFor()
    // Its details open, with the secret shown, so all three keys can be handed over.
    const details = ui.details(name)
    await details.getByText(/^csk_/).waitFor()
    await ui.closeDetails(name)

    const row = ui.row(name)
    await expect.poll(() => chips(name).allTextContents()).toEqual(['Android', 'iOS'])
    expect(await row.getByText('APP', { exact: true }).count()).toBe(1)
    const channel = await channelNamed(app, name)
    expect(channel).toMatchObject({ appType: 'APP', platforms: ['ANDROID', 'IOS'], domains: [] })
    // The row shows APPKEY and AccessKeyId in full and the secret masked.
    expect(await row.getByText(channel.appKey, { exact: true }).count()).toBe(1)
    expect(await row.getByText(channel.accessKeyId, { exact: true }).count()).toBe(1)
    expect(await row.getByText('Hidden', { exact: true }).count()).toBe(1)
    expect(await row.getByText(/csk_/).count()).toBe(0)
    // The secret is in the keychain, under the channel's id.
    expect(await keychainOf(app).get(channel.id)).toMatch(/^csk_[0-9A-Za-z]{38}$/)
  })

  it('creates a Mini Program channel for WeChat and Alipay', async () => {
    const name = uniqueName('Shop mini program')
    await ui.create({ name, appType: 'Mini Program', platforms: ['WeChat', 'Alipay'] })
    await expect.poll(() => chips(name).allTextContents()).toEqual(['WeChat', 'Alipay'])
    expect(await ui.row(name).getByText('Mini Program', { exact: true }).count()).toBe(1)
    expect(await channelNamed(app, name)).toMatchObject({
      appType: 'MINI_PROGRAM',
      platforms: ['WECHAT', 'ALIPAY']
    })
  })

  it('creates a WEB channel with two Network Domains, stored normalised', async () => {
    const name = uniqueName('Shop website')
    await ui.create({
      name,
      appType: 'WEB',
      domains: ['https://Shop.Example.COM:443/', 'http://例子.测试:8080']
    })
    // Stored as punycode, shown as typed.
    await expect
      .poll(() => chips(name).allTextContents())
      .toEqual(['https://shop.example.com', 'http://例子.测试:8080'])
    expect(await channelNamed(app, name)).toMatchObject({
      appType: 'WEB',
      platforms: [],
      domains: ['https://shop.example.com', 'http://xn--fsqu00a.xn--0zwm56d:8080']
    })
  })

  it('adds and removes platform rows; a platform chosen in one row is not offered in another', async () => {
    const form = await ui.openCreateForm()
    await form.getByLabel('Channel Name').fill(uniqueName('Rows'))
    await form.getByRole('radio', { name: 'APP', exact: true }).check()
    const add = ui.button('New Platform Configuration')
    // One row: it cannot be removed.
    expect(await ui.button('Remove platform 1').count()).toBe(0)
    await add.click()
    await add.click()
    // APP has three platforms: three rows are the most.
    expect(await add.isDisabled()).toBe(true)
    await form.getByLabel('Platform 1', { exact: true }).selectOption({ label: 'iOS' })
    await form.getByLabel('Platform 2', { exact: true }).selectOption({ label: 'HarmonyOS' })
    const third = form.getByLabel('Platform 3', { exact: true })
    const offered = () =>
      third.evaluate((select) =>
        [...(select as HTMLSelectElement).options].filter((o) => !o.disabled).map((o) => o.text)
      )
    expect(await offered()).toEqual(['Android'])
    // Left empty, the row says what it needs.
    await ok().click()
    await expectFieldError(third, 'Select a platform.')
    expect((await fieldState(form.getByLabel('Platform 1', { exact: true }))).invalid).toBe(false)

    await ui.button('Remove platform 3').click()
    await third.waitFor({ state: 'detached' })
    expect(await add.isDisabled()).toBe(false)
    await ok().click()
    await form.waitFor({ state: 'hidden' })
  })

  it('answers "No" for Quick Tracking with the page’s message and keeps OK disabled', async () => {
    const before = (await app.services.service.list()).length
    const form = await ui.openCreateForm()
    await ui.fill({ name: uniqueName('Not QT'), appType: 'APP', platforms: ['Android'] })
    await form.getByRole('radio', { name: 'No', exact: true }).check()
    const message = form.getByRole('alert').filter({
      hasText: 'You do not need to configure this API if data is not collected by Quick Tracking.'
    })
    await message.waitFor()
    expect(await ok().isDisabled()).toBe(true)
    // The answer's group describes itself with the message.
    const group = form.getByRole('group', { name: 'Collected by Quick Tracking' })
    expect((await fieldState(group)).description).toContain('You do not need to configure')

    await form.getByRole('radio', { name: 'Yes', exact: true }).check()
    await message.waitFor({ state: 'detached' })
    expect(await ok().isDisabled()).toBe(false)
    await form.getByRole('radio', { name: 'No', exact: true }).check()
    await form.getByRole('button', { name: 'Cancel', exact: true }).click()
    await app.page
      .getByRole('alertdialog', { name: 'Discard your changes?' })
      .getByRole('button', { name: 'Discard', exact: true })
      .click()
    await form.waitFor({ state: 'hidden' })
    expect((await app.services.service.list()).length).toBe(before)
  })

  it('Cancel discards the form', async () => {
    const before = (await app.services.service.list()).length
    const name = uniqueName('Discarded')
    await ui.openCreateForm()
    await ui.fill({ name, appType: 'WEB', domains: ['https://discarded.example.com'] })
    await ui.form.getByRole('button', { name: 'Cancel', exact: true }).click()
    // Something was typed: the form asks first.
    await app.page
      .getByRole('alertdialog', { name: 'Discard your changes?' })
      .getByRole('button', { name: 'Discard', exact: true })
      .click()
    await ui.form.waitFor({ state: 'hidden' })
    expect(await ui.row(name).count()).toBe(0)
    expect((await app.services.service.list()).length).toBe(before)
  })

  it('shows an error next to each field left empty', async () => {
    const form = await ui.openCreateForm()
    await ok().click()
    await expectFieldError(form.getByLabel('Channel Name'), 'Enter a Channel Name.')
    const types = form.getByRole('group', { name: 'Application Type' })
    await expect
      .poll(async () => (await fieldState(types)).description)
      .toContain('Select an Application Type.')

    await form.getByRole('radio', { name: 'Mini Program', exact: true }).check()
    await ok().click()
    await expectFieldError(form.getByLabel('Platform 1', { exact: true }), 'Select a platform.')

    await form.getByRole('radio', { name: 'WEB', exact: true }).check()
    await ok().click()
    await expectFieldError(
      form.getByLabel('Network Domain 1', { exact: true }),
      'Enter a Network Domain.'
    )
  })

  it('rejects a Channel Name that is blank, too long or has hidden characters', async () => {
    const form = await ui.openCreateForm()
    await form.getByRole('radio', { name: 'APP', exact: true }).check()
    await form.getByLabel('Platform 1', { exact: true }).selectOption({ label: 'Android' })
    const name = form.getByLabel('Channel Name')
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['    ', 'Enter a Channel Name.'],
      ['x'.repeat(65), 'Channel Name can be at most 64 characters.'],
      [
        'Shop\u202Eppa',
        'Channel Name cannot contain control, invisible or text-direction characters.'
      ],
      [
        'Shop\u200Bapp',
        'Channel Name cannot contain control, invisible or text-direction characters.'
      ]
    ]
    for (const [value, message] of cases) {
      await name.fill(value)
      await ok().click()
      await expectFieldError(name, message)
    }
    // 64 characters is allowed.
    const longest = `${uniqueName('Longest')} `.padEnd(64, 'x')
    await name.fill(longest)
    await ok().click()
    await form.waitFor({ state: 'hidden' })
    await ui.closeDetails(longest)
    await ui.row(longest).waitFor()
  })

  it('rejects a name already taken (case and Unicode form aside): main answers CONFLICT', async () => {
    const taken = uniqueName('Café')
    await ui.create({ name: taken, appType: 'APP', platforms: ['Android'] })
    // Upper case, with "É" decomposed (E + combining acute): the same name after NFC + case folding.
    const lookalike = taken.toUpperCase().normalize('NFD')
    expect(lookalike).not.toBe(taken)
    createErrors.length = 0

    const form = await ui.openCreateForm()
    await ui.fill({ name: lookalike, appType: 'APP', platforms: ['iOS'] })
    await ok().click()
    await expectFieldError(
      form.getByLabel('Channel Name'),
      `Another channel already has this name: “${taken}”.`
    )
    expect(createErrors).toEqual(['CONFLICT'])
    // Focus goes to the field the error is on.
    expect(
      await form.getByLabel('Channel Name').evaluate((el) => el === document.activeElement)
    ).toBe(true)
  })

  it('rejects every malformed Network Domain, in words', async () => {
    const form = await ui.openCreateForm()
    await form.getByLabel('Channel Name').fill(uniqueName('Domains'))
    await form.getByRole('radio', { name: 'WEB', exact: true }).check()
    const domain = form.getByLabel('Network Domain 1', { exact: true })
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['ftp://shop.example.com', 'Only http:// and https:// Network Domains are supported.'],
      ['javascript:alert(1)', 'Only http:// and https:// Network Domains are supported.'],
      ['shop.example.com', 'Start the Network Domain with http:// or https://.'],
      ['https://shop.example.com/cart', 'A Network Domain cannot contain a path.'],
      ['https://shop.example.com/?utm=1', 'A Network Domain cannot contain a query (?…).'],
      ['https://shop.example.com/#top', 'A Network Domain cannot contain a fragment (#…).'],
      [
        'https://admin:pw@shop.example.com',
        'A Network Domain cannot contain a user name or password.'
      ],
      ['https://shop example.com', 'A Network Domain cannot contain spaces.'],
      ['https://', 'Enter the host name, e.g. https://shop.example.com.'],
      [
        'https://-shop.example.com',
        'The host name has an invalid part; use letters, digits and hyphens.'
      ]
    ]
    for (const [value, message] of cases) {
      await domain.fill(value)
      await ok().click()
      await expectFieldError(domain, message)
    }
    expect(await form.isVisible()).toBe(true)
  })

  it('rejects a Network Domain that is a duplicate once normalised, on its row', async () => {
    const form = await ui.openCreateForm()
    await ui.fill({
      name: uniqueName('Duplicate domains'),
      appType: 'WEB',
      domains: [
        'https://shop.example.com',
        'https://m.shop.example.com',
        'HTTPS://SHOP.example.com:443/'
      ]
    })
    await ok().click()
    await expectFieldError(
      form.getByLabel('Network Domain 3', { exact: true }),
      'This Network Domain is already configured.'
    )
    for (const row of ['Network Domain 1', 'Network Domain 2']) {
      expect((await fieldState(form.getByLabel(row, { exact: true }))).invalid).toBe(false)
    }
  })

  it('allows at most 50 Network Domains', async () => {
    const form = await ui.openCreateForm()
    await form.getByRole('radio', { name: 'WEB', exact: true }).check()
    const add = ui.button('New Platform Configuration')
    for (let rows = 1; rows < 50; rows++) await add.click()
    await form.getByLabel('Network Domain 50', { exact: true }).waitFor()
    expect(await add.isDisabled()).toBe(true)
    expect(await form.getByLabel(/^Network Domain \d+$/).count()).toBe(50)
  })
})
