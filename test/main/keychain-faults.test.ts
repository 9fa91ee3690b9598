/**
 * Fault injection at every step of create, rotate and remove (SPEC §4, issue 5): the vault
 * fails before or after its write, the data file write fails, and the undo fails too.
 * Afterwards: no record without its secret; a keychain entry left without a record is never
 * deleted on its own but listed, after the next start, as a secret without a channel; and the
 * user was told with a code and a message.
 */
import { describe, expect, it } from 'vitest'
import type { VaultOperation, MemoryVault } from '../support/memory-vault'
import type { ErrorCode } from '../../src/shared/errors'
import type { ChannelView } from '../../src/shared/channel'
import { startApp, valueOf, type AppHarness } from '../support/app-harness'
import { makeInput } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'
import { english } from '../support/english'

const tempDir = useTempDirs()

interface Fault {
  readonly op: VaultOperation
  readonly when: 'before' | 'after'
  /** Only the nth call of `op` (1-based) from now on; every call when omitted. */
  readonly nth?: number
}

/** Make the vault fail as scripted; returns how many calls of each operation were made. */
function inject(vault: MemoryVault, faults: readonly Fault[]): Map<VaultOperation, number> {
  const calls = new Map<VaultOperation, number>()
  const matches = (op: VaultOperation, when: Fault['when']): boolean =>
    faults.some(
      (f) => f.op === op && f.when === when && (f.nth === undefined || f.nth === calls.get(op))
    )
  vault.fault = (op) => {
    calls.set(op, (calls.get(op) ?? 0) + 1)
    return matches(op, 'before') ? new Error(`injected: ${op} before`) : undefined
  }
  vault.faultAfter = (op) => (matches(op, 'after') ? new Error(`injected: ${op} after`) : undefined)
  return calls
}

function heal(h: AppHarness): void {
  h.vault.fault = undefined
  h.vault.faultAfter = undefined
  h.file.failWrites = false
}

/**
 * Restart on the same folder and keychain: after its reconcile, the keychain holds every
 * record's secret and, besides, exactly the entries listed as secrets without a channel.
 */
async function expectAgreementAfterRestart(h: AppHarness): Promise<AppHarness> {
  heal(h)
  await h.app.dispose()
  const next = await startApp(h.dataDir, { vault: h.vault })
  const listed = valueOf(await next.call('channels.orphans', undefined))
  expect(listed.checked).toBe(true)
  expect(next.vaultIds()).toEqual([...(await next.fileIds()), ...listed.ids].sort())
  const list = valueOf(await next.call('channels.list', undefined))
  expect(list.every((c) => c.secretStatus === 'present')).toBe(true)
  return next
}

/** Every record on disk has its secret in the keychain (none silently without). */
async function expectNoRecordWithoutSecret(h: AppHarness): Promise<void> {
  const vault = new Set(h.vaultIds())
  for (const id of await h.fileIds()) expect(vault.has(id)).toBe(true)
}

const orphans = async (h: AppHarness): Promise<number> => {
  const records = new Set(await h.fileIds())
  return h.vaultIds().filter((id) => !records.has(id)).length
}

async function seeded(): Promise<{ h: AppHarness; channel: ChannelView; secret: string }> {
  const h = await startApp(await tempDir())
  const channel = valueOf(await h.call('channels.create', makeInput({ name: 'Seed' })))
  return { h, channel, secret: h.vault.entries.get(channel.id)! }
}

describe('create under faults', () => {
  it.each<[string, readonly Fault[], boolean, ErrorCode, number]>([
    [
      'the keychain refuses the write',
      [{ op: 'set', when: 'before' }],
      false,
      'KEYCHAIN_UNAVAILABLE',
      0
    ],
    [
      'the keychain stores the secret, then fails',
      [{ op: 'set', when: 'after' }],
      false,
      'KEYCHAIN_UNAVAILABLE',
      0
    ],
    [
      'the keychain stores the secret, fails, and the undo fails too',
      [
        { op: 'set', when: 'after' },
        { op: 'delete', when: 'before' }
      ],
      false,
      'KEYCHAIN_UNAVAILABLE',
      1
    ],
    ['the data file write fails', [], true, 'STORAGE', 0],
    [
      'the data file write fails and the undo fails',
      [{ op: 'delete', when: 'before' }],
      true,
      'STORAGE',
      1
    ],
    [
      'the data file write fails and the undo deletes, then fails',
      [{ op: 'delete', when: 'after' }],
      true,
      'STORAGE',
      0
    ]
  ])('%s', async (_label, faults, storeFails, code, orphansLeft) => {
    const { h, channel } = await seeded()
    inject(h.vault, faults)
    h.file.failWrites = storeFails

    const result = await h.call('channels.create', makeInput({ name: 'New one' }))

    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(english(result.error).length).toBeGreaterThan(20)
    expect(await h.fileIds()).toEqual([channel.id])
    expect(valueOf(await h.call('channels.list', undefined)).map((c) => c.name)).toEqual(['Seed'])
    await expectNoRecordWithoutSecret(h)
    expect(await orphans(h)).toBe(orphansLeft)
    // A keychain left holding a stray entry also shows in the banner until it works again.
    if (orphansLeft > 0) {
      expect(valueOf(await h.call('app.status', undefined))).toMatchObject({
        keychain: 'unavailable'
      })
    }

    const next = await expectAgreementAfterRestart(h)
    // The name is free again: nothing half-made blocks it.
    expect((await next.call('channels.create', makeInput({ name: 'New one' }))).ok).toBe(true)
    await next.app.dispose()
  })
})

