/**
 * End-to-end harness: the real app in a real browser, without Electron's runtime.
 * See test/e2e/README.md for what is real and what stands in.
 */
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { build } from 'vite'
import { APP_ENTRY_URL, resolveAppPath } from '../../src/main/app-protocol'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import type { Clipboard } from '../../src/main/clipboard/secret-clipboard'
import { createDispatcher } from '../../src/main/ipc/handle'
import { newNonce, nonceThePage, securityHeaders } from '../../src/main/security/csp'
import { createRefusalAuditor } from '../../src/main/security/refused-ipc'
import { consoleLogger, type Logger } from '../../src/main/log'
import { KeytarVault, type SecretVault } from '../../src/main/vault/secret-vault'
import { FileDialogs } from '../support/file-dialogs'
import { CLONE_TRANSPORT_INIT, CloneTransportServer } from './clone-transport'

const ROOT = resolve(import.meta.dirname, '../..')
const APP_VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version
const RENDERER_DIR = join(ROOT, 'out/renderer')
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run'
]

export interface LaunchOptions {
  /** Data folder to use; a fresh temp folder (removed on close) when omitted. */
  readonly dataDir?: string
  /** Browser locale, e.g. 'en-US' or 'zh-CN'. */
  readonly locale?: string
  /** How long a revealed secret stays visible and a copied one on the clipboard (default 30 s). */
  readonly secretTimeoutMs?: number
  /** Viewport size (default 1280×800, the app window's default). */
  readonly viewport?: { readonly width: number; readonly height: number }
  /**
   * The page may report Content-Security-Policy violations (test/e2e/csp.test.ts provokes
   * them). Otherwise `close()` fails on any: the app itself never trips its policy.
   */
  readonly allowCspViolations?: boolean
  /**
   * Main's native save / open dialogs: the test queues the path the "user" picks
   * (`app.dialogs.answer(path)`); a dialog with nothing queued is cancelled.
   */
  readonly dialogs?: FileDialogs
  /** The scrypt work factor of passphrase backups (age's 18 unless a test wants them cheaper). */
  readonly backupScryptLogN?: number
  /**
   * How IPC reaches the page: 'binding' (default) carries it as JSON over the DevTools
   * protocol; 'structured-clone' costs the page what Electron's IPC does (clone-transport.ts),
   * for the benchmark.
   */
  readonly ipc?: 'binding' | 'structured-clone'
  /** The keychain; the real one (keytar) unless given (the benchmark passes one in memory). */
  readonly vault?: SecretVault
  /** Where main's log lines go (the console unless given). */
  readonly log?: Logger
}

/** A Content-Security-Policy violation the page reported (its `securitypolicyviolation`). */
export interface CspViolation {
  readonly directive: string
  readonly blocked: string
  readonly sample: string
  readonly source: string
  readonly page: string
}

export interface LaunchedApp {
  readonly page: Page
  readonly dataDir: string
  /** The keychain service name this launch stores secrets under. */
  readonly keychainService: string
  /** The clipboard main writes to (Electron's `clipboard` in the app). */
  readonly clipboard: MemoryClipboard
  /** The main-process services, for assertions that look behind the UI. */
  readonly services: AppServices
  /** Every CSP violation any page of this launch reported so far. */
  readonly cspViolations: readonly CspViolation[]
  /** Stands in for Electron's save / open dialogs (see LaunchOptions.dialogs). */
  readonly dialogs: FileDialogs
  /** Push an event to the page, as main's `webContents.send(channel, payload)` does. */
  send(channel: string, payload: unknown): Promise<void>
  /** Stop everything; rejects if a page reported a CSP violation (unless allowed). */
  close(): Promise<void>
}

/**
 * Reports every CSP violation to the test process as it happens, from before the page's first
 * script (an init script, which the page's own policy does not govern).
 */
const REPORT_CSP_VIOLATIONS = `
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__camCspViolation?.({
      directive: e.effectiveDirective,
      blocked: e.blockedURI,
      sample: e.sample,
      source: e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber,
      page: location.href
    })
  })
`

