/**
 * The fast record validator is never looser than zod: whenever it accepts a value, zod accepts
 * it too and returns the same record (same fields, same key order). Whatever it is unsure
 * about goes to zod, so parseChannelRecord/parseStoreData answer exactly what zod answers.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  FAST_PATH_ENABLED,
  fastChannelRecord,
  parseChannelRecord,
  parseStoreData
} from '../../src/main/store/record-validation'
import { storeDataSchema } from '../../src/main/store/store-file'
import {
  APP_PLATFORMS,
  APP_TYPES,
  channelRecordSchema,
  MINI_PROGRAM_PLATFORMS
} from '../../src/shared/channel'
import { formatKey } from '../../src/shared/keys'

const RUNS = { numRuns: 3000 }
const PLATFORMS = [...APP_PLATFORMS, ...MINI_PROGRAM_PLATFORMS]

const hex = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: n, maxLength: n })
const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n })

/** UUID-like strings: canonical v4, other versions and variants, upper case, near misses. */
const uuidLike = fc.oneof(
  fc.uuid({ version: 4 }),
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((p) => p.join('-')),
  fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
  fc.uuid().map((u) => `${u} `),
  fc.uuid().map((u) => u.slice(1)),
  fc.string()
)

/** Timestamp-like strings around every edge zod's pattern has: leap days, month lengths, hours, fractions. */
const timestampLike = fc.oneof(
  fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true
    })
    .map((d) => d.toISOString()),
  fc
    .tuple(
      digits(4),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 61 }),
      fc.option(fc.integer({ min: 1, max: 4 }).chain(digits), { nil: undefined }),
      fc.constantFrom('Z', '+08:00', '', 'z')
    )
    .map(([y, mo, d, h, mi, s, frac, zone]) => {
      const p = (n: number) => String(n).padStart(2, '0')
      return `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}${frac === undefined ? '' : `.${frac}`}${zone}`
    }),
  fc.constantFrom(
    '2024-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2000-02-29T12:00:00.5Z',
    '2024-04-31T00:00:00Z',
    '2024-05-01T08:00Z'
  ),
  fc.string()
)

const key = (kind: 'appKey' | 'accessKeyId') =>
  fc
    .string({
      unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
      minLength: 17,
      maxLength: 20
    })
    .map((body) => formatKey(kind, body))

/** A record the app would store. */
const validRecord = fc
  .record({
    id: fc.uuid({ version: 4 }),
    name: fc
      .string({ minLength: 1, maxLength: 128, unit: 'grapheme' })
      .filter((s) => s.length >= 1 && s.length <= 128),
    appType: fc.constantFrom(...APP_TYPES),
    platforms: fc.uniqueArray(fc.constantFrom(...PLATFORMS), { maxLength: 4 }),
    domains: fc.array(fc.webUrl({ withQueryParameters: false }), { maxLength: 3 }),
    appKey: key('appKey'),
    accessKeyId: key('accessKeyId'),
    createdAt: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    updatedAt: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    sameTimes: fc.boolean()
  })
  .map(({ sameTimes, ...r }) => ({
    id: r.id,
    name: r.name,
    collectedByQuickTracking: true as const,
    appType: r.appType,
    platforms: r.platforms,
    domains: r.domains,
    appKey: r.appKey,
    accessKeyId: r.accessKeyId,
    createdAt: r.createdAt,
    updatedAt: sameTimes ? r.createdAt : r.updatedAt,
    secretUpdatedAt: sameTimes ? r.createdAt : r.updatedAt
  }))

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string(), { maxLength: 2 })
)

