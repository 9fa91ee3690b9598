/**
 * Secret hygiene, end to end: drive create, reveal, copy, rotate, edit and remove through
 * the UI of the real app (launchApp: real services, real keychain, real preload, built
 * renderer), then search everything the app wrote or showed for every AccessKeySecret it
 * issued: the data folder (channels.json, audit.jsonl, backups, any log file), the main
 * process's console, the page's console, every error envelope, the DOM while masked (HTML,
 * form values, accessibility tree — what any screenshot of those moments would be made
 * from), the page's storage and cookies. Any hit fails. Error probes put secrets in values and
 * in key names (an unknown key must not be echoed back).
 *
 * A revealed secret reaches the clipboard only through main: it cannot be selected, and a
 * copy on it (Ctrl+C) is main's audited Copy.
 *
 * The secrets are read from the keychain (the one place they belong) before and after each
 * action, so the test knows every secret the app issued.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { format } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../src/shared/errors'
import { KeytarVault } from '../../src/main/vault/secret-vault'
import { closeBrowser, launchApp, uniqueName, type LaunchedApp } from './harness'

/** Short, so the auto-hide and the clipboard clear happen within the test. */
const SECRET_TIMEOUT_MS = 1_500
/** How long to wait for something the app does after SECRET_TIMEOUT_MS (not an assertion on time). */
const SETTLE = { timeout: SECRET_TIMEOUT_MS * 20, interval: 100 }

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug'
const CONSOLE_METHODS: readonly ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug']

interface Checkpoint {
  readonly label: string
  readonly text: string
}

/** What the renderer may call, as far as the probes below go. */
interface ProbeApi {
  readonly channels: Record<string, (...args: unknown[]) => Promise<unknown>>
}

