/**
 * The leak check (SPEC §11) as the contract's `leaks` namespace: main's folder picker, the
 * scan with progress events and Cancel, the classification of every key found, and its audit
 * entry. The renderer never sends a path, and nothing read leaves main except the hits.
 */
import { basename } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { ChannelRecord } from '../../shared/channel'
import { AppError } from '../../shared/errors'
import type { LeakCheckResult, LeakReport } from '../../shared/leaks'
import type { AuditEvent } from '../audit/audit-log'
import type { AppDeps } from '../deps'
import { classifyKeys } from './classify-keys'
import type { RetiredSecrets } from './retired-secrets'
import { scanFolder, type ScanFs, type ScanProgress } from './scan-folder'

/** What the leak check uses of the app's dependencies. */
export type LeakServiceDeps = Pick<AppDeps, 'vault' | 'emit' | 'now' | 'log' | 'chooseFile'> & {
  readonly audit: Pick<AppDeps['audit'], 'record'>
  readonly retiredSecrets: Pick<RetiredSecrets, 'load'>
  /** The channels as they are now; throws RECOVERY_REQUIRED while the data file is damaged. */
  readonly channels: () => Promise<readonly ChannelRecord[]>
  /** The scan's file-system calls (tests inject faults). */
  readonly scanFs?: ScanFs
  /** The least time between two progress events. */
  readonly progressIntervalMs?: number
}

const DEFAULT_PROGRESS_INTERVAL_MS = 150
// Characters that could forge a line or reorder text where an audit entry is shown.
const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g

export class LeakService {
  readonly #d: LeakServiceDeps
  #running: AbortController | null = null

  constructor(deps: LeakServiceDeps) {
    this.#d = deps
  }

  /**
   * Ask the user for a folder (main's dialog), scan it and say what each key found is. Resolves
   * with `folderChosen: false` when the picker was closed. One check at a time: CONFLICT while
   * one runs.
   */
  async check(): Promise<LeakCheckResult> {
    if (this.#running) throw new AppError('CONFLICT', 'leaks.running')
    const chooseFile = this.#d.chooseFile
    if (!chooseFile) throw new AppError('INTERNAL', 'leaks.noFolderPicker')
    const controller = new AbortController()
    this.#running = controller
    try {
      // Before the picker: in recovery mode there is nothing to compare with.
      await this.#d.channels()
      const folder = await chooseFile({ kind: 'folder', purpose: 'leakFolder' })
      if (folder === null) return { folderChosen: false }
      const report = await this.#scan(folder, controller.signal)
      await this.#audit(report)
      return { folderChosen: true, report }
    } finally {
      this.#running = null
    }
  }

  /** Stop the running check; it answers with what it found so far. False when none runs. */
  async cancel(): Promise<{ readonly cancelled: boolean }> {
    const running = this.#running
    if (!running || running.signal.aborted) return { cancelled: false }
    running.abort()
    return { cancelled: true }
  }

  async #scan(folder: string, signal: AbortSignal): Promise<LeakReport> {
    const startedAt = this.#d.now().toISOString()
    const started = performance.now()
    const interval = this.#d.progressIntervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS
    let lastSent = Number.NEGATIVE_INFINITY
    const send = (progress: ScanProgress): void => {
      this.#d.emit('leaks.progress', {
        folder,
        filesScanned: progress.filesScanned,
        bytesScanned: progress.bytesScanned,
        hits: progress.keysFound,
        skipped: progress.skipped
      })
    }
    send({ filesScanned: 0, bytesScanned: 0, keysFound: 0, skipped: 0 })
    const scan = await scanFolder(folder, {
      signal,
      fs: this.#d.scanFs,
      onProgress: (progress) => {
        const now = performance.now()
        if (now - lastSent < interval) return
        lastSent = now
        send(progress)
      }
    })
    send(scan)
    if (scan.stopped && !signal.aborted) {
      this.#d.log.warn(`Leak check of ${folder} stopped: too many distinct keys to keep track of.`)
    }
    const [channels, retired] = await Promise.all([
      this.#d.channels(),
      this.#d.retiredSecrets.load()
    ])
    const classified = await classifyKeys({
      keys: scan.keys,
      channels,
      retired,
      secretOf: (id) => this.#d.vault.get(id)
    })
    return {
      folder,
      startedAt,
      durationMs: Math.round(performance.now() - started),
      cancelled: scan.stopped,
      filesScanned: scan.filesScanned,
      bytesScanned: scan.bytesScanned,
      counts: classified.counts,
      totalHits: classified.totalHits,
      hits: classified.hits,
      skipped: scan.skippedFiles,
      keychain: classified.keychain
    }
  }

  /** The audit entry: the folder and the counts, never a key. */
  async #audit(report: LeakReport): Promise<void> {
    const { counts } = report
    const folder = report.folder.replace(UNSAFE_TEXT, '')
    const shown = folder.length > 200 ? `…${folder.slice(-199)}` : folder
    const event: AuditEvent = {
      action: 'leak-check',
      channelId: '',
      channelName: '',
      detail:
        `${shown || basename(report.folder)}: ${report.filesScanned} files, ${report.totalHits} keys ` +
        `(${counts['current-secret']} current, ${counts['retired-secret']} retired, ` +
        `${counts['public-key']} public, ${counts['unknown-key']} unknown, ` +
        `${counts['unverified-secret']} not compared)${report.cancelled ? ', stopped' : ''}`
    }
    try {
      await this.#d.audit.record(event)
    } catch (error) {
      // The check already happened and holds no secret; failing it now helps no one.
      this.#d.log.error('Could not write the audit entry for a leak check.', error)
    }
  }
}
