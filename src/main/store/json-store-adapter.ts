/**
 * lowdb adapter that turns the durable text file into validated StoreData: on read, JSON.parse,
 * migrate, validate with zod; on write, encode (store-encoding.ts) and refuse anything
 * secret-shaped.
 */
import type { Adapter } from 'lowdb'
import { isMessageCode, type Message } from '../../shared/messages'
import { DirectorySyncError } from './durable-file'
import { StoreLoadError, StoreWriteError } from './store-errors'
import { assertNoSecret, encodeStoreData, holdsSecret } from './store-encoding'
import {
  CURRENT_SCHEMA_VERSION,
  storeDataSchema,
  type Migrations,
  type StoreData
} from './store-file'

export { assertNoSecret, encodeStoreData } from './store-encoding'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Parse, migrate and validate the data file's text; throws StoreLoadError and never repairs. */
export function decodeStoreText(text: string, filePath: string, migrations: Migrations): StoreData {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (cause) {
    throw new StoreLoadError('corrupt', filePath, { code: 'store.notJson' }, { cause })
  }
  const invalid = (detail: Message, cause?: unknown): StoreLoadError =>
    new StoreLoadError('invalid', filePath, detail, { cause })

  if (!isRecord(raw)) throw invalid({ code: 'store.notObject' })
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw invalid({ code: 'store.badVersion' })
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new StoreLoadError('future-version', filePath, {
      code: 'store.newerVersion',
      params: { version, supported: CURRENT_SCHEMA_VERSION }
    })
  }
  let data: Record<string, unknown> = raw
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from++) {
    const migrate = migrations[from]
    if (!migrate) throw invalid({ code: 'store.noUpgrade', params: { from } })
    const before = channelCount(data)
    try {
      data = migrate(data)
    } catch (cause) {
      throw invalid({ code: 'store.upgradeFailed', params: { from } }, cause)
    }
    // An upgrade reshapes channels; it must never drop one. Refusing the file keeps it
    // untouched for a fixed version of the app, instead of saving the loss.
    const after = channelCount(data)
    if (before !== undefined && after !== undefined && after !== before) {
      throw invalid({ code: 'store.upgradeChangedCount', params: { from, before, after } })
    }
  }
  const parsed = storeDataSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    // The record schema's own words where it has them; zod's English is not a message.
    const problem = isMessageCode(issue.message)
      ? { code: issue.message }
      : { code: 'store.invalidValue' as const }
    throw invalid(
      { code: 'store.invalidAt', params: { path: issue.path.join('.') || '(top level)', problem } },
      parsed.error
    )
  }
  // A secret in the file (typed into a name by hand, say) would make every later write refuse.
  if (holdsSecret(text)) throw invalid({ code: 'store.holdsSecret' })
  return parsed.data
}

/** How many channels raw data of any version holds, when it keeps them in `channels`. */
function channelCount(data: Record<string, unknown>): number | undefined {
  return Array.isArray(data.channels) ? data.channels.length : undefined
}

/** Told about the exact text of a file that loaded and validated, or was just written. */
export interface StoreFileObserver {
  loaded(text: string): Promise<void>
  /** A new version of the file was written; `text()` returns its exact text. */
  written(text: () => string): Promise<void>
}

/** Adapter<StoreData> over a text adapter (the durable file in the app). */
export class JsonStoreAdapter implements Adapter<StoreData> {
  readonly #file: Adapter<string>
  readonly #filePath: string
  readonly #migrations: Migrations
  readonly #observer: StoreFileObserver | undefined

  constructor(
    file: Adapter<string>,
    filePath: string,
    migrations: Migrations,
    observer?: StoreFileObserver
  ) {
    this.#file = file
    this.#filePath = filePath
    this.#migrations = migrations
    this.#observer = observer
  }

  /** The validated data, or null when the file does not exist yet. */
  async read(): Promise<StoreData | null> {
    let text: string | null
    try {
      text = await this.#file.read()
    } catch (cause) {
      const code = (cause as { code?: unknown } | null)?.code
      throw new StoreLoadError(
        'unreadable',
        this.#filePath,
        { code: 'store.unreadable', params: { reason: typeof code === 'string' ? code : 'I/O' } },
        { cause }
      )
    }
    if (text === null) return null
    const data = decodeStoreText(text, this.#filePath, this.#migrations)
    await this.#observer?.loaded(text)
    return data
  }

  /**
   * Write `data` durably; failures surface as StoreWriteError, except DirectorySyncError
   * (the file was replaced, only the folder fsync failed), which passes through.
   */
  async write(data: StoreData): Promise<void> {
    const text = encodeStoreData(data)
    assertNoSecret(text)
    try {
      await this.#file.write(text)
    } catch (cause) {
      if (cause instanceof DirectorySyncError) throw cause
      throw new StoreWriteError('Could not write the data file.', { cause })
    }
    await this.#observer?.written(() => text)
  }
}
