/**
 * The data file's text, one channel per line, and an encoder that keeps the file's bytes from
 * one write to the next, so a change costs the records that changed, not all of them:
 *
 *   {"schemaVersion":1,"channels":[
 *   {"id":"…","name":"…",…},
 *   {"id":"…","name":"…",…}
 *   ]}
 *
 * It is plain JSON (any JSON reader loads it, and files written pretty-printed by earlier
 * versions still load); a line per channel keeps a hand repair of a damaged file possible.
 * Characters outside ASCII are written as JSON escapes (`\u5317`): an ASCII file is read into
 * a one-byte string several times faster than UTF-8 with Chinese names in it.
 */
import type { ChannelRecord } from '../../shared/channel'
import { CHECKSUM_LENGTH, identifyKey, KEY_KINDS } from '../../shared/keys'
import { StoreWriteError } from './store-errors'
import { CURRENT_SCHEMA_VERSION, type StoreData } from './store-file'

const HEADER = `{"schemaVersion":${CURRENT_SCHEMA_VERSION},"channels":[\n`
const SEPARATOR = ',\n'
const FOOTER = '\n]}\n'
const EMPTY_FOOTER = ']}\n'
const HEADER_BYTES = Buffer.from(HEADER, 'utf8')
const FOOTER_BYTES = Buffer.from(FOOTER, 'utf8')
const EMPTY_FOOTER_BYTES = Buffer.from(EMPTY_FOOTER, 'utf8')

const HAS_NON_ASCII = /[\u0080-\uffff]/
const NON_ASCII = /[\u0080-\uffff]/g
const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/** A record's line in the file: its JSON, in ASCII. */
export function recordLine(record: ChannelRecord): string {
  const json = JSON.stringify(record)
  // Each UTF-16 unit on its own: a surrogate pair becomes two escapes, as JSON allows.
  return HAS_NON_ASCII.test(json) ? json.replace(NON_ASCII, escape) : json
}

/** The data file's text for `data`. */
export function encodeStoreData(data: StoreData): string {
  if (data.schemaVersion !== CURRENT_SCHEMA_VERSION) {
    throw new Error(`Cannot write data of format ${String(data.schemaVersion)}.`)
  }
  const lines = data.channels.map(recordLine)
  return `${HEADER}${lines.join(SEPARATOR)}${lines.length > 0 ? FOOTER : EMPTY_FOOTER}`
}

const { prefix: SECRET_PREFIX, bodyLength: SECRET_BODY } = KEY_KINDS.accessKeySecret
// Only secret-prefixed candidates: scanning every AppKey/AccessKeyId would cost a CRC each.
const SECRET_CANDIDATE = new RegExp(
  `\\b${SECRET_PREFIX}_[0-9A-Za-z]{${SECRET_BODY + CHECKSUM_LENGTH}}\\b`,
  'g'
)

/**
 * Throws if `text` contains a well-formed AccessKeySecret: the data file must never hold one.
 * A match is a run of word characters, and every line of the file begins with `{` and ends
 * with `}` or `,`: checking each record's line once is the same as checking the whole file.
 */
export function assertNoSecret(text: string): void {
  for (const match of text.matchAll(SECRET_CANDIDATE)) {
    if (identifyKey(match[0]) === 'accessKeySecret') {
      throw new StoreWriteError('Refusing to write an AccessKeySecret to the data file.')
    }
  }
}

/** The bytes of one version of the data file, ready to be written. */
export interface EncodedStore {
  /** The file's bytes in order; together they are `encodeStoreData(data)` in UTF-8. */
  readonly chunks: readonly Uint8Array[]
  readonly byteLength: number
  /** The file's text (a copy of every byte: costly for a large file). */
  text(): string
  /** Call once these bytes are the file: the next encoding starts from them. */
  commit(): void
}

/** The line of one record, checked for secrets. */
function lineOf(record: ChannelRecord): string {
  const line = recordLine(record)
  assertNoSecret(line)
  return line
}

/**
 * Keeps the committed file's bytes: the header, then each record's line followed by `,\n`
 * (the last record's `,\n` is left out when written). Appending records (a create) encodes only
 * them; any other change copies the unchanged records' bytes and encodes only the new ones.
 * Records are compared by reference, so they must be immutable (the store deep-freezes them).
 */
export class StoreEncoder {
  #buffer: Buffer = Buffer.from(HEADER_BYTES)
  #length = HEADER_BYTES.length
  /** The records whose lines are in #buffer, in order. */
  #records: readonly ChannelRecord[] = []
  /** Where the line of #records[i] ends (after its `,\n`). */
  #ends: readonly number[] = []

