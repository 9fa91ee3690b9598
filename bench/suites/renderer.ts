/**
 * The renderer in Chromium through the end-to-end harness (test/e2e/harness.ts launchApp: the
 * real services, the real preload, the built renderer in out/renderer), on a seeded data file
 * and an in-memory keychain holding every channel's secret (so no OS keychain is touched and
 * the deferred start-up reconcile finds them all, as in the app).
 *
 * Two transports between the page and main:
 * - `structured-clone` (test/e2e/clone-transport.ts) costs the page's main thread what
 *   Electron's IPC does: every figure that says what a user of the app sees comes from it;
 * - `binding`, the harness's usual one (JSON over the DevTools protocol), only for first paint,
 *   next to it, because earlier figures were measured through it.
 *
 * In the page, a requestAnimationFrame loop stamps every frame; a frame counts as painted when
 * a task queued from its rAF callback runs (after the frame's style, layout and paint). So:
 * - first list paint = from navigation start to the first painted frame showing list rows;
 * - a change = `channels.create` from the page, as the form makes it: from the call to its
 *   answer (acknowledged), and from the answer to the first painted frame showing the new row;
 * - keystroke → next paint = from the keydown event's timestamp to the first frame painted
 *   after it (what the user sees first: at 60 Hz this includes waiting up to 16.7 ms for the
 *   frame, on top of the work);
 * - keystroke → results painted = to the first frame painted after the DOM stopped changing
 *   for that keystroke (the list filters a render later, with useDeferredValue).
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { serialize } from 'node:v8'
import type { Page } from 'playwright-core'
import { generateKey } from '../../src/main/keys/generate'
import { silentLogger } from '../../src/main/log'
import { closeBrowser, launchApp, type LaunchedApp } from '../../test/e2e/harness'
import { MemoryVault } from '../../test/support/memory-vault'
import { summarise, type Summary } from '../lib/stats'
import { seedData } from './main-process'

const ROOT = resolve(import.meta.dirname, '../..')
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
export const SEARCH_BOX_NAME = 'Search channels'

export interface FirstPaint {
  /** Navigation start → first painted frame with list rows. */
  readonly firstListPaint: Summary
  /** channels.snapshot from the page, call to answer. */
  readonly listRoundTrip: Summary
  /** Where first paint's time goes (structured-clone transport only), medians in ms. */
  readonly breakdown?: PaintBreakdown
}

/** The steps of first paint, from the transport's marks (test/e2e/clone-transport.ts). */
export interface PaintBreakdown {
  /** Navigation start → the page asks for the snapshot (loading and starting the app). */
  readonly boot: number
  /** → the answer is off main's dispatcher and across loopback HTTP (main's work, the transfer). */
  readonly main: number
  /** → the worker parsed it (the stand-in's own cost, off the page's main thread). */
  readonly workerParse: number
  /** → deserialised on the page's main thread (the worker's serialise, then the page's deserialise). */
  readonly deserialize: number
  /** → copied once more (contextBridge's copy into the page's world). */
  readonly copy: number
  /** → the first frame with rows painted (the app's own work: state, sort, render, paint). */
  readonly render: number
}

const BREAKDOWN = `(() => {
  const at = (step) => performance.getEntriesByName('ipc:channels.snapshot:' + step)[0]?.startTime
  const sent = at('sent')
  if (sent === undefined) return null
  return { sent, answered: at('answered'), parsed: at('parsed'), received: at('received'), copied: at('copied'), painted: window.__camBench.firstRowsPaint }
})()`

/** The list count says "Showing …", not "Loading channels: …". */
const LIST_COMPLETE = `(() => {
  const count = document.querySelector('.list-count')
  return count !== null && !count.textContent.startsWith('Loading')
})()`

interface Marks {
  readonly sent: number
  readonly answered: number
  readonly parsed: number
  readonly received: number
  readonly copied: number
  readonly painted: number
}

const median = (values: readonly number[]): number => summarise(values).median

