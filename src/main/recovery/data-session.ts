/**
 * The app's data for one run: the channel store and service in normal mode, or, when the
 * data file is damaged, recovery mode. Recovery mode never writes over the damaged file:
 * channel methods answer RECOVERY_REQUIRED, and the user chooses to restore a backup or to
 * start empty, each of which first keeps the damaged file as `channels.json.damaged-<time>`.
 */
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
import { ChannelChanges } from '../channels/channel-changes'
import { ChannelService, type ReconcileReport } from '../channels/channel-service'
import { StartupReconcile } from '../channels/startup-reconcile'
import type { AppDeps } from '../deps'
import { describeError } from '../log'
import { ChannelStore, DATA_FILE_NAME } from '../store/channel-store'
import { DirectorySyncError, DurableTextFile } from '../store/durable-file'
import { encodeStoreData } from '../store/json-store-adapter'
import { StoreLoadError } from '../store/store-errors'
import { emptyStoreData } from '../store/store-file'
import { SerialQueue } from '../util/serial-queue'
import { BackupStore } from './backups'
import { keepDamagedCopy, listDamagedCopies } from './damaged-file'

type State =
  | {
      readonly mode: 'normal'
      readonly service: ChannelService
      readonly reconcile: StartupReconcile
    }
  | { readonly mode: 'recovery'; readonly recovery: RecoveryStatus }

export class DataSession {
  readonly dataDir: string
  readonly filePath: string
  readonly backups: BackupStore
  readonly #d: AppDeps
  readonly #file: Adapter<string>
  readonly #queue = new SerialQueue()
  // The list's revision outlives each store a recovery action opens: it only counts up.
  readonly #changes: ChannelChanges
  #state: State | undefined
  #probe: Promise<unknown> = Promise.resolve()

  private constructor(deps: AppDeps) {
    this.#d = deps
    this.dataDir = deps.dataDir
    this.filePath = join(deps.dataDir, DATA_FILE_NAME)
    this.#file = deps.storeFile?.(this.filePath) ?? new DurableTextFile(this.filePath)
    this.#changes = new ChannelChanges(deps.emit)
    this.backups = new BackupStore({
      dataDir: deps.dataDir,
      keep: deps.backups?.keep,
      intervalMs: deps.backups?.intervalMs,
      now: deps.now,
      log: deps.log
    })
  }

  /** Open the data folder: normal mode on a good (or missing) file, recovery mode on a damaged one. */
  static async open(deps: AppDeps): Promise<DataSession> {
    const session = new DataSession(deps)
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
    if (state.mode === 'recovery') throw new AppError('RECOVERY_REQUIRED', 'recovery.required')
    return state.service
  }

  /** Why the app is in recovery mode (recovery.status); null in normal mode. */
  async status(): Promise<RecoveryStatus | null> {
    return this.recovery
  }

  /** Mode and keychain state, for the banner (app.status). */
  appStatus(): AppStatus {
    const keychain = this.#d.vault.status
    return {
      mode: this.#current().mode,
      keychain: keychain.state,
      ...(keychain.message === undefined ? {} : { keychainMessage: keychain.message })
    }
  }

  /** Keep the damaged file aside and put a good backup (default: the newest) in its place. */
  restoreBackup({ backupId }: { readonly backupId?: string } = {}): Promise<RestoreBackupResult> {
    return this.#queue.run(async () => {
      this.#requireRecovery()
      const backups = await this.backups.list()
      const chosen =
        backupId === undefined ? backups[0] : backups.find((backup) => backup.id === backupId)
      if (!chosen) {
        throw new AppError(
          'NOT_FOUND',
          backupId === undefined ? 'recovery.noBackup' : 'recovery.backupNotFound'
        )
      }
      const text = await this.backups.read(chosen.id)
      const damagedFile = await this.#replaceDamaged(text)
      this.#d.log.warn(
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
      this.#d.log.warn(`Started with no channels; the damaged data file is kept as ${damagedFile}.`)
      return { damagedFile }
    })
  }

  /** Show the data folder in the OS file manager. */
  async openDataFolder(): Promise<OpenDataFolderResult> {
    const path = this.dataDir
    if (!this.#d.openPath) {
      throw new AppError('INTERNAL', 'recovery.folderUnavailable', { params: { path } })
    }
    try {
      await this.#d.openPath(path)
    } catch (error) {
      this.#d.log.warn('Could not open the data folder.', describeError(error))
      throw new AppError('INTERNAL', 'recovery.folderNotOpened', { params: { path } })
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
      log: this.#d.log
    })
    try {
      const { staleTempFiles } = await store.open()
      if (staleTempFiles > 0) {
        this.#d.log.info(`Removed ${staleTempFiles} temp files left by an interrupted write.`)
      }
    } catch (error) {
      if (!(error instanceof StoreLoadError)) throw error
      this.#d.log.error(
        `The data file is damaged (${error.kind}); starting in recovery mode.`,
        error
      )
      this.#state = { mode: 'recovery', recovery: await this.#describe(error) }
      // Learn whether the keychain works for the banner, without touching any entry.
      this.#probe = this.#d.vault.accounts().catch(() => undefined)
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
          this.#d.log.warn('Start-up reconcile skipped: the keychain is not available.', error)
          return null
        }),
      this.#d.reconcileDelays
    )
    const service = new ChannelService(this.#d, {
      store,
      onListed: () => reconcile.listed(),
      changes: this.#changes
    })
    // After a recovery action the window is already showing: no reason to wait.
    if (when === 'recovered') void reconcile.report()
    this.#state = { mode: 'normal', service, reconcile }
    // A page holding a list from before (there is none at start-up) takes a new snapshot.
    if (when === 'recovered') this.#changes.replaced()
  }

  async #describe(error: StoreLoadError): Promise<RecoveryStatus> {
    return {
      problem: error.kind,
      detail: error.detail,
      dataFile: this.filePath,
      dataDir: this.dataDir,
      backups: await this.backups.list().catch(() => []),
      detectedAt: this.#d.now().toISOString()
    }
  }

  /** Keep the damaged file, put `text` in its place atomically, reopen. */
  async #replaceDamaged(text: string): Promise<string> {
    let damagedFile: string
    try {
      damagedFile = await keepDamagedCopy(this.filePath, this.#d.now())
      // Only the folder fsync failed: the good file is in place, so go on with it.
      await this.#file.write(text).catch((error: unknown) => {
        if (!(error instanceof DirectorySyncError)) throw error
      })
    } catch (error) {
      this.#d.log.error('Recovery could not write the data folder.', describeError(error))
      throw new AppError('STORAGE', 'recovery.notWritten')
    }
    await this.#load('recovered')
    return damagedFile
  }

  #requireRecovery(): void {
    if (this.#current().mode !== 'recovery') {
      throw new AppError('CONFLICT', 'recovery.nothingToRecover')
    }
  }

  #current(): State {
    if (!this.#state) throw new Error('DataSession used before open() finished.')
    return this.#state
  }
}
