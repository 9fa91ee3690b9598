/**
 * The renderer in Chromium through the end-to-end harness (test/e2e/harness.ts launchApp: the
 * real services, the real preload, the built renderer in out/renderer). The data file is
 * seeded directly; the list makes no keychain call, so no secret is needed.
 *
 * In the page, a requestAnimationFrame loop stamps every frame; a frame counts as painted when
 * a task queued from its rAF callback runs (after the frame's style, layout and paint). So:
 * - first list paint = from navigation start to the first painted frame showing list rows;
 * - keystroke → next paint = from the keydown event's timestamp to the first frame painted
 *   after it (what the user sees first: at 60 Hz this includes waiting up to 16.7 ms for the
 *   frame, on top of the work);
 * - keystroke → results painted = to the first frame painted after the DOM stopped changing
 *   for that keystroke (a list that filters a frame later, e.g. with useDeferredValue).
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { closeBrowser, launchApp } from '../../test/e2e/harness'
import { summarise, type Summary } from '../lib/stats'
import { seedDataFile } from './main-process'

const ROOT = resolve(import.meta.dirname, '../..')
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
export const SEARCH_BOX_NAME = 'Search channels'

export type RendererResults =
  | { readonly available: false; readonly reason: string }
  | {
      readonly available: true
      readonly firstListPaint: Summary
      /** channels.list from the page through the harness's transport (Playwright binding, JSON over CDP; Electron's IPC is a structured clone). */
      readonly listRoundTrip: Summary
      readonly domNodes: number
      readonly domRows: number
      readonly search:
        | { readonly available: false; readonly reason: string }
        | {
            readonly available: true
            readonly keystrokes: number
            /** From the keydown's timestamp to the end of its event handling and synchronous render. */
            readonly processing: Summary
            readonly nextPaint: Summary
            readonly resultsPainted: Summary
          }
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
  const bench = (window.__camBench = { firstRowsPaint: null, key: null, lastMutation: 0 })
  const rows = () => ${COUNT_ROWS}
  const start = () => {
    new MutationObserver(() => { bench.lastMutation = performance.now() })
      .observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      if (bench.key && bench.key.processed === null) bench.key.processed = performance.now()
    }
    document.addEventListener('keydown', (event) => {
      bench.key = { t0: event.timeStamp, processed: null, nextPaint: null, resultsPaint: null, covered: -1, frames: 0 }
      // Runs after this key's event dispatch, its handlers and any synchronous render.
      channel.port2.postMessage(0)
    }, true)
    const frame = () => {
      const frameStart = performance.now()
      const mutatedBefore = bench.lastMutation
      setTimeout(() => {
        const painted = performance.now()
        if (bench.firstRowsPaint === null && rows() > 0) bench.firstRowsPaint = painted
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

async function firstListPaint(page: Page, reloads: number): Promise<number[]> {
  await page.addInitScript({ content: FRAME_CLOCK })
  const samples: number[] = []
  for (let i = 0; i < reloads; i++) {
    await page.reload()
    samples.push(
      await poll<number>(
        page,
        '(window.__camBench && window.__camBench.firstRowsPaint) || false',
        120_000
      )
    )
  }
  return samples
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
  readonly processing: number
  readonly nextPaint: number
  readonly resultsPainted: number
}

async function searchKeystrokes(page: Page): Promise<KeyTiming[] | string> {
  const box = page.getByRole('searchbox', { name: SEARCH_BOX_NAME })
  const target = (await box.count()) > 0 ? box.first() : page.getByLabel(SEARCH_BOX_NAME).first()
  if ((await target.count()) === 0) return 'n/a (no search box)'
  await target.click()
  const timings: KeyTiming[] = []
  for (const key of keySequence()) {
    await page.evaluate('window.__camBench.key = null')
    await page.keyboard.press(key)
    // Settled: painted after the keystroke, and 10 frames (≈ 160 ms) without a DOM change.
    const k = await poll<{
      t0: number
      processed: number | null
      nextPaint: number
      resultsPaint: number | null
    }>(
      page,
      `(() => { const k = window.__camBench.key; return k && k.nextPaint !== null && k.frames >= 3 && k.quietFor > 160 ? k : false })()`,
      60_000
    )
    timings.push({
      processing: (k.processed ?? k.nextPaint) - k.t0,
      nextPaint: k.nextPaint - k.t0,
      resultsPainted: (k.resultsPaint ?? k.nextPaint) - k.t0
    })
  }
  return timings
}

/** First paint, DOM size and search latency with `count` channels. */
export async function benchRenderer(
  base: string,
  count: number,
  reloads: number
): Promise<RendererResults> {
  const unavailable = rendererUnavailable()
  if (unavailable) return { available: false, reason: unavailable }
  // Outside a keyring session, make the deferred reconcile fail fast (the list needs no
  // keychain) instead of letting libsecret try to start a D-Bus.
  process.env['DBUS_SESSION_BUS_ADDRESS'] ??= 'unix:path=/nonexistent/cam-bench-no-bus'
  const dataDir = await mkdtemp(join(base, `cam-bench-ui-${count}-`))
  try {
    await seedDataFile(dataDir, count)
    const app = await launchApp({ dataDir, viewport: { width: 1280, height: 800 } })
    try {
      const paints = await firstListPaint(app.page, reloads)
      // Let start-up settle (the deferred reconcile, the keychain banner) before typing.
      await app.page.waitForTimeout(1_500)
      const trips: number[] = []
      for (let i = 0; i < reloads; i++) {
        trips.push(
          Number(
            await app.page.evaluate(
              '(async () => { const t = performance.now(); await window.api.channels.list(); return performance.now() - t })()'
            )
          )
        )
      }
      const domNodes = Number(await app.page.evaluate('document.getElementsByTagName("*").length'))
      const domRows = Number(await app.page.evaluate(COUNT_ROWS))
      const keys = await searchKeystrokes(app.page)
      return {
        available: true,
        firstListPaint: summarise(paints),
        listRoundTrip: summarise(trips),
        domNodes,
        domRows,
        search:
          typeof keys === 'string'
            ? { available: false, reason: keys }
            : {
                available: true,
                keystrokes: keys.length,
                processing: summarise(keys.map((k) => k.processing)),
                nextPaint: summarise(keys.map((k) => k.nextPaint)),
                resultsPainted: summarise(keys.map((k) => k.resultsPainted))
              }
      }
    } finally {
      await app.close()
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true })
  }
}

export { closeBrowser }
