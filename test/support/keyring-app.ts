/**
 * An app on the real keychain (keytar on the test session's gnome-keyring) for the integration
 * tests of backup and restore: its own data folder and keychain service, main's file dialogs
 * answered by the test, calls through the real dispatcher. `dispose()` deletes its entries.
 */
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import { createDispatcher } from '../../src/main/ipc/handle'
import type { KeytarLike } from '../../src/main/vault/secret-vault'
import type { Result } from '../../src/shared/errors'
import type { IpcInput, IpcMethod, IpcResults } from '../../src/shared/ipc/contract'
import { FakeClipboard, recordingLogger } from './fakes'
import { FileDialogs } from './file-dialogs'

export const keytar = createRequire(import.meta.url)('keytar') as KeytarLike

export interface KeyringApp {
  readonly app: AppServices
  readonly dataDir: string
  readonly service: string
  readonly dialogs: FileDialogs
  call<M extends IpcMethod>(method: M, input: IpcInput<M>): Promise<Result<IpcResults[M]>>
  /** Every entry of this app's keychain service: account → secret. */
  keychain(): Promise<Map<string, string>>
  /** Stop the app (the data folder and keychain entries stay). */
  stop(): Promise<void>
  /** Stop, delete the data folder and every keychain entry of the service. */
  dispose(): Promise<void>
}

/** Throws a clear error when the test does not run inside an unlocked keyring session. */
export async function requireKeyring(): Promise<void> {
  await keytar.findCredentials(`cam-probe-${randomUUID()}`).catch((error: unknown) => {
    throw new Error(
      `No usable keychain (${String(error)}). Run inside: dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets; npx vitest run --project integration'`
    )
  })
}

/** Start an app on the real keychain; `dataDir` and `service` default to fresh ones. */
export async function startKeyringApp(
  options: {
    readonly dataDir?: string
    readonly service?: string
    readonly dialogs?: FileDialogs
  } = {}
): Promise<KeyringApp> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cam-keyring-')))
  const service = options.service ?? `cam-test-${randomUUID()}`
  const dialogs = options.dialogs ?? new FileDialogs()
  const log = recordingLogger()
  const app = await createAppServices({
    dataDir,
    keychainService: service,
    clipboard: new FakeClipboard(),
    appVersion: 'integration',
    user: 'integration',
    log,
    chooseFile: dialogs.choose,
    // A cheap scrypt: these tests are about the keychain and the files, not the work factor.
    backupScryptLogN: 10
  })
  await app.reconciled
  const dispatch = createDispatcher(app.handlers, { isTrustedSender: () => true, log })
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    await app.dispose()
  }
  return {
    app,
    dataDir,
    service,
    dialogs,
    call: (method, input) =>
      dispatch({ senderFrame: { url: 'app://test/' } }, method, input) as never,
    keychain: async () =>
      new Map((await keytar.findCredentials(service)).map((c) => [c.account, c.password])),
    stop,
    dispose: async () => {
      await stop()
      for (const { account } of await keytar.findCredentials(service)) {
        await keytar.deletePassword(service, account)
      }
      await rm(dataDir, { recursive: true, force: true })
    }
  }
}

/** What `secret-tool lookup` (libsecret-tools) reads for a keytar entry. */
export async function secretTool(service: string, account: string): Promise<string> {
  const { stdout } = await promisify(execFile)('secret-tool', [
    'lookup',
    'service',
    service,
    'account',
    account
  ])
  return stdout
}
