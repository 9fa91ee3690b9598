/**
 * Key generation. The body of every key is drawn from the OS CSPRNG with `randomInt`,
 * which is uniform over its range (no modulo bias), so each base62 character carries
 * log2(62) ≈ 5.95 bits and the body lengths in KEY_KINDS meet SPEC §2's entropy floors.
 */
import { randomInt } from 'node:crypto'
import { BASE62, KEY_KINDS, formatKey, type KeyKind } from '../../shared/keys'

/** A uniform integer in [min, max): `crypto.randomInt`'s signature. */
export type RandomInt = (min: number, max: number) => number

/** Makes a fresh key of a kind; injected into services so tests can make predictable keys. */
export type KeyGenerator = (kind: KeyKind) => string

/** A new identifiable key of `kind`, its body drawn from `random` (the OS CSPRNG by default). */
export function generateKey(kind: KeyKind, random: RandomInt = randomInt): string {
  const { bodyLength } = KEY_KINDS[kind]
  let body = ''
  for (let i = 0; i < bodyLength; i++) body += BASE62[random(0, BASE62.length)]
  return formatKey(kind, body)
}
