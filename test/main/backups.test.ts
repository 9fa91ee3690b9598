import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  BackupStore,
  backupName,
  parseBackupName,
  type BackupStoreOptions
} from '../../src/main/recovery/backups'
import { ChannelStore } from '../../src/main/store/channel-store'
import { BACKUP_ID_PATTERN } from '../../src/shared/ipc/contract'
import { formatKey } from '../../src/shared/keys'
import { recordingLogger } from '../support/fakes'
import { makeRecord } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'
import { CURRENT_SCHEMA_VERSION } from '../../src/main/store/store-file'

const tempDir = useTempDirs()

/** A clock that moves only when told. */
function manualClock(start = '2024-05-01T08:00:00.000Z') {
  let at = Date.parse(start)
  return {
    now: () => new Date(at),
    advance: (ms: number) => void (at += ms),
    set: (iso: string) => void (at = Date.parse(iso))
  }
}

async function openWithBackups(dataDir: string, options: Partial<BackupStoreOptions> = {}) {
  const log = recordingLogger()
  const backups = new BackupStore({ dataDir, log, ...options })
  const store = new ChannelStore({ dataDir, backups, log })
  await store.open()
  return { store, backups, log }
}

const backupFiles = async (dataDir: string): Promise<string[]> =>
  (await readdir(join(dataDir, 'backups')).catch(() => [] as string[])).sort()

describe('backup names', () => {
  it('round-trip and match the contract pattern', () => {
    const name = backupName(42, new Date('2024-05-01T08:09:10.011Z'))
    expect(name).toBe('channels-000042-20240501T080910011Z.json')
    expect(BACKUP_ID_PATTERN.test(name)).toBe(true)
    expect(parseBackupName(name)).toEqual({
      id: name,
      seq: 42,
      createdAt: '2024-05-01T08:09:10.011Z'
    })
  })

  it.each([
    'channels.json',
    '../channels-000001-20240501T080910011Z.json',
    'channels-000001-20240501T080910011Z.json.tmp',
    '.channels-000001-20240501T080910011Z.json.0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6.tmp',
    'channels-1-20240501T080910011Z.json'
  ])('ignores %s', (name) => {
    expect(parseBackupName(name)).toBeUndefined()
  })
})

