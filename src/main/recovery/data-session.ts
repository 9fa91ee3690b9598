/**
 * The app's data for one run: the channel store and service in normal mode, or, when the
 * data file is damaged, recovery mode. Recovery mode never writes over the damaged file:
 * channel methods answer RECOVERY_REQUIRED, and the user chooses to restore a backup or to
 * start empty, each of which first keeps the damaged file as `channels.json.damaged-<time>`.
 */
import { randomUUID } from 'node:crypto'
import type { ReauthGate } from '../security/reauth'
import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import { AppError } from '../../shared/errors'
import type {
  AppStatus,
  OpenDataFolderResult,
  RecoveryStatus,
  RestoreBackupResult,
  StartEmptyResult
} from '../../shared/ipc/contract'
import type { AuditLog } from '../audit/audit-log'
import { ChannelService, type ReconcileReport } from '../channels/channel-service'
import { StartupReconcile, type StartupReconcileDelays } from '../channels/startup-reconcile'
import type { Clipboard, Timers } from '../clipboard/secret-clipboard'
import { generateKey as defaultGenerateKey, type KeyGenerator } from '../keys/generate'
import { describeError, redact, type Logger } from '../log'
import { ChannelStore, DATA_FILE_NAME } from '../store/channel-store'
import { DirectorySyncError, DurableTextFile } from '../store/durable-file'
import { encodeStoreData } from '../store/json-store-adapter'
import { StoreLoadError } from '../store/store-errors'
import { emptyStoreData } from '../store/store-file'
import { SerialQueue } from '../util/serial-queue'
import { ObservedVault } from '../vault/observed-vault'
import type { SecretVault } from '../vault/secret-vault'
import { BackupStore } from './backups'
import { keepDamagedCopy, listDamagedCopies } from './damaged-file'

export interface DataSessionOptions {
  readonly dataDir: string
  readonly vault: SecretVault
  readonly audit: Pick<AuditLog, 'record'>
  readonly clipboard: Clipboard
  readonly now: () => Date
  readonly secretTimeoutMs: number
  readonly log: Logger
  /** Opens a folder in the OS file manager (Electron's shell.openPath in the app). */
  readonly openPath?: (path: string) => Promise<void>
  /** The data file's text adapter; tests pass one that fails on demand. */
  readonly storeFile?: (filePath: string) => Adapter<string>
  readonly backups?: { readonly keep?: number; readonly intervalMs?: number }
  readonly platform?: NodeJS.Platform
  readonly generateKey?: KeyGenerator
  readonly newId?: () => string
  readonly timers?: Timers
  /** When the deferred start-up reconcile runs (see StartupReconcile). */
  readonly reconcileDelays?: StartupReconcileDelays
  /** Optional re-authentication before a secret is revealed or copied. */
  readonly reauth?: ReauthGate
}

type State =
  | {
      readonly mode: 'normal'
      readonly service: ChannelService
      readonly reconcile: StartupReconcile
    }
  | { readonly mode: 'recovery'; readonly recovery: RecoveryStatus }

const RECOVERY_REQUIRED =
  'The channel data file is damaged, so channels cannot be shown or changed. Restore a backup or start empty first; the damaged file is kept.'

export class DataSession {
  readonly dataDir: string
  readonly filePath: string
  readonly backups: BackupStore
  readonly #o: DataSessionOptions
  readonly #vault: ObservedVault
  readonly #file: Adapter<string>
  readonly #queue = new SerialQueue()
  #state: State | undefined
  #probe: Promise<unknown> = Promise.resolve()

  private constructor(options: DataSessionOptions) {
    this.#o = options
    this.dataDir = options.dataDir
    this.filePath = join(options.dataDir, DATA_FILE_NAME)
    this.#vault = new ObservedVault(options.vault, options.platform)
    this.#file = options.storeFile?.(this.filePath) ?? new DurableTextFile(this.filePath)
    this.backups = new BackupStore({
      dataDir: options.dataDir,
      keep: options.backups?.keep,
      intervalMs: options.backups?.intervalMs,
      now: options.now,
      log: options.log
    })
  }