  /** Encode `data`; nothing changes until the result's commit(). Throws StoreWriteError on a secret. */
  encode(data: StoreData): EncodedStore {
    if (data.schemaVersion !== CURRENT_SCHEMA_VERSION) {
      throw new Error(`Cannot write data of format ${String(data.schemaVersion)}.`)
    }
    const channels = data.channels
    return this.#extends(channels)
      ? this.#append(channels, channels.length)
      : this.#rebuild(channels)
  }

  /**
   * Encode up to `count` more records of `channels` ahead of the next write (the start-up
   * warm-up), when it extends what is encoded. Returns true when nothing is left to do.
   */
  warm(channels: readonly ChannelRecord[], count: number): boolean {
    if (!this.#extends(channels)) return true
    const upTo = Math.min(channels.length, this.#records.length + count)
    this.#append(channels, upTo).commit()
    return upTo === channels.length
  }

  /** Whether `channels` starts with exactly the records already encoded. */
  #extends(channels: readonly ChannelRecord[]): boolean {
    const done = this.#records
    if (channels.length < done.length) return false
    for (let i = 0; i < done.length; i++) if (channels[i] !== done[i]) return false
    return true
  }

  /** Add the lines of channels[#records.length, upTo) after the committed bytes. */
  #append(channels: readonly ChannelRecord[], upTo: number): EncodedStore {
    const from = this.#records.length
    const lines: string[] = []
    let added = 0
    for (let i = from; i < upTo; i++) {
      const line = lineOf(channels[i])
      lines.push(line)
      added += line.length + SEPARATOR.length
    }
    const length = this.#length + added
    let buffer = this.#buffer
    if (length > buffer.length) {
      buffer = Buffer.allocUnsafe(withSpare(length))
      this.#buffer.copy(buffer, 0, 0, this.#length)
    }
    // Only bytes past the committed length are written: the committed file stays intact
    // in the buffer until commit(), whether or not this encoding is ever written.
    const ends = [...this.#ends]
    let offset = this.#length
    for (const line of lines) {
      offset += buffer.write(line, offset, 'latin1')
      offset += buffer.write(SEPARATOR, offset, 'latin1')
      ends.push(offset)
    }
    const records = upTo === channels.length ? channels : channels.slice(0, upTo)
    return this.#result(buffer, length, records, ends)
  }

  /** Lay out every record again, copying the bytes of those already encoded. */
  #rebuild(channels: readonly ChannelRecord[]): EncodedStore {
    const indexOf = new Map<ChannelRecord, number>()
    this.#records.forEach((record, index) => indexOf.set(record, index))
    const starts = (index: number): number =>
      index === 0 ? HEADER_BYTES.length : this.#ends[index - 1]

    const lines = new Map<number, string>()
    let length = HEADER_BYTES.length
    channels.forEach((record, i) => {
      const old = indexOf.get(record)
      if (old !== undefined) {
        length += this.#ends[old] - starts(old)
      } else {
        const line = lineOf(record)
        lines.set(i, line)
        length += line.length + SEPARATOR.length
      }
    })

    const buffer = Buffer.allocUnsafe(withSpare(length))
    HEADER_BYTES.copy(buffer, 0)
    const ends: number[] = new Array<number>(channels.length)
    let offset = HEADER_BYTES.length
    // Runs of records that were neighbours before are copied in one go.
    let runFrom = -1
    let runTo = -1
    const flush = (): void => {
      if (runFrom === -1) return
      offset += this.#buffer.copy(buffer, offset, starts(runFrom), this.#ends[runTo])
      runFrom = runTo = -1
    }
    channels.forEach((record, i) => {
      const line = lines.get(i)
      if (line === undefined) {
        const old = indexOf.get(record) as number
        if (runFrom !== -1 && old === runTo + 1) {
          runTo = old
        } else {
          flush()
          runFrom = runTo = old
        }
        ends[i] = offset + (this.#ends[runTo] - starts(runFrom))
        return
      }
      flush()
      offset += buffer.write(line, offset, 'latin1')
      offset += buffer.write(SEPARATOR, offset, 'latin1')
      ends[i] = offset
    })
    flush()
    return this.#result(buffer, length, channels, ends)
  }

  #result(
    buffer: Buffer,
    length: number,
    records: readonly ChannelRecord[],
    ends: readonly number[]
  ): EncodedStore {
    const empty = records.length === 0
    // The last line's `,\n` is not part of the file.
    const body = buffer.subarray(0, empty ? length : length - SEPARATOR.length)
    const footer = empty ? EMPTY_FOOTER_BYTES : FOOTER_BYTES
    return {
      chunks: [body, footer],
      byteLength: body.length + footer.length,
      text: () => body.toString('latin1') + (empty ? EMPTY_FOOTER : FOOTER),
      commit: () => {
        this.#buffer = buffer
        this.#length = length
        this.#records = records
        this.#ends = ends
      }
    }
  }
}

/** Room for a few hundred more records, so a run of creates rarely copies the buffer. */
const withSpare = (length: number): number => length + Math.max(64 * 1024, length >>> 3)
