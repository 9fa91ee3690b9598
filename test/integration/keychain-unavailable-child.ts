/**
 * Run by keychain-unavailable.test.ts in a process with no D-Bus session: the real
 * services with the real KeytarVault, called through the IPC dispatcher. Prints one JSON
 * line with every envelope. Environment: CAM_DATA_DIR, CAM_KEYCHAIN_SERVICE.
 */
import { createAppServices } from '../../src/main/app-services'
import { createDispatcher } from '../../src/main/ipc/handle'
import { silentLogger } from '../../src/main/log'

async function main(): Promise<void> {
  const dataDir = process.env.CAM_DATA_DIR
  const keychainService = process.env.CAM_KEYCHAIN_SERVICE
  if (!dataDir || !keychainService)
    throw new Error('CAM_DATA_DIR and CAM_KEYCHAIN_SERVICE are required')
  let clip = ''
  const app = await createAppServices({
    dataDir,
    keychainService,
    clipboard: { readText: () => clip, writeText: (t) => void (clip = t) },
    appVersion: 'no-dbus',
    user: 'no-dbus',
    log: silentLogger
  })
  const dispatch = createDispatcher(app.handlers, {
    isTrustedSender: () => true,
    log: silentLogger
  })
  const call = (method: string, input?: unknown) =>
    dispatch({ senderFrame: { url: 'app://no-dbus/' } }, method, input)
  const reconciled = await app.reconciled
  const list = await call('channels.list')
  const channels = list.ok ? (list.value as Array<Record<string, unknown> & { id: string }>) : []
  const [first, second] = channels.map((c) => c.id)
  const { appType, platforms, domains } = channels[0] ?? {}
  const results = {
    platform: process.platform,
    reconciled,
    list,
    status: await call('app.status'),
    create: await call('channels.create', {
      name: 'Needs a keychain',
      collectedByQuickTracking: true,
      appType: 'APP',
      platforms: ['ANDROID'],
      domains: []
    }),
    reveal: await call('channels.revealSecret', { id: first }),
    copySecret: await call('channels.copy', { id: first, field: 'accessKeySecret' }),
    rotate: await call('channels.rotateSecret', { id: first }),
    copyAppKey: await call('channels.copy', { id: first, field: 'appKey' }),
    get: await call('channels.get', { id: first }),
    update: await call('channels.update', {
      id: first,
      name: 'Renamed without a keychain',
      collectedByQuickTracking: true,
      appType,
      platforms,
      domains
    }),
    remove: await call('channels.remove', { id: second }),
    listAfter: await call('channels.list'),
    statusAfter: await call('app.status')
  }
  await app.dispose()
  process.stdout.write(`${JSON.stringify(results)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(
    `keychain-unavailable-child failed: ${error instanceof Error ? error.stack : String(error)}\n`
  )
  process.exit(2)
})
