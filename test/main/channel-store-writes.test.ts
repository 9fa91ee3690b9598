/**
 * The store validates only what a change touches (issue 6), so these check that nothing
 * invalid gets through that way: new records, replaced records, duplicates, and records
 * mutated in place; and that the file always holds exactly the store's state.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChannelStore } from '../../src/main/store/channel-store'
import { DurableTextFile } from '../../src/main/store/durable-file'
import { encodeStoreData } from '../../src/main/store/json-store-adapter'
import type { ChannelRecord } from '../../src/shared/channel'
import { FaultyFile } from '../support/fakes'
import { makeRecord } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const DATA = 'channels.json'

async function openStore(dataDir: string, file?: FaultyFile): Promise<ChannelStore> {
  const store = new ChannelStore({ dataDir, file })
  await store.open()
  return store
}

const fileText = (dir: string) => readFile(join(dir, DATA), 'utf8')

describe('ChannelStore: validating only what changed', () => {
  it('refuses an invalid new record, whether appended or put in place of another', async () => {
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.update((d) => void d.channels.push(makeRecord(), makeRecord()))
    const before = await fileText(dir)
    const invalid = [
      { ...makeRecord(), id: 'not-a-uuid' },
      { ...makeRecord(), createdAt: '2024-02-30T00:00:00Z' },
      { ...makeRecord(), collectedByQuickTracking: false },
      { ...makeRecord(), secret: 'x' },
      { ...makeRecord(), platforms: ['NOKIA'] },
      null
    ] as unknown as ChannelRecord[]
    for (const bad of invalid) {
      await expect(store.update((d) => void d.channels.push(bad))).rejects.toThrow(/invalid data/)
      await expect(
        store.update((d) => {
          d.channels[0] = bad
        })
      ).rejects.toThrow(/invalid data/)
      await expect(store.update((d) => void d.channels.unshift(bad))).rejects.toThrow(
        /invalid data/
      )
    }
    // A changed copy of a stored record keeps its id: it is checked all the same.
    for (const change of [{ createdAt: 'yesterday' }, { name: '' }, { appType: 'DESKTOP' }]) {
      await expect(
        store.update((d) => {
          d.channels[1] = { ...d.channels[1], ...change } as ChannelRecord
        })
      ).rejects.toThrow(/invalid data/)
    }
    await expect(
      store.update((d) => {
        ;(d as { channels: unknown }).channels = 'nope'
      })
    ).rejects.toThrow(/invalid data/)
    expect(await fileText(dir)).toBe(before)
    expect(store.list()).toHaveLength(2)
  })

  it('refuses a duplicate id: a committed record pushed again, or a copy of it anywhere', async () => {
    // The refusal says why in English: 'Two channels have the same id.'
    const dir = await tempDir()
    const store = await openStore(dir)
    await store.update((d) => void d.channels.push(makeRecord(), makeRecord()))
    const before = await fileText(dir)
    const [first] = store.list()
    await expect(store.update((d) => void d.channels.push(first))).rejects.toThrow(/same id/)
    await expect(
      store.update((d) => void d.channels.push({ ...first, name: 'Copy' }))
    ).rejects.toThrow(/same id/)
    await expect(
      store.update((d) => void d.channels.reverse().push({ ...first, name: 'Copy' }))
    ).rejects.toThrow(/same id/)
    const fresh = makeRecord()
    await expect(
      store.update((d) => void d.channels.push(fresh, { ...fresh, name: 'Twin' }))
    ).rejects.toThrow(/same id/)
    expect(await fileText(dir)).toBe(before)
  })

  it('stored records cannot be changed in place, lists included: a change must replace them', async () => {
    const store = await openStore(await tempDir())
    await store.update((d) => void d.channels.push(makeRecord({ platforms: ['IOS'] })))
    const [record] = store.list()
    expect(() => {
      ;(record as { name: string }).name = 'changed'
    }).toThrow(TypeError)
    expect(() => (record.platforms as string[]).push('ANDROID')).toThrow(TypeError)
    expect(() => (store.list() as ChannelRecord[]).pop()).toThrow(TypeError)
    // Records loaded from the file are frozen the same way.
    const again = await openStore(store.dataDir)
    expect(() => (again.list()[0].domains as string[]).push('https://x.example')).toThrow(TypeError)
  })

  it('keeps a copy of a new record: the caller cannot change what was stored', async () => {
    const store = await openStore(await tempDir())
    const mine = makeRecord({ platforms: ['IOS'] }) as {
      -readonly [K in keyof ChannelRecord]: ChannelRecord[K]
    }
    await store.update((d) => void d.channels.push(mine))
    mine.name = 'changed later'
    ;(mine.platforms as string[]).push('ANDROID')
    expect(store.list()[0].name).not.toBe('changed later')
    expect(store.list()[0].platforms).toEqual(['IOS'])
  })

  it('the file always equals the state, through random changes, failures and restarts', async () => {
    const dir = await tempDir()
    const faultyDir = await tempDir()
    const file = new FaultyFile(new DurableTextFile(join(faultyDir, DATA)))
    let store = await openStore(dir)
    let faulty = await openStore(faultyDir, file)
    const ops = fc.array(
      fc.oneof(
        fc.integer({ min: 1, max: 3 }).map((n) => ({ kind: 'create' as const, n })),
        fc.nat().map((at) => ({ kind: 'remove' as const, at })),
        fc.nat().map((at) => ({ kind: 'edit' as const, at })),
        fc.constant({ kind: 'restart' as const }),
        fc.constant({ kind: 'fail' as const })
      ),
      { minLength: 5, maxLength: 30 }
    )
    await fc.assert(
      fc.asyncProperty(ops, async (list) => {
        for (const op of list) {
          if (op.kind === 'restart') {
            store = await openStore(dir)
            continue
          }
          const before = store.list()
          const mutate = (d: { channels: ChannelRecord[] }): void => {
            const at =
              d.channels.length === 0
                ? 0
                : op.kind === 'create' || op.kind === 'fail'
                  ? 0
                  : op.at % d.channels.length
            if (op.kind === 'create' || op.kind === 'fail') {
              for (let i = 0; i < (op.kind === 'fail' ? 1 : op.n); i++)
                d.channels.push(makeRecord())
            } else if (op.kind === 'remove') d.channels.splice(at, 1)
            else if (d.channels.length > 0)
              d.channels[at] = { ...d.channels[at], name: `Edited ${op.at}` }
          }
          if (op.kind === 'fail') {
            file.failWrites = true
            await expect(faulty.update(mutate)).rejects.toThrow()
            file.failWrites = false
            continue
          }
          await store.update(mutate)
          await faulty.update(mutate)
          expect(store.list().length).toBeGreaterThanOrEqual(
            op.kind === 'create' ? before.length + 1 : before.length - 1
          )
          expect(await fileText(dir)).toBe(
            encodeStoreData({ schemaVersion: 2, channels: store.list() })
          )
          // The store whose writes sometimes fail holds exactly its own state too.
          expect(await file.read()).toBe(
            encodeStoreData({ schemaVersion: 2, channels: faulty.list() })
          )
        }
        expect((await openStore(dir)).list()).toEqual(store.list())
        faulty = await openStore(faultyDir, file)
      }),
      { numRuns: 15 }
    )
  })

  it('writes right after opening a large file are exact', async () => {
    const dir = await tempDir()
    const records = Array.from({ length: 2_000 }, (_, i) => makeRecord({ name: `Loaded ${i}` }))
    await writeFile(join(dir, DATA), encodeStoreData({ schemaVersion: 2, channels: records }))
    const store = await openStore(dir)
    await store.update((d) => void d.channels.splice(1, 1))
    await store.update((d) => void d.channels.push(makeRecord()))
    expect(await fileText(dir)).toBe(encodeStoreData({ schemaVersion: 2, channels: store.list() }))
    expect(store.list()).toHaveLength(2_000)
  })

  it('loads a file pretty-printed by an earlier version, and the next write uses the current format', async () => {
    const dir = await tempDir()
    const records = [makeRecord({ name: '北京' }), makeRecord()]
    const pretty = `${JSON.stringify({ schemaVersion: 1, channels: records }, null, 2)}\n`
    await writeFile(join(dir, DATA), pretty)
    const store = await openStore(dir)
    expect(store.list()).toEqual(records)
    expect(await fileText(dir)).toBe(pretty)
    await store.update(() => undefined)
    expect(await fileText(dir)).toBe(encodeStoreData({ schemaVersion: 2, channels: records }))
  })
})
