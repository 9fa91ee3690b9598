/**
 * The audit log filtered in main (issue 15): over the current and the rotated files, newest first,
 * with the same cursors (stable while entries are appended and files rotate), `total` the entries
 * the filter keeps; and audit.export writing them as CSV through main's save dialog.
 */
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { auditCsv } from '../../src/main/audit/audit-export'
import { AuditLog, type AuditEvent } from '../../src/main/audit/audit-log'
import type { AuditFilter } from '../../src/shared/audit'
import { startApp, valueOf } from '../support/app-harness'
import { FileDialogs } from '../support/file-dialogs'
import { makeInput } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

const ACTIONS = ['edit', 'copy', 'reveal'] as const
const event = (n: number): AuditEvent => ({
  action: ACTIONS[n % 3],
  channelId: `id-${n % 4}`,
  channelName: n % 2 === 0 ? `Shop ${n}` : `商城 ${n}`
})

/** A clock that moves one minute an entry, from 2024-05-01T00:00Z. */
function minuteClock(): () => Date {
  let minute = 0
  return () => new Date(Date.UTC(2024, 4, 1, 0, minute++))
}

async function allPages(log: AuditLog, filter: AuditFilter, limit: number): Promise<string[]> {
  const names: string[] = []
  let before: string | undefined
  for (;;) {
    const page = await log.page({ ...filter, before, limit })
    names.push(...page.entries.map((e) => e.channelName))
    if (!page.next) return names
    before = page.next
  }
}

describe('a filtered audit log', () => {
  it('filters across rotated files newest first, and total counts the matches', async () => {
    const dir = await tempDir()
    const log = new AuditLog({ dataDir: dir, user: 'alice', maxBytes: 1000, now: minuteClock() })
    for (let n = 0; n < 60; n++) await log.record(event(n))
    expect((await readdir(dir)).filter((f) => /^audit-\d{6}\.jsonl$/.test(f)).length).toBe(5)
    const all = await log.matching()
    const expected = (keep: (name: string, i: number) => boolean) =>
      all.filter((e, i) => keep(e.channelName, i)).map((e) => e.channelName)

    const copies = { actions: ['copy' as const] }
    const copied = await allPages(log, copies, 3)
    expect(copied).toEqual(all.filter((e) => e.action === 'copy').map((e) => e.channelName))
    expect(copied.length).toBeGreaterThan(5)
    expect((await log.page({ ...copies, limit: 3 })).total).toBe(copied.length)

    const search = { search: '商城' }
    expect(await allPages(log, search, 4)).toEqual(expected((name) => name.startsWith('商城')))

    const channel = { channelId: 'id-2', actions: ['edit' as const, 'reveal' as const] }
    const ofChannel = await allPages(log, channel, 2)
    expect(ofChannel).toEqual(
      all.filter((e) => e.channelId === 'id-2' && e.action !== 'copy').map((e) => e.channelName)
    )

    // Read again, now from what the log kept of the rotated files: the same pages.
    expect(await allPages(log, channel, 2)).toEqual(ofChannel)
    expect(await allPages(log, copies, 4)).toEqual(copied)
    const fresh = new AuditLog({ dataDir: dir, user: 'alice', maxBytes: 1000 })
    expect(await allPages(fresh, channel, 5)).toEqual(ofChannel)

    // Minutes 50 (inclusive) to 55 (exclusive).
    const range = { from: '2024-05-01T00:50:00.000Z', to: '2024-05-01T08:55:00+08:00' }
    const page = await log.page({ ...range, limit: 100 })
    expect(page.entries.map((e) => e.at)).toEqual(
      [54, 53, 52, 51, 50].map((m) => `2024-05-01T00:${m}:00.000Z`)
    )
    expect(page.total).toBe(5)
    expect(page.next).toBeUndefined()

    const none = await log.page({ search: 'no such channel' })
    expect(none).toEqual({ entries: [], total: 0 })
  })

  it('a filtered cursor stays valid while entries are appended and files rotated', async () => {
    const dir = await tempDir()
    const log = new AuditLog({ dataDir: dir, user: 'alice', maxBytes: 1000, now: minuteClock() })
    for (let n = 0; n < 30; n++) await log.record(event(n))
    const filter = { actions: ['copy' as const] }
    const first = await log.page({ ...filter, limit: 3 })
    // Copies are n = 1, 4, 7, …, 28.
    expect(first.entries.map((e) => e.channelName)).toEqual(['Shop 28', '商城 25', 'Shop 22'])
    const totalBefore = first.total
    // Enough to rotate the file the cursor points into.
    for (let n = 30; n < 50; n++) await log.record(event(n))
    const second = await log.page({ ...filter, before: first.next, limit: 3 })
    expect(second.entries.map((e) => e.channelName)).toEqual(['商城 19', 'Shop 16', '商城 13'])
    expect(second.total).toBeGreaterThan(totalBefore)
  })

  it('audit.list takes the filter through the dispatcher; a channel history is one call', async () => {
    const h = await startApp(await tempDir())
    const shop = valueOf(await h.call('channels.create', makeInput({ name: 'Shop' })))
    const mall = valueOf(await h.call('channels.create', makeInput({ name: '商城' })))
    valueOf(await h.call('channels.copy', { id: shop.id, field: 'accessKeySecret' }))
    valueOf(await h.call('channels.revealSecret', { id: mall.id }))
    valueOf(await h.call('channels.revealSecret', { id: shop.id }))

    const history = valueOf(await h.call('audit.list', { channelId: shop.id }))
    expect(history.entries.map((e) => e.action)).toEqual(['reveal', 'copy', 'create'])
    expect(history.total).toBe(3)
    const reveals = valueOf(await h.call('audit.list', { actions: ['reveal'], limit: 1 }))
    expect(reveals.entries.map((e) => e.channelName)).toEqual(['Shop'])
    expect(reveals.total).toBe(2)
    const next = valueOf(
      await h.call('audit.list', { actions: ['reveal'], limit: 1, before: reveals.next })
    )
    expect(next.entries.map((e) => e.channelName)).toEqual(['商城'])
    expect(await h.call('audit.list', { from: 'today' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'audit.badDate' }
    })
    await h.app.dispose()
  })
})

