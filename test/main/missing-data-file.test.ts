/**
 * No silent fresh start (SPEC §4, issue 12): a data file deleted, emptied or moved away while
 * this app's secrets are in the keychain (or good backups exist) opens recovery, with the
 * keychain untouched; restoring brings everything back. A real first start writes an empty data
 * file at once, so a later loss is told apart from it. And the moved-file case: a data file
 * copied to a computer without its secrets shows them missing as soon as the check ends (the
 * page is told), and Enter secret… takes the right one and refuses a typo.
 */
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { IpcEvent } from '../../src/shared/ipc/contract'
import { formatKey } from '../../src/shared/keys'
import { startApp, valueOf } from '../support/app-harness'
import { makeInput } from '../support/fixtures'
import { MemoryVault } from '../support/memory-vault'
import { useTempDirs } from '../support/temp-dir'
import { CURRENT_SCHEMA_VERSION } from '../../src/main/store/store-file'

const tempDir = useTempDirs()

async function threeChannels() {
  const dir = await tempDir()
  const vault = new MemoryVault()
  const h = await startApp(dir, { vault })
  for (const name of ['Alpha', 'Beta', 'Gamma']) {
    valueOf(await h.call('channels.create', makeInput({ name })))
  }
  await h.app.dispose()
  return { dir, vault, secrets: new Map(vault.entries) }
}

describe('a missing data file', () => {
  it('a first start writes an empty data file, and is no recovery', async () => {
    const dir = await tempDir()
    const { app } = await startApp(dir)
    expect(app.recovery).toBeNull()
    expect(JSON.parse(await readFile(join(dir, 'channels.json'), 'utf8'))).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      channels: []
    })
    await app.dispose()
  })

  it.each([
    ['deleted', (path: string) => rm(path)],
    ['moved away', (path: string) => rename(path, `${path}.moved`)]
  ])(
    '%s with secrets in the keychain: recovery, keychain untouched, restore brings it back',
    async (_what, lose) => {
      const { dir, vault, secrets } = await threeChannels()
      await lose(join(dir, 'channels.json'))

      const h = await startApp(dir, { vault })
      expect(h.app.recovery).toMatchObject({
        problem: 'missing',
        detail: { code: 'store.missingWithSecrets', params: { count: 3 } },
        // The first write of the session kept a backup (one channel then).
        backups: [expect.objectContaining({ channelCount: 1 })]
      })
      expect(await h.call('channels.list', undefined)).toMatchObject({
        ok: false,
        error: { code: 'RECOVERY_REQUIRED' }
      })
      expect(new Map(vault.entries)).toEqual(secrets)
      // Nothing was written in its place.
      expect(await readdir(dir)).not.toContain('channels.json')

      // The rolling backup has one of the three; the others' secrets stay, listed.
      const restored = valueOf(await h.call('recovery.restoreBackup', {}))
      expect(restored).toMatchObject({ channelCount: 1 })
      expect(restored.damagedFile).toBeUndefined()
      expect((await h.app.reconciled)?.orphans).toHaveLength(2)
      expect(new Map(vault.entries)).toEqual(secrets)
      await h.app.dispose()
    }
  )

  it('an emptied file (0 bytes) is recovery too, and Start empty keeps every secret', async () => {
    const { dir, vault, secrets } = await threeChannels()
    await writeFile(join(dir, 'channels.json'), '')
    const h = await startApp(dir, { vault })
    expect(h.app.recovery?.problem).toBe('corrupt')
    valueOf(await h.call('recovery.startEmpty', { confirm: true }))
    expect(new Map(vault.entries)).toEqual(secrets)
    expect(valueOf(await h.call('channels.orphans', undefined)).ids).toHaveLength(3)
    await h.app.dispose()
  })

  it('with only good backups (the keychain forgot everything): recovery as well', async () => {
    const { dir } = await threeChannels()
    await rm(join(dir, 'channels.json'))
    const h = await startApp(dir, { vault: new MemoryVault() })
    expect(h.app.recovery).toMatchObject({
      problem: 'missing',
      detail: { code: 'store.missingWithBackups' }
    })
    await h.app.dispose()
  })

  it('a locked keychain and no backup: a fresh start (nothing says there was a file)', async () => {
    const dir = await tempDir()
    const vault = new MemoryVault()
    vault.fault = () => new Error('locked')
    const h = await startApp(dir, { vault })
    expect(h.app.recovery).toBeNull()
    await h.app.dispose()
  })
})

describe('the moved-file case', () => {
  it('shows every secret missing once the check ends, tells the page, and takes the right secret', async () => {
    const { dir } = await threeChannels()
    const elsewhere = await tempDir()
    await writeFile(join(elsewhere, 'channels.json'), await readFile(join(dir, 'channels.json')))
    const events: Array<[IpcEvent, unknown]> = []
    const h = await startApp(elsewhere, {
      vault: new MemoryVault(),
      emit: (event, payload) => void events.push([event, payload])
    })
    const list = valueOf(await h.call('channels.list', undefined))
    // The rows learn it from one change event; the banner from the counts.
    expect(events).toEqual([
      [
        'channels.changed',
        { revision: 1, upserted: [], removed: [], secretStatus: { missing: list.map((c) => c.id) } }
      ],
      ['channels.secretsChecked', { missing: 3, orphans: 0 }]
    ])
    expect(list.map((c) => c.secretStatus)).toEqual(['missing', 'missing', 'missing'])
    const alpha = list[0]

    const typo = `${formatKey('accessKeySecret', 'Z'.repeat(32)).slice(0, -1)}0`
    expect(await h.call('channels.enterSecret', { id: alpha.id, secret: typo })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'secret.badChecksum',
        fieldErrors: { secret: { code: 'secret.badChecksum' } }
      }
    })
    expect(
      await h.call('channels.enterSecret', { id: alpha.id, secret: alpha.accessKeyId })
    ).toMatchObject({ ok: false, error: { message: 'secret.notSecret' } })
    expect(
      await h.call('channels.enterSecret', { id: alpha.id, secret: 'csk_short' })
    ).toMatchObject({
      ok: false,
      error: { message: 'secret.badFormat' }
    })

    const right = formatKey('accessKeySecret', 'Z'.repeat(32))
    const entered = valueOf(
      await h.call('channels.enterSecret', { id: alpha.id, secret: `  ${right}\n` })
    )
    expect(entered.secretStatus).toBe('present')
    expect(h.vault.entries.get(alpha.id)).toBe(right)
    expect(events.at(-1)).toEqual(['channels.secretsChecked', { missing: 2, orphans: 0 }])
    expect(valueOf(await h.call('channels.revealSecret', { id: alpha.id })).secret).toBe(right)
    expect(await h.call('channels.enterSecret', { id: alpha.id, secret: right })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'secret.alreadyPresent' }
    })
    const audit = await h.app.audit.list()
    expect(audit.map((e) => e.action)).toEqual(['reveal', 'enter-secret'])
    expect(JSON.stringify(audit)).not.toContain(right)
    await h.app.dispose()
  })
})