/** Electron's clipboard, as main sees it, kept in memory. */
export class MemoryClipboard implements Clipboard {
  #text = ''
  #reads = 0
  /**
   * How many times the clipboard was read. The app reads it only to check, when the clear
   * delay is over, whether it still holds the copied secret; a test can wait for that check
   * instead of guessing how long it takes.
   */
  get reads(): number {
    return this.#reads
  }
  readText(): string {
    this.#reads += 1
    return this.#text
  }
  writeText(text: string): void {
    this.#text = text
  }
}

/** The keychain service name of a data folder: stable across launches, unique per folder. */
export async function keychainServiceFor(dataDir: string): Promise<string> {
  const digest = createHash('sha256')
    .update(await realpath(dataDir))
    .digest('hex')
  return `cam-e2e-${digest.slice(0, 16)}`
}

let preloadBundle: Promise<string> | undefined

/** Bundle the real preload against the electron stand-in, once per test process. */
function bundlePreload(): Promise<string> {
  preloadBundle ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'cam-preload-'))
    await build({
      configFile: false,
      logLevel: 'warn',
      resolve: { alias: { electron: join(ROOT, 'test/e2e/electron-stub.ts') } },
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: {
          entry: join(ROOT, 'src/preload/index.ts'),
          formats: ['iife'],
          name: 'camPreload',
          fileName: () => 'preload.js'
        }
      }
    })
    try {
      return await readFile(join(outDir, 'preload.js'), 'utf8')
    } finally {
      await rm(outDir, { recursive: true, force: true })
    }
  })()
  return preloadBundle
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
}

