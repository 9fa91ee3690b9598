/**
 * The app's data for one run: the channel store and service in normal mode, or, when the
 * data file is damaged, recovery mode. Recovery mode never writes over the damaged file:
 * channel methods answer RECOVERY_REQUIRED, and the user chooses to restore a backup or to
 * start empty, each of which first keeps the damaged file as `channels.json.damaged-<time>`.
 */
import { stat } from 'node:fs/promises'
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
import type { ChannelRecord } from '../../shared/channel'
import type { BackupTarget, RestoreSnapshot } from '../backup/backup-service'
import { applyRestoreBatch, type RestoreBatch } from '../backup/restore-apply'
import { recoverRestore, RestoreJournal } from '../backup/restore-journal'
import { CHANNEL_ACCOUNT, ChannelService, type ReconcileReport } from '../channels/channel-service'
import { ChannelChanges } from '../channels/channel-changes'
import { StartupReconcile } from '../channels/startup-reconcile'
import type { AppDeps } from '../deps'
import { describeError } from '../log'
import { ChannelStore, DATA_FILE_NAME } from '../store/channel-store'
import { DirectorySyncError, DurableTextFile } from '../store/durable-file'
import { assertNoSecret, encodeStoreData } from '../store/json-store-adapter'
import { StoreLoadError } from '../store/store-errors'
import { CURRENT_SCHEMA_VERSION, emptyStoreData } from '../store/store-file'
import { SerialQueue } from '../util/serial-queue'
import { BackupStore } from './backups'
import { keepDamagedCopy } from './damaged-file'

type State =
  | {
      readonly mode: 'normal'
      readonly service: ChannelService
      readonly reconcile: StartupReconcile
    }
  | { readonly mode: 'recovery'; readonly recovery: RecoveryStatus }

export class DataSession implements BackupTarget {
  readonly dataDir: string
  readonly filePath: string
  readonly backups: BackupStore
  readonly #d: AppDeps
  readonly #file: Adapter<string>
  readonly #queue = new SerialQueue()
  readonly #journal: RestoreJournal
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
    this.#journal = new RestoreJournal(deps.dataDir, deps.now)
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

  /** For a backup: the channels and their secrets (normal mode only). */
  async backupSnapshot(): Promise<RestoreSnapshot> {
    return this.channels().withSecrets()
  }

