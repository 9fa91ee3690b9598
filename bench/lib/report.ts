/** The benchmark's targets and its printed table. */
import type { BackupResults } from '../suites/backup'
import type { MainResults } from '../suites/main-process'
import type { MemoryResults } from '../suites/memory'
import type { RendererResults } from '../suites/renderer'

export interface SizeResults {
  readonly channels: number
  readonly main: MainResults
  readonly memory: MemoryResults | { readonly error: string }
  readonly renderer: RendererResults
  readonly backup: BackupResults
}

export interface TargetResult {
  readonly name: string
  readonly channels: number
  readonly limit: string
  readonly value: string
  /** null when it could not be measured here. */
  readonly met: boolean | null
  readonly note?: string
}

export const TARGET_SIZE = 10_000

/**
 * The targets, checked at 10,000 channels: issue 6's load and paint targets, and issue 11's
 * limit for the store (load and create each within 3× of its floor).
 */
export function checkTargets(results: readonly SizeResults[]): TargetResult[] {
  const at = results.find((r) => r.channels === TARGET_SIZE)
  if (!at) return []
  const { load, write } = at.main
  const targets: TargetResult[] = [
    {
      name: 'load ÷ JSON.parse',
      channels: TARGET_SIZE,
      limit: '≤ 3×',
      value: `${load.ratio.ofMedians}×`,
      met: load.ratio.ofMedians <= 3
    },
    {
      name: 'create ÷ raw durable write',
      channels: TARGET_SIZE,
      limit: '≤ 3×',
      value: `${write.ratio.ofMedians}×`,
      met: write.ratio.ofMedians <= 3
    }
  ]
  const ui = at.renderer
  if (!ui.available) {
    targets.push(
      {
        name: 'search keystroke → next paint p95',
        channels: TARGET_SIZE,
        limit: '≤ 16 ms',
        value: ui.reason,
        met: null
      },
      { name: 'DOM rows', channels: TARGET_SIZE, limit: '≤ 100', value: ui.reason, met: null }
    )
    return targets
  }
  targets.push(
    ui.search.available
      ? {
          name: 'search keystroke → next paint p95',
          channels: TARGET_SIZE,
          limit: '≤ 16 ms',
          value: `${ms(ui.search.nextPaint.p95)} ms`,
          met: ui.search.nextPaint.p95 <= 16,
          note: `handling p95 ${ms(ui.search.processing.p95)} ms; results painted p95 ${ms(ui.search.resultsPainted.p95)} ms`
        }
      : {
          name: 'search keystroke → next paint p95',
          channels: TARGET_SIZE,
          limit: '≤ 16 ms',
          value: ui.search.reason,
          met: null
        },
    {
      name: 'DOM rows',
      channels: TARGET_SIZE,
      limit: '≤ 100',
      value: String(ui.domRows),
      met: ui.domRows <= 100
    }
  )
  return targets
}