describe('auditCsv', () => {
  it('neutralises every formula start, quotes what needs it, keeps Chinese', () => {
    const names = ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tTab', '\rCR', 'a,b "c"', '商城 (测试)']
    const text = auditCsv(
      names.map((channelName) => ({
        at: '2024-05-01T08:00:00.000Z',
        user: 'alice',
        action: 'edit',
        channelId: 'id',
        channelName
      }))
    )
    expect(text.startsWith('\ufeffTime (UTC),User,Action,')).toBe(true)
    expect(text.endsWith('\r\n')).toBe(true)
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data
    expect(rows.slice(1).map((r) => r[3])).toEqual([
      "'=1+1",
      "'+SUM(A1)",
      "'-2",
      "'@cmd",
      "'\tTab",
      "'\rCR",
      'a,b "c"',
      '商城 (测试)'
    ])
  })
})

describe('audit.export', () => {
  it('writes the matching entries as CSV (BOM, Chinese, no secret) and records the export', async () => {
    const dialogs = new FileDialogs()
    const h = await startApp(await tempDir(), { chooseFile: dialogs.choose })
    const shop = valueOf(await h.call('channels.create', makeInput({ name: '=HYPERLINK("x")' })))
    const mall = valueOf(await h.call('channels.create', makeInput({ name: '商城' })))
    valueOf(await h.call('channels.copy', { id: shop.id, field: 'accessKeySecret' }))
    const { secret } = valueOf(await h.call('channels.revealSecret', { id: mall.id }))

    const target = join(await tempDir(), 'audit.csv')
    dialogs.answer(target)
    const result = valueOf(await h.call('audit.export', { actions: ['create', 'reveal'] }))
    expect(result).toEqual({ saved: true, fileName: 'audit.csv', count: 3 })
    expect(dialogs.requests).toEqual([
      {
        kind: 'save',
        purpose: 'auditCsv',
        defaultName: expect.stringMatching(/^audit-log-\d{8}\.csv$/)
      }
    ])
    const bytes = await readFile(target)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text).not.toContain(secret)
    const rows = Papa.parse<string[]>(text.slice(1).trimEnd(), { newline: '\r\n' }).data
    expect(rows[0]).toEqual([
      'Time (UTC)',
      'User',
      'Action',
      'Channel Name',
      'Channel ID',
      'Field',
      'Detail',
      'Count',
      'Kind'
    ])
    expect(rows.slice(1).map((r) => [r[2], r[3]])).toEqual([
      ['reveal', '商城'],
      ['create', '商城'],
      // A formula is written as text.
      ['create', `'=HYPERLINK("x")`]
    ])

    // The export itself is recorded with its filter, never the words searched for.
    const [exported] = valueOf(await h.call('audit.list', { actions: ['export-audit'] })).entries
    expect(exported).toMatchObject({ action: 'export-audit', count: 3, kind: 'csv' })
    expect(exported.detail).toBe('actions create,reveal')
    dialogs.answer(join(await tempDir(), 'search.csv'))
    valueOf(await h.call('audit.export', { search: '商城' }))
    const [searched] = valueOf(await h.call('audit.list', { actions: ['export-audit'] })).entries
    expect(searched).toMatchObject({ detail: 'search', count: 2 })
    await h.app.dispose()
  })

  it('a cancelled dialog writes and records nothing; nothing matching is a coded CONFLICT', async () => {
    const dialogs = new FileDialogs()
    const h = await startApp(await tempDir(), { chooseFile: dialogs.choose })
    valueOf(await h.call('channels.create', makeInput({ name: 'Shop' })))
    expect(valueOf(await h.call('audit.export', {}))).toEqual({ saved: false })
    expect(valueOf(await h.call('audit.list', {})).total).toBe(1)
    expect(await h.call('audit.export', { search: 'nothing like it' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'audit.nothingToExport' }
    })
    expect(dialogs.requests).toHaveLength(1)
    await h.app.dispose()
  })
})