/** Serve the built renderer on loopback, with the same path rules as the app:// protocol. */
async function serveRenderer(
  routes: { handle?: (req: IncomingMessage, res: ServerResponse) => boolean } = {}
): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the end-to-end tests.')
  }
  const server = createServer((req, res) => {
    if (routes.handle?.(req, res)) return
    const file = resolveAppPath(RENDERER_DIR, new URL(req.url ?? '/', APP_ENTRY_URL).toString())
    if (!file || !existsSync(file)) {
      res.writeHead(404).end('Not found')
      return
    }
    readFile(file).then(
      (body) => {
        // As the app:// handler does: the page gets a fresh style nonce per response.
        const nonce = file.endsWith('.html') ? newNonce() : undefined
        res.writeHead(200, {
          ...securityHeaders(nonce),
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
        })
        res.end(nonce === undefined ? body : nonceThePage(body.toString('utf8'), nonce))
      },
      () => res.writeHead(500).end()
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no server address')
  return { server, origin: `http://127.0.0.1:${address.port}` }
}

let browser: Browser | undefined

async function sharedBrowser(): Promise<Browser> {
  if (!browser || !browser.isConnected()) {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  }
  return browser
}

/** Close the shared browser (call from afterAll in each suite file). */
export async function closeBrowser(): Promise<void> {
  await browser?.close()
  browser = undefined
}

/** Delete every keychain entry stored under `service`. */
async function deleteKeychainEntries(service: string): Promise<void> {
  const vault = new KeytarVault(service)
  for (const account of await vault.accounts()) await vault.delete(account)
}

/** Run every step, even when one fails; rethrow the first failure. */
async function runAll(steps: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
  let failure: unknown
  for (const step of steps) {
    try {
      await step()
    } catch (error) {
      failure ??= error
    }
  }
  if (failure !== undefined) throw failure
}

/** Start the real services on `dataDir`, load the built renderer in Chromium, and wire the preload. */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const ownsDataDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cam-e2e-')))
  const teardown: Array<() => Promise<unknown>> = []
  // Undo in reverse order: the page, the server, the services, then (only if ours) the data.
  const stop = (): Promise<void> => runAll([...teardown].reverse())
  if (ownsDataDir) {
    teardown.push(() => rm(dataDir, { recursive: true, force: true }))
    if (!options.vault) {
      teardown.push(async () => deleteKeychainEntries(await keychainServiceFor(dataDir)))
    }
  }

  try {
    await mkdir(dataDir, { recursive: true })
    const keychainService = await keychainServiceFor(dataDir)
    const clipboard = new MemoryClipboard()
    const dialogs = options.dialogs ?? new FileDialogs()
    // What main pushes with webContents.send; dropped until the page exists, as in the app.
    const sink: { deliver?: (channel: string, payload: unknown) => void } = {}
    const services = await createAppServices({
      dataDir,
      keychainService,
      clipboard,
      appVersion: APP_VERSION,
      secretTimeoutMs: options.secretTimeoutMs ?? 30_000,
      vault: options.vault,
      log: options.log,
      emit: (event, payload) => sink.deliver?.(event, payload),
      // Electron's dialog.showSaveDialog / showOpenDialog in the app (src/main/index.ts).
      chooseFile: dialogs.choose,
      ...(options.backupScryptLogN === undefined
        ? {}
        : { backupScryptLogN: options.backupScryptLogN })
    })
    teardown.push(() => services.dispose())
    const routes: { handle?: (req: IncomingMessage, res: ServerResponse) => boolean } = {}
    const { server, origin } = await serveRenderer(routes)
    teardown.push(() => new Promise<void>((done) => server.close(() => done())))

    // The same rules as the app: only the app's own top-level frame may call the API, and a
    // refused call is written to the audit log.
    const refusals = createRefusalAuditor({
      audit: services.audit,
      log: options.log ?? consoleLogger
    })
    teardown.push(() => refusals.idle())
    const dispatch = createDispatcher(services.handlers, {
      isTrustedSender: (event) =>
        event.senderFrame !== null && event.senderFrame.url.startsWith(`${origin}/`),
      onRejected: refusals.onRejected
    })

    const chromiumBrowser = await sharedBrowser()
    const context = await chromiumBrowser.newContext({
      locale: options.locale ?? 'en-US',
      viewport: options.viewport ?? { width: 1280, height: 800 }
    })
    teardown.push(() => context.close())
    let clone: CloneTransportServer | undefined
    if (options.ipc === 'structured-clone') {
      // The worker calls for the page: the sender is the page's own top-level frame.
      const transport = new CloneTransportServer(origin, (method, input) =>
        dispatch({ senderFrame: { url: `${origin}/index.html` } }, method, input)
      )
      clone = transport
      routes.handle = (req, res) => transport.handle(req, res, securityHeaders())
      teardown.push(async () => transport.close())
      await context.addInitScript({ content: CLONE_TRANSPORT_INIT })
    } else {
      await context.exposeBinding(
        '__camIpcInvoke',
        async (source, method: string, input: unknown) => {
          const isMainFrame = source.frame === source.page.mainFrame()
          const senderFrame = isMainFrame ? { url: source.frame.url() } : null
          return dispatch({ senderFrame }, method, input)
        }
      )
    }
    const cspViolations: CspViolation[] = []
    await context.exposeBinding('__camCspViolation', (_source, violation: CspViolation) => {
      cspViolations.push(violation)
    })
    await context.addInitScript({ content: REPORT_CSP_VIOLATIONS })
    await context.addInitScript({ content: await bundlePreload() })
    const page = await context.newPage()
    await page.goto(`${origin}/index.html`)

    let closing: Promise<void> | undefined
    const close = (): Promise<void> =>
      (closing ??= stop().then(() => {
        if (options.allowCspViolations || cspViolations.length === 0) return
        const list = cspViolations.map((v) => `${v.directive} ${v.blocked} at ${v.source}`)
        throw new Error(`The page reported CSP violations:\n${list.join('\n')}`)
      }))
    const send = (channel: string, payload: unknown): Promise<void> =>
      page.evaluate(([c, p]) => window.__camIpcSend?.(c, p), [channel, payload] as const)
    sink.deliver = clone
      ? (channel, payload) => clone.deliver(channel, payload)
      : (channel, payload) => void send(channel, payload).catch(() => undefined)
    return {
      page,
      dataDir,
      keychainService,
      clipboard,
      services,
      cspViolations,
      dialogs,
      send,
      close
    }
  } catch (error) {
    await stop().catch(() => undefined)
    throw error
  }
}

/** Write a screenshot of the page to docs/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(ROOT, 'docs/screenshots')
  await mkdir(dir, { recursive: true })
  const path = join(dir, `${name}.png`)
  await writeFile(
    path,
    await page.screenshot({ fullPage: false, animations: 'disabled', caret: 'hide' })
  )
  return path
}

/** A unique name for test data. */
export const uniqueName = (label: string): string => `${label} ${randomUUID().slice(0, 8)}`
