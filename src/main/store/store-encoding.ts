/**
 * The data file's text: JSON with one channel per line, in ASCII.
 *
 *   {"schemaVersion":2,"channels":[
 *   {"id":"…","name":"\u5317\u4eac Shop",…},
 *   {"id":"…","name":"Travel",…}
 *   ]}
 *
 * Any JSON reader loads it, and a hand repair of a damaged file stays practical. It is not plain
 * `JSON.stringify(data)` because that measured over 3× its floor at 10,000 channels
 * (docs/performance.md, issue 11), for two reasons this file answers:
 * - each record's line is `JSON.stringify(record)`, kept for the record (stored records are
 *   frozen), so a create encodes one record and joins the rest instead of encoding 10,000;
 * - characters outside ASCII are written as JSON escapes, so the file reads into a one-byte
 *   string (`decodeUtf8`) several times faster than UTF-8 with Chinese names in it.
 */
import type { ChannelRecord } from '../../shared/channel'
import { CHECKSUM_LENGTH, identifyKey, KEY_KINDS } from '../../shared/keys'
import { StoreWriteError } from './store-errors'
import type { StoreData } from './store-file'

const NON_ASCII = /[\u0080-\uffff]/g
const HAS_NON_ASCII = /[\u0080-\uffff]/
const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/** A record's line in the file: its JSON, in ASCII. */
export function recordLine(record: ChannelRecord): string {
  const json = JSON.stringify(record)
  // Each UTF-16 unit on its own: a surrogate pair becomes two escapes, as JSON allows.
  return HAS_NON_ASCII.test(json) ? json.replace(NON_ASCII, escape) : json
}

const lines = new WeakMap<ChannelRecord, string>()
const isDeeplyFrozen = (record: ChannelRecord): boolean =>
  Object.isFrozen(record) && Object.isFrozen(record.platforms) && Object.isFrozen(record.domains)

/**
 * A record's line and the comma after it, remembered for a frozen record (it can never change):
 * with the comma in it, the text is one join of remembered strings, built flat.
 */
function lineWithComma(record: ChannelRecord): string {
  let line = lines.get(record)
  if (line === undefined) {
    line = `${recordLine(record)},`
    if (isDeeplyFrozen(record)) lines.set(record, line)
  }
  return line
}

/** The data file's text for `data`. */
export function encodeStoreData(data: StoreData): string {
  const head = `{"schemaVersion":${data.schemaVersion},"channels":[`
  const { channels } = data
  if (channels.length === 0) return `${head}\n]}\n`
  // Concatenating onto a joined text would leave a rope that the secret check and the file
  // write copy again (~3 ms at 10,000 channels): one join builds it flat.
  const parts = new Array<string>(channels.length + 3)
  parts[0] = head
  for (let i = 0; i < channels.length; i++) parts[i + 1] = lineWithComma(channels[i])
  parts[channels.length] = parts[channels.length].slice(0, -1)
  parts[channels.length + 1] = ']}'
  parts[channels.length + 2] = ''
  return parts.join('\n')
}

const { prefix: SECRET_PREFIX, bodyLength: SECRET_BODY } = KEY_KINDS.accessKeySecret
// Only secret-prefixed candidates: scanning every AppKey/AccessKeyId would cost a CRC each.
const SECRET_CANDIDATE = new RegExp(
  `\\b${SECRET_PREFIX}_[0-9A-Za-z]{${SECRET_BODY + CHECKSUM_LENGTH}}\\b`,
  'g'
)

/** True when `text` contains a well-formed AccessKeySecret (valid checksum). */
export function holdsSecret(text: string): boolean {
  for (const match of text.matchAll(SECRET_CANDIDATE)) {
    if (identifyKey(match[0]) === 'accessKeySecret') return true
  }
  return false
}

/** Throws if `text` contains a well-formed AccessKeySecret: the data file must never hold one. */
export function assertNoSecret(text: string): void {
  if (holdsSecret(text)) {
    throw new StoreWriteError('Refusing to write an AccessKeySecret to the data file.')
  }
}