describe('rolling backups', () => {
  it('a missing data file takes no backup', async () => {
    const dir = await tempDir()
    await openWithBackups(dir)
    expect(await backupFiles(dir)).toEqual([])
  })

  it('keeps the exact bytes of a good file, once per distinct content', async () => {
    const dir = await tempDir()
    const clock = manualClock()
    const first = await openWithBackups(dir, { now: clock.now })
    await first.store.update((d) => d.channels.push(makeRecord()))
    const bytes = await readFile(join(dir, 'channels.json'), 'utf8')

    clock.advance(1000)
    await openWithBackups(dir, { now: clock.now })
    clock.advance(1000)
    await openWithBackups(dir, { now: clock.now })
    const files = await backupFiles(dir)
    expect(files).toEqual(['channels-000001-20240501T080000000Z.json'])
    expect(await readFile(join(dir, 'backups', files[0]), 'utf8')).toBe(bytes)
  })

  it('keeps the newest N distinct versions, newest first in list()', async () => {
    const dir = await tempDir()
    const clock = manualClock()
    for (let i = 0; i < 8; i++) {
      const { store } = await openWithBackups(dir, { now: clock.now, keep: 3 })
      await store.update((d) => d.channels.push(makeRecord()))
      clock.advance(60_000)
    }
    await openWithBackups(dir, { now: clock.now, keep: 3 })
    const { backups } = await openWithBackups(dir, { now: clock.now, keep: 3 })
    const list = await backups.list()
    expect(list.map((b) => b.channelCount)).toEqual([8, 7, 6])
    expect(list.map((b) => parseBackupName(b.id)?.seq)).toEqual([8, 7, 6])
    expect(list[0]).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2024-05-01T08:08:00.000Z'
    })
    expect(list[0].bytes).toBe((await readFile(join(dir, 'channels.json'))).length)
    expect(await backupFiles(dir)).toHaveLength(3)
  })

  it('orders by sequence, so a clock set back never prunes the newest backup', async () => {
    const dir = await tempDir()
    const clock = manualClock('2030-01-01T00:00:00.000Z')
    const { store } = await openWithBackups(dir, { now: clock.now, keep: 2 })
    await store.update((d) => d.channels.push(makeRecord()))
    await openWithBackups(dir, { now: clock.now, keep: 2 })
    clock.set('2020-01-01T00:00:00.000Z')
    const again = await openWithBackups(dir, { now: clock.now, keep: 2 })
    await again.store.update((d) => d.channels.push(makeRecord()))
    const { backups } = await openWithBackups(dir, { now: clock.now, keep: 2 })
    expect((await backups.list()).map((b) => [b.channelCount, b.createdAt])).toEqual([
      [2, '2020-01-01T00:00:00.000Z'],
      [1, '2030-01-01T00:00:00.000Z']
    ])
  })

  it('during a session, a write takes a backup once the newest is older than the interval', async () => {
    const dir = await tempDir()
    const clock = manualClock()
    const { store } = await openWithBackups(dir, { now: clock.now, intervalMs: 10_000 })
    await store.update((d) => d.channels.push(makeRecord()))
    expect(await backupFiles(dir)).toHaveLength(1)
    clock.advance(5_000)
    await store.update((d) => d.channels.push(makeRecord()))
    expect(await backupFiles(dir)).toHaveLength(1)
    clock.advance(5_000)
    await store.update((d) => d.channels.push(makeRecord()))
    expect(await backupFiles(dir)).toHaveLength(2)
    expect(
      JSON.parse(await readFile(join(dir, 'backups', (await backupFiles(dir))[1]), 'utf8')).channels
    ).toHaveLength(3)
  })

  it('never keeps a secret: a hand-edited file holding one does not load and is not backed up', async () => {
    const dir = await tempDir()
    const secret = formatKey('accessKeySecret', 'Q'.repeat(32))
    await writeFile(
      join(dir, 'channels.json'),
      JSON.stringify({ schemaVersion: 1, channels: [makeRecord({ name: secret })] })
    )
    // Caught at load (SPEC §4), so it can no longer make every later write fail.
    await expect(openWithBackups(dir)).rejects.toMatchObject({
      kind: 'invalid',
      detail: { code: 'store.holdsSecret' }
    })
    expect(await backupFiles(dir)).toEqual([])
  })

  it('a backup that cannot be written never fails the change', async () => {
    const dir = await tempDir()
    // A file where the backups folder should be: mkdir fails.
    await writeFile(join(dir, 'backups'), 'in the way')
    const { store, log } = await openWithBackups(dir, { intervalMs: 0 })
    await store.update((d) => d.channels.push(makeRecord()))
    expect(store.list()).toHaveLength(1)
    expect((await openWithBackups(dir)).store.list()).toHaveLength(1)
    expect(log.lines.join('\n')).toContain('Could not update the backups')
  })

  it('list() and read() skip damaged backups and refuse names that are not backups', async () => {
    const dir = await tempDir()
    const { store } = await openWithBackups(dir)
    await store.update((d) => d.channels.push(makeRecord()))
    const { backups } = await openWithBackups(dir)
    const [good] = await backups.list()
    const broken = backupName(99, new Date('2024-06-01T00:00:00.000Z'))
    await writeFile(join(dir, 'backups', broken), '{"schemaVersion":1,"chan')
    await mkdir(join(dir, 'backups', backupName(98, new Date())))
    expect((await backups.list()).map((b) => b.id)).toEqual([good.id])
    await expect(backups.read(broken)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(backups.read('../channels.json')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await backups.read(good.id)).toBe(await readFile(join(dir, 'channels.json'), 'utf8'))
  })

  it('removes temp files a killed backup write left behind', async () => {
    const dir = await tempDir()
    const { store } = await openWithBackups(dir)
    await store.update((d) => d.channels.push(makeRecord()))
    await mkdir(join(dir, 'backups'), { recursive: true })
    const stale = `.${backupName(7, new Date())}.0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6.tmp`
    await writeFile(join(dir, 'backups', stale), 'half a backup')
    await openWithBackups(dir)
    expect(await backupFiles(dir)).not.toContain(stale)
    expect(await backupFiles(dir)).toHaveLength(1)
  })
})
