/**
 * The process test/reliability/restore-crash.test.ts kills during a restore. It starts the real
 * services (durable store, the real keychain through keytar) on the folder it is given — which
 * finishes or undoes a restore the previous run was killed in — prints `ready`, then waits for
 * a line `go <backup file> <id,id,…>` on stdin and restores that backup (made to this
 * computer's key) through the IPC dispatcher, replacing the listed channels. It prints
 * `applied` when the restore was acknowledged. stdout is a pipe, which Node writes
 * synchronously, so a printed line reaches the parent even if the process dies next.
 *
 * Environment: CAM_DATA_DIR, CAM_KEYCHAIN_SERVICE.
 */
import { createInterface } from 'node:readline'
import { createAppServices } from '../../src/main/app-services'
import { createDispatcher } from '../../src/main/ipc/handle'
import { silentLogger } from '../../src/main/log'
import type { RestoreOpened, RestoreResult } from '../../src/shared/backup'
import type { Result } from '../../src/shared/errors'

function print(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`)
}

async function main(): Promise<void> {
  const dataDir = process.env.CAM_DATA_DIR
  const keychainService = process.env.CAM_KEYCHAIN_SERVICE
  if (!dataDir || !keychainService)
    throw new Error('CAM_DATA_DIR and CAM_KEYCHAIN_SERVICE are required')
  let file: string | null = null
  const app = await createAppServices({
    dataDir,
    keychainService,
    clipboard: { readText: () => '', writeText: () => undefined },
    appVersion: 'restore-crash',
    user: 'restore-crash',
    log: silentLogger,
    chooseFile: async () => file
  })
  if (app.recovery) {
    print({ t: 'recovery', problem: app.recovery.problem })
    process.exit(3)
  }
  // Start-up has already finished or undone an interrupted restore (before any keychain
  // call of the app); the deferred keychain check changes nothing, so it is not waited for.
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
  print({ t: 'ready' })

  for await (const line of createInterface({ input: process.stdin })) {
    const [command, path, ids] = line.split(' ')
    if (command !== 'go') break
    file = path
    const opened = await call<RestoreOpened>('backup.open', undefined)
    if (opened.status !== 'ready') throw new Error(`the backup did not open: ${opened.status}`)
    print({ t: 'begin' })
    const result = await call<RestoreResult>('backup.restore', {
      token: opened.preview.token,
      replace: ids ? ids.split(',') : []
    })
    print({ t: 'applied', result })
    break
  }
  await app.dispose()
  // Nothing more to read: let the process end even if stdin is still open.
  process.stdin.destroy()
}

main().catch((error: unknown) => {
  process.stderr.write(
    `restore-crash-child failed: ${error instanceof Error ? error.stack : String(error)}\n`
  )
  process.exit(2)
})
