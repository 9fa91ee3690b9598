/**
 * Schema migrations: a tested path from every older format to the current one. Each format
 * from FIRST_SCHEMA_VERSION to CURRENT_SCHEMA_VERSION has a sample file in
 * test/fixtures/store/v<N>.json; every one must load through the real MIGRATIONS table,
 * validate, and keep every channel, and the next write must store the current format.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChannelStore } from '../../src/main/store/channel-store'
import {
  CURRENT_SCHEMA_VERSION,
  FIRST_SCHEMA_VERSION,
  MIGRATIONS,
  storeDataSchema
} from '../../src/main/store/store-file'
import { makeRecord } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const FIXTURES = resolve(import.meta.dirname, '../fixtures/store')
const VERSIONS = Array.from(
  { length: CURRENT_SCHEMA_VERSION - FIRST_SCHEMA_VERSION + 1 },
  (_, i) => FIRST_SCHEMA_VERSION + i
)

interface RawFile {
  schemaVersion: number
  channels: Array<{ id: string }>
}

describe('schema migrations', () => {
  it('the table upgrades exactly every older format, one step each', () => {
    const expected = VERSIONS.slice(0, -1).map(String)
    expect(Object.keys(MIGRATIONS).sort()).toEqual(expected.sort())
    expect(FIRST_SCHEMA_VERSION).toBeLessThanOrEqual(CURRENT_SCHEMA_VERSION)
  })

  describe.each(VERSIONS)('a format-%i file', (version) => {
    it('loads, validates and keeps every channel; the next write stores the current format', async () => {
      const fixture = join(FIXTURES, `v${version}.json`)
      const raw = JSON.parse(await readFile(fixture, 'utf8')) as RawFile
      expect(raw.schemaVersion).toBe(version)
      expect(raw.channels.length).toBeGreaterThan(0)
      const dir = await tempDir()
      await copyFile(fixture, join(dir, 'channels.json'))

      const store = new ChannelStore({ dataDir: dir })
      await store.open()

      expect(store.list().map((c) => c.id)).toEqual(raw.channels.map((c) => c.id))
      // Loading alone never rewrites the file: the original stays until the next change.
      expect(await readFile(join(dir, 'channels.json'), 'utf8')).toBe(
        await readFile(fixture, 'utf8')
      )
      await store.update(() => undefined)
      const written = JSON.parse(await readFile(join(dir, 'channels.json'), 'utf8')) as RawFile
      expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
      expect(storeDataSchema.safeParse(written).success).toBe(true)
      expect(written.channels.map((c) => c.id)).toEqual(raw.channels.map((c) => c.id))
    })
  })

  it('a format older than the first is refused and left untouched', async () => {
    const dir = await tempDir()
    const text = JSON.stringify({ schemaVersion: FIRST_SCHEMA_VERSION - 1, channels: [] })
    await writeFile(join(dir, 'channels.json'), text)
    await expect(new ChannelStore({ dataDir: dir }).open()).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/no upgrade from format/)
    })
    expect(await readFile(join(dir, 'channels.json'), 'utf8')).toBe(text)
  })

  it('a migration that would drop a channel is refused: the file stays, nothing is lost', async () => {
    const dir = await tempDir()
    const records = [makeRecord(), makeRecord()]
    const text = JSON.stringify({ schemaVersion: 0, channels: records })
    await writeFile(join(dir, 'channels.json'), text)
    const store = new ChannelStore({
      dataDir: dir,
      migrations: {
        ...MIGRATIONS,
        0: (v0) => ({ ...v0, schemaVersion: 1, channels: (v0.channels as unknown[]).slice(1) })
      }
    })
    await expect(store.open()).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/would change the number of channels \(2 → 1\)/)
    })
    expect(await readFile(join(dir, 'channels.json'), 'utf8')).toBe(text)
  })

  it('applies the migrations in order, each to the output of the previous one', async () => {
    const dir = await tempDir()
    const record = makeRecord()
    const { name, ...rest } = record
    await writeFile(
      join(dir, 'channels.json'),
      JSON.stringify({ schemaVersion: 0, channels: [{ ...rest, title: name }] })
    )
    const seen: number[] = []
    const store = new ChannelStore({
      dataDir: dir,
      migrations: {
        ...MIGRATIONS,
        0: (v0) => {
          seen.push(v0.schemaVersion as number)
          return {
            schemaVersion: 1,
            channels: (v0.channels as Array<Record<string, unknown>>).map(({ title, ...c }) => ({
              ...c,
              name: title
            }))
          }
        }
      }
    })
    await store.open()
    expect(seen).toEqual([0])
    expect(store.list()).toEqual([record])
  })

  it('format 1 → 2: every channel of an older file is enabled (disabledAt null); the rest is kept', async () => {
    const fixture = join(FIXTURES, 'v1.json')
    const raw = JSON.parse(await readFile(fixture, 'utf8')) as {
      channels: Array<Record<string, unknown>>
    }
    expect(raw.channels.every((c) => !('disabledAt' in c))).toBe(true)
    const dir = await tempDir()
    await copyFile(fixture, join(dir, 'channels.json'))
    const store = new ChannelStore({ dataDir: dir })
    await store.open()
    expect(store.list()).toEqual(raw.channels.map((c) => ({ ...c, disabledAt: null })))
  })

  it('a format-2 file keeps which channels are disabled', async () => {
    const fixture = join(FIXTURES, 'v2.json')
    const raw = JSON.parse(await readFile(fixture, 'utf8')) as {
      channels: Array<{ id: string; disabledAt: string | null }>
    }
    const dir = await tempDir()
    await copyFile(fixture, join(dir, 'channels.json'))
    const store = new ChannelStore({ dataDir: dir })
    await store.open()
    const disabled = store.list().filter((c) => c.disabledAt !== null)
    expect(disabled.map((c) => [c.id, c.disabledAt])).toEqual(
      raw.channels.filter((c) => c.disabledAt !== null).map((c) => [c.id, c.disabledAt])
    )
    expect(disabled).toHaveLength(1)
  })

  it('a format-2 channel without its disabledAt is refused (the field is required from 2 on)', async () => {
    const dir = await tempDir()
    const { disabledAt: _d, ...old } = makeRecord()
    await writeFile(
      join(dir, 'channels.json'),
      JSON.stringify({ schemaVersion: 2, channels: [old] })
    )
    await expect(new ChannelStore({ dataDir: dir }).open()).rejects.toMatchObject({
      kind: 'invalid'
    })
  })
})