  /** For a restore: the channels and the keychain; no channels while the data file is damaged. */
  async restoreSnapshot(): Promise<RestoreSnapshot> {
    const state = this.#current()
    if (state.mode === 'normal') return state.service.withSecrets()
    return { records: [], keychain: await this.#d.vault.readAll() }
  }

  /**
   * Apply a restore. In normal mode the channel service does it; while the data file is damaged
   * or missing, the restored channels become the data file (the damaged one is kept aside first,
   * as for a rolling backup) and the app leaves recovery mode.
   */
  applyRestore(
    build: (snapshot: RestoreSnapshot) => RestoreBatch,
    journal: RestoreJournal
  ): Promise<{ channelCount: number; damagedFile?: string }> {
    return this.#queue.run(async () => {
      const state = this.#current()
      if (state.mode === 'normal') return state.service.applyRestore(build, journal)
      const batch = build({ records: [], keychain: await this.#d.vault.readAll() })
      let damagedFile: string | undefined
      await applyRestoreBatch(batch, {
        vault: this.#d.vault,
        journal,
        log: this.#d.log,
        platform: this.#d.platform,
        known: new Set(),
        writeRecords: async (records) => {
          const text = encodeStoreData({ schemaVersion: CURRENT_SCHEMA_VERSION, channels: records })
          assertNoSecret(text)
          damagedFile = await this.#putInPlace(text)
        }
      })
      await this.#load('recovered')
      // The restored list is shown next: with its secrets' statuses known, not 'unknown'.
      await this.reconciled
      const channelCount = (await this.channels().list()).length
      return damagedFile === undefined ? { channelCount } : { channelCount, damagedFile }
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
    if (when === 'start-up' && (await this.#missingFile())) return
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
      // Learn whether the keychain works for the banner, and undo a restore a crash
      // interrupted (its records never reached this file).
      this.#probe = this.#probeKeychain()
      return
    }
    // A restore a crash interrupted is finished or undone before anything reads the keychain.
    // Only when there was one: opening the app makes no keychain call otherwise.
    let restorePending =
      when === 'start-up' && (await this.#journal.read().catch(() => null)) !== null
    if (restorePending) restorePending = !(await this.#finishRestore(store.list()))
    // Not at start: opening the app and showing the list make no keychain call. A locked or
    // missing keychain must not stop the app from showing the list either; the records show
    // 'unknown' secret status until it ran, and each keychain action reports the fix.
    const reconcile = new StartupReconcile(async () => {
      try {
        if (restorePending && !(await this.#finishRestore(store.list()))) return null
        return await service.reconcile()
      } catch (error) {
        this.#d.log.warn('Start-up reconcile skipped: the keychain is not available.', error)
        return null
      }
    }, this.#d.reconcileDelays)
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

  /** In recovery mode: whether the keychain works (for the banner), touching no entry. */
  async #probeKeychain(): Promise<void> {
    try {
      await this.#d.vault.accounts()
      // A restore interrupted by a crash: its records never reached the data file.
      await this.#finishRestore([])
    } catch {
      // The banner says the keychain is unavailable.
    }
  }

  /** Finish or undo an interrupted restore; false when the keychain did not answer. */
  async #finishRestore(stored: readonly ChannelRecord[]): Promise<boolean> {
    try {
      await recoverRestore(this.#journal, this.#d.vault, stored, this.#d.log)
      return true
    } catch (error) {
      this.#d.log.warn('An interrupted restore waits for the keychain.', error)
      return false
    }
  }

  /**
   * No data file: a first start, or a lost file (deleted, emptied by a move). It is a loss when
   * this app's keychain entries or good backups say there were channels: then recovery, never
   * an empty list that would hide them. Otherwise an empty data file is written at once, so a
   * later loss can be told from a first start. True when recovery mode was entered.
   */
  async #missingFile(): Promise<boolean> {
    const exists = await stat(this.filePath).then(
      () => true,
      (error: { code?: unknown }) => error.code !== 'ENOENT'
    )
    if (exists) return false
    const backups = await this.backups.list().catch(() => [])
    const accounts = await this.#d.vault.accounts().catch((error: unknown) => {
      this.#d.log.warn('No data file, and the keychain cannot be asked about secrets.', error)
      return [] as string[]
    })
    const secrets = accounts.filter((account) => CHANNEL_ACCOUNT.test(account)).length
    if (secrets === 0 && backups.length === 0) {
      await this.#file.write(encodeStoreData(emptyStoreData())).catch((error: unknown) => {
        // Not fatal: the first change writes it.
        if (!(error instanceof DirectorySyncError)) {
          this.#d.log.warn('Could not write the first, empty data file.', error)
        }
      })
      return false
    }
    this.#d.log.error(
      `The data file is missing while ${secrets} secrets and ${backups.length} backups of it exist; starting in recovery mode.`
    )
    this.#state = {
      mode: 'recovery',
      recovery: {
        problem: 'missing',
        detail:
          secrets > 0
            ? { code: 'store.missingWithSecrets', params: { count: secrets } }
            : { code: 'store.missingWithBackups' },
        dataFile: this.filePath,
        dataDir: this.dataDir,
        backups,
        detectedAt: this.#d.now().toISOString()
      }
    }
    this.#probe = this.#probeKeychain()
    return true
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
  async #replaceDamaged(text: string): Promise<string | undefined> {
    const damagedFile = await this.#putInPlace(text)
    await this.#load('recovered')
    return damagedFile
  }

  /** Keep the damaged file (if there is one) aside, then put `text` in its place atomically. */
  async #putInPlace(text: string): Promise<string | undefined> {
    try {
      const present = this.recovery?.problem !== 'missing'
      const damagedFile = present ? await keepDamagedCopy(this.filePath, this.#d.now()) : undefined
      // Only the folder fsync failed: the good file is in place, so go on with it.
      await this.#file.write(text).catch((error: unknown) => {
        if (!(error instanceof DirectorySyncError)) throw error
      })
      return damagedFile
    } catch (error) {
      this.#d.log.error('Recovery could not write the data folder.', describeError(error))
      throw new AppError('STORAGE', 'recovery.notWritten')
    }
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
