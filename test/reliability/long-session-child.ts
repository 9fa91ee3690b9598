/**
 * A long session in one process (issue 5), run by test/reliability/long-session.test.ts
 * with `node --expose-gc`: 10,000 mixed operations through the IPC dispatcher on the real
 * services (durable lowdb store, backups, audit log) with a MemoryVault standing in for the
 * keychain, at most MAX_LIVE channels at a time. Prints one JSON result line.
 *
 * Environment: CAM_DATA_DIR, CAM_OPERATIONS.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createAppServices } from '../../src/main/app-services'
import { createDispatcher } from '../../src/main/ipc/handle'
import { silentLogger } from '../../src/main/log'
import { decodeStoreText } from '../../src/main/store/json-store-adapter'
import { MIGRATIONS } from '../../src/main/store/store-file'
import { MemoryVault } from '../support/memory-vault'
import type { ChannelView } from '../../src/shared/channel'
import type { Result } from '../../src/shared/errors'
import { seededRandom } from '../support/seeded-random'

const MAX_LIVE = 400
const SAMPLE_EVERY = 1000
/** Heap is compared from here on: the channel count has reached its plateau by then. */
const STEADY_FROM = 4000

type Kind =
  | 'create'
  | 'update'
  | 'rotate'
  | 'remove'
  | 'reveal'
  | 'copy'
  | 'list'
  | 'get'
  | 'conflict'
  | 'notFound'

const random = seededRandom

const gc = (): void => (globalThis as { gc?: () => void }).gc?.()
const heapMb = (): number => {
  gc()
  gc()
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 100) / 100
}