function breakdownOf(marks: readonly Marks[]): PaintBreakdown | undefined {
  if (marks.length === 0) return undefined
  const step = (from: keyof Marks, to: keyof Marks): number =>
    median(marks.map((m) => m[to] - m[from]))
  return {
    boot: median(marks.map((m) => m.sent)),
    main: step('sent', 'answered'),
    workerParse: step('answered', 'parsed'),
    deserialize: step('parsed', 'received'),
    copy: step('received', 'copied'),
    render: step('copied', 'painted')
  }
}

export type SearchResults =
  | { readonly available: false; readonly reason: string }
  | {
      readonly available: true
      readonly keystrokes: number
      /**
       * From the keydown's timestamp to the page starting to handle it: the browser's input
       * pipeline and the wait for the main thread (on a loaded machine, for a core).
       */
      readonly inputDelay: Summary
      /** From the keydown's timestamp to the end of its event handling and synchronous render. */
      readonly processing: Summary
      readonly nextPaint: Summary
      readonly resultsPainted: Summary
    }

export type RendererResults =
  | { readonly available: false; readonly reason: string }
  | {
      readonly available: true
      /** Through the harness's usual transport (JSON over the DevTools protocol), or why not. */
      readonly binding: FirstPaint | { readonly skipped: string }
      /** Through the transport that costs what Electron's IPC does. */
      readonly clone: FirstPaint & {
        readonly domNodes: number
        readonly domRows: number
        /** A create from the page: call → answer, and answer → the new row painted. */
        readonly change: { readonly acknowledged: Summary; readonly rowPainted: Summary }
        /**
         * The longest task on the page's main thread in its first seconds (the rest of the list
         * arriving, the reconcile's statuses), and how much of that time was spent in tasks
         * over 50 ms: what a click or a keystroke could have waited for.
         */
        readonly startup: { readonly longestTaskMs: number; readonly longTasksMs: number }
        /**
         * A reconcile that learns every channel's secret status at once (the first one of a
         * run does, in the app): the longest task it caused on the page, and how long until
         * the rows showed it.
         */
        readonly statuses: { readonly longestTaskMs: number; readonly shownAfterMs: number }
        /** JS heap of the page after a full collection, with the list loaded and reconciled. */
        readonly heap: {
          readonly usedBytes: number
          /** The same page with no channel: the app itself. */
          readonly emptyAppBytes: number
          /** The snapshot's structured-clone size (what crossed IPC). */
          readonly listBytes: number
        }
        readonly search: SearchResults
      }
    }

export interface RendererOptions {
  readonly reloads: number
  readonly creates: number
  /** Above this many channels, first paint through the binding transport is skipped (it takes tens of seconds). */
  readonly bindingMax: number
}

/** Why the renderer cannot be measured here, or null when it can. */
export function rendererUnavailable(): string | null {
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
    return 'n/a (out/renderer missing: run `npm run build` first)'
  }
  if (!existsSync(CHROMIUM)) return `n/a (no Chromium at ${CHROMIUM})`
  return null
}

// Rows of the channel list: table body rows or ARIA rows, minus header rows.
const COUNT_ROWS = `(() => {
  const rows = new Set([...document.querySelectorAll('tbody tr, [role="row"]')])
  return [...rows].filter(
    (row) => !row.closest('thead') && !row.querySelector('th[scope="col"], [role="columnheader"]')
  ).length
})()`

