/**
 * Shared steps of the real-Electron suite: a throwaway data folder and keychain service per
 * run, reading the OS clipboard from outside the app, starting the `electron-builder --dir`
 * package over the DevTools protocol, collecting CSP violations, and the walk through every
 * secret action by the words on screen (test/e2e/support.ts's Screen).
 *
 * These need Electron's runtime, a display and a keychain: CI runs them
 * (.github/workflows/ci.yml, job `electron`); the team's machines cannot.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { pagePolicy } from '../../src/shared/csp'
import { Screen } from '../e2e/support'

export const ROOT = resolve(import.meta.dirname, '../..')
const READER = join(import.meta.dirname, 'clipboard-reader.cjs')
const run = promisify(execFile)

/** How long to wait for something the app does on its own (a ceiling, never asserted). */
export const SETTLE = { timeout: 30_000, interval: 200 } as const

/** A data folder and keychain service of one run's own, so no user data is ever touched. */
export interface Throwaway {
  readonly userDataDir: string
  readonly keychainService: string
  /** The environment the app is started with (CAM_USER_DATA_DIR, CAM_KEYCHAIN_SERVICE, …). */
  readonly env: Record<string, string>
  remove(): Promise<void>
}

export async function throwaway(): Promise<Throwaway> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'cam-electron-'))
  const keychainService = `cam-electron-${randomUUID()}`
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    // Never start the app as plain Node, or with a debugger or preload of the test runner's.
    if (value !== undefined && !['ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS'].includes(name)) {
      env[name] = value
    }
  }
  Object.assign(env, {
    CAM_USER_DATA_DIR: userDataDir,
    CAM_KEYCHAIN_SERVICE: keychainService,
    // Long, so what clears the clipboard at the end is the quit, not the timer.
    CAM_SECRET_TIMEOUT_MS: '600000'
  })
  return {
    userDataDir,
    keychainService,
    env,
    remove: () => rm(userDataDir, { recursive: true, force: true })
  }
}

/** The Electron binary of node_modules/electron (`npx install-electron` downloads it). */
export function electronBinary(): string {
  return createRequire(import.meta.url)('electron') as unknown as string
}

/** What the OS clipboard holds, read by a second, throwaway Electron process. */
export async function readOsClipboard(): Promise<string> {
  const { stdout } = await run(electronBinary(), [READER], {
    timeout: 60_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '' }
  })
  const line = stdout.split('\n').find((l) => l.startsWith('{"text"'))
  if (line === undefined) throw new Error('the clipboard reader printed nothing')
  return (JSON.parse(line) as { text: string }).text
}

/** The main process's log in the throwaway data folder (CAM_USER_DATA_DIR/logs). */
export async function mainLog(data: Throwaway): Promise<string> {
  return readFile(join(data.userDataDir, 'logs', 'main.log'), 'utf8')
}

/** The unpacked package `electron-builder --dir` made for this OS and architecture. */
export function packagedExecutable(): string {
  const arm = process.arch === 'arm64'
  const candidates =
    process.platform === 'darwin'
      ? [arm ? 'mac-arm64' : 'mac', 'mac-universal'].map((dir) =>
          join(dir, 'Collection API Manager.app/Contents/MacOS/Collection API Manager')
        )
      : process.platform === 'win32'
        ? [arm ? 'win-arm64-unpacked' : 'win-unpacked'].map((dir) =>
            join(dir, 'Collection API Manager.exe')
          )
        : [arm ? 'linux-arm64-unpacked' : 'linux-unpacked'].map((dir) =>
            join(dir, 'collection-api-manager')
          )
  const found = candidates.map((c) => join(ROOT, 'dist', c)).find((path) => existsSync(path))
  if (!found) {
    throw new Error(
      `No unpacked package in dist/ (looked for ${candidates.join(', ')}): run \`npm run build && npx electron-builder --dir\` first.`
    )
  }
  return found
}

/** A packaged app started with a DevTools port (its fuses forbid Node's inspector). */
export interface PackagedApp {
  readonly process: ChildProcess
  readonly browser: Browser
  readonly context: BrowserContext
  readonly page: Page
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>
}

export async function launchPackaged(executable: string, data: Throwaway): Promise<PackagedApp> {
  const child = spawn(executable, ['--remote-debugging-port=0'], {
    env: data.env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  const endpoint = await new Promise<string>((found, fail) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error(`no DevTools endpoint:\n${output}`)), 60_000)
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        found(match[1])
      }
    }
    child.stderr?.on('data', read)
    child.stdout?.on('data', read)
    void exited.then((code) => fail(new Error(`the app exited (${code}) before:\n${output}`)))
  })
  const browser = await chromium.connectOverCDP(endpoint)
  const context = browser.contexts()[0]
  if (!context) throw new Error('the packaged app has no browser context')
  const page = context.pages()[0] ?? (await context.waitForEvent('page'))
  return { process: child, browser, context, page, exited }
}