/** One change that may or may not break a valid record. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    field: fc.constantFrom(...Object.keys(channelRecordSchema.shape)),
    value: anyValue
  }),
  fc.record({ kind: fc.constant('id' as const), value: uuidLike }),
  fc.record({
    kind: fc.constant('time' as const),
    field: fc.constantFrom('createdAt', 'updatedAt', 'secretUpdatedAt'),
    value: timestampLike
  }),
  fc.record({
    kind: fc.constant('name' as const),
    value: fc.oneof(fc.constant(''), fc.string({ minLength: 120, maxLength: 140 }), fc.string())
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    field: fc.constantFrom(...Object.keys(channelRecordSchema.shape))
  }),
  fc.record({
    kind: fc.constant('extra' as const),
    field: fc.constantFrom('secret', 'accessKeySecret', '__proto__', 'toString', 'x'),
    value: anyValue
  }),
  fc.record({
    kind: fc.constant('platforms' as const),
    value: fc.array(fc.oneof(fc.constantFrom(...PLATFORMS), fc.string(), fc.integer()), {
      maxLength: 3
    })
  }),
  fc.record({
    kind: fc.constant('domains' as const),
    value: fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 })
  }),
  fc.record({ kind: fc.constant('reorder' as const), seed: fc.integer() }),
  fc.record({
    kind: fc.constant('prototype' as const),
    which: fc.constantFrom('null', 'array', 'class')
  })
)

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never

function apply(record: Record<string, unknown>, m: Mutation): unknown {
  const r: Record<string, unknown> = { ...record }
  switch (m.kind) {
    case 'set':
      r[m.field] = m.value
      return r
    case 'id':
      r.id = m.value
      return r
    case 'time':
      r[m.field] = m.value
      return r
    case 'name':
      r.name = m.value
      return r
    case 'delete':
      delete r[m.field]
      return r
    case 'extra':
      Object.defineProperty(r, m.field, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true
      })
      return r
    case 'platforms':
      r.platforms = m.value
      return r
    case 'domains':
      r.domains = m.value
      return r
    case 'reorder': {
      const keys = Object.keys(r)
      let seed = m.seed
      for (let i = keys.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        const j = seed % (i + 1)
        ;[keys[i], keys[j]] = [keys[j], keys[i]]
      }
      return Object.fromEntries(keys.map((k) => [k, r[k]]))
    }
    case 'prototype':
      if (m.which === 'null') return Object.assign(Object.create(null) as object, r)
      if (m.which === 'array') return Object.assign([], r)
      return Object.assign(new (class Record {})(), r)
  }
}

const candidate = fc
  .tuple(validRecord, fc.array(mutation, { maxLength: 3 }))
  .map(([record, ms]) =>
    ms.reduce<unknown>(
      (value, m) =>
        typeof value === 'object' && value !== null
          ? apply(value as Record<string, unknown>, m)
          : value,
      record
    )
  )

/** The fast path answered, so zod must accept the value and return an identical record. */
function expectSameAsZod(value: unknown, fast: unknown): void {
  const zod = channelRecordSchema.safeParse(value)
  expect(zod.success).toBe(true)
  if (!zod.success) return
  expect(fast).toStrictEqual(zod.data)
  // Same key order too: the file's bytes come from JSON.stringify of the record.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data))
}