const FRAME_CLOCK = `(() => {
  if (window.__camBench) return
  const bench = (window.__camBench = { firstRowsPaint: null, key: null, lastMutation: 0, watch: null, longTasks: [] })
  // Tasks over 50 ms: while one runs, a keystroke or a click waits for it.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  const rows = () => ${COUNT_ROWS}
  const shows = (name) =>
    [...document.querySelectorAll('tbody th[scope="row"]')].some((cell) => cell.textContent === name)
  const start = () => {
    new MutationObserver(() => { bench.lastMutation = performance.now() })
      .observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      if (bench.key && bench.key.processed === null) bench.key.processed = performance.now()
    }
    document.addEventListener('keydown', (event) => {
      bench.key = { t0: event.timeStamp, dispatched: performance.now(), processed: null, nextPaint: null, resultsPaint: null, covered: -1, frames: 0 }
      // Runs after this key's event dispatch, its handlers and any synchronous render.
      channel.port2.postMessage(0)
    }, true)
    const frame = () => {
      const frameStart = performance.now()
      const mutatedBefore = bench.lastMutation
      setTimeout(() => {
        const painted = performance.now()
        if (bench.firstRowsPaint === null && rows() > 0) bench.firstRowsPaint = painted
        const watch = bench.watch
        if (watch && watch.painted === null && shows(watch.name)) watch.painted = painted
        const key = bench.key
        if (key && frameStart > key.t0) {
          key.frames++
          if (key.nextPaint === null) key.nextPaint = painted
          // This frame shows every change made before it started: the newest it covers.
          if (mutatedBefore >= key.t0 && mutatedBefore > key.covered) {
            key.covered = mutatedBefore
            key.resultsPaint = painted
          }
          key.quietFor = frameStart - Math.max(key.t0, bench.lastMutation)
          // Settled: painted after the keystroke, and 10 frames (≈ 160 ms) without a DOM change.
          if (key.frames >= 3 && key.quietFor > 160 && key.settled) {
            key.settled(key)
            key.settled = null
          }
        }
      }, 0)
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  }
  if (document.documentElement) start()
  else document.addEventListener('DOMContentLoaded', start)
})()`

/**
 * Evaluate `expression` in the page until it is truthy. Page-side predicates (waitForFunction)
 * would need eval, which the app's Content-Security-Policy forbids; CDP evaluation does not.
 */
