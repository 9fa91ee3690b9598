/**
 * Issue 6: start-up makes no keychain call, the list carries no secret, and a reveal is one
 * keychain read, counted on the vault at 10,000 channels. The start-up reconcile still runs,
 * shortly after the first list (or when someone asks for its report).
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import { StartupReconcile } from '../../src/main/channels/startup-reconcile'
import { createDispatcher } from '../../src/main/ipc/handle'
import { encodeStoreData } from '../../src/main/store/json-store-adapter'
import { MemoryVault, type VaultOperation } from '../support/memory-vault'
import type { ChannelView } from '../../src/shared/channel'
import type { Result } from '../../src/shared/errors'
import type { StartupReconcileDelays } from '../../src/main/channels/startup-reconcile'
import { FakeClipboard, recordingLogger } from '../support/fakes'
import { makeRecord } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const COUNT = 10_000

/** A MemoryVault that records every call. */
class CountingVault extends MemoryVault {
  readonly calls: Array<[VaultOperation, string?]> = []
  override get(account: string) {
    this.calls.push(['get', account])
    return super.get(account)
  }
  override set(account: string, secret: string) {
    this.calls.push(['set', account])
    return super.set(account, secret)
  }
  override delete(account: string) {
    this.calls.push(['delete', account])
    return super.delete(account)
  }
  override accounts() {
    this.calls.push(['accounts'])
    return super.accounts()
  }
}

/** A data folder with COUNT channels and a vault holding each one's secret. */
async function seeded(): Promise<{ dir: string; vault: CountingVault; ids: string[] }> {
  const dir = await tempDir()
  const channels = Array.from({ length: COUNT }, (_, i) => makeRecord({ name: `Channel ${i}` }))
  await writeFile(join(dir, 'channels.json'), encodeStoreData({ schemaVersion: 2, channels }))
  const vault = new CountingVault()
  channels.forEach((c, i) => vault.entries.set(c.id, `csk_secret_${i}`))
  vault.calls.length = 0
  return { dir, vault, ids: channels.map((c) => c.id) }
}

/**
 * A data folder whose data file holds no channel. (With no data file at all, start-up asks the
 * keychain whether this app's secrets exist — a lost file opens recovery, SPEC §4 — which is
 * tested in test/main/missing-data-file.test.ts.)
 */
async function emptyDataFolder(): Promise<string> {
  const dir = await tempDir()
  await writeFile(join(dir, 'channels.json'), encodeStoreData({ schemaVersion: 2, channels: [] }))
  return dir
}

const open: AppServices[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((app) => app.dispose()))
  vi.useRealTimers()
})

