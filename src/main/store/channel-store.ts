/**
 * The channel list, persisted with lowdb in `<dataDir>/channels.json`. All writes go
 * through one queue, and memory changes only after the file write succeeded, so a
 * failed write leaves both exactly as they were.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import type { ChannelRecord } from '../../shared/channel'
import { consoleLogger, type Logger } from '../log'
import { SerialQueue } from '../util/serial-queue'
import { DirectorySyncError, DurableTextFile } from './durable-file'
import { JsonStoreAdapter, type StoreFileObserver } from './json-store-adapter'
import { parseChannelRecord } from './record-validation'
import {
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

/** Records encoded per start-up warm-up step: about a millisecond of work each. */
const WARM_UP_BATCH = 500

/** A validated next state, and how to bring the id index up to date with it. */
interface Accepted {
  readonly data: StoreData
  /** The new index, or null when records were only appended (these). */
  readonly byId: Map<string, ChannelRecord> | null
  readonly appended: readonly ChannelRecord[]
}

/** Freeze a validated record and its lists: the store compares records by reference. */
function deepFreeze(record: ChannelRecord): ChannelRecord {
  Object.freeze(record.platforms)
  Object.freeze(record.domains)
  return Object.freeze(record)
}

export class ChannelStore {
  readonly dataDir: string
  readonly filePath: string
  readonly #db: Low<StoreData>
  readonly #adapter: JsonStoreAdapter
  readonly #log: Logger
  readonly #queue = new SerialQueue()
  /**
   * The committed records by id (each passed validation and is deeply frozen), built on first
   * use rather than in open(): the start-up warm-up or the first get() or write builds it.
   */
  #byId: Map<string, ChannelRecord> | null = null
  #opened = false
  #warmedUp: Promise<void> = Promise.resolve()