/** A CSP violation the page reported. */
export interface CspViolation {
  readonly directive: string
  readonly blocked: string
  readonly source: string
}

/**
 * Collect every CSP violation of the context's pages from now on; the page is reloaded so the
 * listener is there before its first script.
 */
export async function collectCspViolations(
  context: BrowserContext,
  page: Page
): Promise<CspViolation[]> {
  const violations: CspViolation[] = []
  await context.exposeBinding('__camCspViolation', (_source, v: CspViolation) => {
    violations.push(v)
  })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __camCspViolation?: (v: unknown) => void })
        .__camCspViolation
      report?.({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}`
      })
    })
  })
  await page.reload()
  return violations
}

/** What the page itself can tell about where it runs: origin, Node, the bridge, its CSP. */
export async function checkThePage(page: Page): Promise<void> {
  expect(page.url()).toBe('app://renderer/index.html')
  const seen = await page.evaluate(async () => {
    const response = await fetch(location.href)
    const text = await response.text()
    const w = window as unknown as Record<string, unknown>
    return {
      origin: location.origin,
      // No Node integration: none of Node's globals in the page.
      node: ['require', 'process', 'module', 'Buffer', 'global'].filter((g) => g in w),
      // contextBridge only works with context isolation: the bridge is there, nothing else.
      api: typeof (w['api'] as { channels?: { list?: unknown } } | undefined)?.channels?.list,
      ipcRenderer: 'ipcRenderer' in w,
      header: response.headers.get('content-security-policy'),
      fetchedNonce: /property="csp-nonce" nonce="([^"]+)"/.exec(text)?.[1] ?? '',
      meta:
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
      pageNonce: document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? ''
    }
  })
  expect(seen.origin).toBe('app://renderer')
  expect(seen.node).toEqual([])
  expect(seen.api).toBe('function')
  expect(seen.ipcRenderer).toBe(false)
  expect(seen.header).toBe(pagePolicy(seen.fetchedNonce))
  expect(seen.meta).toBe(pagePolicy(seen.pageNonce))
  expect(seen.pageNonce).not.toBe(seen.fetchedNonce)
}

const same = (a: string, b: string): boolean => a === b

/**
 * Every secret action by the words on screen: create two APP channels, View, Copy, Update,
 * Remove one, Copy the other's new secret and Remove it too — so its secret is on the
 * clipboard when the test quits, and the app itself has removed every keychain entry it made.
 * `readClipboard` reads the real OS clipboard. Secrets are compared, never printed.
 */
export async function driveEverySecretAction(
  page: Page,
  readClipboard: () => Promise<string>
): Promise<{ readonly secretOnClipboard: string }> {
  const ui = new Screen(page)
  await ui.ready()
  const suffix = randomUUID().slice(0, 8)
  const name = `Electron app ${suffix}`
  const spare = `Electron spare ${suffix}`
  await ui.create({ name, appType: 'APP', platforms: ['Android'] })
  await ui.create({ name: spare, appType: 'APP', platforms: ['iOS', 'HarmonyOS'] })

  // View: the secret, identifiable, then hidden again.
  const first = await ui.revealSecret(name)
  expect(first).toMatch(/^csk_[0-9A-Za-z]{38}$/)
  await ui.button(`Hide AccessKeySecret of ${name}`).click()
  await ui.waitUntilMasked(name)

  // Copy: main writes it to the OS clipboard.
  await ui.button(`Copy AccessKeySecret of ${name}`).click()
  await expect.poll(async () => same(await readClipboard(), first), SETTLE).toBe(true)

  // Update: a new secret, shown; the old one is never shown again.
  await ui.button(`Update AccessKeySecret of ${name}`).click()
  await ui.confirmButton('Update').click()
  await ui.button(`Hide AccessKeySecret of ${name}`).waitFor({ timeout: SETTLE.timeout })
  const rotated = await ui.shownSecret(name)
  expect(rotated).toMatch(/^csk_/)
  expect(same(rotated, first)).toBe(false)
  await ui.button(`Hide AccessKeySecret of ${name}`).click()

  // Remove the spare channel.
  await ui.button(`Remove ${spare}`).click()
  await ui.confirmButton('Remove').click()
  await ui.row(spare).waitFor({ state: 'detached', timeout: SETTLE.timeout })

  // Copy the new secret, then remove its channel: the secret stays on the clipboard.
  await ui.button(`Copy AccessKeySecret of ${name}`).click()
  await expect.poll(async () => same(await readClipboard(), rotated), SETTLE).toBe(true)
  await ui.button(`Remove ${name}`).click()
  await ui.confirmButton('Remove').click()
  await page
    .getByRole('heading', { name: 'No data collection APIs yet' })
    .waitFor({ timeout: SETTLE.timeout })
  expect(same(await readClipboard(), rotated)).toBe(true)
  return { secretOnClipboard: rotated }
}
