/**
 * The audit log, bounded and fail-closed (SPEC §3.7, issue 12): rotated at a size cap keeping
 * five files, read newest first in pages whose cursors survive appends and rotations; and a
 * reveal, a copy of the secret or a backup is refused when its entry cannot be written first.
 */
import { appendFile, mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/main/audit/audit-log'
import { startApp, valueOf } from '../support/app-harness'
import { FileDialogs } from '../support/file-dialogs'
import { makeInput } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

const event = (n: number) => ({
  action: 'edit' as const,
  channelId: `id-${n}`,
  channelName: `Channel ${n}`
})

async function allPages(log: AuditLog, limit: number): Promise<string[]> {
  const names: string[] = []
  let before: string | undefined
  for (;;) {
    const page = await log.page({ before, limit })
    names.push(...page.entries.map((e) => e.channelName))
    if (!page.next) return names
    before = page.next
  }
}

describe('a bounded, paged audit log', () => {
  it('rotates at the cap, keeps five rotated files, and pages newest first across them', async () => {
    const dir = await tempDir()
    // About 120 bytes an entry: a cap of 1,000 bytes rotates every 8 entries.
    const log = new AuditLog({ dataDir: dir, user: 'alice', maxBytes: 1000 })
    for (let n = 0; n < 100; n++) await log.record(event(n))
    const files = (await readdir(dir)).sort()
    expect(files.filter((f) => /^audit-\d{6}\.jsonl$/.test(f))).toHaveLength(5)
    expect(files).toContain('audit.jsonl')

    const page = await log.page({ limit: 10 })
    expect(page.entries.map((e) => e.channelName)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Channel ${99 - i}`)
    )
    expect(page.next).toBeDefined()
    const names = await allPages(log, 7)
    // Everything kept, newest first, each once: the current file and five rotated ones.
    expect(names).toHaveLength(page.total)
    expect(names[0]).toBe('Channel 99')
    const numbers = names.map((n) => Number(n.split(' ')[1]))
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
    expect(new Set(numbers).size).toBe(numbers.length)
    expect(page.total).toBeGreaterThan(40)
    expect(page.total).toBeLessThan(60)
  })

  it('a cursor stays valid while entries are appended and files rotated', async () => {
    const dir = await tempDir()
    const log = new AuditLog({ dataDir: dir, user: 'alice', maxBytes: 1000 })
    for (let n = 0; n < 20; n++) await log.record(event(n))
    const first = await log.page({ limit: 5 })
    expect(first.entries.map((e) => e.channelName)).toEqual([
      'Channel 19',
      'Channel 18',
      'Channel 17',
      'Channel 16',
      'Channel 15'
    ])
    for (let n = 20; n < 30; n++) await log.record(event(n))
    const second = await log.page({ before: first.next, limit: 5 })
    expect(second.entries.map((e) => e.channelName)).toEqual([
      'Channel 14',
      'Channel 13',
      'Channel 12',
      'Channel 11',
      'Channel 10'
    ])
  })

  it('reads the current file incrementally and skips a torn line', async () => {
    const dir = await tempDir()
    const log = new AuditLog({ dataDir: dir, user: 'alice' })
    await log.record(event(1))
    expect((await log.page()).total).toBe(1)
    await log.record(event(2))
    const { entries, total } = await log.page()
    expect(total).toBe(2)
    expect(entries.map((e) => e.channelId)).toEqual(['id-2', 'id-1'])
    // A crash mid-append leaves half a line; the next entry starts on a line of its own.
    await appendFile(join(dir, 'audit.jsonl'), '{"at":"2025-01-01T00:00:00.000Z","user":"al')
    expect((await log.page()).total).toBe(2)
    await log.record(event(3))
    const after = await log.page()
    expect(after.entries.map((e) => e.channelId)).toEqual(['id-3', 'id-2', 'id-1'])
    // The cursor past the oldest entry: an empty last page.
    expect(await log.page({ before: '1:0' })).toEqual({ entries: [], total: 3 })
  })

  it('audit.list pages through the dispatcher', async () => {
    const h = await startApp(await tempDir())
    for (const name of ['A', 'B', 'C'])
      valueOf(await h.call('channels.create', makeInput({ name })))
    const first = valueOf(await h.call('audit.list', { limit: 2 }))
    expect(first.entries.map((e) => e.channelName)).toEqual(['C', 'B'])
    expect(first.total).toBe(3)
    const second = valueOf(await h.call('audit.list', { before: first.next, limit: 2 }))
    expect(second).toEqual({ entries: [expect.objectContaining({ channelName: 'A' })], total: 3 })
    await h.app.dispose()
  })
})

describe('fail-closed', () => {
  it('refuses View, Copy of the secret and Back Up… when the entry cannot be written', async () => {
    const dialogs = new FileDialogs()
    const h = await startApp(await tempDir(), { chooseFile: dialogs.choose })
    const channel = valueOf(await h.call('channels.create', makeInput({ name: 'Shop' })))
    // The log's file cannot be opened for appending: a folder in its place.
    await rm(join(h.dataDir, 'audit.jsonl'))
    await mkdir(join(h.dataDir, 'audit.jsonl'))

    for (const call of [
      () => h.call('channels.revealSecret', { id: channel.id }),
      () => h.call('channels.copy', { id: channel.id, field: 'accessKeySecret' })
    ]) {
      expect(await call()).toMatchObject({
        ok: false,
        error: { code: 'STORAGE', message: 'audit.notWritten' }
      })
    }
    const target = join(await tempDir(), 'backup.age')
    dialogs.answer(target)
    expect(await h.call('backup.create', { protection: { kind: 'thisComputer' } })).toMatchObject({
      ok: false,
      error: { code: 'STORAGE', message: 'audit.notWritten' }
    })
    expect(await readdir(join(target, '..'))).toEqual([])
    // A public key is no secret: its Copy is not audited, so it still works.
    expect((await h.call('channels.copy', { id: channel.id, field: 'accessKeyId' })).ok).toBe(true)
    await h.app.dispose()
  })
})