  constructor(options: ChannelStoreOptions) {
    this.dataDir = options.dataDir
    this.filePath = join(options.dataDir, DATA_FILE_NAME)
    const file = options.file ?? new DurableTextFile(this.filePath)
    this.#log = options.log ?? consoleLogger
    this.#adapter = new JsonStoreAdapter(
      file,
      this.filePath,
      options.migrations ?? MIGRATIONS,
      options.backups
    )
    this.#db = new Low(this.#adapter, emptyStoreData())
  }

  /** Load the file (missing = empty). Throws StoreLoadError on a bad file, which stays untouched. */
  async open(): Promise<StoreOpenReport> {
    await mkdir(this.dataDir, { recursive: true })
    const staleTempFiles = await new DurableTextFile(this.filePath).removeStaleTempFiles()
    await this.#db.read()
    const { channels } = this.#db.data
    for (const record of channels) deepFreeze(record)
    this.#db.data = Object.freeze({ ...this.#db.data, channels: Object.freeze([...channels]) })
    this.#byId = null
    this.#opened = true
    this.#warmUp()
    return { staleTempFiles }
  }

  /** Every channel, in creation order. */
  list(): readonly ChannelRecord[] {
    this.#assertOpen()
    return this.#db.data.channels
  }

  /** One channel, or undefined. */
  get(id: string): ChannelRecord | undefined {
    this.#assertOpen()
    return this.#index().get(id)
  }

  /**
   * Apply `mutator` to a copy, validate, write durably, then swap it in. Runs after every
   * earlier update, so checks inside the mutator (name uniqueness) see committed state.
   * An error thrown by the mutator aborts the update with nothing written.
   */
  update<T>(mutator: (draft: StoreDraft) => T): Promise<T> {
    return this.#queue.run(async () => {
      this.#assertOpen()
      const previous = this.#db.data
      const draft: StoreDraft = { channels: [...previous.channels] }
      const result = mutator(draft)
      const next = this.#accept(draft.channels, previous.channels)
      try {
        await this.#adapter.write(next.data)
      } catch (error) {
        if (!(error instanceof DirectorySyncError)) throw error
        // Readers already see the new file; keeping the old data in memory would make the
        // next write silently undo this change.
        this.#log.warn('Data file written, but its folder could not be synced.', error.cause)
      }
      this.#commit(next)
      return result
    })
  }

  /** Resolves once the records loaded by open() are encoded, ready for cheap writes. */
  warmedUp(): Promise<void> {
    return this.#warmedUp
  }

  /** Resolves once every queued write has settled. */
  flush(): Promise<void> {
    return this.#queue.idle()
  }

  /**
   * Validate the mutator's output. Only records that are not already in the store (by
   * reference: committed records are deeply frozen, so they are as valid as when they came in)
   * are checked, so a change costs the records it touches, not the whole list.
   */
  #accept(channels: unknown, previous: readonly ChannelRecord[]): Accepted {
    if (!Array.isArray(channels)) this.#refuse(channels)
    const list = channels as readonly unknown[]
    let appendOnly = list.length >= previous.length
    for (let i = 0; appendOnly && i < previous.length; i++) appendOnly = list[i] === previous[i]

    if (appendOnly) {
      // The common case, a create: only the new records need checking.
      const appended: ChannelRecord[] = []
      const ids = new Set<string>()
      for (let i = previous.length; i < list.length; i++) {
        const record = this.#adopt(list[i], list)
        if (this.#index().has(record.id) || ids.has(record.id)) this.#refuse(list)
        ids.add(record.id)
        appended.push(record)
      }
      const next = appended.length === 0 ? previous : Object.freeze([...previous, ...appended])
      return { data: this.#data(next), byId: null, appended }
    }

    const next = new Array<ChannelRecord>(list.length)
    const byId = new Map<string, ChannelRecord>()
    for (let i = 0; i < list.length; i++) {
      const record = this.#adopt(list[i], list)
      if (byId.has(record.id)) this.#refuse(list)
      byId.set(record.id, record)
      next[i] = record
    }
    return { data: this.#data(Object.freeze(next)), byId, appended: [] }
  }

  /** A committed record as it is (the very object), or a validated, frozen copy of a new one. */
  #adopt(value: unknown, list: readonly unknown[]): ChannelRecord {
    if (typeof value === 'object' && value !== null) {
      const committed = this.#index().get((value as { id?: unknown }).id as string)
      if (committed === value) return committed
    }
    const parsed = parseChannelRecord(value)
    if (!parsed.success) this.#refuse(list)
    return deepFreeze(parsed.data)
  }

  /** Throw the error zod gives for the whole list. */
  #refuse(channels: unknown): never {
    const parsed = storeDataSchema.safeParse({
      schemaVersion: this.#db.data.schemaVersion,
      channels
    })
    const why = parsed.success ? 'duplicate or malformed channels.' : parsed.error.issues[0].message
    // A bug in a caller, not user input: the service validates input before this.
    throw new Error(`Refusing to store invalid data: ${why}`)
  }

  #data(channels: readonly ChannelRecord[]): StoreData {
    return Object.freeze({ schemaVersion: this.#db.data.schemaVersion, channels })
  }

  #commit(next: Accepted): void {
    const index = next.byId ?? this.#index()
    if (next.byId === null) for (const record of next.appended) index.set(record.id, record)
    this.#db.data = next.data
    this.#byId = index
  }

  #index(): Map<string, ChannelRecord> {
    if (this.#byId === null) {
      this.#byId = new Map()
      for (const record of this.#db.data.channels) this.#byId.set(record.id, record)
    }
    return this.#byId
  }

  /**
   * Encode the loaded records in small steps through the write queue, so the first change
   * after start-up costs what any other does. Each step yields to IPC and to waiting writes.
   */
  #warmUp(): void {
    let finish = (): void => undefined
    this.#warmedUp = new Promise<void>((resolve) => (finish = resolve))
    const step = (): void => {
      void this.#queue.run(() => {
        try {
          this.#index()
          const done = this.#adapter.prepareWrites(this.#db.data.channels, WARM_UP_BATCH)
          if (!done) return void setImmediate(step)
        } catch (error) {
          // The next write encodes what is left and reports the problem to its caller.
          this.#log.warn('Could not prepare the data file for writing.', error)
        }
        finish()
      })
    }
    setImmediate(step)
  }

  #assertOpen(): void {
    if (!this.#opened) throw new Error('ChannelStore used before open() succeeded.')
  }
}

export { StoreLoadError, StoreWriteError, type StoreLoadErrorKind } from './store-errors'
