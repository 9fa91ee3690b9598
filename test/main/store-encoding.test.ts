/**
 * The data file's format and the incremental encoder: whatever sequence of changes (and failed
 * writes) the store goes through, the bytes written are exactly encodeStoreData(state), and a
 * secret anywhere in a record is refused just as a scan of the whole file would refuse it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeStoreText } from '../../src/main/store/json-store-adapter'
import { StoreWriteError } from '../../src/main/store/store-errors'
import {
  assertNoSecret,
  encodeStoreData,
  StoreEncoder,
  type EncodedStore
} from '../../src/main/store/store-encoding'
import { MIGRATIONS, type StoreData } from '../../src/main/store/store-file'
import type { ChannelRecord } from '../../src/shared/channel'
import { formatKey } from '../../src/shared/keys'
import { makeRecord } from '../support/fixtures'

const data = (channels: readonly ChannelRecord[]): StoreData => ({ schemaVersion: 1, channels })
const bytesOf = (encoded: EncodedStore): string =>
  Buffer.concat(encoded.chunks.map((c) => Buffer.from(c))).toString('utf8')

const NAMES = [
  'Shop',
  '北京 app',
  'Ça va',
  'emoji 😀',
  'quote " and \\ slash',
  'tab\there',
  'x'.repeat(128)
]
const record = fc
  .record({ name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 40 })) })
  .map(({ name }) => Object.freeze(makeRecord({ name })))

describe('encodeStoreData', () => {
  it('writes one channel per line, in ASCII, and reads back as the same data', () => {
    const channels = [makeRecord({ name: '北京 😀' }), makeRecord({ name: 'Two' })]
    const text = encodeStoreData(data(channels))
    expect(text.split('\n')).toEqual([
      '{"schemaVersion":1,"channels":[',
      `${JSON.stringify(channels[0]).replace('北京 😀', '\\u5317\\u4eac \\ud83d\\ude00')},`,
      JSON.stringify(channels[1]),
      ']}',
      ''
    ])
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true)
    expect(JSON.parse(text)).toEqual(data(channels))
    expect(decodeStoreText(text, 'x', MIGRATIONS)).toEqual(data(channels))
  })

  it('an empty list is valid JSON too', () => {
    expect(encodeStoreData(data([]))).toBe('{"schemaVersion":1,"channels":[\n]}\n')
    expect(JSON.parse(encodeStoreData(data([])))).toEqual(data([]))
  })

  it('round-trips any names, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), { maxLength: 5 }),
        (names) => {
          const channels = names.map((name) => makeRecord({ name }))
          expect(JSON.parse(encodeStoreData(data(channels)))).toEqual(data(channels))
        }
      )
    )
  })
})

type Op =
  | { kind: 'push'; records: ChannelRecord[] }
  | { kind: 'remove'; at: number }
  | { kind: 'replace'; at: number; record: ChannelRecord }
  | { kind: 'insert'; at: number; record: ChannelRecord }
  | { kind: 'shuffle'; seed: number }
  | { kind: 'clear' }
  | { kind: 'same' }
  | { kind: 'warm'; count: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(record, { minLength: 1, maxLength: 30 })
      .map((records) => ({ kind: 'push' as const, records }))
  },
  { weight: 2, arbitrary: fc.nat().map((at) => ({ kind: 'remove' as const, at })) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), record)
      .map(([at, r]) => ({ kind: 'replace' as const, at, record: r }))
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.nat(), record)
      .map(([at, r]) => ({ kind: 'insert' as const, at, record: r }))
  },
  { weight: 1, arbitrary: fc.integer().map((seed) => ({ kind: 'shuffle' as const, seed })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'same' as const }) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 20 }).map((count) => ({ kind: 'warm' as const, count }))
  }
)

function next(state: readonly ChannelRecord[], o: Op): readonly ChannelRecord[] {
  const list = [...state]
  const at = (n: number) => (list.length === 0 ? 0 : n % list.length)
  switch (o.kind) {
    case 'push':
      return [...list, ...o.records]
    case 'remove':
      if (list.length > 0) list.splice(at(o.at), 1)
      return list
    case 'replace':
      if (list.length > 0) list[at(o.at)] = o.record
      return list
    case 'insert':
      list.splice(at(o.at), 0, o.record)
      return list
    case 'shuffle': {
      let seed = o.seed
      for (let i = list.length - 1; i > 0; i--) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        const j = seed % (i + 1)
        ;[list[i], list[j]] = [list[j], list[i]]
      }
      return list
    }
    case 'clear':
      return []
    case 'same':
    case 'warm':
      return state
  }
}

describe('StoreEncoder', () => {
  it('always encodes exactly encodeStoreData(state), through any changes and failed writes', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }),
        fc.array(fc.tuple(op, fc.boolean()), { minLength: 1, maxLength: 25 }),
        (initial, ops) => {
          const encoder = new StoreEncoder()
          let state: readonly ChannelRecord[] = initial
          // As after open(): the loaded records are encoded ahead, a few at a time.
          encoder.warm(state, 7)
          for (const [o, writeFails] of ops) {
            if (o.kind === 'warm') {
              encoder.warm(state, o.count)
              continue
            }
            const candidate = next(state, o)
            const encoded = encoder.encode(data(candidate))
            const expected = encodeStoreData(data(candidate))
            expect(bytesOf(encoded)).toBe(expected)
            expect(encoded.text()).toBe(expected)
            expect(encoded.byteLength).toBe(Buffer.byteLength(expected))
            // A failed write: nothing committed, the state stays as it was.
            if (writeFails) continue
            encoded.commit()
            state = candidate
          }
          expect(bytesOf(encoder.encode(data(state)))).toBe(encodeStoreData(data(state)))
        }
      ),
      { numRuns: 300 }
    )
  })

  it('a committed file stays intact while the next encoding is prepared, used or abandoned', () => {
    const encoder = new StoreEncoder()
    const first = encoder.encode(data([makeRecord(), makeRecord()]))
    first.commit()
    const before = bytesOf(first)
    const abandoned = encoder.encode(data([makeRecord(), makeRecord(), makeRecord()]))
    expect(bytesOf(first)).toBe(before)
    expect(first.text()).toBe(before)
    void abandoned
  })

  const secret = formatKey('accessKeySecret', 'S'.repeat(32))
  const placements: Array<[string, (s: string) => Partial<ChannelRecord>]> = [
    ['name', (s) => ({ name: s })],
    ['name, inside words', (s) => ({ name: `x ${s}.` })],
    ['domain', (s) => ({ domains: [`https://${s}.example.com`] })],
    ['appKey', (s) => ({ appKey: s })]
  ]

  it.each(placements)(
    'refuses a secret in a new record (%s), like a scan of the whole file',
    (_label, place) => {
      const encoder = new StoreEncoder()
      encoder.encode(data([makeRecord()])).commit()
      const bad = makeRecord(place(secret))
      const channels = [...[makeRecord()], bad]
      expect(() => assertNoSecret(encodeStoreData(data(channels)))).toThrow(StoreWriteError)
      expect(() => encoder.encode(data(channels))).toThrow(StoreWriteError)
      // Also when the record lands in the middle of the list (not an append).
      expect(() => encoder.encode(data([bad, makeRecord()]))).toThrow(StoreWriteError)
    }
  )

  it('checking each record alone finds a secret exactly when checking the whole file does', () => {
    const body = fc.string({ unit: fc.constantFrom(...'ABCabc0189'), minLength: 32, maxLength: 32 })
    const fragment = fc.oneof(
      body.map((b) => formatKey('accessKeySecret', b)),
      body.map((b) => formatKey('accessKeySecret', b).slice(0, -1)),
      body.map((b) => `${formatKey('accessKeySecret', b)}x`),
      body.map((b) => formatKey('appKey', b.slice(0, 17))),
      fc.string({ maxLength: 10 })
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fragment, fragment), { minLength: 1, maxLength: 4 }),
        (parts) => {
          const channels = parts.map(([a, b]) =>
            makeRecord({ name: `${a} ${b}`.trim() || 'x', appKey: b })
          )
          let whole = false
          try {
            assertNoSecret(encodeStoreData(data(channels)))
          } catch {
            whole = true
          }
          let each = false
          try {
            new StoreEncoder().encode(data(channels))
          } catch (error) {
            expect(error).toBeInstanceOf(StoreWriteError)
            each = true
          }
          expect(each).toBe(whole)
        }
      ),
      { numRuns: 500 }
    )
  })
})
