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

const freeze = (data: StoreData): StoreData =>
  Object.freeze({ ...data, channels: Object.freeze(data.channels.map((c) => Object.freeze(c))) })

export class ChannelStore {
  readonly dataDir: string
  readonly filePath: string
  readonly #db: Low<StoreData>
  readonly #log: Logger
  readonly #queue = new SerialQueue()
  #byId = new Map<string, ChannelRecord>()
  #opened = false

  constructor(options: ChannelStoreOptions) {
    this.dataDir = options.dataDir
    this.filePath = join(options.dataDir, DATA_FILE_NAME)
    const file = options.file ?? new DurableTextFile(this.filePath)
    this.#log = options.log ?? consoleLogger
    this.#db = new Low(
      new JsonStoreAdapter(file, this.filePath, options.migrations ?? MIGRATIONS, options.backups),
      emptyStoreData()
    )
  }

  /** Load the file (missing = empty). Throws StoreLoadError on a bad file, which stays untouched. */
  async open(): Promise<StoreOpenReport> {
    await mkdir(this.dataDir, { recursive: true })
    const staleTempFiles = await new DurableTextFile(this.filePath).removeStaleTempFiles()
    await this.#db.read()
    this.#commit(this.#db.data)
    this.#opened = true
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
    return this.#byId.get(id)
  }

  /**
   * Apply `mutator` to a copy, validate, write durably, then swap it in. Runs after every
   * earlier update, so checks inside the mutator (name uniqueness) see committed state.
   * An error thrown by the mutator aborts the update with nothing written.
   */
  update<T>(mutator: (draft: StoreDraft) => T): Promise<T> {
    return this.#queue.run(async () => {
      this.#assertOpen()
      const draft: StoreDraft = { channels: [...this.#db.data.channels] }
      const result = mutator(draft)
      const parsed = storeDataSchema.safeParse({
        schemaVersion: this.#db.data.schemaVersion,
        channels: draft.channels
      })
      if (!parsed.success) {
        // A bug in a caller, not user input: the service validates input before this.
        throw new Error(`Refusing to store invalid data: ${parsed.error.issues[0].message}`)
      }
      const next = freeze(parsed.data)
      try {
        await this.#db.adapter.write(next)
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

  /** Resolves once every queued write has settled. */
  flush(): Promise<void> {
    return this.#queue.idle()
  }

  #commit(data: StoreData): void {
    const frozen = Object.isFrozen(data) ? data : freeze(data)
    this.#db.data = frozen
    this.#byId = new Map(frozen.channels.map((c) => [c.id, c]))
  }

  #assertOpen(): void {
    if (!this.#opened) throw new Error('ChannelStore used before open() succeeded.')
  }
}

export { StoreLoadError, StoreWriteError, type StoreLoadErrorKind } from './store-errors'
