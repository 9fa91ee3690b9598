/**
 * `npm run bench`: how the app's cost grows from 1,000 to 100,000 channels. Prints a table and
 * writes bench/results/latest.json (medians, p95, ratios to baselines measured in the same
 * run). Not part of the test run: nothing here fails a build. See docs/performance.md.
 *
 * Options: --sizes 1000,10000,50000,100000  --quick (fewer runs)  --no-renderer
 *          --binding-max <n> (largest size whose first paint is also measured through the
 *          harness's DevTools-protocol transport; default 50000)  --dir <temp base>
 *          --out <json path>  (--memory-probe <n> is the child process of the memory figure)
 *          --no-leaks  --leak-files 10000 --leak-mb 200 (the leak check's generated tree)
 */
import { cpus, loadavg, tmpdir } from 'node:os'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { format } from 'prettier'
import { hasGc } from './lib/measure'
import { checkTargets, formatTable, type SizeResults } from './lib/report'
import { benchLeaks, formatLeaks, type LeakResults } from './suites/leaks'
import { benchBackup } from './suites/backup'
import { MAX_BACKUP_CHANNELS } from '../src/shared/backup'
import { benchMainProcess, type RunCounts } from './suites/main-process'
import { benchMemory, memoryProbe } from './suites/memory'
import { benchRenderer, closeBrowser, rendererUnavailable } from './suites/renderer'

// Two folders up: this runs as the bundle bench/out/run.mjs.
const ROOT = resolve(import.meta.dirname, '../..')

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000,100000' },
    'binding-max': { type: 'string', default: '50000' },
    quick: { type: 'boolean', default: false },
    'no-renderer': { type: 'boolean', default: false },
    dir: { type: 'string', default: tmpdir() },
    out: { type: 'string', default: resolve(ROOT, 'bench/results/latest.json') },
    'memory-probe': { type: 'string' },
    'no-leaks': { type: 'boolean', default: false },
    'leak-files': { type: 'string', default: '10000' },
    'leak-mb': { type: 'string', default: '200' }
  }
})

/** Samples per size: more for the small sizes, where a sample is cheap and noise is larger. */
function runsFor(
  count: number,
  quick: boolean
): RunCounts & { reloads: number; creates: number; backup: number } {
  const scale = quick ? 0.34 : 1
  const n = (value: number): number => Math.max(3, Math.round(value * scale))
  if (count <= 2_000) {
    return { load: n(15), write: n(25), ipc: n(9), reloads: n(5), creates: n(9), backup: n(7) }
  }
  if (count <= 20_000) {
    return { load: n(11), write: n(19), ipc: n(7), reloads: n(5), creates: n(9), backup: n(5) }
  }
  return { load: n(7), write: n(11), ipc: n(5), reloads: 3, creates: n(7), backup: 3 }
}

async function main(): Promise<void> {
  if (values['memory-probe']) {
    await memoryProbe(values.dir, Number(values['memory-probe']))
    return
  }
  if (!hasGc)
    console.warn('Run through `npm run bench` (node --expose-gc): samples include GC pauses.')
  const sizes = values.sizes
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => n > 0)
  const started = Date.now()
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100)
  }
  console.log(
    `Benchmark: ${sizes.join(', ')} channels; Node ${environment.node}, ${environment.cpus} CPUs (${environment.cpuModel}), load ${environment.loadAverageAtStart.join(' ')}`
  )
  const skipRenderer = values['no-renderer'] ? 'n/a (--no-renderer)' : rendererUnavailable()
  if (skipRenderer) console.log(`Renderer: ${skipRenderer}`)

  const results: SizeResults[] = []
  try {
    for (const count of sizes) {
      const runs = runsFor(count, values.quick)
      const t0 = Date.now()
      process.stdout.write(`  ${count.toLocaleString('en-US')} channels: main process…`)
      const main = await benchMainProcess(values.dir, count, runs)
      process.stdout.write(' memory…')
      const memory = await benchMemory(values.dir, count).catch((error: unknown) => ({
        error: String(error)
      }))
      process.stdout.write(' renderer…')
      const renderer = skipRenderer
        ? ({ available: false, reason: skipRenderer } as const)
        : await benchRenderer(values.dir, count, {
            reloads: runs.reloads,
            creates: runs.creates,
            bindingMax: Number(values['binding-max'])
          })
      process.stdout.write(' backup…')
      const backup =
        count > MAX_BACKUP_CHANNELS
          ? {
              available: false as const,
              reason: `a backup holds at most ${MAX_BACKUP_CHANNELS.toLocaleString('en-US')} channels`
            }
          : await benchBackup(values.dir, count, runs.backup).catch((error: unknown) => ({
              available: false as const,
              reason: String(error)
            }))
      console.log(` ${((Date.now() - t0) / 1000).toFixed(1)} s`)
      results.push({ channels: count, main, memory, renderer, backup })
    }
  } finally {
    await closeBrowser()
  }

  let leaks: LeakResults | undefined
  if (!values['no-leaks']) {
    process.stdout.write('  leak check…')
    const t0 = Date.now()
    leaks = await benchLeaks(values.dir, values.quick ? 3 : 5, {
      files: Number(values['leak-files']),
      bytes: Number(values['leak-mb']) * 1024 * 1024
    })
    console.log(` ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }

  const targets = checkTargets(results)
  console.log(`\n${formatTable(results, targets)}`)
  if (leaks) console.log(`\n${formatLeaks(leaks)}`)
  const report = {
    recordedAt: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    environment,
    method:
      'Medians and nearest-rank p95 of several samples per size, a full GC before each sample; every ratio divides by a baseline measured in the same run (ofMedians: median ÷ median; pairedMedian: median of per-sample ratios). Times in ms. Create uses a MemoryVault (the keychain is not measured) and the real store, audit log and disk. See docs/performance.md.',
    sizes: results,
    ...(leaks ? { leaks } : {}),
    targets
  }
  await mkdir(dirname(values.out), { recursive: true })
  // Formatted like the rest of the repository, so `prettier --check .` stays quiet.
  await writeFile(values.out, await format(JSON.stringify(report), { parser: 'json' }))
  console.log(`\nWrote ${values.out} (${report.durationSeconds} s).`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
