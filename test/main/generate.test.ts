import { describe, expect, it } from 'vitest'
import { generateKey } from '../../src/main/keys/generate'
import {
  BASE62,
  CHECKSUM_LENGTH,
  KEY_KINDS,
  identifyKey,
  type KeyKind
} from '../../src/shared/keys'

const kinds = Object.keys(KEY_KINDS) as KeyKind[]

describe('generateKey', () => {
  it.each(kinds)('makes a valid, identifiable %s', (kind) => {
    const key = generateKey(kind)
    const { prefix, bodyLength } = KEY_KINDS[kind]
    expect(key.startsWith(`${prefix}_`)).toBe(true)
    expect(key).toHaveLength(prefix.length + 1 + bodyLength + CHECKSUM_LENGTH)
    expect(key.slice(prefix.length + 1)).toMatch(/^[0-9A-Za-z]+$/)
    expect(identifyKey(key)).toBe(kind)
  })

  it('meets the entropy floors of SPEC §2', () => {
    const bits = (kind: KeyKind): number => KEY_KINDS[kind].bodyLength * Math.log2(62)
    expect(bits('appKey')).toBeGreaterThanOrEqual(96)
    expect(bits('accessKeyId')).toBeGreaterThanOrEqual(96)
    expect(bits('accessKeySecret')).toBeGreaterThanOrEqual(160)
  })

  it('never repeats over many keys', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 5000; i++) seen.add(generateKey('accessKeySecret'))
    expect(seen.size).toBe(5000)
  })

  it('draws every body character from the random source over the full base62 range', () => {
    const calls: Array<[number, number]> = []
    const key = generateKey('appKey', (min, max) => {
      calls.push([min, max])
      return calls.length % BASE62.length
    })
    expect(calls).toHaveLength(KEY_KINDS.appKey.bodyLength)
    expect(calls.every(([min, max]) => min === 0 && max === 62)).toBe(true)
    expect(key.slice(4, 4 + KEY_KINDS.appKey.bodyLength)).toBe('123456789ABCDEFGH')
    expect(identifyKey(key)).toBe('appKey')
  })

  it('uses all 62 characters', () => {
    const chars = new Set<string>()
    for (let i = 0; i < 200; i++)
      for (const c of generateKey('accessKeySecret').slice(4, 36)) chars.add(c)
    expect(chars.size).toBe(62)
  })
})
