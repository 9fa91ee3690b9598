/**
 * `channels.changed` (issue 16): main pushes what each committed change did, numbered after
 * the snapshot the page took. That the page's copy then stays equal to a new snapshot is
 * test/renderer/list-revisions.test.ts.
 */
import { serialize } from 'node:v8'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ChannelSnapshot, ChannelsChanged } from '../../src/shared/ipc/contract'
import type { EmitEvent } from '../../src/main/deps'
import { encodeStoreData } from '../../src/main/store/json-store-adapter'
import { startApp, valueOf, type AppHarness } from '../support/app-harness'
import { makeInput, makeRecord } from '../support/fixtures'
import { MemoryVault } from '../support/memory-vault'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

/** Every `channels.changed` main pushes, as the page would receive it (a structured clone). */
function heard(): { events: ChannelsChanged[]; emit: EmitEvent } {
  const events: ChannelsChanged[] = []
  const emit: EmitEvent = (event, payload) => {
    if (event === 'channels.changed') events.push(structuredClone(payload as ChannelsChanged))
  }
  return { events, emit }
}

async function started(options: { vault?: MemoryVault; dir?: string } = {}) {
  const { events, emit } = heard()
  const h = await startApp(options.dir ?? (await tempDir()), { vault: options.vault, emit })
  return { h, events }
}

const snapshot = async (h: AppHarness): Promise<ChannelSnapshot> =>
  valueOf(await h.call('channels.snapshot', {}))

