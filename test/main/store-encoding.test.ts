/**
 * The data file's format: one channel per line, in ASCII, plain JSON; each frozen record's line
 * is remembered, so it must always equal a fresh encoding; and a secret anywhere in a value is
 * refused.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeStoreText } from '../../src/main/store/json-store-adapter'
import { StoreWriteError } from '../../src/main/store/store-errors'
import { assertNoSecret, encodeStoreData } from '../../src/main/store/store-encoding'
import { MIGRATIONS, type StoreData } from '../../src/main/store/store-file'
import type { ChannelRecord } from '../../src/shared/channel'
import { formatKey, identifyKey } from '../../src/shared/keys'
import { makeRecord } from '../support/fixtures'

const data = (channels: readonly ChannelRecord[]): StoreData => ({ schemaVersion: 2, channels })

const NAMES = [
  'Shop',
  '北京 app',
  'Ça va',
  'emoji 😀',
  'quote " and \\ slash',
  'tab\there',
  'x'.repeat(128)
]
/** A copy frozen like a stored record: the encoder may remember its line. */
function frozenCopy(record: ChannelRecord): ChannelRecord {
  const copy = structuredClone(record)
  Object.freeze(copy.platforms)
  Object.freeze(copy.domains)
  return Object.freeze(copy)
}

const record = fc
  .record({ name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 40 })) })
  .map(({ name }) => makeRecord({ name }))

describe('encodeStoreData', () => {
  it('writes one channel per line, in ASCII, and reads back as the same data', () => {
    const channels = [makeRecord({ name: '北京 😀' }), makeRecord({ name: 'Two' })]
    const text = encodeStoreData(data(channels))
    expect(text.split('\n')).toEqual([
      '{"schemaVersion":2,"channels":[',
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
    expect(encodeStoreData(data([]))).toBe('{"schemaVersion":2,"channels":[\n]}\n')
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

  it('a frozen record is encoded once, and always as a fresh encoding would be', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), fc.nat(), (channels, at) => {
        const frozen = channels.map(frozenCopy)
        const first = encodeStoreData(data(frozen))
        // Another list holding the same (remembered) records, in another order.
        const shuffled = [...frozen].reverse().slice(at % (frozen.length + 1))
        expect(encodeStoreData(data(shuffled))).toBe(
          encodeStoreData(data(structuredClone(shuffled)))
        )
        expect(encodeStoreData(data(frozen))).toBe(first)
        expect(JSON.parse(first)).toEqual(data(channels))
      })
    )
  })

  it('a record whose lists are not frozen is encoded afresh every time', () => {
    const platforms = ['IOS'] as ChannelRecord['platforms'][number][]
    const mine = Object.freeze(makeRecord({ platforms }))
    expect(JSON.parse(encodeStoreData(data([mine]))).channels[0].platforms).toEqual(['IOS'])
    platforms.push('ANDROID')
    expect(JSON.parse(encodeStoreData(data([mine]))).channels[0].platforms).toEqual([
      'IOS',
      'ANDROID'
    ])
  })
})

describe('assertNoSecret', () => {
  const secret = formatKey('accessKeySecret', 'S'.repeat(32))

  it('refuses a well-formed AccessKeySecret anywhere in the text, and nothing else', () => {
    expect(() =>
      assertNoSecret(encodeStoreData(data([makeRecord({ name: `x ${secret}.` })])))
    ).toThrow(StoreWriteError)
    expect(() => assertNoSecret(`"${secret}"`)).toThrow(StoreWriteError)
    expect(() => assertNoSecret(`${secret}x`)).not.toThrow()
    expect(() => assertNoSecret(secret.slice(0, -1))).not.toThrow()
    expect(() => assertNoSecret(encodeStoreData(data([makeRecord()])))).not.toThrow()
  })

  it('finds a secret in a file exactly when one of its values is a secret', () => {
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
          const expected = parts.some((pair) =>
            pair.some((part) => identifyKey(part) === 'accessKeySecret')
          )
          let refused = false
          try {
            assertNoSecret(encodeStoreData(data(channels)))
          } catch (error) {
            expect(error).toBeInstanceOf(StoreWriteError)
            refused = true
          }
          expect(refused).toBe(expected)
        }
      ),
      { numRuns: 500 }
    )
  })
})