  /** Open the data folder: normal mode on a good (or missing) file, recovery mode on a damaged one. */
  static async open(options: DataSessionOptions): Promise<DataSession> {
    const session = new DataSession(options)
    await session.#load('start-up')
    return session
  }

  get mode(): 'normal' | 'recovery' {
    return this.#current().mode
  }

  /** What is wrong with the data file in recovery mode, else null. */
  get recovery(): RecoveryStatus | null {
    const state = this.#current()
    return state.mode === 'recovery' ? state.recovery : null
  }

  /**
   * The start-up reconcile of the current store: its report, or null (keychain unavailable,
   * recovery mode). It is deferred off the start-up path; asking for it starts it now.
   */
  get reconciled(): Promise<ReconcileReport | null> {
    const state = this.#current()
    return state.mode === 'normal' ? state.reconcile.report() : Promise.resolve(null)
  }

  /** The channel service; RECOVERY_REQUIRED while the data file is damaged. */
  channels(): ChannelService {
    const state = this.#current()
    if (state.mode === 'recovery') throw new AppError('RECOVERY_REQUIRED', RECOVERY_REQUIRED)
    return state.service
  }

  /** Mode and keychain state, for the banner. */
  status(): AppStatus {
    const keychain = this.#vault.status
    return {
      mode: this.#current().mode,
      keychain: keychain.state,
      ...(keychain.message === undefined ? {} : { keychainMessage: keychain.message })
    }
  }

