import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChannelStore, StoreLoadError, StoreWriteError } from '../../src/main/store/channel-store'
import { DurableTextFile, nodeFsOps } from '../../src/main/store/durable-file'
import { formatKey } from '../../src/shared/keys'
import { FaultyFile, recordingLogger } from '../support/fakes'
import { makeRecord } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../src/main/store/store-file'

const tempDir = useTempDirs()

async function openStore(dataDir: string): Promise<ChannelStore> {
  const store = new ChannelStore({ dataDir })
  await store.open()
  return store
}

/** Write `text` as the data file, try to open it and return the error and the bytes after. */
async function openBadFile(
  text: string
): Promise<{ error: unknown; before: Buffer; after: Buffer; files: string[] }> {
  const dir = await tempDir()
  const path = join(dir, 'channels.json')
  await writeFile(path, text)
  const before = await readFile(path)
  const store = new ChannelStore({ dataDir: dir })
  const error = await store.open().then(
    () => undefined,
    (e: unknown) => e
  )
  // Nothing may be written over the bad file, even when asked to.
  await store.update((d) => d.channels.push(makeRecord())).catch(() => undefined)
  return { error, before, after: await readFile(path), files: await readdir(dir) }
}

describe('ChannelStore', () => {
  it('starts empty when there is no file, without creating one', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    expect(store.list()).toEqual([])
    expect(await readdir(dir)).toEqual([])
  })

  it('round-trips records and a new instance on the same folder sees them', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const a = makeRecord({ appType: 'WEB', platforms: [], domains: ['https://a.example'] })
    const b = makeRecord({ appType: 'MINI_PROGRAM', platforms: ['WECHAT', 'ALIPAY'] })
    await store.update((d) => d.channels.push(a))
    await store.update((d) => d.channels.push(b))
    expect(store.list()).toEqual([a, b])
    expect(store.get(b.id)).toEqual(b)
    expect(store.get('nope')).toBeUndefined()

    const again = await openStore(dir)
    expect(again.list()).toEqual([a, b])
    const file = JSON.parse(await readFile(join(dir, 'channels.json'), 'utf8'))
    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(file.channels).toHaveLength(2)
  })

  it('returns the mutator result and hands out frozen records', async () => {
    const store = await openStore(await tempDir())
    const n = await store.update((d) => d.channels.push(makeRecord()))
    expect(n).toBe(1)
    expect(Object.isFrozen(store.list()[0])).toBe(true)
  })

  it('serialises concurrent updates so each sees the previous one', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await Promise.all(
      Array.from({ length: 20 }, () =>
        store.update((d) => {
          d.channels.push(makeRecord({ name: `n${d.channels.length}` }))
        })
      )
    )
    expect(store.list().map((c) => c.name)).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`))
    expect((await openStore(dir)).list()).toHaveLength(20)
  })

  it('a mutator that throws writes nothing', async () => {
    const dir = await tempDir()
    const file = new FaultyFile(new DurableTextFile(join(dir, 'channels.json')))
    const store = new ChannelStore({ dataDir: dir, file })
    await store.open()
    await expect(
      store.update((d) => {
        d.channels.push(makeRecord())
        throw new Error('no')
      })
    ).rejects.toThrow('no')
    expect(store.list()).toEqual([])
    expect(file.writes).toBe(0)
  })

  it('a failed write leaves memory and file unchanged, and later writes still work', async () => {
    const dir = await tempDir()
    const file = new FaultyFile(new DurableTextFile(join(dir, 'channels.json')))
    const store = new ChannelStore({ dataDir: dir, file })
    await store.open()
    const kept = makeRecord()
    await store.update((d) => d.channels.push(kept))
    const bytes = await readFile(join(dir, 'channels.json'))

    file.failWrites = true
    await expect(store.update((d) => d.channels.push(makeRecord()))).rejects.toBeInstanceOf(
      StoreWriteError
    )
    await expect(store.update((d) => void d.channels.splice(0, 1))).rejects.toBeInstanceOf(
      StoreWriteError
    )
    expect(store.list()).toEqual([kept])
    expect(await readFile(join(dir, 'channels.json'))).toEqual(bytes)

    file.failWrites = false
    await store.update((d) => d.channels.push(makeRecord()))
    expect(store.list()).toHaveLength(2)
  })

  it('refuses to store invalid data', async () => {
    const store = await openStore(await tempDir())
    await expect(
      store.update((d) =>
        d.channels.push({ ...makeRecord(), collectedByQuickTracking: false as true })
      )
    ).rejects.toThrow(/invalid data/)
    const record = makeRecord()
    await expect(store.update((d) => d.channels.push(record, record))).rejects.toThrow(
      /invalid data/
    )
    expect(store.list()).toEqual([])
  })

  it('refuses to write anything that is an AccessKeySecret', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    const secret = formatKey('accessKeySecret', 'S'.repeat(32))
    await expect(
      store.update((d) => d.channels.push(makeRecord({ name: secret })))
    ).rejects.toBeInstanceOf(StoreWriteError)
    expect(await readdir(dir)).toEqual([])
  })

  it.each([
    ['the name', (s: string) => ({ name: s })],
    ['the name, inside words', (s: string) => ({ name: `x ${s}.` })],
    ['a domain', (s: string) => ({ domains: [`https://${s}.example.com`] })],
    ['the appKey', (s: string) => ({ appKey: s })]
  ])('refuses an AccessKeySecret in %s, appended or in the middle', async (_label, place) => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.update((d) => void d.channels.push(makeRecord(), makeRecord()))
    const before = await readFile(join(dir, 'channels.json'))
    const bad = makeRecord(place(formatKey('accessKeySecret', 'S'.repeat(32))))
    await expect(store.update((d) => void d.channels.push(bad))).rejects.toBeInstanceOf(
      StoreWriteError
    )
    await expect(store.update((d) => void d.channels.splice(1, 0, bad))).rejects.toBeInstanceOf(
      StoreWriteError
    )
    expect(await readFile(join(dir, 'channels.json'))).toEqual(before)
    expect(store.list()).toHaveLength(2)
  })

  it('keeps a write whose folder fsync failed: memory follows the file that readers see', async () => {
    const dir = await tempDir()
    const log = recordingLogger()
    let failDirSync = false
    const file = new DurableTextFile(join(dir, 'channels.json'), {
      ...nodeFsOps,
      open: async (path, flags, mode) => {
        const handle = await nodeFsOps.open(path, flags, mode)
        if (failDirSync && path === dir) {
          handle.sync = () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' }))
        }
        return handle
      }
    })
    const store = new ChannelStore({ dataDir: dir, file, log })
    await store.open()
    failDirSync = true
    const record = makeRecord()
    await store.update((d) => d.channels.push(record))
    expect(store.list()).toEqual([record])
    expect((await openStore(dir)).list()).toEqual([record])
    expect(log.lines.join('\n')).toContain('could not be synced')
    // The next change builds on it instead of silently undoing it.
    await store.update((d) => d.channels.push(makeRecord()))
    expect((await openStore(dir)).list()).toHaveLength(2)
  })

  it('reports the stale temp files it removed on open', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, '.channels.json.0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6.tmp'), '{')
    const store = new ChannelStore({ dataDir: dir })
    expect(await store.open()).toEqual({ staleTempFiles: 1 })
    expect(await readdir(dir)).toEqual([])
  })

  it('a folder where the data file should be is unreadable, and left as it is', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'channels.json'))
    const store = new ChannelStore({ dataDir: dir })
    await expect(store.open()).rejects.toMatchObject({ name: 'StoreLoadError', kind: 'unreadable' })
    expect(await readdir(join(dir, 'channels.json'))).toEqual([])
  })

  it('cannot be used before open()', () => {
    const store = new ChannelStore({ dataDir: '/nonexistent' })
    expect(() => store.list()).toThrow(/open/)
  })

  describe('a bad data file is reported and never touched', () => {
    const valid = (channels: unknown[], schemaVersion: unknown = 1): string =>
      JSON.stringify({ schemaVersion, channels })

    it.each([
      ['truncated JSON', valid([makeRecord()]).slice(0, 40), 'corrupt'],
      ['empty file', '', 'corrupt'],
      ['binary garbage', '\u0000\u0001\u0002', 'corrupt'],
      ['an array', '[]', 'invalid'],
      ['null', 'null', 'invalid'],
      ['a string', '"hello"', 'invalid'],
      ['no schemaVersion', JSON.stringify({ channels: [] }), 'invalid'],
      ['text schemaVersion', valid([], '1'), 'invalid'],
      ['fractional schemaVersion', valid([], 0.5), 'invalid'],
      ['channels of the wrong type', valid({} as never), 'invalid'],
      [
        'a record with a wrong field type',
        valid([{ ...makeRecord(), platforms: 'IOS' }]),
        'invalid'
      ],
      [
        'a record with an extra field',
        valid([{ ...makeRecord(), accessKeySecret: 'x' }]),
        'invalid'
      ],
      ['a record missing a field', valid([{ ...makeRecord(), appKey: undefined }]), 'invalid'],
      [
        'an extra top-level field',
        JSON.stringify({ schemaVersion: 1, channels: [], more: 1 }),
        'invalid'
      ],
      ['an old version with no migration', valid([], 0), 'invalid'],
      ['a future version', valid([], CURRENT_SCHEMA_VERSION + 1), 'future-version']
    ])('%s', async (_label, text, kind) => {
      const { error, before, after, files } = await openBadFile(text)
      expect(error).toBeInstanceOf(StoreLoadError)
      expect((error as StoreLoadError).kind).toBe(kind)
      expect((error as StoreLoadError).filePath).toMatch(/channels\.json$/)
      expect(after).toEqual(before)
      expect(files).toEqual(['channels.json'])
    })

    it('duplicate ids', async () => {
      const record = makeRecord()
      const { error, before, after } = await openBadFile(valid([record, record]))
      expect((error as StoreLoadError).kind).toBe('invalid')
      expect(after).toEqual(before)
    })
  })

  describe('migrations', () => {
    it('runs each migration from the file version up to the current one', async () => {
      const dir = await tempDir()
      const record = makeRecord()
      const { appKey: _appKey, ...legacy } = record
      await writeFile(
        join(dir, 'channels.json'),
        JSON.stringify({ schemaVersion: 0, items: [legacy] })
      )
      const store = new ChannelStore({
        dataDir: dir,
        migrations: {
          ...MIGRATIONS,
          0: (v0) => ({
            schemaVersion: 1,
            channels: (v0.items as object[]).map((c) => ({ ...c, appKey: record.appKey }))
          })
        }
      })
      await store.open()
      expect(store.list()).toEqual([record])
    })

    it('a migration that throws is an invalid file, left as it is', async () => {
      const dir = await tempDir()
      const path = join(dir, 'channels.json')
      await writeFile(path, JSON.stringify({ schemaVersion: 0 }))
      const store = new ChannelStore({
        dataDir: dir,
        migrations: {
          0: () => {
            throw new Error('bad')
          }
        }
      })
      await expect(store.open()).rejects.toMatchObject({ kind: 'invalid' })
      expect(await readFile(path, 'utf8')).toBe(JSON.stringify({ schemaVersion: 0 }))
    })
  })
})