describe('rotate under faults', () => {
  it.each<[string, readonly Fault[], boolean, ErrorCode, 'old' | 'new', RegExp]>([
    [
      'reading the current secret fails',
      [{ op: 'get', when: 'before' }],
      false,
      'KEYCHAIN_UNAVAILABLE',
      'old',
      /keychain/i
    ],
    [
      'the keychain refuses the new secret',
      [{ op: 'set', when: 'before' }],
      false,
      'KEYCHAIN_UNAVAILABLE',
      'old',
      /keychain/i
    ],
    [
      'the keychain stores the new secret, then fails (the old one is put back)',
      [{ op: 'set', when: 'after', nth: 1 }],
      false,
      'KEYCHAIN_UNAVAILABLE',
      'old',
      /keychain/i
    ],
    [
      'the keychain stores the new secret, fails, and can neither be read nor put back',
      [
        { op: 'set', when: 'after', nth: 1 },
        { op: 'get', when: 'before', nth: 2 },
        { op: 'set', when: 'before', nth: 2 }
      ],
      false,
      'KEYCHAIN_UNAVAILABLE',
      'new',
      /not certain whether the AccessKeySecret changed/
    ],
    [
      'the data file write fails (the old secret is put back)',
      [],
      true,
      'STORAGE',
      'old',
      /nothing was changed/
    ],
    [
      'the data file write fails and the old secret cannot be put back',
      [{ op: 'set', when: 'before', nth: 2 }],
      true,
      'STORAGE',
      'new',
      /previous secret no longer works/
    ]
  ])('%s', async (_label, faults, storeFails, code, secretAfter, message) => {
    const { h, channel, secret } = await seeded()
    inject(h.vault, faults)
    h.file.failWrites = storeFails

    const result = await h.call('channels.rotateSecret', { id: channel.id })

    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    expect(english(result.error)).toMatch(message)
    // The user is never told more than the truth: the message names no secret.
    expect(JSON.stringify(result.error)).not.toContain(secret)
    const now = h.vault.entries.get(channel.id)
    expect(now).toBeDefined()
    if (secretAfter === 'old') expect(now).toBe(secret)
    else expect(now).not.toBe(secret)
    // The record is unchanged: no write succeeded.
    heal(h)
    expect(valueOf(await h.call('channels.get', { id: channel.id }))).toMatchObject({
      secretUpdatedAt: channel.secretUpdatedAt,
      accessKeyId: channel.accessKeyId
    })
    // What View shows is what the keychain holds, so the user can act on the message.
    expect(valueOf(await h.call('channels.revealSecret', { id: channel.id }))).toEqual({
      secret: now
    })
    await expectNoRecordWithoutSecret(h)
    expect(await orphans(h)).toBe(0)
    await (await expectAgreementAfterRestart(h)).app.dispose()
  })
})

describe('remove under faults', () => {
  it('the data file write fails: record and secret both stay, STORAGE', async () => {
    const { h, channel, secret } = await seeded()
    h.file.failWrites = true
    const result = await h.call('channels.remove', { id: channel.id })
    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE' } })
    expect(await h.fileIds()).toEqual([channel.id])
    expect(h.vault.entries.get(channel.id)).toBe(secret)
    await (await expectAgreementAfterRestart(h)).app.dispose()
  })

  it.each<[string, Fault, number]>([
    ['the keychain refuses the delete', { op: 'delete', when: 'before' }, 1],
    ['the keychain deletes, then fails', { op: 'delete', when: 'after' }, 0]
  ])(
    '%s: the record goes, the banner says the keychain failed, the next start lists the stray entry',
    async (_label, fault, left) => {
      const { h, channel } = await seeded()
      inject(h.vault, [fault])
      expect(await h.call('channels.remove', { id: channel.id })).toEqual({
        ok: true,
        value: { id: channel.id }
      })
      expect(await h.fileIds()).toEqual([])
      expect(await orphans(h)).toBe(left)
      expect(valueOf(await h.call('app.status', undefined))).toMatchObject({
        keychain: 'unavailable',
        keychainMessage: expect.stringMatching(/keychain|Keychain|Credential Manager/)
      })
      expect(h.log.lines.join('\n')).toContain('could not delete its keychain entry')
      const next = await expectAgreementAfterRestart(h)
      expect(next.vaultIds()).toHaveLength(left)
      expect((await next.app.reconciled)?.orphans).toHaveLength(left)
      // The user deletes it after a confirmation: then it is gone.
      if (left > 0) {
        valueOf(await next.call('channels.deleteOrphan', { id: channel.id, confirm: true }))
        expect(next.vaultIds()).toEqual([])
      }
      await next.app.dispose()
    }
  )
})

describe('the keychain state the banner shows', () => {
  it('is unavailable after a failed call and available again after a good one', async () => {
    const { h, channel } = await seeded()
    expect(valueOf(await h.call('app.status', undefined))).toEqual({
      mode: 'normal',
      keychain: 'available'
    })
    inject(h.vault, [{ op: 'get', when: 'before' }])
    expect(await h.call('channels.revealSecret', { id: channel.id })).toMatchObject({
      ok: false,
      error: { code: 'KEYCHAIN_UNAVAILABLE' }
    })
    expect(valueOf(await h.call('app.status', undefined))).toMatchObject({
      keychain: 'unavailable'
    })
    heal(h)
    expect((await h.call('channels.revealSecret', { id: channel.id })).ok).toBe(true)
    expect(valueOf(await h.call('app.status', undefined))).toEqual({
      mode: 'normal',
      keychain: 'available'
    })
    await h.app.dispose()
  })
})
