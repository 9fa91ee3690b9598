/**
 * Disable / Enable (SPEC §11, issue 15): through the dispatcher on the real services. A
 * disabled channel stays listed and keeps its keys; its secret does not leave main (View, Copy,
 * Copy keys with the secret) until it is enabled; Update stays allowed. Each change is audited,
 * pushed as `channels.changed`, survives a restart, and travels in a backup.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPayload, parsePayload } from '../../src/main/backup/backup-payload'
import type { EmitEvent } from '../../src/main/deps'
import type { ChannelView } from '../../src/shared/channel'
import type { ChannelsChanged } from '../../src/shared/ipc/contract'
import { formatKey } from '../../src/shared/keys'
import { startApp, valueOf, type AppHarness } from '../support/app-harness'
import { FileDialogs } from '../support/file-dialogs'
import { makeInput, makeRecord } from '../support/fixtures'
import { MemoryVault } from '../support/memory-vault'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs('cam-disable-')

async function started(vault = new MemoryVault(), dir?: string, dialogs = new FileDialogs()) {
  const events: ChannelsChanged[] = []
  const emit: EmitEvent = (event, payload) => {
    if (event === 'channels.changed') events.push(structuredClone(payload as ChannelsChanged))
  }
  const h = await startApp(dir ?? (await tempDir()), { vault, emit, chooseFile: dialogs.choose })
  return { h, events, vault, dialogs }
}

const create = async (h: AppHarness, name = 'Shop app'): Promise<ChannelView> =>
  valueOf(await h.call('channels.create', makeInput({ name })))

describe('Disable / Enable', () => {
  it('a disabled channel stays listed with its keys; its secret is refused until it is enabled', async () => {
    const { h, vault } = await started()
    const channel = await create(h)
    const secret = vault.entries.get(channel.id)!

    const disabled = valueOf(await h.call('channels.disable', { id: channel.id }))
    expect(disabled.disabledAt).toEqual(expect.any(String))
    expect(disabled).toMatchObject({
      appKey: channel.appKey,
      accessKeyId: channel.accessKeyId,
      updatedAt: channel.updatedAt
    })
    expect(valueOf(await h.call('channels.list', undefined))).toEqual([disabled])
    expect(vault.entries.get(channel.id)).toBe(secret)

    const refused = { ok: false, error: { code: 'CONFLICT', message: 'channel.disabled' } }
    expect(await h.call('channels.revealSecret', { id: channel.id })).toMatchObject(refused)
    expect(
      await h.call('channels.copy', { id: channel.id, field: 'accessKeySecret' })
    ).toMatchObject(refused)
    expect(await h.call('channels.copyKeys', { id: channel.id, withSecret: true })).toMatchObject(
      refused
    )
    expect(JSON.stringify(await h.call('channels.revealSecret', { id: channel.id }))).not.toContain(
      secret
    )
    // The public keys are still the channel's to hand out.
    valueOf(await h.call('channels.copy', { id: channel.id, field: 'accessKeyId' }))
    expect(h.clipboard.text).toBe(channel.accessKeyId)
    valueOf(await h.call('channels.copyKeys', { id: channel.id, withSecret: false }))
    expect(h.clipboard.text).not.toContain(secret)

    const enabled = valueOf(await h.call('channels.enable', { id: channel.id }))
    expect(enabled.disabledAt).toBeNull()
    expect(valueOf(await h.call('channels.revealSecret', { id: channel.id }))).toEqual({ secret })
    await h.app.dispose()
  })

  it('Update (rotate) stays allowed while disabled: a new secret for a paused key', async () => {
    const { h, vault } = await started()
    const channel = await create(h)
    const before = vault.entries.get(channel.id)
    valueOf(await h.call('channels.disable', { id: channel.id }))
    const rotated = valueOf(await h.call('channels.rotateSecret', { id: channel.id }))
    expect(vault.entries.get(channel.id)).not.toBe(before)
    expect(rotated.disabledAt).not.toBeNull()
    expect(await h.call('channels.revealSecret', { id: channel.id })).toMatchObject({
      ok: false,
      error: { message: 'channel.disabled' }
    })
    await h.app.dispose()
  })

  it('audits each change and pushes it as channels.changed; a repeat changes nothing', async () => {
    const { h, events } = await started()
    const channel = await create(h)
    const disabled = valueOf(await h.call('channels.disable', { id: channel.id }))
    const again = valueOf(await h.call('channels.disable', { id: channel.id }))
    expect(again).toEqual(disabled)
    const enabled = valueOf(await h.call('channels.enable', { id: channel.id }))
    valueOf(await h.call('channels.enable', { id: channel.id }))

    expect(events.slice(1)).toEqual([
      { revision: 2, upserted: [disabled], removed: [] },
      { revision: 3, upserted: [enabled], removed: [] }
    ])
    const actions = (await h.app.audit.list(10)).map((e) => [e.action, e.channelName])
    expect(actions.slice(0, 3)).toEqual([
      ['enable', 'Shop app'],
      ['disable', 'Shop app'],
      ['create', 'Shop app']
    ])
    await h.app.dispose()
  })

  it('NOT_FOUND for an unknown channel', async () => {
    const { h } = await started()
    for (const method of ['channels.disable', 'channels.enable'] as const) {
      expect(await h.call(method, { id: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' }
      })
    }
    await h.app.dispose()
  })

  it('the state is stored: a restart finds the channel still disabled', async () => {
    const { h, vault } = await started()
    const channel = await create(h)
    const disabled = valueOf(await h.call('channels.disable', { id: channel.id }))
    await h.app.dispose()
    const again = await started(vault, h.dataDir)
    expect(valueOf(await again.h.call('channels.get', { id: channel.id })).disabledAt).toBe(
      disabled.disabledAt
    )
    await again.h.app.dispose()
  })
})

describe('backups carry the state', () => {
  it('a backup restores a disabled channel disabled', async () => {
    const { h, vault, dialogs } = await started()
    const kept = await create(h, 'Kept')
    const paused = await create(h, 'Paused')
    const disabled = valueOf(await h.call('channels.disable', { id: paused.id }))
    const file = join(await tempDir(), 'all.age')
    dialogs.answer(file)
    valueOf(await h.call('backup.create', { protection: { kind: 'thisComputer' } }))
    await h.app.dispose()
    await rm(join(h.dataDir, 'channels.json'))
    await rm(join(h.dataDir, 'backups'), { recursive: true })

    const b = await started(vault, h.dataDir, dialogs)
    dialogs.answer(file)
    const opened = valueOf(await b.h.call('backup.open', undefined))
    if (opened.status !== 'ready') throw new Error(`expected a preview, got ${opened.status}`)
    valueOf(await b.h.call('backup.restore', { token: opened.preview.token, replace: [] }))
    const list = valueOf(await b.h.call('channels.list', undefined))
    expect(list.map((c) => [c.id, c.disabledAt])).toEqual([
      [kept.id, null],
      [paused.id, disabled.disabledAt]
    ])
    await b.h.app.dispose()
  })

  it('the payload is version 2 with disabledAt; a version-1 backup restores every channel enabled', () => {
    const record = makeRecord({ disabledAt: '2025-02-01T00:00:00.000Z' })
    const secret = formatKey('accessKeySecret', 'S'.repeat(32))
    const { payload } = buildPayload(
      [record],
      new Map([[record.id, secret]]),
      'test',
      new Date('2025-03-01T00:00:00.000Z')
    )
    expect(payload.version).toBe(2)
    expect(parsePayload(JSON.stringify(payload)).channels).toEqual([{ ok: true, record, secret }])

    // As version 1 wrote it: no disabledAt at all.
    const { disabledAt: _d, ...v1Record } = record
    const v1 = { ...payload, version: 1, channels: [{ ...v1Record, accessKeySecret: secret }] }
    expect(parsePayload(JSON.stringify(v1)).channels).toEqual([
      { ok: true, record: { ...record, disabledAt: null }, secret }
    ])
  })

  it('a backup channel with a disabledAt that is no timestamp is left out as invalid', () => {
    const record = makeRecord()
    const secret = formatKey('accessKeySecret', 'T'.repeat(32))
    const text = JSON.stringify({
      format: 'collection-api-manager-backup',
      version: 2,
      createdAt: '2025-03-01T00:00:00.000Z',
      appVersion: 'test',
      channels: [{ ...record, disabledAt: 'yesterday', accessKeySecret: secret }]
    })
    expect(parsePayload(text).channels).toEqual([
      expect.objectContaining({ ok: false, position: 1, name: record.name })
    ])
  })
})
