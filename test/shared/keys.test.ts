import { describe, expect, it } from 'vitest'
import {
  BASE62,
  CHECKSUM_LENGTH,
  KEY_KINDS,
  KEY_PATTERN,
  crc32,
  formatKey,
  identifyKey,
  isValidKey,
  keyChecksum,
  toBase62,
  type KeyKind
} from '../../src/shared/keys'

const body = (kind: KeyKind, char = 'x'): string => char.repeat(KEY_KINDS[kind].bodyLength)
const kinds = Object.keys(KEY_KINDS) as KeyKind[]

describe('key format', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32('')).toBe(0)
    expect(crc32('123456789')).toBe(0xcbf43926)
    expect(crc32('The quick brown fox jumps over the lazy dog')).toBe(0x414fa339)
  })

  it('writes base62 left-padded', () => {
    expect(toBase62(0, 3)).toBe('000')
    expect(toBase62(61, 2)).toBe('0z')
    expect(toBase62(62, 2)).toBe('10')
    expect(toBase62(0xffffffff, CHECKSUM_LENGTH)).toHaveLength(CHECKSUM_LENGTH)
  })

  it.each(kinds)('formats %s as prefix_body+checksum', (kind) => {
    const key = formatKey(kind, body(kind))
    const { prefix, bodyLength } = KEY_KINDS[kind]
    expect(key).toBe(`${prefix}_${body(kind)}${keyChecksum(prefix, body(kind))}`)
    expect(key).toHaveLength(prefix.length + 1 + bodyLength + CHECKSUM_LENGTH)
    expect(identifyKey(key)).toBe(kind)
    expect(isValidKey(key, kind)).toBe(true)
  })

  it.each(kinds)('detects any one-character change in a %s', (kind) => {
    const key = formatKey(kind, 'aZ09'.repeat(10).slice(0, KEY_KINDS[kind].bodyLength))
    const start = KEY_KINDS[kind].prefix.length + 1
    for (let i = start; i < key.length; i++) {
      const replacement = BASE62[(BASE62.indexOf(key[i]) + 1) % BASE62.length]
      const changed = key.slice(0, i) + replacement + key.slice(i + 1)
      expect(identifyKey(changed), `position ${i}`).toBeNull()
    }
  })

  it('rejects a wrong or swapped prefix', () => {
    const key = formatKey('accessKeyId', body('accessKeyId'))
    expect(identifyKey(key.replace('cid_', 'cxx_'))).toBeNull()
    expect(identifyKey(key.replace('cid_', 'cak_'))).toBeNull()
    expect(isValidKey(key, 'accessKeySecret')).toBe(false)
  })

  it('rejects wrong lengths and characters', () => {
    const key = formatKey('appKey', body('appKey'))
    expect(identifyKey(key.slice(0, -1))).toBeNull()
    expect(identifyKey(`${key}0`)).toBeNull()
    expect(identifyKey(key.replace('x', '-'))).toBeNull()
    expect(identifyKey('')).toBeNull()
    expect(identifyKey('hello')).toBeNull()
  })

  it('KEY_PATTERN finds keys of every kind inside text', () => {
    const keys = kinds.map((kind) => formatKey(kind, body(kind, 'Q')))
    const text = `ids: ${keys.join(', ')}.`
    expect([...text.matchAll(KEY_PATTERN)].map((m) => m[0])).toEqual(keys)
  })
})
