import { appendFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AuditLog } from '../../src/main/audit/audit-log'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

function makeLog(dataDir: string): AuditLog {
  let t = Date.parse('2024-01-01T00:00:00.000Z')
  return new AuditLog({ dataDir, user: 'alice', now: () => new Date((t += 1000)) })
}

describe('AuditLog', () => {
  it('is empty before anything is recorded', async () => {
    expect(await makeLog(await tempDir()).list()).toEqual([])
  })

  it('appends JSON lines with who and when, and lists newest first', async () => {
    const dir = await tempDir()
    const log = makeLog(dir)
    await log.record({ action: 'create', channelId: 'c1', channelName: 'One' })
    await log.record({ action: 'copy', channelId: 'c1', channelName: 'One', field: 'accessKeyId' })
    await log.record({ action: 'remove', channelId: 'c1', channelName: 'One' })

    const lines = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(JSON.parse(lines[0])).toEqual({
      at: '2024-01-01T00:00:01.000Z',
      user: 'alice',
      action: 'create',
      channelId: 'c1',
      channelName: 'One'
    })
    const entries = await log.list()
    expect(entries.map((e) => e.action)).toEqual(['remove', 'copy', 'create'])
    expect(entries[1].field).toBe('accessKeyId')
    expect(await log.list(2)).toHaveLength(2)
  })

  it('keeps every entry when appends race, and a new instance reads them', async () => {
    const dir = await tempDir()
    const log = makeLog(dir)
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        log.record({ action: 'reveal', channelId: `c${i}`, channelName: 'x' })
      )
    )
    expect(await makeLog(dir).list()).toHaveLength(50)
  })

  it('skips a torn or foreign line instead of failing', async () => {
    const dir = await tempDir()
    const log = makeLog(dir)
    await log.record({ action: 'create', channelId: 'c1', channelName: 'One' })
    await appendFile(join(dir, 'audit.jsonl'), '{"at":"2024-01-01","user":"x","act')
    await appendFile(join(dir, 'audit.jsonl'), '\n{"hello":1}\n')
    await log.record({ action: 'edit', channelId: 'c1', channelName: 'One' })
    expect((await log.list()).map((e) => e.action)).toEqual(['edit', 'create'])
  })
  it('starts a new line after a torn last line, so the next entry survives', async () => {
    const dir = await tempDir()
    const log = makeLog(dir)
    await log.record({ action: 'create', channelId: 'c1', channelName: 'One' })
    await appendFile(join(dir, 'audit.jsonl'), '{"at":"2024-01-01","us')
    await log.record({ action: 'rotate', channelId: 'c1', channelName: 'One' })
    expect((await log.list()).map((e) => e.action)).toEqual(['rotate', 'create'])
  })
})