describe('channels.changed', () => {
  it('each committed change pushes one event with what it changed, numbered after the snapshot', async () => {
    const { h, events } = await started()
    expect(await snapshot(h)).toEqual({ revision: 0, total: 0, channels: [] })

    const created = valueOf(await h.call('channels.create', makeInput({ name: 'Shop app' })))
    expect(events).toEqual([{ revision: 1, upserted: [created], removed: [] }])
    expect(await snapshot(h)).toEqual({ revision: 1, total: 1, channels: [created] })

    const edited = valueOf(
      await h.call('channels.update', { ...makeInput({ name: 'Shop app 2' }), id: created.id })
    )
    const rotated = valueOf(await h.call('channels.rotateSecret', { id: created.id }))
    valueOf(await h.call('channels.remove', { id: created.id }))

    expect(events.slice(1)).toEqual([
      { revision: 2, upserted: [edited], removed: [] },
      { revision: 3, upserted: [rotated], removed: [] },
      { revision: 4, upserted: [], removed: [created.id] }
    ])
    expect(await snapshot(h)).toEqual({ revision: 4, total: 0, channels: [] })
    await h.app.dispose()
  })

  it('pushes nothing for a change that was refused or not saved', async () => {
    const { h, events } = await started()
    const created = valueOf(await h.call('channels.create', makeInput({ name: 'Shop app' })))
    events.length = 0

    expect(await h.call('channels.create', makeInput({ name: 'SHOP APP' }))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    h.file.failWrites = true
    expect(await h.call('channels.create', makeInput({ name: 'Other' }))).toMatchObject({
      ok: false,
      error: { code: 'STORAGE' }
    })
    expect(
      await h.call('channels.update', { ...makeInput({ name: 'Renamed' }), id: created.id })
    ).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
    expect(await h.call('channels.remove', { id: created.id })).toMatchObject({ ok: false })
    h.file.failWrites = false

    expect(events).toEqual([])
    expect((await snapshot(h)).revision).toBe(1)
    await h.app.dispose()
  })

  it('pushes what is learnt about a secret once, and a reconcile only the statuses that changed', async () => {
    const vault = new MemoryVault()
    const dir = await tempDir()
    const first = await started({ vault, dir })
    const kept = valueOf(await first.h.call('channels.create', makeInput({ name: 'Kept' })))
    const lost = valueOf(await first.h.call('channels.create', makeInput({ name: 'Lost' })))
    vault.entries.delete(lost.id)
    first.events.length = 0

    expect(await first.h.call('channels.revealSecret', { id: lost.id })).toMatchObject({
      error: { code: 'SECRET_MISSING' }
    })
    expect(await first.h.call('channels.revealSecret', { id: lost.id })).toMatchObject({
      error: { code: 'SECRET_MISSING' }
    })
    expect(first.events).toEqual([
      { revision: 3, upserted: [{ ...lost, secretStatus: 'missing' }], removed: [] }
    ])
    // Nothing new to learn: no event.
    await first.h.app.service.reconcile()
    expect(first.events).toHaveLength(1)
    await first.h.app.dispose()

    // A new start knows nothing until its reconcile, which pushes every status it learnt.
    const second = await started({ vault, dir })
    expect(second.events).toEqual([
      {
        revision: 1,
        upserted: [],
        removed: [],
        secretStatus: { present: [kept.id], missing: [lost.id] }
      }
    ])
    expect((await snapshot(second.h)).channels.map((c) => c.secretStatus)).toEqual([
      'present',
      'missing'
    ])
    await second.h.app.dispose()
  })

  it('moves one view per change, not the list', async () => {
    const dir = await tempDir()
    const records = Array.from({ length: 2_000 }, (_, i) => makeRecord({ name: `Seed ${i}` }))
    await writeFile(
      join(dir, 'channels.json'),
      encodeStoreData({ schemaVersion: 2, channels: records })
    )
    const { h, events } = await started({ dir })
    events.length = 0
    const listBytes = serialize(await snapshot(h)).length

    const created = valueOf(await h.call('channels.create', makeInput({ name: 'One more' })))
    valueOf(await h.call('channels.remove', { id: records[7].id }))

    const viewBytes = serialize(created).length
    expect(serialize(events[0]).length).toBeLessThan(viewBytes + 100)
    expect(serialize(events[1]).length).toBeLessThan(100)
    expect(listBytes).toBeGreaterThan(1_000 * viewBytes)
    await h.app.dispose()
  })

  it('tells the page to take a new snapshot after a recovery action; revisions go on counting', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'channels.json'), '{ damaged')
    const { h, events } = await started({ dir })
    expect(await h.call('channels.snapshot', {})).toMatchObject({
      ok: false,
      error: { code: 'RECOVERY_REQUIRED' }
    })

    valueOf(await h.call('recovery.startEmpty', { confirm: true }))
    expect(events).toEqual([{ revision: 1, upserted: [], removed: [], reload: true }])
    expect(await snapshot(h)).toEqual({ revision: 1, total: 0, channels: [] })
    valueOf(await h.call('channels.create', makeInput()))
    expect(events.at(-1)?.revision).toBe(2)
    await h.app.dispose()
  })

  it('sends a snapshot in parts, newest first, all of the revision it began at', async () => {
    const { h } = await started()
    const names = ['A', 'B', 'C', 'D', 'E']
    for (const name of names) valueOf(await h.call('channels.create', makeInput({ name })))
    const part = async (request: { revision?: number; skip?: number; limit?: number }) => {
      const { revision, total, channels } = valueOf(await h.call('channels.snapshot', request))
      return { revision, total, names: channels.map((c) => c.name) }
    }

    expect(await part({ limit: 2 })).toEqual({ revision: 5, total: 5, names: ['D', 'E'] })
    // Changes after the first part do not show in the later parts of the same revision…
    const [a] = await h.app.service.list()
    valueOf(await h.call('channels.create', makeInput({ name: 'F' })))
    expect(await part({ revision: 5, skip: 2, limit: 2 })).toEqual({
      revision: 5,
      total: 5,
      names: ['B', 'C']
    })
    const again = await part({ limit: 2 })
    expect(again).toEqual({ revision: 6, total: 6, names: ['E', 'F'] })
    valueOf(await h.call('channels.remove', { id: a.id }))
    expect(await part({ revision: 6, skip: 4, limit: 10 })).toEqual({
      revision: 6,
      total: 6,
      names: ['A', 'B']
    })
    // …and a revision main no longer keeps begins a new snapshot, which says so.
    expect(await part({ revision: 3, skip: 0, limit: 10 })).toEqual({
      revision: 7,
      total: 5,
      names: ['B', 'C', 'D', 'E', 'F']
    })
    await h.app.dispose()
  })
})
