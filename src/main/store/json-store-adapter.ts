/**
 * lowdb adapter that turns the durable text file into validated StoreData: JSON-parse,
 * migrate, validate on read; serialise and refuse anything secret-shaped on write.
 */
import type { Adapter } from 'lowdb'
import { CHECKSUM_LENGTH, identifyKey, KEY_KINDS } from '../../shared/keys'
import { StoreLoadError, StoreWriteError } from './store-errors'
import {
  CURRENT_SCHEMA_VERSION,
  storeDataSchema,
  type Migrations,
  type StoreData
} from './store-file'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Parse, migrate and validate the data file's text; throws StoreLoadError and never repairs. */
export function decodeStoreText(text: string, filePath: string, migrations: Migrations): StoreData {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (cause) {
    throw new StoreLoadError(
      'corrupt',
      filePath,
      'The data file is not valid JSON; it may be truncated or damaged.',
      {
        cause
      }
    )
  }
  const invalid = (why: string, cause?: unknown): StoreLoadError =>
    new StoreLoadError('invalid', filePath, `The data file is not a valid channel list: ${why}`, {
      cause
    })

  if (!isRecord(raw)) throw invalid('it does not hold an object.')
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw invalid('its schemaVersion is missing or not a whole number.')
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new StoreLoadError(
      'future-version',
      filePath,
      `The data file was written by a newer version of the app (format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update the app.`
    )
  }
  let data: Record<string, unknown> = raw
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from++) {
    const migrate = migrations[from]
    if (!migrate) throw invalid(`there is no upgrade from format ${from}.`)
    try {
      data = migrate(data)
    } catch (cause) {
      throw invalid(`upgrading from format ${from} failed.`, cause)
    }
  }
  const parsed = storeDataSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw invalid(`${issue.path.join('.') || '(top level)'}: ${issue.message}`, parsed.error)
  }
  return parsed.data
}

const { prefix: SECRET_PREFIX, bodyLength: SECRET_BODY } = KEY_KINDS.accessKeySecret
// Only secret-prefixed candidates: scanning every AppKey/AccessKeyId would cost a CRC each.
const SECRET_CANDIDATE = new RegExp(
  `\\b${SECRET_PREFIX}_[0-9A-Za-z]{${SECRET_BODY + CHECKSUM_LENGTH}}\\b`,
  'g'
)

/** Throws if `text` contains a well-formed AccessKeySecret: the data file must never hold one. */
export function assertNoSecret(text: string): void {
  for (const match of text.matchAll(SECRET_CANDIDATE)) {
    if (identifyKey(match[0]) === 'accessKeySecret') {
      throw new StoreWriteError('Refusing to write an AccessKeySecret to the data file.')
    }
  }
}

/** Adapter<StoreData> over a text adapter (the durable file in the app). */
export class JsonStoreAdapter implements Adapter<StoreData> {
  readonly #file: Adapter<string>
  readonly #filePath: string
  readonly #migrations: Migrations

  constructor(file: Adapter<string>, filePath: string, migrations: Migrations) {
    this.#file = file
    this.#filePath = filePath
    this.#migrations = migrations
  }

  /** The validated data, or null when the file does not exist yet. */
  async read(): Promise<StoreData | null> {
    const text = await this.#file.read()
    return text === null ? null : decodeStoreText(text, this.#filePath, this.#migrations)
  }

  /** Write `data` durably; failures surface as StoreWriteError. */
  async write(data: StoreData): Promise<void> {
    const text = `${JSON.stringify(data, null, 2)}\n`
    assertNoSecret(text)
    try {
      await this.#file.write(text)
    } catch (cause) {
      throw new StoreWriteError('Could not write the data file.', { cause })
    }
  }
}
