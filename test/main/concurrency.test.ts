/**
 * 200 concurrent creates through the IPC dispatcher with colliding names (issue 5): exactly
 * the unique names succeed, the rest answer CONFLICT, and the data file and the keychain
 * agree afterwards. MemoryVault here; test/integration/concurrency-keytar.test.ts runs the
 * same load against the real keychain.
 */
import { describe, expect, it } from 'vitest'
import { nameKey } from '../../src/shared/channel'
import { startApp } from '../support/app-harness'
import { makeInput } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'
import { collidingNames } from '../support/load'

const tempDir = useTempDirs()

describe('200 concurrent creates with colliding names', () => {
  it('exactly the unique names win; the rest are CONFLICT; file and keychain agree', async () => {
    const names = collidingNames(200, 80)
    const h = await startApp(await tempDir())

    const results = await Promise.all(
      names.map((name) => h.call('channels.create', makeInput({ name })))
    )

    const won = results.filter((r) => r.ok)
    const lost = results.filter((r) => !r.ok)
    expect(won).toHaveLength(80)
    expect(lost).toHaveLength(120)
    expect(lost.every((r) => !r.ok && r.error.code === 'CONFLICT')).toBe(true)
    const stored = await h.fileIds()
    expect(stored).toHaveLength(80)
    expect(h.vaultIds()).toEqual(stored)
    const list = await h.app.service.list()
    expect(new Set(list.map((c) => nameKey(c.name))).size).toBe(80)
    expect(list.every((c) => c.secretStatus === 'present')).toBe(true)
    await h.app.dispose()
  })
})
