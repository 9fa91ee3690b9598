import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ObservedVault } from '../../src/main/vault/observed-vault'
import { ChannelService } from '../../src/main/channels/channel-service'
import { ChannelStore } from '../../src/main/store/channel-store'
import { AppError } from '../../src/shared/errors'
import type { ChannelFields } from '../../src/shared/channel'
import { isValidKey } from '../../src/shared/keys'
import { makeFields } from '../support/fixtures'
import { settle } from '../support/fakes'
import { SECRET_TIMEOUT_MS, makeService } from '../support/service-harness'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const setup = async () => makeService(await tempDir())

/** The code of the AppError a promise rejects with. */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error.code
}

const readData = async (dataDir: string): Promise<string> =>
  readFile(join(dataDir, 'channels.json'), 'utf8')
const readAudit = async (dataDir: string): Promise<string> =>
  readFile(join(dataDir, 'audit.jsonl'), 'utf8').catch(() => '')

describe('ChannelService', () => {
  describe('create', () => {
    it.each<[string, Partial<ChannelFields>]>([
      ['APP', { appType: 'APP', platforms: ['ANDROID', 'IOS', 'HARMONYOS'] }],
      ['MINI_PROGRAM', { appType: 'MINI_PROGRAM', platforms: ['WECHAT', 'ALIPAY'] }],
      [
        'WEB',
        {
          appType: 'WEB',
          platforms: [],
          domains: ['https://shop.example.com', 'https://m.example.com']
        }
      ]
    ])('creates a %s channel with keys and its secret in the vault only', async (_type, fields) => {
      const h = await setup()
      const view = await h.service.create(makeFields({ name: 'Shop', ...fields }))
      expect(view).toMatchObject({
        name: 'Shop',
        ...fields,
        collectedByQuickTracking: true,
        secretStatus: 'present'
      })
      expect(isValidKey(view.appKey, 'appKey')).toBe(true)
      expect(isValidKey(view.accessKeyId, 'accessKeyId')).toBe(true)
      expect(view.createdAt).toBe(view.updatedAt)
      expect(view.secretUpdatedAt).toBe(view.createdAt)

      const secret = h.vault.entries.get(view.id)
      expect(secret && isValidKey(secret, 'accessKeySecret')).toBe(true)
      expect(view).not.toHaveProperty('accessKeySecret')
      expect(await readData(h.dataDir)).not.toContain(secret)
      expect(await h.service.list()).toEqual([view])
    })

    it('gives every channel different keys', async () => {
      const h = await setup()
      const a = await h.service.create(makeFields({ name: 'A' }))
      const b = await h.service.create(makeFields({ name: 'B' }))
      expect(a.appKey).not.toBe(b.appKey)
      expect(a.accessKeyId).not.toBe(b.accessKeyId)
      expect(h.vault.entries.get(a.id)).not.toBe(h.vault.entries.get(b.id))
    })

    it.each([
      ['same case', 'Shop', 'Shop'],
      ['other case', 'Shop', 'sHOP'],
      ['composed vs decomposed accent', 'Caf\u00e9', 'CAFE\u0301'],
      ['decomposed vs composed accent', 'Cafe\u0301', 'caf\u00e9']
    ])(
      'refuses a name taken (%s) with CONFLICT on the name field',
      async (_label, existing, attempt) => {
        const h = await setup()
        await h.service.create(makeFields({ name: existing }))
        const error = await h.service.create(makeFields({ name: attempt })).catch((e: unknown) => e)
        expect(error).toMatchObject({
          code: 'CONFLICT',
          params: { name: existing },
          fieldErrors: { name: { code: 'channelName.taken', params: { name: existing } } }
        })
        expect(await h.service.list()).toHaveLength(1)
        expect(h.vault.entries.size).toBe(1)
      }
    )

    it('lets only one of many concurrent creates with the same name win', async () => {
      const h = await setup()
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          h.service.create(makeFields({ name: i % 2 ? 'dup' : 'DUP' }))
        )
      )
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      expect(await h.service.list()).toHaveLength(1)
      expect(h.vault.entries.size).toBe(1)
    })

    it('a vault failure leaves no record', async () => {
      const h = await setup()
      h.vault.fault = (op) => (op === 'set' ? new Error('Secret Service locked') : undefined)
      expect(await codeOf(h.service.create(makeFields()))).toBe('KEYCHAIN_UNAVAILABLE')
      expect(await h.service.list()).toEqual([])
      expect(await readAudit(h.dataDir)).toBe('')
    })

    it('a store failure removes the vault entry again and reports STORAGE', async () => {
      const h = await setup()
      h.file.failWrites = true
      expect(await codeOf(h.service.create(makeFields()))).toBe('STORAGE')
      expect(h.vault.entries.size).toBe(0)
      expect(await h.service.list()).toEqual([])
      expect(await readAudit(h.dataDir)).toBe('')
    })
  })

  describe('update', () => {
    it('edits name, platforms and domains and keeps the keys', async () => {
      const h = await setup()
      const created = await h.service.create(
        makeFields({ appType: 'MINI_PROGRAM', platforms: ['WECHAT'] })
      )
      const secret = h.vault.entries.get(created.id)
      const updated = await h.service.update({
        ...makeFields({
          name: 'Renamed',
          appType: 'MINI_PROGRAM',
          platforms: ['WECHAT', 'DOUYIN']
        }),
        id: created.id
      })
      expect(updated).toMatchObject({
        name: 'Renamed',
        platforms: ['WECHAT', 'DOUYIN'],
        appKey: created.appKey,
        accessKeyId: created.accessKeyId,
        createdAt: created.createdAt,
        secretUpdatedAt: created.secretUpdatedAt
      })
      expect(updated.updatedAt > created.updatedAt).toBe(true)
      expect(h.vault.entries.get(created.id)).toBe(secret)
      expect(await h.service.get({ id: created.id })).toEqual(updated)
    })

    it('refuses to change the Application Type', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      const error = await h.service
        .update({
          ...makeFields({ appType: 'WEB', platforms: [], domains: ['https://a.example'] }),
          id: created.id
        })
        .catch((e: unknown) => e)
      expect(error).toMatchObject({
        code: 'IMMUTABLE_FIELD',
        fieldErrors: { appType: { code: 'appType.immutable' } }
      })
      expect(await h.service.get({ id: created.id })).toEqual(created)
    })

    it('allows keeping its own name in another case, refuses another channel’s name', async () => {
      const h = await setup()
      const a = await h.service.create(makeFields({ name: 'Alpha' }))
      await h.service.create(makeFields({ name: 'Beta' }))
      await expect(
        h.service.update({ ...makeFields({ name: 'ALPHA' }), id: a.id })
      ).resolves.toMatchObject({
        name: 'ALPHA'
      })
      expect(await codeOf(h.service.update({ ...makeFields({ name: 'beta' }), id: a.id }))).toBe(
        'CONFLICT'
      )
    })

    it('NOT_FOUND for an unknown id', async () => {
      const h = await setup()
      expect(
        await codeOf(
          h.service.update({ ...makeFields(), id: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
        )
      ).toBe('NOT_FOUND')
    })

    it('a store failure changes nothing', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      h.file.failWrites = true
      expect(
        await codeOf(h.service.update({ ...makeFields({ name: 'New' }), id: created.id }))
      ).toBe('STORAGE')
      expect(await h.service.get({ id: created.id })).toEqual(created)
    })
  })

  describe('remove', () => {
    it('deletes the record and its vault entry', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      await expect(h.service.remove({ id: created.id })).resolves.toEqual({ id: created.id })
      expect(await h.service.list()).toEqual([])
      expect(h.vault.entries.has(created.id)).toBe(false)
      expect(await codeOf(h.service.get({ id: created.id }))).toBe('NOT_FOUND')
      expect(await codeOf(h.service.remove({ id: created.id }))).toBe('NOT_FOUND')
    })

    it('still removes when the vault delete fails; reconcile lists the orphan and keeps it', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      h.vault.fault = (op) => (op === 'delete' ? new Error('locked') : undefined)
      await h.service.remove({ id: created.id })
      expect(await h.service.list()).toEqual([])
      expect(h.vault.entries.has(created.id)).toBe(true)
      expect(h.log.lines.join('\n')).toContain('could not delete its keychain entry')

      h.vault.fault = undefined
      expect(await h.service.reconcile()).toEqual({ orphans: [created.id], missingSecrets: [] })
      expect(h.vault.entries.has(created.id)).toBe(true)
      expect(await h.service.orphans()).toEqual({ checked: true, ids: [created.id] })
    })

    it('a store failure keeps the record and its secret', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      h.file.failWrites = true
      expect(await codeOf(h.service.remove({ id: created.id }))).toBe('STORAGE')
      expect(await h.service.list()).toHaveLength(1)
      expect(h.vault.entries.has(created.id)).toBe(true)
    })
  })

  describe('reveal, copy and rotate', () => {
    it('reveals the secret in the vault', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      await expect(h.service.revealSecret({ id: created.id })).resolves.toEqual({
        secret: h.vault.entries.get(created.id)
      })
    })

    it('SECRET_MISSING when the keychain lost it, and the list shows it missing', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      h.vault.entries.delete(created.id)
      expect(await codeOf(h.service.revealSecret({ id: created.id }))).toBe('SECRET_MISSING')
      expect(await codeOf(h.service.copy({ id: created.id, field: 'accessKeySecret' }))).toBe(
        'SECRET_MISSING'
      )
      expect((await h.service.get({ id: created.id })).secretStatus).toBe('missing')
    })

    it('copies AppKey and AccessKeyId to the clipboard without a timer', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      await expect(h.service.copy({ id: created.id, field: 'accessKeyId' })).resolves.toEqual({
        field: 'accessKeyId'
      })
      expect(h.clipboard.text).toBe(created.accessKeyId)
      await h.service.copy({ id: created.id, field: 'appKey' })
      expect(h.clipboard.text).toBe(created.appKey)
      expect(h.timers.pendingCount).toBe(0)
    })

    it('copies the secret in main, never returns it, and clears it after the timeout', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      const secret = h.vault.entries.get(created.id)!
      const result = await h.service.copy({ id: created.id, field: 'accessKeySecret' })
      expect(JSON.stringify(result)).not.toContain(secret)
      expect(h.clipboard.text).toBe(secret)
      h.timers.advance(SECRET_TIMEOUT_MS - 1)
      await settle()
      expect(h.clipboard.text).toBe(secret)
      h.timers.advance(1)
      await settle()
      expect(h.clipboard.text).toBe('')
    })

    it('does not clear the clipboard if it changed meanwhile', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      await h.service.copy({ id: created.id, field: 'accessKeySecret' })
      h.clipboard.writeText('something else')
      h.timers.advance(SECRET_TIMEOUT_MS)
      await settle()
      expect(h.clipboard.text).toBe('something else')
    })

    it('rotate replaces the secret; the old one is gone for good', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      const old = h.vault.entries.get(created.id)!
      const rotated = await h.service.rotateSecret({ id: created.id })
      const fresh = h.vault.entries.get(created.id)!
      expect(fresh).not.toBe(old)
      expect(isValidKey(fresh, 'accessKeySecret')).toBe(true)
      expect([...h.vault.entries.values()]).not.toContain(old)
      expect(rotated.secretUpdatedAt > created.secretUpdatedAt).toBe(true)
      expect(rotated.accessKeyId).toBe(created.accessKeyId)
      expect(await h.service.revealSecret({ id: created.id })).toEqual({ secret: fresh })
      expect(JSON.stringify(rotated)).not.toContain(fresh)
    })

    it('rotate issues a secret for a channel whose secret was missing', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      h.vault.entries.delete(created.id)
      await h.service.reconcile()
      expect((await h.service.get({ id: created.id })).secretStatus).toBe('missing')
      expect((await h.service.rotateSecret({ id: created.id })).secretStatus).toBe('present')
      expect(h.vault.entries.has(created.id)).toBe(true)
    })

    it('rotate puts the old secret back when the store write fails', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      const old = h.vault.entries.get(created.id)
      h.file.failWrites = true
      expect(await codeOf(h.service.rotateSecret({ id: created.id }))).toBe('STORAGE')
      expect(h.vault.entries.get(created.id)).toBe(old)
      expect(await h.service.get({ id: created.id })).toEqual(created)
    })

    it('rotate fails cleanly when the keychain is unavailable', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields())
      const old = h.vault.entries.get(created.id)
      h.vault.fault = (op) => (op === 'set' ? new Error('locked') : undefined)
      expect(await codeOf(h.service.rotateSecret({ id: created.id }))).toBe('KEYCHAIN_UNAVAILABLE')
      expect(h.vault.entries.get(created.id)).toBe(old)
      expect(await h.service.get({ id: created.id })).toEqual(created)
    })

    it('NOT_FOUND for unknown ids everywhere', async () => {
      const h = await setup()
      const id = '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'
      expect(await codeOf(h.service.get({ id }))).toBe('NOT_FOUND')
      expect(await codeOf(h.service.revealSecret({ id }))).toBe('NOT_FOUND')
      expect(await codeOf(h.service.copy({ id: id, field: 'appKey' }))).toBe('NOT_FOUND')
      expect(await codeOf(h.service.rotateSecret({ id }))).toBe('NOT_FOUND')
      expect(h.vault.entries.size).toBe(0)
    })
  })

  describe('reconcile', () => {
    it('status is unknown before reconcile, then present or missing; orphans are deleted', async () => {
      const h = await setup()
      await h.service.create(makeFields({ name: 'kept' }))
      await h.service.create(makeFields({ name: 'lost' }))
      // A fresh service over the same store: it has not asked the keychain yet.
      const fresh = await makeService(h.dataDir)
      for (const [id, secret] of h.vault.entries) fresh.vault.entries.set(id, secret)
      const lost = (await fresh.service.list()).find((c) => c.name === 'lost')!
      fresh.vault.entries.delete(lost.id)
      const orphan = '11111111-2222-4333-8444-555555555555'
      fresh.vault.entries.set(orphan, 'stray')
      fresh.vault.entries.set('not-a-channel-id', 'foreign')

      expect((await fresh.service.list()).map((c) => c.secretStatus)).toEqual([
        'unknown',
        'unknown'
      ])
      expect(await fresh.service.reconcile()).toEqual({
        orphans: [orphan],
        missingSecrets: [lost.id]
      })
      expect(
        Object.fromEntries((await fresh.service.list()).map((c) => [c.name, c.secretStatus]))
      ).toEqual({
        kept: 'present',
        lost: 'missing'
      })
      // Listed, never deleted on its own; an account that is no channel id is not even listed.
      expect(fresh.vault.entries.get(orphan)).toBe('stray')
      expect(fresh.vault.entries.get('not-a-channel-id')).toBe('foreign')
    })

    it('list() makes no keychain call', async () => {
      const h = await setup()
      await h.service.create(makeFields())
      const calls: string[] = []
      h.vault.fault = (op) => (calls.push(op), undefined)
      await h.service.list()
      expect(calls).toEqual([])
    })

    it('never deletes the secret of a channel being created at the same time', async () => {
      const h = await setup()
      const [view] = await Promise.all([h.service.create(makeFields()), h.service.reconcile()])
      await h.service.reconcile()
      expect(h.vault.entries.has(view.id)).toBe(true)
    })

    it('reports KEYCHAIN_UNAVAILABLE when the vault cannot list', async () => {
      const h = await setup()
      h.vault.fault = () => new Error('no dbus')
      expect(await codeOf(h.service.reconcile())).toBe('KEYCHAIN_UNAVAILABLE')
    })
  })

  describe('audit', () => {
    it('records every action after it succeeded, with the user and never a secret', async () => {
      const h = await setup()
      const created = await h.service.create(makeFields({ name: 'Audited' }))
      const first = h.vault.entries.get(created.id)!
      await h.service.update({ ...makeFields({ name: 'Audited 2' }), id: created.id })
      await h.service.revealSecret({ id: created.id })
      await h.service.copy({ id: created.id, field: 'accessKeySecret' })
      await h.service.rotateSecret({ id: created.id })
      const second = h.vault.entries.get(created.id)!
      await h.service.remove({ id: created.id })
      // Failed actions are not audited.
      await h.service.revealSecret({ id: created.id }).catch(() => undefined)

      const entries = await h.audit.list()
      expect(entries.map((e) => e.action)).toEqual([
        'remove',
        'rotate',
        'copy',
        'reveal',
        'edit',
        'create'
      ])
      expect(entries.every((e) => e.user === 'alice' && e.channelId === created.id)).toBe(true)
      expect(entries.find((e) => e.action === 'copy')?.field).toBe('accessKeySecret')
      expect(entries.find((e) => e.action === 'create')?.channelName).toBe('Audited')

      const files = (await readAudit(h.dataDir)) + (await readData(h.dataDir))
      expect(files).not.toContain(first)
      expect(files).not.toContain(second)
      expect(files).not.toMatch(/csk_/)
    })

    it('an audit failure does not undo or fail the action', async () => {
      const h = await setup()
      const failingAudit = { record: () => Promise.reject(new Error('disk full')) }
      const store = new ChannelStore({ dataDir: h.dataDir })
      await store.open()
      const service = new ChannelService(
        {
          vault: new ObservedVault(h.vault, 'linux'),
          audit: failingAudit,
          clipboard: h.clipboard,
          generateKey: () => 'cak_x',
          now: () => new Date(),
          newId: () => '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
          secretTimeoutMs: 1000,
          log: h.log,
          platform: 'linux'
        },
        { store }
      )
      await expect(service.create(makeFields())).resolves.toMatchObject({ name: 'Shop app' })
      expect(h.log.lines.join('\n')).toContain('Could not write the audit entry')
    })
  })

  it('never logs a secret', async () => {
    const h = await setup()
    const created = await h.service.create(makeFields())
    const secret = h.vault.entries.get(created.id)!
    h.file.failWrites = true
    await h.service.rotateSecret({ id: created.id }).catch(() => undefined)
    h.file.failWrites = false
    h.vault.fault = () => new Error('locked')
    await h.service.revealSecret({ id: created.id }).catch(() => undefined)
    await h.service.remove({ id: created.id })
    expect(h.log.lines.length).toBeGreaterThan(0)
    expect(h.log.lines.join('\n')).not.toContain(secret)
  })

  it('dispose clears a copied secret still on the clipboard', async () => {
    const h = await setup()
    const created = await h.service.create(makeFields())
    await h.service.copy({ id: created.id, field: 'accessKeySecret' })
    await h.service.dispose()
    expect(h.clipboard.text).toBe('')
    expect(h.timers.pendingCount).toBe(0)
  })
})
