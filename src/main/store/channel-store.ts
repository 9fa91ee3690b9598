/**
 * The channel list, persisted with lowdb in `<dataDir>/channels.json`. All writes go
 * through one queue, and readers see a change only after the file write succeeded, so a
 * failed write leaves both exactly as they were.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { channelRecordSchema, type ChannelRecord } from '../../shared/channel'
import { isMessageCode, messageText, type AnyMessage } from '../../shared/messages'
import { consoleLogger, type Logger } from '../log'
import { SerialQueue } from '../util/serial-queue'
import { DirectorySyncError, DurableTextFile } from './durable-file'
import { JsonStoreAdapter, type StoreFileObserver } from './json-store-adapter'
import {
  CURRENT_SCHEMA_VERSION,
  emptyStoreData,
  MIGRATIONS,
  storeDataSchema,
  type Migrations,
  type StoreData
} from './store-file'

export const DATA_FILE_NAME = 'channels.json'

export interface ChannelStoreOptions {
  readonly dataDir: string
  /** The text file underneath; tests pass a faulty one. Defaults to a DurableTextFile. */
  readonly file?: Adapter<string>
  readonly migrations?: Migrations
  /** Told about every text that loaded or was written: the rolling backups. */
  readonly backups?: StoreFileObserver
  readonly log?: Logger
}

export interface StoreOpenReport {
  /** Temp files a killed earlier run left next to the data file, now deleted. */
  readonly staleTempFiles: number
}

/** What a mutator receives: a copy it may change freely. Records are frozen; replace them. */
export interface StoreDraft {
  channels: ChannelRecord[]
}

/** The records, frozen with their lists: what list() hands out cannot change behind the store's back. */
function freezeRecord(record: ChannelRecord): ChannelRecord {
  Object.freeze(record.platforms)
  Object.freeze(record.domains)
  return Object.freeze(record)
}

/** A state that reached the file, and its records by id (built on first use). */
interface Committed {
  readonly data: StoreData
  byId: Map<string, ChannelRecord> | null
}

/** A validated next state: its index, or the records it appended to the committed one. */
interface Next {
  readonly data: StoreData
  readonly byId: Map<string, ChannelRecord> | null
  readonly appended: readonly ChannelRecord[]
}

const frozenData = (channels: readonly ChannelRecord[]): StoreData =>
  Object.freeze({ schemaVersion: CURRENT_SCHEMA_VERSION, channels: Object.freeze(channels) })

export class ChannelStore {
  readonly dataDir: string
  readonly filePath: string
  readonly #db: Low<StoreData>
  readonly #log: Logger
  readonly #queue = new SerialQueue()
  /**
   * What readers see: the state last written. lowdb's write() writes `db.data`, so during a
   * write `db.data` already holds the next state, which must not be seen until it is on disk.
   */
  #committed: Committed = { data: Object.freeze(emptyStoreData()), byId: null }
  #opened = false

  constructor(options: ChannelStoreOptions) {
    this.dataDir = options.dataDir
    this.filePath = join(options.dataDir, DATA_FILE_NAME)
    const file = options.file ?? new DurableTextFile(this.filePath)
    this.#log = options.log ?? consoleLogger
    const adapter = new JsonStoreAdapter(
      file,
      this.filePath,
      options.migrations ?? MIGRATIONS,
      options.backups
    )
    this.#db = new Low(adapter, emptyStoreData())
  }

  /** Load the file (missing = empty). Throws StoreLoadError on a bad file, which stays untouched. */
  async open(): Promise<StoreOpenReport> {
    await mkdir(this.dataDir, { recursive: true })
    const staleTempFiles = await new DurableTextFile(this.filePath).removeStaleTempFiles()
    await this.#db.read()
    const { channels } = this.#db.data
    for (const record of channels) freezeRecord(record)
    this.#db.data = Object.freeze({ ...this.#db.data, channels: Object.freeze(channels) })
    this.#committed = { data: this.#db.data, byId: null }
    this.#opened = true
    return { staleTempFiles }
  }

  /** Every channel, in creation order. */
  list(): readonly ChannelRecord[] {
    this.#assertOpen()
    return this.#committed.data.channels
  }