const ms = (value: number): string =>
  Number.isNaN(value)
    ? '–'
    : value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(2)
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`
const kb = (bytes: number): string =>
  bytes >= 1024 * 1024 ? mb(bytes) : `${(bytes / 1024).toFixed(0)} kB`
const medP95 = (s: { median: number; p95: number }): string => `${ms(s.median)} (${ms(s.p95)})`

/** The results as a fixed-width table: one column per size, medians with p95 in brackets. */
export function formatTable(
  results: readonly SizeResults[],
  targets: readonly TargetResult[]
): string {
  const rows: Array<[string, ...string[]]> = []
  const row = (label: string, cell: (r: SizeResults) => string): void => {
    rows.push([label, ...results.map(cell)])
  }
  const ui =
    (cell: (r: Extract<RendererResults, { available: true }>) => string) => (r: SizeResults) =>
      r.renderer.available ? cell(r.renderer) : 'n/a'
  type SearchFigures = Extract<
    Extract<RendererResults, { available: true }>['search'],
    { available: true }
  >
  const search = (cell: (s: SearchFigures) => string) => (r: SizeResults) =>
    !r.renderer.available
      ? 'n/a'
      : r.renderer.search.available
        ? cell(r.renderer.search)
        : 'n/a (no search box)'
  const mem = (cell: (m: MemoryResults) => string) => (r: SizeResults) =>
    'error' in r.memory ? 'error' : cell(r.memory)
  const ratio = (x: { ofMedians: number; pairedMedian: number }): string =>
    `${x.ofMedians}× (${x.pairedMedian}×)`

  row('Data file size', (r) => mb(r.main.fileBytes))
  row('Load: open the store, ms', (r) => medP95(r.main.load.subject))
  row('  baseline JSON.parse, ms', (r) => medP95(r.main.load.baseline))
  row('  ratio (paired) — target ≤ 3× at 10k', (r) => ratio(r.main.load.ratio))
  row('  of which decode (parse+validate), ms', (r) => ms(r.main.load.decodeOnly.median))
  row('Write: one create acknowledged, ms', (r) => medP95(r.main.write.subject))
  row('  baseline raw durable write, ms', (r) => medP95(r.main.write.baseline))
  row('  ratio (paired) — target ≤ 3× at 10k', (r) => ratio(r.main.write.ratio))
  row(
    '  store update alone / audit append, ms',
    (r) => `${ms(r.main.write.storeUpdateOnly.median)} / ${ms(r.main.write.auditAppend.median)}`
  )
  row('  first create after open (1 sample), ms', (r) => ms(r.main.write.firstAfterOpen))
  row(
    'IPC channels.list: JSON / clone size',
    (r) => `${kb(r.main.ipc.jsonBytes)} / ${kb(r.main.ipc.structuredCloneBytes)}`
  )
  row('  list() building the views, ms', (r) => medP95(r.main.ipc.list))
  row('  JSON.stringify, ms', (r) => medP95(r.main.ipc.jsonStringify))
  row(
    '  v8.serialize / deserialize, ms',
    (r) => `${ms(r.main.ipc.v8Serialize.median)} / ${ms(r.main.ipc.v8Deserialize.median)}`
  )
  row(
    'Memory per 1,000 channels: heap, MB',
    mem((m) => m.heapMbPer1k.toFixed(2))
  )
  row(
    '  outside the heap (Buffers), MB',
    mem((m) => m.externalMbPer1k.toFixed(2))
  )
  row(
    'Renderer: first list paint, ms',
    ui((u) => medP95(u.firstListPaint))
  )
  row(
    '  list round trip in the harness, ms',
    ui((u) => medP95(u.listRoundTrip))
  )
  row(
    '  DOM nodes / list rows (rows ≤ 100)',
    ui((u) => `${u.domNodes} / ${u.domRows}`)
  )
  row(
    '  keystroke handling, ms',
    search((s) => medP95(s.processing))
  )
  row(
    '  keystroke → next paint (≤ 16 ms p95)',
    search((s) => medP95(s.nextPaint))
  )
  row(
    '  keystroke → results painted, ms',
    search((s) => medP95(s.resultsPainted))
  )

  const backup =
    (cell: (b: Extract<BackupResults, { available: true }>) => string) => (r: SizeResults) =>
      r.backup.available ? cell(r.backup) : 'n/a'
  row(
    'Back Up… to a public key, ms',
    backup((b) => medP95(b.backupToKey))
  )
  row(
    '  with a passphrase (scrypt 2^18), ms',
    backup((b) => medP95(b.backupWithPassphrase))
  )
  row(
    '  backup file size',
    backup((b) => kb(b.fileBytes))
  )
  row(
    'Restore: open + check + preview, ms',
    backup((b) => medP95(b.open))
  )
  row(
    '  open with the passphrase, ms',
    backup((b) => medP95(b.openWithPassphrase))
  )
  row(
    '  apply on a new computer (MemoryVault), ms',
    backup((b) => medP95(b.apply))
  )
  row(
    '  preview over IPC (no secret)',
    backup((b) => kb(b.previewBytes))
  )
  row(
    '  one real keychain write, ms',
    backup((b) => (b.keychainWriteMs === null ? 'no keyring' : ms(b.keychainWriteMs)))
  )

  const header: [string, ...string[]] = [
    '',
    ...results.map((r) => `${r.channels.toLocaleString('en-US')} channels`)
  ]
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)))
  const line = (r: readonly string[]): string =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  const out = [line(header), '-'.repeat(widths.reduce((a, b) => a + b + 2, -2)), ...rows.map(line)]
  if (targets.length > 0) {
    out.push('', `Targets at ${TARGET_SIZE.toLocaleString('en-US')} channels:`)
    for (const t of targets) {
      const verdict = t.met === null ? 'NOT MEASURED' : t.met ? 'met' : 'MISSED'
      out.push(
        `  ${verdict.padEnd(12)} ${t.name} ${t.limit}: ${t.value}${t.note ? ` (${t.note})` : ''}`
      )
    }
  }
  return out.join('\n')
}
