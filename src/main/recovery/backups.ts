/**
 * Rolling backups of the data file in `<dataDir>/backups/`: the last N distinct versions
 * that loaded and validated. One is taken when the app opens a good file (the state before
 * this session) and, during a long session, after a write once the newest backup is older
 * than the interval. Backups are written like the data file itself (atomic, fsynced), so a
 * crash never leaves half a backup, and they never hold a secret because the data file
 * never does (and the same check runs again on every backup).
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { BACKUP_ID_PATTERN, type BackupSummary } from '../../shared/ipc/contract'
import { consoleLogger, type Logger } from '../log'
import { DurableTextFile, removeStaleTempFiles } from '../store/durable-file'
import {
  assertNoSecret,
  decodeStoreText,
  type StoreFileObserver
} from '../store/json-store-adapter'
import { MIGRATIONS, type Migrations } from '../store/store-file'

export const BACKUP_DIR_NAME = 'backups'
export const DEFAULT_BACKUP_KEEP = 5
export const DEFAULT_BACKUP_INTERVAL_MS = 60 * 60 * 1000

export interface BackupStoreOptions {
  readonly dataDir: string
  /** How many backups to keep (newest first). */
  readonly keep?: number
  /** During a session, the least time between two backups taken after writes. */
  readonly intervalMs?: number
  readonly now?: () => Date
  readonly log?: Logger
  readonly migrations?: Migrations
}

interface BackupName {
  readonly id: string
  readonly seq: number
  readonly createdAt: string
}

// The top-level key: no record has a field of that name.
const EMPTY_LIST = /"channels"\s*:\s*\[\s*\]/

const NAME = /^channels-(\d{6,12})-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z\.json$/

/** Parse a backup file name; undefined for anything else in the folder (temp files, strays). */
export function parseBackupName(id: string): BackupName | undefined {
  const m = NAME.exec(id)
  if (!m || !BACKUP_ID_PATTERN.test(id)) return undefined
  const [, seq, y, mo, d, h, mi, s, ms] = m
  return { id, seq: Number(seq), createdAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z` }
}

/** The file name of backup number `seq` taken at `at`. */
export function backupName(seq: number, at: Date): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '')
  return `channels-${String(seq).padStart(6, '0')}-${stamp}.json`
}

export class BackupStore implements StoreFileObserver {
  readonly dir: string
  readonly #keep: number
  readonly #intervalMs: number
  readonly #now: () => Date
  readonly #log: Logger
  readonly #migrations: Migrations
  // The newest backup, learnt from the folder on first use.
  #newest: { name: BackupName; text: string } | null | undefined

  constructor(options: BackupStoreOptions) {
    this.dir = join(options.dataDir, BACKUP_DIR_NAME)
    this.#keep = Math.max(1, options.keep ?? DEFAULT_BACKUP_KEEP)
    this.#intervalMs = options.intervalMs ?? DEFAULT_BACKUP_INTERVAL_MS
    this.#now = options.now ?? (() => new Date())
    this.#log = options.log ?? consoleLogger
    this.#migrations = options.migrations ?? MIGRATIONS
  }

  /** A file loaded and validated: keep it, unless the newest backup already holds it. */
  async loaded(text: string): Promise<void> {
    await this.#safely(async () => {
      // Temp files of a backup write a killed run left behind.
      await removeStaleTempFiles(this.dir)
      await this.#take(text)
    })
  }

  /**
   * A file was written: keep it when the newest backup is older than the interval. The text
   * is built only then: copying a large file on every write would double the write's cost.
   */
  async written(text: () => string): Promise<void> {
    await this.#safely(async () => {
      const newest = await this.#newestBackup()
      const now = this.#now().getTime()
      const last = newest ? Date.parse(newest.name.createdAt) : Number.NEGATIVE_INFINITY
      // A clock set back also takes one: the interval cannot be trusted then.
      if (now - last >= this.#intervalMs || now < last) await this.#take(text())
    })
  }

  /** Backups that load and validate now, newest first. Unusable files are skipped, not deleted. */
  async list(): Promise<BackupSummary[]> {
    const summaries: BackupSummary[] = []
    for (const name of await this.#names()) {
      const text = await this.#readValid(name.id)
      if (text === undefined) continue
      const data = decodeStoreText(text, join(this.dir, name.id), this.#migrations)
      summaries.push({
        id: name.id,
        createdAt: name.createdAt,
        channelCount: data.channels.length,
        schemaVersion: (JSON.parse(text) as { schemaVersion: number }).schemaVersion,
        bytes: Buffer.byteLength(text, 'utf8')
      })
    }
    return summaries
  }

  /** The text of a good backup; NOT_FOUND when it does not exist or no longer validates. */
  async read(id: string): Promise<string> {
    const text = parseBackupName(id) ? await this.#readValid(id) : undefined
    if (text === undefined) {
      throw new AppError('NOT_FOUND', 'recovery.backupNotFound')
    }
    return text
  }

  async #take(text: string): Promise<void> {
    // An empty list is no recovery point (starting empty is), and a backup of one would make
    // a data file lost right after the first start look like a loss of channels.
    if (EMPTY_LIST.test(text)) return
    const newest = await this.#newestBackup()
    if (newest?.text === text) return
    assertNoSecret(text)
    await mkdir(this.dir, { recursive: true })
    const name = parseBackupName(backupName((newest?.name.seq ?? 0) + 1, this.#now()))
    if (!name) throw new Error('Backup name does not match its own pattern.')
    await new DurableTextFile(join(this.dir, name.id)).write(text)
    this.#newest = { name, text }
    await this.#prune()
  }

  async #prune(): Promise<void> {
    const names = await this.#names()
    for (const old of names.slice(this.#keep)) {
      await unlink(join(this.dir, old.id)).catch((error: unknown) => {
        this.#log.warn(`Could not delete old backup ${old.id}.`, error)
      })
    }
  }

  async #newestBackup(): Promise<{ name: BackupName; text: string } | null> {
    if (this.#newest === undefined) {
      const [name] = await this.#names()
      const text = name ? await readFile(join(this.dir, name.id), 'utf8').catch(() => '') : ''
      this.#newest = name ? { name, text } : null
    }
    return this.#newest
  }

  /** Backup file names, newest (highest sequence) first. */
  async #names(): Promise<BackupName[]> {
    let entries: string[]
    try {
      entries = await readdir(this.dir)
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return []
      throw error
    }
    return entries
      .map(parseBackupName)
      .filter((n): n is BackupName => n !== undefined)
      .sort((a, b) => b.seq - a.seq)
  }

  async #readValid(id: string): Promise<string | undefined> {
    const path = join(this.dir, id)
    try {
      if (!(await stat(path)).isFile()) return undefined
      const text = await readFile(path, 'utf8')
      decodeStoreText(text, path, this.#migrations)
      assertNoSecret(text)
      return text
    } catch {
      return undefined
    }
  }

  async #safely(task: () => Promise<void>): Promise<void> {
    try {
      await task()
    } catch (error) {
      // A backup is a safety net: failing to take one must not fail the user's change.
      this.#newest = undefined
      this.#log.warn('Could not update the backups of the data file.', error)
    }
  }
}
