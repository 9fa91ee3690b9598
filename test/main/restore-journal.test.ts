/**
 * A restore a crash interrupted (SPEC §9: all of the batch or none of it): the next start
 * finishes it when its records reached the data file, and undoes it otherwise — every
 * keychain entry as it was, no undo copy and no journal left. Each crash point is made by hand
 * here; test/reliability/restore-crash.test.ts kills a real restore at random.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ChannelRecord } from '../../src/shared/channel'
import { formatKey } from '../../src/shared/keys'
import { RestoreJournal, undoAccount } from '../../src/main/backup/restore-journal'
import type { RestoreBatch } from '../../src/main/backup/restore-plan'
import { encodeStoreData } from '../../src/main/store/json-store-adapter'
import { startApp } from '../support/app-harness'
import { makeRecord } from '../support/fixtures'
import { MemoryVault } from '../support/memory-vault'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const secret = (c: string): string => formatKey('accessKeySecret', c.repeat(32))

interface World {
  readonly dir: string
  readonly vault: MemoryVault
  readonly kept: ChannelRecord
  readonly replaced: ChannelRecord
  readonly filled: ChannelRecord
  readonly added: ChannelRecord
  readonly batch: RestoreBatch
  readonly before: Map<string, string>
}

/** A data file with three channels (one missing its secret) and a batch that changes them. */
async function world(): Promise<World> {
  const dir = await tempDir()
  const kept = makeRecord({ name: 'Kept' })
  const replaced = makeRecord({ name: 'Replaced' })
  const filled = makeRecord({ name: 'Filled' })
  const added = makeRecord({ name: 'Added' })
  await writeFile(
    join(dir, 'channels.json'),
    encodeStoreData({ schemaVersion: 2, channels: [kept, replaced, filled] })
  )
  const vault = new MemoryVault()
  vault.entries.set(kept.id, secret('K'))
  vault.entries.set(replaced.id, secret('R'))
  const batch: RestoreBatch = {
    writes: [
      { id: added.id, secret: secret('A'), previous: null },
      { id: replaced.id, secret: secret('B'), previous: secret('R') },
      { id: filled.id, secret: secret('F'), previous: null }
    ],
    records: [added, { ...replaced, name: 'Replaced (backup)' }],
    added: 1,
    replaced: 1,
    secretsFilled: 1,
    skipped: 0
  }
  return { dir, vault, kept, replaced, filled, added, batch, before: new Map(vault.entries) }
}

/** Everything a restore does before its store write, as a crash would leave it. */
async function applySecretsOnly(w: World): Promise<void> {
  await new RestoreJournal(w.dir, () => new Date()).begin(
    w.batch,
    new Set([w.kept.id, w.replaced.id, w.filled.id])
  )
  w.vault.entries.set(undoAccount(w.replaced.id), secret('R'))
  for (const write of w.batch.writes) w.vault.entries.set(write.id, write.secret)
}

const leftovers = (vault: MemoryVault): string[] =>
  [...vault.entries.keys()].filter((account) => account.startsWith('cam-restore-undo:'))

describe('an interrupted restore', () => {
  it('killed before its store write: undone at the next start, keychain exactly as before', async () => {
    const w = await world()
    await applySecretsOnly(w)

    const { app, call } = await startApp(w.dir, { vault: w.vault })
    expect(new Map(w.vault.entries)).toEqual(w.before)
    expect(leftovers(w.vault)).toEqual([])
    expect(await readdir(w.dir)).not.toContain('restore-journal.json')
    const list = await call('channels.list', undefined)
    expect(list.ok && list.value.map((c) => [c.name, c.secretStatus])).toEqual([
      ['Kept', 'present'],
      ['Replaced', 'present'],
      ['Filled', 'missing']
    ])
    await app.dispose()
  })

  it('killed after its store write: finished at the next start, the undo copies dropped', async () => {
    const w = await world()
    await applySecretsOnly(w)
    // The store write landed: the replaced record and the new one are in the file.
    await writeFile(
      join(w.dir, 'channels.json'),
      encodeStoreData({
        schemaVersion: 2,
        channels: [w.kept, w.batch.records[1], w.filled, w.added]
      })
    )

    const { app, call } = await startApp(w.dir, { vault: w.vault })
    expect(w.vault.entries.get(w.added.id)).toBe(secret('A'))
    expect(w.vault.entries.get(w.replaced.id)).toBe(secret('B'))
    expect(w.vault.entries.get(w.filled.id)).toBe(secret('F'))
    expect(leftovers(w.vault)).toEqual([])
    expect(await readdir(w.dir)).not.toContain('restore-journal.json')
    const list = await call('channels.list', undefined)
    expect(list.ok && list.value.every((c) => c.secretStatus === 'present')).toBe(true)
    await app.dispose()
  })

  it('killed while writing its undo copies: nothing was replaced, nothing is lost', async () => {
    const w = await world()
    await new RestoreJournal(w.dir, () => new Date()).begin(w.batch, new Set([w.kept.id]))
    const { app } = await startApp(w.dir, { vault: w.vault })
    expect(new Map(w.vault.entries)).toEqual(w.before)
    await app.dispose()
  })

  it('waits for the keychain: kept while it is locked, undone once it answers', async () => {
    const w = await world()
    await applySecretsOnly(w)
    const during = new Map(w.vault.entries)
    w.vault.fault = () => new Error('locked')
    const locked = await startApp(w.dir, { vault: w.vault })
    expect(new Map(w.vault.entries)).toEqual(during)
    expect(await readdir(w.dir)).toContain('restore-journal.json')
    await locked.app.dispose()

    w.vault.fault = undefined
    const unlocked = await startApp(w.dir, { vault: w.vault })
    expect(new Map(w.vault.entries)).toEqual(w.before)
    expect(await readdir(w.dir)).not.toContain('restore-journal.json')
    await unlocked.app.dispose()
  })
})