async function poll<T>(page: Page, expression: string, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = (await page.evaluate(expression)) as T | false | null
    if (value) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for: ${expression}`)
    await new Promise((done) => setTimeout(done, 20))
  }
}

/** Reloads: navigation start → first rows painted, and where the time went. */
async function paintSamples(
  app: LaunchedApp,
  reloads: number
): Promise<Omit<FirstPaint, 'listRoundTrip'>> {
  const paints: number[] = []
  const marks: Marks[] = []
  for (let i = 0; i < reloads; i++) {
    await app.page.reload()
    paints.push(
      await poll<number>(
        app.page,
        '(window.__camBench && window.__camBench.firstRowsPaint) || false',
        300_000
      )
    )
    const mark = (await app.page.evaluate(BREAKDOWN)) as Marks | null
    if (mark) marks.push(mark)
    // The next sample starts once this page has the whole list (its parts would compete).
    await poll(app.page, LIST_COMPLETE, 300_000)
  }
  const breakdown = breakdownOf(marks)
  return { firstListPaint: summarise(paints), ...(breakdown ? { breakdown } : {}) }
}

/** The whole list in one channels.snapshot call from the page, call to answer. */
async function roundTrips(app: LaunchedApp, reloads: number): Promise<Summary> {
  const trips: number[] = []
  for (let i = 0; i < reloads; i++) {
    trips.push(
      Number(
        await app.page.evaluate(
          '(async () => { const t = performance.now(); await window.api.channels.snapshot({}); return performance.now() - t })()'
        )
      )
    )
  }
  return summarise(trips)
}

/** Creates from the page, each watched until its row is painted (newest first: at the top). */
async function changes(
  page: Page,
  count: number
): Promise<{ acknowledged: Summary; rowPainted: Summary }> {
  const acknowledged: number[] = []
  const painted: number[] = []
  for (let i = 0; i < count; i++) {
    const name = `Bench change ${i + 1} ${Date.now()}`
    const ack = Number(
      await page.evaluate(`(async () => {
        const bench = window.__camBench
        bench.watch = { name: ${JSON.stringify(name)}, painted: null }
        const t0 = performance.now()
        const result = await window.api.channels.create({
          name: ${JSON.stringify(name)}, collectedByQuickTracking: true, appType: 'APP',
          platforms: ['ANDROID'], domains: []
        })
        if (!result.ok) throw new Error(result.error.code)
        bench.watch.ack = performance.now()
        return bench.watch.ack - t0
      })()`)
    )
    const watch = await poll<{ ack: number; painted: number }>(
      page,
      '(() => { const w = window.__camBench.watch; return w && w.painted !== null && w.ack !== undefined ? w : false })()',
      60_000
    )
    acknowledged.push(ack)
    // The event may arrive before the answer: then the row was painted when the answer came.
    painted.push(Math.max(0, watch.painted - watch.ack))
    await page.waitForTimeout(200)
  }
  return { acknowledged: summarise(acknowledged), rowPainted: summarise(painted) }
}

/** The keys typed: queries that match many, few and no channels, each erased again. */
function keySequence(): string[] {
  const keys: string[] = []
  for (const query of ['shop', 'travel 1', 'cid_', 'wechat', 'example.com', 'zzq']) {
    keys.push(...query.split(''))
    keys.push(...query.split('').map(() => 'Backspace'))
  }
  return keys
}

interface KeyTiming {
  readonly inputDelay: number
  readonly processing: number
  readonly nextPaint: number
  readonly resultsPainted: number
}

async function searchKeystrokes(page: Page): Promise<SearchResults> {
  const box = page.getByRole('searchbox', { name: SEARCH_BOX_NAME })
  const target = (await box.count()) > 0 ? box.first() : page.getByLabel(SEARCH_BOX_NAME).first()
  if ((await target.count()) === 0) return { available: false, reason: 'n/a (no search box)' }
  await target.click()
  const timings: KeyTiming[] = []
  for (const key of keySequence()) {
    await page.evaluate('window.__camBench.key = null')
    await page.keyboard.press(key)
    // One call that the page answers when the keystroke settled: polling from here would put
    // a task on the page's main thread every few milliseconds, in the way of its frames.
    const k = (await page.evaluate(
      `new Promise((settled) => { window.__camBench.key.settled = settled })`
    )) as {
      t0: number
      dispatched: number
      processed: number | null
      nextPaint: number
      resultsPaint: number | null
    }
    timings.push({
      inputDelay: k.dispatched - k.t0,
      processing: (k.processed ?? k.nextPaint) - k.t0,
      nextPaint: k.nextPaint - k.t0,
      resultsPainted: (k.resultsPaint ?? k.nextPaint) - k.t0
    })
  }
  return {
    available: true,
    keystrokes: timings.length,
    inputDelay: summarise(timings.map((k) => k.inputDelay)),
    processing: summarise(timings.map((k) => k.processing)),
    nextPaint: summarise(timings.map((k) => k.nextPaint)),
    resultsPainted: summarise(timings.map((k) => k.resultsPainted))
  }
}

/** Every secret gone from the keychain, then a reconcile: its statuses for every channel reach the page. */
async function learnAllStatuses(
  app: LaunchedApp,
  vault: MemoryVault
): Promise<{ longestTaskMs: number; shownAfterMs: number }> {
  await app.page.evaluate('window.__camBench.longTasks = []')
  vault.entries.clear()
  const t0 = Number(await app.page.evaluate('performance.now()'))
  await app.services.service.reconcile()
  const shown = await poll<number>(
    app.page,
    `(() => document.querySelector('tbody .badge-warning') ? performance.now() : false)()`,
    60_000
  )
  await app.page.waitForTimeout(1_000)
  const tasks = (await app.page.evaluate('window.__camBench.longTasks')) as { duration: number }[]
  return {
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    shownAfterMs: shown - t0
  }
}

/** The page's JS heap after a full collection. */
async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize
  } finally {
    await cdp.detach()
  }
}

/** Start the app on a seeded folder with an in-memory keychain holding every secret. */
async function launchSeeded(
  base: string,
  count: number,
  ipc: 'binding' | 'structured-clone'
): Promise<{ app: LaunchedApp; dataDir: string; vault: MemoryVault }> {
  const dataDir = await mkdtemp(join(base, `cam-bench-ui-${count}-`))
  const { records } = await seedData(dataDir, count)
  const vault = new MemoryVault()
  for (const record of records) vault.entries.set(record.id, generateKey('accessKeySecret'))
  // Quiet: the bench empties the keychain on purpose (learnAllStatuses), which main reports.
  const app = await launchApp({
    dataDir,
    vault,
    ipc,
    log: silentLogger,
    viewport: { width: 1280, height: 800 }
  })
  await app.page.addInitScript({ content: FRAME_CLOCK })
  return { app, dataDir, vault }
}

async function withApp<T>(
  base: string,
  count: number,
  ipc: 'binding' | 'structured-clone',
  use: (app: LaunchedApp, vault: MemoryVault) => Promise<T>
): Promise<T> {
  const { app, dataDir, vault } = await launchSeeded(base, count, ipc)
  try {
    return await use(app, vault)
  } finally {
    await app.close()
    await rm(dataDir, { recursive: true, force: true })
  }
}

let emptyApp: Promise<number> | undefined

/** The heap of the page with no channel, measured once per run. */
function emptyAppHeap(base: string): Promise<number> {
  emptyApp ??= withApp(base, 0, 'structured-clone', async (app) => {
    await app.page.reload()
    await app.page.getByRole('heading', { name: 'No data collection APIs yet' }).waitFor()
    await app.page.waitForTimeout(1_000)
    return usedHeap(app.page)
  })
  return emptyApp
}

/** First paint (both transports), a change, heap, DOM size and search latency with `count` channels. */
export async function benchRenderer(
  base: string,
  count: number,
  options: RendererOptions
): Promise<RendererResults> {
  const unavailable = rendererUnavailable()
  if (unavailable) return { available: false, reason: unavailable }
  const emptyAppBytes = await emptyAppHeap(base)
  const binding: FirstPaint | { skipped: string } =
    count > options.bindingMax
      ? {
          skipped: `skipped above ${options.bindingMax.toLocaleString('en-US')} channels (--binding-max)`
        }
      : await withApp(base, count, 'binding', async (app) => {
          const reloads = count >= 50_000 ? 1 : options.reloads
          return {
            ...(await paintSamples(app, reloads)),
            listRoundTrip: await roundTrips(app, reloads)
          }
        })
  const clone = await withApp(base, count, 'structured-clone', async (app, vault) => {
    const paint = await paintSamples(app, options.reloads)
    // Let start-up settle (the rest of the list, the deferred reconcile and the statuses it
    // pushes) before measuring.
    await app.page.waitForTimeout(count >= 50_000 ? 5_000 : 2_000)
    const tasks = (await app.page.evaluate('window.__camBench.longTasks')) as {
      start: number
      duration: number
    }[]
    const listBytes = serialize(await app.services.service.snapshot()).length
    const usedBytes = await usedHeap(app.page)
    const domNodes = Number(await app.page.evaluate('document.getElementsByTagName("*").length'))
    const domRows = Number(await app.page.evaluate(COUNT_ROWS))
    const change = await changes(app.page, options.creates)
    const search = await searchKeystrokes(app.page)
    const statuses = await learnAllStatuses(app, vault)
    // Last: at 100,000 channels each is a whole list on the page's main thread.
    const listRoundTrip = await roundTrips(app, options.reloads)
    return {
      ...paint,
      listRoundTrip,
      domNodes,
      domRows,
      change,
      startup: {
        longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
        longTasksMs: tasks.reduce((sum, t) => sum + t.duration, 0)
      },
      statuses,
      heap: { usedBytes, emptyAppBytes, listBytes },
      search
    }
  })
  return { available: true, binding, clone }
}

export { closeBrowser }