describe('fast record validation', () => {
  it('is enabled: the schema has the fields it was written for', () => {
    expect(FAST_PATH_ENABLED).toBe(true)
  })

  it('accepts only what zod accepts, and returns what zod returns', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const fast = fastChannelRecord(value)
        if (fast !== undefined) expectSameAsZod(value, fast)
      }),
      RUNS
    )
  })

  it('the same when adopting a parsed value instead of copying it', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const copy = structuredCloneable(value) ? JSON.parse(JSON.stringify(value)) : value
        const fast = fastChannelRecord(copy, true)
        if (fast !== undefined) expectSameAsZod(value, fast)
      }),
      RUNS
    )
  })

  it('the generated values cover both sides: accepted fast, and refused by zod', () => {
    const values = fc.sample(candidate, { numRuns: 2000, seed: 42 })
    const fast = values.filter((v) => fastChannelRecord(v) !== undefined).length
    const refused = values.filter((v) => !channelRecordSchema.safeParse(v).success).length
    expect(fast / values.length).toBeGreaterThan(0.2)
    expect(refused / values.length).toBeGreaterThan(0.2)
  })

  it('decides every record the app writes itself, without zod', () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        expect(fastChannelRecord(record)).toStrictEqual(record)
      }),
      RUNS
    )
  })

  it('gives zod the last word: parseChannelRecord answers exactly like zod', () => {
    fc.assert(
      fc.property(candidate, (value) => {
        const ours = parseChannelRecord(value)
        const zod = channelRecordSchema.safeParse(value)
        expect(ours.success).toBe(zod.success)
        if (ours.success && zod.success) expect(ours.data).toStrictEqual(zod.data)
        if (!ours.success && !zod.success) expect(ours.error.issues).toEqual(zod.error.issues)
      }),
      RUNS
    )
  })

  it('copies: the caller keeps its own object and arrays', () => {
    const record = fc.sample(validRecord, 1)[0]
    const fast = fastChannelRecord(record)
    expect(fast).not.toBe(record)
    expect(fast?.platforms).not.toBe(record.platforms)
  })

  it('every timestamp zod accepts in a record, the fast path accepts or leaves to zod; never the reverse', () => {
    const base = fc.sample(validRecord, 1)[0]
    fc.assert(
      fc.property(
        timestampLike,
        fc.constantFrom('createdAt', 'updatedAt', 'secretUpdatedAt'),
        (time, field) => {
          const value = { ...base, [field]: time }
          const fast = fastChannelRecord(value)
          if (fast !== undefined) expectSameAsZod(value, fast)
        }
      ),
      RUNS
    )
  })
})

describe('parseStoreData', () => {
  const storeLike = fc.oneof(
    fc.array(validRecord, { maxLength: 6 }).map((channels) => ({ schemaVersion: 1, channels })),
    fc.array(candidate, { maxLength: 4 }).map((channels) => ({ schemaVersion: 1, channels })),
    // A duplicate id.
    fc.array(validRecord, { minLength: 1, maxLength: 4 }).map((channels) => ({
      schemaVersion: 1,
      channels: [...channels, { ...channels[0], name: 'Copy' }]
    })),
    fc.record({
      schemaVersion: fc.oneof(fc.constant(1), fc.constant(2), fc.constant('1')),
      channels: fc.oneof(fc.array(validRecord, { maxLength: 2 }), anyValue)
    }),
    fc
      .array(validRecord, { maxLength: 2 })
      .map((channels) => ({ schemaVersion: 1, channels, extra: true })),
    anyValue
  )

  it('answers exactly like storeDataSchema.safeParse', () => {
    fc.assert(
      fc.property(storeLike, (value) => {
        const zod = storeDataSchema.safeParse(
          structuredCloneable(value) ? JSON.parse(JSON.stringify(value)) : value
        )
        const ours = parseStoreData(
          structuredCloneable(value) ? JSON.parse(JSON.stringify(value)) : value
        )
        expect(ours.success).toBe(zod.success)
        if (ours.success && zod.success) {
          expect(ours.data).toStrictEqual(zod.data)
          expect(JSON.stringify(ours.data)).toBe(JSON.stringify(zod.data))
        }
        if (!ours.success && !zod.success) expect(ours.error.issues).toEqual(zod.error.issues)
      }),
      { numRuns: 1000 }
    )
  })
})

/** Whether a JSON round trip keeps the value as it is (plain data, nothing JSON would drop). */
function structuredCloneable(value: unknown): boolean {
  try {
    return (
      JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value) && isPlain(value)
    )
  } catch {
    return false
  }
}

function isPlain(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'undefined'
  const proto = Object.getPrototypeOf(value)
  if (Array.isArray(value)) return proto === Array.prototype && value.every(isPlain)
  if (proto !== Object.prototype) return false
  return (
    Object.values(value).every((v) => v === undefined || isPlain(v)) &&
    !Object.values(value).includes(undefined)
  )
}
