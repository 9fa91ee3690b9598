/**
 * Start-up reconciliation (SPEC §4) as the renderer sees it: keychain entries without a record
 * are listed and never deleted on their own, records missing their secret are flagged in
 * channels.list (and the page is told at once), and Update issues a new secret and clears the
 * flag.
 */
import { describe, expect, it } from 'vitest'
import { MemoryVault } from '../support/memory-vault'
import { startApp, valueOf } from '../support/app-harness'
import { makeInput } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const ORPHAN = '11111111-2222-4333-8444-555555555555'

describe('start-up reconciliation', () => {
  it('lists and keeps orphans, flags missing secrets, and Update issues a new one', async () => {
    const dir = await tempDir()
    const vault = new MemoryVault()
    const first = await startApp(dir, { vault })
    const kept = valueOf(await first.call('channels.create', makeInput({ name: 'Kept' })))
    const lost = valueOf(await first.call('channels.create', makeInput({ name: 'Lost' })))
    await first.app.dispose()
    vault.entries.delete(lost.id)
    vault.entries.set(ORPHAN, 'stray secret')
    vault.entries.set('someone-else', 'not ours')

    const h = await startApp(dir, { vault })

    expect(await h.app.reconciled).toEqual({ orphans: [ORPHAN], missingSecrets: [lost.id] })
    expect(vault.entries.get(ORPHAN)).toBe('stray secret')
    expect(valueOf(await h.call('channels.orphans', undefined))).toEqual({
      checked: true,
      ids: [ORPHAN]
    })
    expect(vault.entries.get('someone-else')).toBe('not ours')
    const list = valueOf(await h.call('channels.list', undefined))
    expect(Object.fromEntries(list.map((c) => [c.name, c.secretStatus]))).toEqual({
      Kept: 'present',
      Lost: 'missing'
    })
    expect(await h.call('channels.revealSecret', { id: lost.id })).toMatchObject({
      ok: false,
      error: { code: 'SECRET_MISSING', message: 'secret.missing' }
    })

    const reissued = valueOf(await h.call('channels.rotateSecret', { id: lost.id }))
    expect(reissued.secretStatus).toBe('present')
    expect(reissued.secretUpdatedAt > lost.secretUpdatedAt).toBe(true)
    expect(valueOf(await h.call('channels.revealSecret', { id: lost.id })).secret).toBe(
      vault.entries.get(lost.id)
    )
    expect(valueOf(await h.call('channels.list', undefined)).map((c) => c.secretStatus)).toEqual([
      'present',
      'present'
    ])
    expect((await h.call('channels.get', { id: kept.id })).ok).toBe(true)
    await h.app.dispose()

    const again = await startApp(dir, { vault })
    expect(await again.app.reconciled).toEqual({ orphans: [ORPHAN], missingSecrets: [] })
    // Deleted only when the user asks, after a confirmation (the renderer's), and audited.
    expect(await again.call('channels.deleteOrphan', { id: kept.id, confirm: true })).toMatchObject(
      {
        ok: false,
        error: { code: 'CONFLICT', message: 'orphan.hasChannel' }
      }
    )
    expect(
      valueOf(await again.call('channels.deleteOrphan', { id: ORPHAN, confirm: true }))
    ).toEqual({
      id: ORPHAN
    })
    expect(vault.entries.has(ORPHAN)).toBe(false)
    expect(valueOf(await again.call('channels.orphans', undefined)).ids).toEqual([])
    expect(await again.call('channels.deleteOrphan', { id: ORPHAN, confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'orphan.notFound' }
    })
    expect((await again.app.audit.list(1))[0]).toMatchObject({
      action: 'delete-orphan',
      channelId: ORPHAN
    })
    await again.app.dispose()
  })

  it('a keychain that is unavailable at start leaves every status unknown, and the list works', async () => {
    const dir = await tempDir()
    const vault = new MemoryVault()
    const first = await startApp(dir, { vault })
    valueOf(await first.call('channels.create', makeInput({ name: 'One' })))
    await first.app.dispose()
    vault.fault = () => new Error('org.freedesktop.DBus.Error.ServiceUnknown')

    const h = await startApp(dir, { vault, platform: 'linux' })

    expect(await h.app.reconciled).toBeNull()
    expect(vault.entries.size).toBe(1)
    const list = valueOf(await h.call('channels.list', undefined))
    expect(list.map((c) => [c.name, c.secretStatus])).toEqual([['One', 'unknown']])
    expect(valueOf(await h.call('app.status', undefined))).toEqual({
      mode: 'normal',
      keychain: 'unavailable',
      keychainMessage: 'keychain.unavailableLinux'
    })
    await h.app.dispose()
  })
})
