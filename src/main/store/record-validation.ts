/**
 * Validating channel records fast enough for 50,000 of them. zod stays the definition: a
 * hand-written fast path accepts only what `channelRecordSchema` accepts and returns what it
 * would return (proven by test/main/record-validation.test.ts), and anything the fast path is
 * not sure about goes to zod, which decides and words the error. The fast path may be stricter
 * than zod (a v4 UUID in upper case goes to zod), never looser.
 */
import type { z } from 'zod'
import {
  APP_PLATFORMS,
  APP_TYPES,
  channelRecordSchema,
  MINI_PROGRAM_PLATFORMS,
  type ChannelRecord
} from '../../shared/channel'
import { CURRENT_SCHEMA_VERSION, storeDataSchema, type StoreData } from './store-file'

/** The fields the fast path checks, in the schema's order. */
const RECORD_KEYS = [
  'id',
  'name',
  'collectedByQuickTracking',
  'appType',
  'platforms',
  'domains',
  'appKey',
  'accessKeyId',
  'createdAt',
  'updatedAt',
  'secretUpdatedAt'
] as const satisfies ReadonlyArray<keyof ChannelRecord>
const RECORD_KEY_SET: ReadonlySet<string> = new Set(RECORD_KEYS)
const APP_TYPE_SET: ReadonlySet<unknown> = new Set(APP_TYPES)
const PLATFORM_SET: ReadonlySet<unknown> = new Set([...APP_PLATFORMS, ...MINI_PROGRAM_PLATFORMS])
const { minLength: NAME_MIN, maxLength: NAME_MAX } = channelRecordSchema.shape.name

/** The very pattern zod tests a string format with, or a pattern nothing matches. */
function formatPattern(schema: z.ZodType): RegExp {
  const pattern = (schema._zod.def as { pattern?: unknown }).pattern
  // A future zod that checks the format another way: send every record to zod.
  return pattern instanceof RegExp && !pattern.global && !pattern.sticky ? pattern : /$^/
}
const { id: idSchema, createdAt: timestampSchema } = channelRecordSchema.shape
const UUID = formatPattern(idSchema)
const TIMESTAMP = formatPattern(timestampSchema)

/**
 * Off when the schema gained, lost or reordered a field since the fast path was written: then
 * every record goes to zod until the fast path is brought up to date (the property test fails).
 */
export const FAST_PATH_ENABLED =
  JSON.stringify(Object.keys(channelRecordSchema.shape)) === JSON.stringify(RECORD_KEYS) &&
  NAME_MIN !== null &&
  NAME_MAX !== null

const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && TIMESTAMP.test(value)

/** The strings of `value`, when it is an array of strings (each in `allowed`, if given). */
function strings(
  value: unknown,
  allowed: ReadonlySet<unknown> | undefined,
  adopt: boolean
): string[] | undefined {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return undefined
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i]
    if (typeof item !== 'string' || (allowed !== undefined && !allowed.has(item))) return undefined
  }
  // zod returns a copy; the same strings in the same order are the same value.
  return adopt ? (value as string[]) : [...(value as string[])]
}

/**
 * The record zod would return for `value`, when the fast path can tell that zod accepts it;
 * undefined otherwise (zod must decide). The result has the schema's key order, like zod's.
 * With `adopt`, a value already in that exact shape is returned itself instead of a copy:
 * only for values nobody else holds (just parsed from JSON).
 */
export function fastChannelRecord(value: unknown, adopt = false): ChannelRecord | undefined {
  if (!FAST_PATH_ENABLED) return undefined
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  ) {
    return undefined
  }
  // zod's strict check walks `for…in`: exactly the schema's keys, all of them own.
  let keys = 0
  let inOrder = true
  for (const key in value) {
    if (!RECORD_KEY_SET.has(key) || !Object.hasOwn(value, key)) return undefined
    if (key !== RECORD_KEYS[keys]) inOrder = false
    keys++
  }
  if (keys !== RECORD_KEYS.length) return undefined
  const v = value as Record<string, unknown>
  const { id, name, appType, appKey, accessKeyId, createdAt, updatedAt, secretUpdatedAt } = v
  if (
    typeof id !== 'string' ||
    !UUID.test(id) ||
    typeof name !== 'string' ||
    name.length < (NAME_MIN ?? Infinity) ||
    name.length > (NAME_MAX ?? -1) ||
    v.collectedByQuickTracking !== true ||
    !APP_TYPE_SET.has(appType) ||
    typeof appKey !== 'string' ||
    typeof accessKeyId !== 'string' ||
    !isTimestamp(createdAt) ||
    // The three are often the same string: test the pattern once.
    (updatedAt !== createdAt && !isTimestamp(updatedAt)) ||
    (secretUpdatedAt !== createdAt &&
      secretUpdatedAt !== updatedAt &&
      !isTimestamp(secretUpdatedAt))
  ) {
    return undefined
  }
  const keep = adopt && inOrder
  const platforms = strings(v.platforms, PLATFORM_SET, keep)
  const domains = strings(v.domains, undefined, keep)
  if (platforms === undefined || domains === undefined) return undefined
  if (keep) return value as ChannelRecord
  return {
    id,
    name,
    collectedByQuickTracking: true,
    appType: appType as ChannelRecord['appType'],
    platforms: platforms as ChannelRecord['platforms'],
    domains,
    appKey,
    accessKeyId,
    createdAt,
    updatedAt: updatedAt as string,
    secretUpdatedAt: secretUpdatedAt as string
  }
}

export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: z.ZodError }

/** `channelRecordSchema.safeParse(value)`, through the fast path when it can. */
export function parseChannelRecord(value: unknown): ParseResult<ChannelRecord> {
  const fast = fastChannelRecord(value)
  return fast === undefined ? channelRecordSchema.safeParse(value) : { success: true, data: fast }
}

/**
 * `storeDataSchema.safeParse(value)`, record by record through the fast path when it can.
 * Records already in the schema's shape are used as they are: pass only freshly parsed data.
 */
export function parseStoreData(value: unknown): ParseResult<StoreData> {
  const fast = fastStoreData(value)
  return fast === undefined ? storeDataSchema.safeParse(value) : { success: true, data: fast }
}

function fastStoreData(value: unknown): StoreData | undefined {
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  ) {
    return undefined
  }
  let keys = 0
  for (const key in value) {
    if ((key !== 'schemaVersion' && key !== 'channels') || !Object.hasOwn(value, key)) {
      return undefined
    }
    keys++
  }
  const { schemaVersion, channels } = value as Record<string, unknown>
  if (keys !== 2 || schemaVersion !== CURRENT_SCHEMA_VERSION || !Array.isArray(channels)) {
    return undefined
  }
  const records: ChannelRecord[] = new Array<ChannelRecord>(channels.length)
  const ids = new Set<string>()
  for (let i = 0; i < channels.length; i++) {
    // One record zod must look at: let zod look at the whole file, for its exact answer.
    const record = fastChannelRecord(channels[i], true)
    if (record === undefined || ids.has(record.id)) return undefined
    ids.add(record.id)
    records[i] = record
  }
  return { schemaVersion: CURRENT_SCHEMA_VERSION, channels: records }
}