  /** Keep the damaged file aside and put a good backup (default: the newest) in its place. */
  restoreBackup(backupId?: string): Promise<RestoreBackupResult> {
    return this.#queue.run(async () => {
      this.#requireRecovery()
      const backups = await this.backups.list()
      const chosen =
        backupId === undefined ? backups[0] : backups.find((backup) => backup.id === backupId)
      if (!chosen) {
        throw new AppError(
          'NOT_FOUND',
          backupId === undefined
            ? 'There is no good backup to restore. Start empty, or open the data folder to repair the file by hand.'
            : 'This backup does not exist or can no longer be read.'
        )
      }
      const text = await this.backups.read(chosen.id)
      const damagedFile = await this.#replaceDamaged(text)
      this.#o.log.warn(
        `Restored backup ${chosen.id}; the damaged data file is kept as ${damagedFile}.`
      )
      return { restored: chosen, damagedFile, channelCount: (await this.channels().list()).length }
    })
  }

  /** Keep the damaged file aside and start with no channels. */
  startEmpty(): Promise<StartEmptyResult> {
    return this.#queue.run(async () => {
      this.#requireRecovery()
      const damagedFile = await this.#replaceDamaged(encodeStoreData(emptyStoreData()))
      this.#o.log.warn(`Started with no channels; the damaged data file is kept as ${damagedFile}.`)
      return { damagedFile }
    })
  }

  /** Show the data folder in the OS file manager. */
  async openDataFolder(): Promise<OpenDataFolderResult> {
    if (!this.#o.openPath) {
      throw new AppError(
        'INTERNAL',
        `Opening folders is not available here. The data folder is ${this.dataDir}`
      )
    }
    try {
      await this.#o.openPath(this.dataDir)
    } catch (error) {
      this.#o.log.warn('Could not open the data folder.', describeError(error))
      throw new AppError('INTERNAL', `The data folder could not be opened. It is ${this.dataDir}`)
    }
    return { path: this.dataDir }
  }

  /** Wait for running work, then stop the service's timers. */
  async dispose(): Promise<void> {
    await this.#queue.idle()
    await this.#probe
    const state = this.#state
    if (state?.mode === 'normal') {
      // A reconcile under way finishes; one not yet started is left for the next start.
      if (state.reconcile.started) await state.reconcile.report()
      else state.reconcile.cancel()
      await state.service.dispose()
    }
  }

  async #load(when: 'start-up' | 'recovered'): Promise<void> {
    const store = new ChannelStore({
      dataDir: this.dataDir,
      file: this.#file,
      backups: this.backups,
      log: this.#o.log
    })
    try {
      const { staleTempFiles } = await store.open()
      if (staleTempFiles > 0) {
        this.#o.log.info(`Removed ${staleTempFiles} temp files left by an interrupted write.`)
      }
    } catch (error) {
      if (!(error instanceof StoreLoadError)) throw error
      this.#o.log.error(
        `The data file is damaged (${error.kind}); starting in recovery mode.`,
        error
      )
      this.#state = { mode: 'recovery', recovery: await this.#describe(error) }
      // Learn whether the keychain works for the banner, without touching any entry.
      this.#probe = this.#vault.accounts().catch(() => undefined)
      return
    }
    // While a damaged file is kept, its channels' secrets are kept too: the user may still
    // repair that file, and a secret deleted from the keychain cannot be brought back.
    const keepOrphans = (await listDamagedCopies(this.filePath)).length > 0
    // Not at start: opening the app and showing the list make no keychain call. A locked or
    // missing keychain must not stop the app from showing the list either; the records show
    // 'unknown' secret status until it ran, and each keychain action reports the fix.
    const reconcile = new StartupReconcile(
      () =>
        service.reconcile({ keepOrphans }).catch((error: unknown) => {
          this.#o.log.warn('Start-up reconcile skipped: the keychain is not available.', error)
          return null
        }),
      this.#o.reconcileDelays
    )
    const service = new ChannelService({
      store,
      vault: this.#vault,
      audit: this.#o.audit,
      clipboard: this.#o.clipboard,
      generateKey: this.#o.generateKey ?? ((kind) => defaultGenerateKey(kind)),
      now: this.#o.now,
      newId: this.#o.newId ?? (() => randomUUID()),
      secretTimeoutMs: this.#o.secretTimeoutMs,
      timers: this.#o.timers,
      log: this.#o.log,
      platform: this.#o.platform,
      onListed: () => reconcile.listed(),
      reauth: this.#o.reauth
    })
    // After a recovery action the window is already showing: no reason to wait.
    if (when === 'recovered') void reconcile.report()
    this.#state = { mode: 'normal', service, reconcile }
  }

  async #describe(error: StoreLoadError): Promise<RecoveryStatus> {
    return {
      problem: error.kind,
      message: redact(error.message),
      dataFile: this.filePath,
      dataDir: this.dataDir,
      backups: await this.backups.list().catch(() => []),
      detectedAt: this.#o.now().toISOString()
    }
  }

  /** Keep the damaged file, put `text` in its place atomically, reopen. */
  async #replaceDamaged(text: string): Promise<string> {
    let damagedFile: string
    try {
      damagedFile = await keepDamagedCopy(this.filePath, this.#o.now())
      // Only the folder fsync failed: the good file is in place, so go on with it.
      await this.#file.write(text).catch((error: unknown) => {
        if (!(error instanceof DirectorySyncError)) throw error
      })
    } catch (error) {
      this.#o.log.error('Recovery could not write the data folder.', describeError(error))
      throw new AppError(
        'STORAGE',
        'The data folder could not be written, so the damaged file is still in place and nothing was changed. Check free disk space and permissions, or open the data folder.'
      )
    }
    await this.#load('recovered')
    return damagedFile
  }

  #requireRecovery(): void {
    if (this.#current().mode !== 'recovery') {
      throw new AppError('CONFLICT', 'The data file is in good order; there is nothing to recover.')
    }
  }

  #current(): State {
    if (!this.#state) throw new Error('DataSession used before open() finished.')
    return this.#state
  }
}