async function main(): Promise<void> {
  const dataDir = process.env.CAM_DATA_DIR
  const operations = Number(process.env.CAM_OPERATIONS ?? '10000')
  if (!dataDir) throw new Error('CAM_DATA_DIR is required')
  const vault = new MemoryVault()
  let clip = ''
  const app = await createAppServices({
    dataDir,
    keychainService: 'long-session',
    clipboard: { readText: () => clip, writeText: (t) => void (clip = t) },
    appVersion: 'long-session',
    user: 'long-session',
    vault,
    log: silentLogger,
    // A backup every 2 s of writes: the rolling backups are exercised too.
    backups: { intervalMs: 2000 }
  })
  await app.reconciled
  const dispatch = createDispatcher(app.handlers, {
    isTrustedSender: () => true,
    log: silentLogger
  })
  const call = async <T>(method: string, input: unknown): Promise<Result<T>> =>
    (await dispatch({ senderFrame: { url: 'app://long/' } }, method, input)) as Result<T>

  const next = random(20240501)
  const live: ChannelView[] = []
  const counts: Record<Kind, number> = {
    create: 0,
    update: 0,
    rotate: 0,
    remove: 0,
    reveal: 0,
    copy: 0,
    list: 0,
    get: 0,
    conflict: 0,
    notFound: 0
  }
  const unexpected: string[] = []
  const expect = <T>(kind: Kind, result: Result<T>, code?: string): T | undefined => {
    counts[kind]++
    if (code === undefined && result.ok) return result.value
    if (code !== undefined && !result.ok && result.error.code === code) return undefined
    unexpected.push(`${kind}: ${JSON.stringify(result).slice(0, 200)}`)
    return undefined
  }
  const pick = (): ChannelView => live[Math.floor(next() * live.length)]
  const heapSamples: Array<{ op: number; heapMb: number; live: number }> = []
  const started = performance.now()
  let slowestMs = 0

  for (let i = 0; i < operations; i++) {
    if (i % SAMPLE_EVERY === 0) heapSamples.push({ op: i, heapMb: heapMb(), live: live.length })
    const opStart = performance.now()
    const r = live.length < 5 ? 0 : next()
    if (r < 0.25 && live.length < MAX_LIVE) {
      const view = expect(
        'create',
        await call<ChannelView>('channels.create', {
          name: `Session channel ${i}`,
          collectedByQuickTracking: true,
          appType: i % 2 ? 'MINI_PROGRAM' : 'WEB',
          platforms: i % 2 ? ['WECHAT', 'ALIPAY'] : [],
          domains: i % 2 ? [] : [`https://s${i}.example.com`]
        })
      )
      if (view) live.push(view)
    } else if (r < 0.4) {
      const target = pick()
      const view = expect(
        'update',
        await call<ChannelView>('channels.update', {
          id: target.id,
          name: `Renamed ${i}`,
          collectedByQuickTracking: true,
          appType: target.appType,
          platforms: [...target.platforms],
          domains: [...target.domains]
        })
      )
      if (view) live[live.indexOf(target)] = view
    } else if (r < 0.5) {
      const target = pick()
      const view = expect(
        'rotate',
        await call<ChannelView>('channels.rotateSecret', { id: target.id })
      )
      if (view) live[live.indexOf(target)] = view
    } else if (r < 0.6 || live.length >= MAX_LIVE) {
      const target = pick()
      if (expect('remove', await call('channels.remove', { id: target.id }))) {
        live.splice(live.indexOf(target), 1)
      }
    } else if (r < 0.7) {
      expect('reveal', await call('channels.revealSecret', { id: pick().id }))
    } else if (r < 0.75) {
      const field = next() < 0.5 ? 'accessKeySecret' : 'appKey'
      expect('copy', await call('channels.copy', { id: pick().id, field }))
    } else if (r < 0.85) {
      expect('list', await call('channels.list', undefined))
    } else if (r < 0.92) {
      expect('get', await call('channels.get', { id: pick().id }))
    } else if (r < 0.96) {
      expect(
        'conflict',
        await call('channels.create', {
          name: pick().name.toUpperCase(),
          collectedByQuickTracking: true,
          appType: 'APP',
          platforms: ['IOS'],
          domains: []
        }),
        'CONFLICT'
      )
    } else {
      expect(
        'notFound',
        await call('channels.get', { id: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' }),
        'NOT_FOUND'
      )
    }
    slowestMs = Math.max(slowestMs, performance.now() - opStart)
  }
  const elapsedMs = performance.now() - started
  heapSamples.push({ op: operations, heapMb: heapMb(), live: live.length })
  await app.dispose()

  const path = join(dataDir, 'channels.json')
  const data = decodeStoreText(await readFile(path, 'utf8'), path, MIGRATIONS)
  const fileIds = data.channels.map((c) => c.id).sort()
  const liveIds = live.map((c) => c.id).sort()
  const vaultIds = [...vault.entries.keys()].sort()
  const steady = heapSamples.filter((s) => s.op >= STEADY_FROM)
  const auditLines = (await readFile(join(dataDir, 'audit.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
  const backups = await app.session.backups.list()

  process.stdout.write(
    `${JSON.stringify({
      operations,
      counts,
      unexpected,
      channelsAtEnd: fileIds.length,
      fileMatchesSession: JSON.stringify(fileIds) === JSON.stringify(liveIds),
      vaultMatchesFile: JSON.stringify(vaultIds) === JSON.stringify(fileIds),
      auditEntries: auditLines.length,
      backupsKept: backups.length,
      gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
      heapSamples,
      heapSteadyStartMb: steady[0].heapMb,
      heapEndMb: steady[steady.length - 1].heapMb,
      heapGrowthMb: Math.round((steady[steady.length - 1].heapMb - steady[0].heapMb) * 100) / 100,
      elapsedMs: Math.round(elapsedMs),
      meanOpMs: Math.round((elapsedMs / operations) * 100) / 100,
      slowestOpMs: Math.round(slowestMs)
    })}\n`
  )
}

main().catch((error: unknown) => {
  process.stderr.write(
    `long-session-child failed: ${error instanceof Error ? error.stack : String(error)}\n`
  )
  process.exit(2)
})