describe('secret hygiene (end to end)', () => {
  let app: LaunchedApp
  let vault: KeytarVault
  const issued = new Set<string>()
  const mainConsole: string[] = []
  const pageConsole: string[] = []
  const envelopes: unknown[] = []
  const checkpoints: Checkpoint[] = []
  const originalConsole = new Map<ConsoleMethod, (...args: unknown[]) => void>()

  beforeAll(async () => {
    // Everything the main-process services print goes through console.* here.
    for (const method of CONSOLE_METHODS) {
      const original = console[method].bind(console)
      originalConsole.set(method, original)
      console[method] = (...args: unknown[]) => {
        mainConsole.push(format(...args))
        original(...args)
      }
    }
    app = await launchApp({ secretTimeoutMs: SECRET_TIMEOUT_MS })
    vault = new KeytarVault(app.keychainService)
    app.page.on('console', (message) => pageConsole.push(message.text()))
    app.page.on('pageerror', (error) =>
      pageConsole.push(`${error.name}: ${error.message}\n${error.stack ?? ''}`)
    )
    // Every AppError a handler throws becomes an error envelope; keep what the renderer receives.
    const handlers = app.services.handlers as unknown as Record<
      string,
      (input: unknown) => Promise<unknown>
    >
    for (const [method, handler] of Object.entries(handlers)) {
      handlers[method] = async (input: unknown) => {
        try {
          return await handler(input)
        } catch (error) {
          if (error instanceof AppError) envelopes.push({ ok: false, error: error.toData() })
          throw error
        }
      }
    }
  })

  afterAll(async () => {
    await app?.close()
    await closeBrowser()
    for (const [method, original] of originalConsole) console[method] = original
  })

  const channelId = async (name: string): Promise<string> => {
    const channel = (await app.services.service.list()).find((c) => c.name === name)
    if (!channel) throw new Error(`no channel named ${name}`)
    return channel.id
  }

  /** The channel's secret, straight from the keychain; every one read is remembered. */
  const secretOf = async (id: string): Promise<string | null> => {
    const secret = await vault.get(id)
    if (secret !== null) issued.add(secret)
    return secret
  }

  /** Everything a screenshot of this moment would be made from, kept for the final search. */
  const checkpoint = async (label: string): Promise<void> => {
    const { page } = app
    const html = await page.content()
    const values = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
          'input, textarea, select'
        )
      ]
        .map((element) => element.value)
        .join('\n')
    )
    const visible = await page.evaluate(() => `${document.title}\n${document.body.innerText}`)
    const aria = await page.locator('body').ariaSnapshot()
    const storage = await page.evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } })
    )
    const cookies = JSON.stringify(await page.context().cookies())
    checkpoints.push({ label, text: [html, values, visible, aria, storage, cookies].join('\n') })
  }

  const button = (name: string) => app.page.getByRole('button', { name, exact: true })

  /** How many audit entries of `action` there are. */
  const auditCount = async (action: string): Promise<number> =>
    (await app.services.audit.list()).filter((entry) => entry.action === action).length

  /**
   * Ctrl+C (or another shortcut) with Chromium's editing command, which is what the shortcut
   * and Edit › Copy run in the app (Playwright's keyboard sends no editing command on Linux).
   */
  const editingCommand = async (command: 'copy' | 'cut'): Promise<void> => {
    const cdp = await app.page.context().newCDPSession(app.page)
    const key = command === 'copy' ? 'c' : 'x'
    for (const type of ['keyDown', 'keyUp'] as const) {
      await cdp.send('Input.dispatchKeyEvent', {
        type,
        key,
        code: `Key${key.toUpperCase()}`,
        windowsVirtualKeyCode: key.toUpperCase().charCodeAt(0),
        modifiers: 2,
        ...(type === 'keyDown' ? { commands: [command] } : {})
      })
    }
    await cdp.detach()
  }

  /** Wait until no secret is on screen (the View button is back and the DOM holds none). */
  const waitUntilMasked = async (name: string): Promise<void> => {
    await button(`View AccessKeySecret of ${name}`).waitFor({
      state: 'visible',
      timeout: SETTLE.timeout
    })
    await expect
      .poll(async () => {
        const html = await app.page.content()
        return [...issued].some((secret) => html.includes(secret))
      }, SETTLE)
      .toBe(false)
  }

  const createApp = async (name: string, fill: () => Promise<void>): Promise<string> => {
    const { page } = app
    await page.getByRole('button', { name: 'Create API' }).click()
    await page.getByRole('menuitem', { name: 'Create App API' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Channel Name').fill(name)
    await dialog.getByRole('radio', { name: 'Yes', exact: true }).check()
    await fill()
    await dialog.getByRole('button', { name: 'OK', exact: true }).click()
    // Create opens the channel's details with the secret shown; closed, it leaves the page.
    const details = page.getByRole('dialog', { name, exact: true })
    await details.getByText(/^csk_/).waitFor()
    await details.getByRole('button', { name: 'Close', exact: true }).click()
    await details.waitFor({ state: 'hidden' })
    await button(`View AccessKeySecret of ${name}`).waitFor()
    const id = await channelId(name)
    expect(await secretOf(id)).toMatch(/^csk_/)
    return id
  }

  it('never lets an issued AccessKeySecret reach a file, a log, an error, the masked DOM or storage', async () => {
    const { page, clipboard } = app
    const dialog = page.getByRole('dialog')

    // Create: an APP channel and a WEB channel.
    const appName = uniqueName('Hygiene app')
    const appId = await createApp(appName, async () => {
      await dialog.getByRole('radio', { name: 'APP', exact: true }).check()
      await dialog.getByLabel('Platform 1').selectOption({ label: 'Android' })
    })
    const webName = uniqueName('Hygiene web')
    const webId = await createApp(webName, async () => {
      await dialog.getByRole('radio', { name: 'WEB', exact: true }).check()
      await dialog.getByLabel('Network Domain 1').fill('https://hygiene.example.com')
    })
    const firstSecret = (await secretOf(appId)) as string
    const webSecret = (await secretOf(webId)) as string
    await checkpoint('list after create, masked')

    // Reveal: the secret is shown (so the search below is not vacuous), then hidden again.
    await button(`View AccessKeySecret of ${appName}`).click()
    await page.getByText(firstSecret, { exact: true }).waitFor()
    expect(await page.content()).toContain(firstSecret)
    await waitUntilMasked(appName)
    await checkpoint('list after the reveal timed out')

    // A revealed secret cannot be selected: Select All and Ctrl+C copy the page without it.
    await button(`View AccessKeySecret of ${appName}`).click()
    const revealed = page.getByText(firstSecret, { exact: true })
    await revealed.waitFor()
    expect(await revealed.evaluate((el) => getComputedStyle(el).userSelect)).toBe('none')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin
    })
    await page.evaluate(() => navigator.clipboard.writeText('before'))
    await page.evaluate(() => getSelection()?.selectAllChildren(document.body))
    expect(await page.evaluate(() => getSelection()?.toString() ?? '')).not.toContain(firstSecret)
    await editingCommand('copy')
    const copiedByPage = await page.evaluate(() => navigator.clipboard.readText())
    expect(copiedByPage).toContain(appName)
    expect(copiedByPage).not.toContain(firstSecret)
    await page.evaluate(() => getSelection()?.removeAllRanges())
    // A copy event on the secret itself (Edit › Copy, were it selected) is main's audited Copy.
    const copiesBefore = await auditCount('copy')
    expect(
      await revealed.evaluate((el) =>
        el.dispatchEvent(new Event('copy', { bubbles: true, cancelable: true }))
      )
    ).toBe(false)
    await expect.poll(() => clipboard.readText(), SETTLE).toBe(firstSecret)
    await expect.poll(() => auditCount('copy'), SETTLE).toBe(copiesBefore + 1)
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain(firstSecret)
    await expect.poll(() => clipboard.readText(), SETTLE).toBe('')
    await waitUntilMasked(appName)

    // Copy: the clipboard holds the secret, then is cleared.
    await button(`Copy AccessKeySecret of ${appName}`).click()
    await expect.poll(() => clipboard.readText(), SETTLE).toBe(firstSecret)
    await checkpoint('list right after copy')
    await expect.poll(() => clipboard.readText(), SETTLE).toBe('')

    // Rotate: confirmed; the old secret is gone from the keychain at once.
    await button(`Update AccessKeySecret of ${appName}`).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Update', exact: true }).click()
    await expect.poll(async () => (await vault.get(appId)) !== firstSecret, SETTLE).toBe(true)
    const rotatedSecret = (await secretOf(appId)) as string
    expect(rotatedSecret).not.toBe(firstSecret)
    await waitUntilMasked(appName)
    await checkpoint('list after rotate, masked')

    // Edit: rename; nothing about the secret changes.
    const renamed = uniqueName('Hygiene renamed')
    await button(`Actions for ${appName}`).click()
    await app.page.getByRole('menuitem', { name: 'Edit', exact: true }).click()
    await dialog.getByLabel('Channel Name').fill(renamed)
    await dialog.getByRole('button', { name: 'OK', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await button(`View AccessKeySecret of ${renamed}`).waitFor()
    expect(await secretOf(appId)).toBe(rotatedSecret)
    await checkpoint('list after edit')

    // Remove: confirmed; the keychain entry goes with the record.
    await button(`Actions for ${renamed}`).click()
    await page.getByRole('menuitem', { name: 'Remove', exact: true }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove', exact: true }).click()
    await expect.poll(() => vault.get(appId), SETTLE).toBeNull()
    await button(`Actions for ${renamed}`).waitFor({ state: 'detached' })
    await checkpoint('list after remove')

    // Error envelopes, provoked on purpose, some with a secret inside the request.
    const probes = await page.evaluate(
      async ({ removedId, liveId, secret, webDomain }) => {
        const api = (window as unknown as { api: ProbeApi }).api
        const web = {
          collectedByQuickTracking: true,
          appType: 'WEB',
          platforms: [],
          domains: [webDomain]
        }
        return Promise.all([
          api.channels.revealSecret(removedId),
          api.channels.copy(removedId, 'accessKeySecret'),
          api.channels.rotateSecret(removedId),
          api.channels.create({ ...web, name: `${secret}${'x'.repeat(70)}` }),
          api.channels.create({ ...web, name: 'Probe', accessKeySecret: secret }),
          // A secret as a key name: an unknown key is never echoed back.
          api.channels.create({ ...web, name: 'Probe', [secret]: true }),
          api.channels.update({ ...web, id: liveId, name: 'Probe', [secret]: secret }),
          api.channels.copy({ id: liveId, field: 'accessKeySecret', [secret]: 1 }),
          api.channels.revealSecret({ id: liveId, [`x${secret}`]: { [secret]: secret } }),
          api.channels.create({
            ...web,
            name: 'Probe',
            domains: [`https://${secret}.example/${secret}`]
          }),
          api.channels.update({
            ...web,
            id: liveId,
            name: 'Probe update',
            appType: 'APP',
            platforms: ['ANDROID'],
            domains: []
          }),
          api.channels.get(secret)
        ])
      },
      { removedId: appId, liveId: webId, secret: webSecret, webDomain: 'https://probe.example.com' }
    )
    envelopes.push(...probes)
    for (const probe of probes) expect((probe as { ok: boolean }).ok).toBe(false)
    expect(envelopes.length).toBeGreaterThan(0)

    // The keychain no longer knows the rotated-away or the removed secret.
    expect(await vault.get(appId)).toBeNull()
    expect(issued).toEqual(new Set([firstSecret, rotatedSecret, webSecret]))

    // Search everything for every issued secret (and its body without the prefix).
    const files = await readAll(app.dataDir)
    const haystacks: Array<[string, string]> = [
      ...files.map(([path, text]): [string, string] => [`data folder: ${path}`, text]),
      ['main-process console', mainConsole.join('\n')],
      ['page console and errors', pageConsole.join('\n')],
      ['error envelopes', JSON.stringify(envelopes)],
      ...checkpoints.map(({ label, text }): [string, string] => [`DOM: ${label}`, text])
    ]
    expect(files.map(([path]) => path)).toEqual(
      expect.arrayContaining(['channels.json', 'audit.jsonl'])
    )
    const leaks: string[] = []
    for (const [index, secret] of [...issued].entries()) {
      const needles = [secret, secret.slice('csk_'.length), Buffer.from(secret).toString('base64')]
      for (const [where, text] of haystacks) {
        if (needles.some((needle) => text.includes(needle)))
          leaks.push(`${where} holds issued secret #${index + 1}`)
      }
    }
    expect(leaks).toEqual([])
    // The audit log recorded every action without a secret.
    const actions = (await app.services.audit.list()).map((entry) => entry.action)
    expect(actions).toEqual(
      expect.arrayContaining(['create', 'reveal', 'copy', 'rotate', 'edit', 'remove'])
    )
  }, 180_000)
})

/** Every file under `dir` (backups, temp files, logs included), as [relative path, text]. */
async function readAll(dir: string): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = []
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const path = join(dir, name)
    if ((await stat(path)).isFile()) out.push([name, await readFile(path, 'utf8')])
  }
  return out
}