async function start(dir: string, vault: MemoryVault, reconcileDelays: StartupReconcileDelays) {
  const app = await createAppServices({
    dataDir: dir,
    keychainService: 'cam-unit',
    clipboard: new FakeClipboard(),
    appVersion: 'test',
    user: 'tester',
    vault,
    log: recordingLogger(),
    reconcileDelays
  })
  open.push(app)
  const dispatch = createDispatcher(app.handlers, {
    isTrustedSender: () => true,
    log: recordingLogger()
  })
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = (await dispatch(
      { senderFrame: { url: 'app://test/' } },
      method,
      input
    )) as Result<T>
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`)
    return result.value
  }
  return { app, call }
}

const LATER = { afterListMs: 60_000, fallbackMs: 60_000 }

describe('keychain calls at 10,000 channels', () => {
  it('start-up and listing make no keychain call, and the list carries no secret', async () => {
    const { dir, vault } = await seeded()
    const { app, call } = await start(dir, vault, LATER)
    const list = await call<ChannelView[]>('channels.list', undefined)
    await call('channels.list', undefined)

    expect(list).toHaveLength(COUNT)
    expect(vault.calls).toEqual([])
    expect(app.status().keychain).toBe('checking')
    const json = JSON.stringify(list)
    expect(json).not.toMatch(/csk_/)
    for (const view of list.slice(0, 50)) {
      expect(
        Object.keys(view)
          .filter((k) => /secret/i.test(k))
          .sort()
      ).toEqual(['secretStatus', 'secretUpdatedAt'])
    }
  })

  it('a reveal is exactly one keychain read; copying an AppKey is none', async () => {
    const { dir, vault, ids } = await seeded()
    const { call } = await start(dir, vault, LATER)
    await call('channels.list', undefined)
    const id = ids[4_321]

    const { secret } = await call<{ secret: string }>('channels.revealSecret', { id })
    expect(secret).toBe('csk_secret_4321')
    expect(vault.calls).toEqual([['get', id]])

    await call('channels.copy', { id, field: 'appKey' })
    expect(vault.calls).toEqual([['get', id]])
  })

  it('closing before the reconcile started makes no keychain call either', async () => {
    const { dir, vault } = await seeded()
    const { app, call } = await start(dir, vault, LATER)
    await call('channels.list', undefined)
    await app.dispose()
    expect(vault.calls).toEqual([])
    expect(await app.reconciled).toBeNull()
  })
})

describe('the deferred start-up reconcile', () => {
  it('runs shortly after the first list and flags what it finds', async () => {
    const dir = await tempDir()
    const kept = makeRecord({ name: 'Kept' })
    const lost = makeRecord({ name: 'Lost' })
    await writeFile(
      join(dir, 'channels.json'),
      encodeStoreData({ schemaVersion: 2, channels: [kept, lost] })
    )
    const vault = new CountingVault()
    vault.entries.set(kept.id, 'secret')
    vault.entries.set('11111111-2222-4333-8444-555555555555', 'orphan')
    const { app, call } = await start(dir, vault, { afterListMs: 20, fallbackMs: 60_000 })

    const before = await call<ChannelView[]>('channels.list', undefined)
    expect(before.map((c) => c.secretStatus)).toEqual(['unknown', 'unknown'])
    expect(vault.calls).toEqual([])
    await vi.waitFor(() => expect(vault.calls).toContainEqual(['accounts']), { timeout: 5_000 })
    expect(await app.reconciled).toEqual({
      orphans: ['11111111-2222-4333-8444-555555555555'],
      missingSecrets: [lost.id]
    })
    const after = await call<ChannelView[]>('channels.list', undefined)
    expect(after.map((c) => c.secretStatus)).toEqual(['present', 'missing'])
    expect(vault.calls.filter(([op]) => op === 'accounts')).toHaveLength(1)
    expect(app.status().keychain).toBe('available')
  })

  it('runs after the fallback delay when no list is ever asked for', async () => {
    const dir = await emptyDataFolder()
    const vault = new CountingVault()
    await start(dir, vault, { afterListMs: 60_000, fallbackMs: 20 })
    await vi.waitFor(() => expect(vault.calls).toEqual([['accounts']]), { timeout: 5_000 })
  })

  it('asking for its report starts it at once', async () => {
    const dir = await emptyDataFolder()
    const vault = new CountingVault()
    const { app } = await start(dir, vault, LATER)
    expect(vault.calls).toEqual([])
    expect(await app.reconciled).toEqual({ orphans: [], missingSecrets: [] })
    expect(vault.calls).toEqual([['accounts']])
  })
})

describe('StartupReconcile', () => {
  const report = { orphans: [], missingSecrets: [] }

  it('runs once: on the first of report(), a list plus its delay, or the fallback', async () => {
    vi.useFakeTimers()
    const run = vi.fn(async () => report)
    const task = new StartupReconcile(run, { afterListMs: 500, fallbackMs: 5_000 })
    await vi.advanceTimersByTimeAsync(499)
    task.listed()
    task.listed()
    await vi.advanceTimersByTimeAsync(499)
    expect(run).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(run).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(await task.report()).toBe(report)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('falls back to its own delay without a list', async () => {
    vi.useFakeTimers()
    const run = vi.fn(async () => report)
    const task = new StartupReconcile(run, { afterListMs: 500, fallbackMs: 5_000 })
    await vi.advanceTimersByTimeAsync(4_999)
    expect(task.started).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('cancel() stops it for good; report() then answers null without running', async () => {
    vi.useFakeTimers()
    const run = vi.fn(async () => report)
    const task = new StartupReconcile(run)
    task.listed()
    task.cancel()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(await task.report()).toBeNull()
    expect(run).not.toHaveBeenCalled()
  })
})
