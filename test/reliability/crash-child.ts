/**
 * The process test/reliability/crash.test.ts kills. It starts the real services
 * (createAppServices: durable lowdb store, rolling backups, the real KeytarVault) on the
 * folder it is given and applies an endless stream of changes through the IPC dispatcher,
 * one at a time. Before each change it prints a `begin` line and after the change is
 * acknowledged (the call resolved) an `ack` line; stdout is a pipe, which Node writes
 * synchronously, so a printed line reaches the parent even if the process dies next.
 *
 * Environment: CAM_DATA_DIR, CAM_KEYCHAIN_SERVICE, CAM_SEED, CAM_MODE ('run' | 'verify':
 * start, reconcile, report and exit without changing anything).
 */
import { createAppServices } from '../../src/main/app-services'
import { createDispatcher } from '../../src/main/ipc/handle'
import { silentLogger } from '../../src/main/log'
import type { ChannelView } from '../../src/shared/channel'
import type { Result } from '../../src/shared/errors'
import { seededRandom } from '../support/seeded-random'

const MAX_LIVE = 30

function print(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

const random = seededRandom

async function main(): Promise<void> {
  const dataDir = process.env.CAM_DATA_DIR
  const keychainService = process.env.CAM_KEYCHAIN_SERVICE
  const seed = Number(process.env.CAM_SEED ?? '1')
  if (!dataDir || !keychainService)
    throw new Error('CAM_DATA_DIR and CAM_KEYCHAIN_SERVICE are required')
  let clip = ''
  const app = await createAppServices({
    dataDir,
    keychainService,
    clipboard: { readText: () => clip, writeText: (t) => void (clip = t) },
    appVersion: 'crash-test',
    user: 'crash-test',
    log: silentLogger
  })
  if (app.recovery) {
    print({ t: 'recovery', problem: app.recovery.problem, detail: app.recovery.detail })
    process.exit(3)
  }
  const reconcile = await app.reconciled
  const dispatch = createDispatcher(app.handlers, {
    isTrustedSender: () => true,
    log: silentLogger
  })
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = (await dispatch(
      { senderFrame: { url: 'app://crash/' } },
      method,
      input
    )) as Result<T>
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`)
    return result.value
  }
  const live = await call<ChannelView[]>('channels.list', undefined)
  print({ t: 'ready', channels: live.length, reconcile })
  if (process.env.CAM_MODE === 'verify') {
    await app.dispose()
    return
  }

  const next = random(seed)
  const pick = (): ChannelView => live[Math.floor(next() * live.length)]
  for (let i = 0; ; i++) {
    const r = next()
    if (live.length < 3 || (live.length < MAX_LIVE && r < 0.4)) {
      const name = `c${seed}-${i}`
      print({ t: 'begin', op: 'create', name })
      const view = await call<ChannelView>('channels.create', {
        name,
        collectedByQuickTracking: true,
        appType: 'WEB',
        platforms: [],
        domains: [`https://s${i}.example.com`]
      })
      live.push(view)
      print({ t: 'ack', op: 'create', id: view.id, name, secretUpdatedAt: view.secretUpdatedAt })
    } else if (r < 0.6) {
      const target = pick()
      const name = `u${seed}-${i}`
      print({ t: 'begin', op: 'update', id: target.id, name })
      const view = await call<ChannelView>('channels.update', {
        id: target.id,
        name,
        collectedByQuickTracking: true,
        appType: target.appType,
        platforms: [...target.platforms],
        domains: [...target.domains]
      })
      live[live.indexOf(target)] = view
      print({ t: 'ack', op: 'update', id: view.id, name })
    } else if (r < 0.8) {
      const target = pick()
      print({ t: 'begin', op: 'rotate', id: target.id })
      const view = await call<ChannelView>('channels.rotateSecret', { id: target.id })
      live[live.indexOf(target)] = view
      print({ t: 'ack', op: 'rotate', id: view.id, secretUpdatedAt: view.secretUpdatedAt })
    } else {
      const target = pick()
      print({ t: 'begin', op: 'remove', id: target.id })
      await call('channels.remove', { id: target.id })
      live.splice(live.indexOf(target), 1)
      print({ t: 'ack', op: 'remove', id: target.id })
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `crash-child failed: ${error instanceof Error ? error.stack : String(error)}\n`
  )
  process.exit(2)
})
