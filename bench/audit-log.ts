/**
 * The audit log's filters at its largest (issue 15): five rotated files and the current one, each
 * about 10 MB (the cap), read by audit.list's code (AuditLog.page) with and without a filter.
 * Run: `BENCH_ENTRY=bench/audit-log.ts npm run bench` (`AUDIT_BENCH_MB=<per file>` for smaller
 * files). Prints figures; nothing here fails a build. See docs/audit-log.md.
 */
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AuditLog } from '../src/main/audit/audit-log'
import { AUDIT_ACTIONS, type AuditEntry } from '../src/shared/audit'

const FILE_BYTES = Number(process.env.AUDIT_BENCH_MB ?? 10) * 1024 * 1024
const CHANNELS = Array.from({ length: 1000 }, (_, i) => ({
  id: randomUUID(),
  name: i % 3 ? `Shop ${i}` : `商城 ${i}`
}))

/** One file's worth of JSON lines, a minute apart from `start`. */
function fileText(start: number): { text: string; count: number } {
  const lines: string[] = []
  let bytes = 0
  let n = 0
  while (bytes < FILE_BYTES) {
    const channel = CHANNELS[(start + n) % CHANNELS.length]
    const entry: AuditEntry = {
      at: new Date(Date.UTC(2024, 0, 1) + (start + n) * 60_000).toISOString(),
      user: n % 7 ? 'alice' : 'bob',
      action: AUDIT_ACTIONS[(start + n) % 6],
      channelId: channel.id,
      channelName: channel.name
    }
    const line = JSON.stringify(entry)
    lines.push(line)
    bytes += line.length + 1
    n++
  }
  return { text: `${lines.join('\n')}\n`, count: n }
}

async function timed<T>(label: string, run: () => Promise<T>, describe: (value: T) => string) {
  const t0 = performance.now()
  const value = await run()
  const ms = performance.now() - t0
  console.log(`  ${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms   ${describe(value)}`)
  return value
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'cam-bench-audit-'))
  try {
    let start = 0
    for (const name of [1, 2, 3, 4, 5].map(
      (seq) => `audit-${String(seq).padStart(6, '0')}.jsonl`
    )) {
      const { text, count } = fileText(start)
      await writeFile(join(dir, name), text)
      start += count
    }
    const current = fileText(start)
    await writeFile(join(dir, 'audit.jsonl'), current.text)
    const total = start + current.count
    console.log(
      `Audit log: 6 files of ${(FILE_BYTES / 1024 / 1024).toFixed(0)} MB, ${total.toLocaleString('en-US')} entries`
    )
    const log = new AuditLog({ dataDir: dir, user: 'bench' })
    const page = (value: Awaited<ReturnType<AuditLog['page']>>) =>
      `${value.entries.length} of ${value.total.toLocaleString('en-US')}`
    await timed(
      'first page, no filter (cold: every file read once)',
      () => log.page({ limit: 100 }),
      page
    )
    await timed('first page, no filter (again)', () => log.page({ limit: 100 }), page)
    const search = { search: '商城 bob', limit: 100 }
    const first = await timed(
      'search "商城 bob", first page (cold: every file scanned)',
      () => log.page(search),
      page
    )
    await timed('search "商城 bob", first page (again: counts kept)', () => log.page(search), page)
    await timed(
      'search "商城 bob", next page',
      () => log.page({ ...search, before: first.next }),
      page
    )
    const channel = { channelId: CHANNELS[42].id, limit: 1000 }
    await timed('one channel (a details history), cold', () => log.page(channel), page)
    await timed('one channel, again', () => log.page(channel), page)
    const range = {
      actions: ['reveal' as const, 'copy' as const],
      from: new Date(Date.UTC(2024, 0, 1) + total * 30_000).toISOString(),
      limit: 100
    }
    await timed('View + Copy in the newer half, cold', () => log.page(range), page)
    await timed(
      'every match of one channel (what an export reads)',
      () => log.matching({ channelId: CHANNELS[7].id }),
      (e) => `${e.length} entries`
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