  /** One channel, or undefined. */
  get(id: string): ChannelRecord | undefined {
    this.#assertOpen()
    return this.#index().get(id)
  }

  /**
   * Apply `mutator` to a copy, validate it, write it durably with lowdb, then let readers see
   * it. Runs after every earlier update, so checks inside the mutator (name uniqueness) see
   * committed state. An error thrown by the mutator aborts the update with nothing written.
   */
  update<T>(mutator: (draft: StoreDraft) => T): Promise<T> {
    return this.#queue.run(async () => {
      this.#assertOpen()
      const committed = this.#committed
      const draft: StoreDraft = { channels: [...committed.data.channels] }
      const result = mutator(draft)
      const next = this.#validated(draft.channels)
      this.#db.data = next.data
      try {
        await this.#db.write()
      } catch (error) {
        if (!(error instanceof DirectorySyncError)) {
          this.#db.data = committed.data
          throw error
        }
        // Readers already see the new file; keeping the old data in memory would make the
        // next write silently undo this change.
        this.#log.warn('Data file written, but its folder could not be synced.', error.cause)
      }
      this.#commit(next)
      return result
    })
  }

  /** Resolves once every queued write has settled. */
  flush(): Promise<void> {
    return this.#queue.idle()
  }

  /**
   * The next state, when every record is valid and no id repeats. Records that are the very
   * objects already stored were validated when they came in and are frozen, so only the others
   * go through zod: a create checks its one record, not the whole list.
   */
  #validated(channels: unknown): Next {
    if (!Array.isArray(channels)) this.#refuse(channels)
    const list = channels as readonly unknown[]
    const previous = this.#committed.data.channels
    const stored = this.#index()
    let kept = 0
    while (kept < previous.length && list[kept] === previous[kept]) kept++
    if (kept === previous.length) {
      // Records were only appended (a create): the index is extended once the write succeeded.
      const appended = list.slice(kept).map((value) => this.#parse(value, list))
      const ids = new Set(appended.map((record) => record.id))
      if (ids.size < appended.length || appended.some((record) => stored.has(record.id))) {
        this.#refuse(list)
      }
      return { data: frozenData([...previous, ...appended]), byId: null, appended }
    }
    const byId = new Map<string, ChannelRecord>()
    for (const value of list) {
      const id = (value as { id?: unknown } | null)?.id
      const record =
        typeof id === 'string' && stored.get(id) === value
          ? (value as ChannelRecord)
          : this.#parse(value, list)
      if (byId.has(record.id)) this.#refuse(list)
      byId.set(record.id, record)
    }
    // A Map keeps insertion order: its values are the list, in order.
    return { data: frozenData([...byId.values()]), byId, appended: [] }
  }

  /** A new record: zod's copy of it (the caller cannot change it after this), frozen. */
  #parse(value: unknown, channels: unknown): ChannelRecord {
    const parsed = channelRecordSchema.safeParse(value)
    if (!parsed.success) this.#refuse(channels)
    return freezeRecord(parsed.data)
  }

  /** Throw with zod's words for what is wrong with the whole list. */
  #refuse(channels: unknown): never {
    const parsed = storeDataSchema.safeParse({ schemaVersion: CURRENT_SCHEMA_VERSION, channels })
    const issue = parsed.success ? undefined : parsed.error.issues[0].message
    // The load-time rules speak in message codes; a log line wants their English.
    const why =
      issue === undefined
        ? 'malformed channels.'
        : isMessageCode(issue)
          ? messageText({ code: issue } as AnyMessage)
          : issue
    // A bug in a caller, not user input: the service validates input before this.
    throw new Error(`Refusing to store invalid data: ${why}`)
  }

  #commit(next: Next): void {
    let byId = next.byId
    if (byId === null) {
      byId = this.#index()
      for (const record of next.appended) byId.set(record.id, record)
    }
    this.#committed = { data: next.data, byId }
  }

  #index(): Map<string, ChannelRecord> {
    this.#committed.byId ??= new Map(this.#committed.data.channels.map((r) => [r.id, r]))
    return this.#committed.byId
  }

  #assertOpen(): void {
    if (!this.#opened) throw new Error('ChannelStore used before open() succeeded.')
  }
}

export { StoreLoadError, StoreWriteError, type StoreLoadErrorKind } from './store-errors'
