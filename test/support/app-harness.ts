/**
 * The whole main side as the renderer sees it: createAppServices on a temp folder, a
 * MemoryVault with fault hooks, a data file whose writes can be made to fail, and a
 * `call()` that goes through the real IPC dispatcher and returns the envelope.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  createAppServices,
  type AppServices,
  type AppServicesOptions
} from '../../src/main/app-services'
import { createDispatcher } from '../../src/main/ipc/handle'
import { DurableTextFile } from '../../src/main/store/durable-file'
import { MemoryVault } from './memory-vault'
import type { Result } from '../../src/shared/errors'
import type { IpcInput, IpcMethod, IpcResults } from '../../src/shared/ipc/contract'
import { FakeClipboard, FaultyFile, recordingLogger } from './fakes'

export interface AppHarness {
  readonly app: AppServices
  readonly vault: MemoryVault
  /** The data file under the store; set `failWrites` to make the next writes fail. */
  readonly file: FaultyFile
  readonly dataDir: string
  readonly log: ReturnType<typeof recordingLogger>
  readonly opened: string[]
  /** The clipboard main writes to. */
  readonly clipboard: FakeClipboard
  /** Call a contract method through the dispatcher, as the preload would. */
  call<M extends IpcMethod>(method: M, input: IpcInput<M>): Promise<Result<IpcResults[M]>>
  /** The channel ids in the data file on disk, sorted. */
  fileIds(): Promise<string[]>
  /** The accounts in the vault, sorted. */
  vaultIds(): string[]
}

export interface AppHarnessOptions {
  readonly vault?: MemoryVault
  readonly platform?: NodeJS.Platform
  readonly backups?: { readonly keep?: number; readonly intervalMs?: number }
  readonly now?: () => Date
  /** Main's save / open dialogs (test/support/file-dialogs.ts); every dialog cancels without. */
  readonly chooseFile?: AppServicesOptions['chooseFile']
  /** Events main pushes to the page. */
  readonly emit?: AppServicesOptions['emit']
}

/** Start the services on `dataDir` (which may already hold data) and wait for the start-up reconcile. */
export async function startApp(
  dataDir: string,
  options: AppHarnessOptions = {}
): Promise<AppHarness> {
  const vault = options.vault ?? new MemoryVault()
  const log = recordingLogger()
  const opened: string[] = []
  let file: FaultyFile | undefined
  const clipboard = new FakeClipboard()
  const app = await createAppServices({
    dataDir,
    keychainService: 'cam-unit',
    clipboard,
    appVersion: 'test',
    user: 'tester',
    vault,
    log,
    platform: options.platform,
    backups: options.backups,
    now: options.now,
    emit: options.emit,
    openPath: async (path) => void opened.push(path),
    chooseFile: options.chooseFile,
    // A cheap scrypt for passphrase backups: age's default (18) costs about a second each.
    backupScryptLogN: 10,
    storeFile: (path) => (file = new FaultyFile(new DurableTextFile(path)))
  })
  await app.reconciled
  const dispatch = createDispatcher(app.handlers, { isTrustedSender: () => true, log })
  if (!file) throw new Error('the store file was not created')
  const storeFile = file
  return {
    app,
    vault,
    file: storeFile,
    dataDir,
    log,
    opened,
    clipboard,
    call: (method, input) =>
      dispatch({ senderFrame: { url: 'app://test/' } }, method, input) as never,
    fileIds: async () => {
      const text = await readFile(join(dataDir, 'channels.json'), 'utf8').catch(() => null)
      if (text === null) return []
      return (JSON.parse(text) as { channels: Array<{ id: string }> }).channels
        .map((c) => c.id)
        .sort()
    },
    vaultIds: () => [...vault.entries.keys()].sort()
  }
}

/** The value of an ok envelope; throws with the error otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`)
  return result.value
}
