/**
 * fast-check arbitraries for what a compromised renderer could send over IPC: wrong types,
 * huge and deeply nested values, odd Unicode and prototype-polluting keys.
 */
import fc from 'fast-check'

const BIDI_CONTROLS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069'
]
const DIRECTION_MARKS = ['\u200e', '\u200f', '\u061c']
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']
const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff']
const CONTROLS = ['\u0000', '\u0007', '\u0008', '\u001b', '\u007f', '\u0085', '\u009b']
const BREAKS_AND_SPACES = ['\n', '\r', '\t', '\u2028', '\u2029', '\u00a0', '\u3000']
const LOOKALIKES_AND_COMBINING = [
  '\ufffd',
  '\uffff',
  'e\u0301',
  '\u0130',
  'ß',
  'ﷺ',
  '𝕏',
  '👩‍💻',
  '🏳️‍🌈',
  'Ⅻ'
]

/** Characters that have fooled parsers and people: bidi overrides and isolates, zero-width, lone surrogates, controls. */
export const ODD_CHARACTERS: readonly string[] = [
  ...BIDI_CONTROLS,
  ...DIRECTION_MARKS,
  ...ZERO_WIDTH,
  ...LONE_SURROGATES,
  ...CONTROLS,
  ...BREAKS_AND_SPACES,
  ...LOOKALIKES_AND_COMBINING
]

/** Code points the spec forbids in a Channel Name: C0/C1 controls and bidi controls. */
export const FORBIDDEN_IN_NAME =
  // eslint-disable-next-line no-control-regex -- these control characters are the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

export const oddCharacter = fc.constantFrom(...ODD_CHARACTERS)

/** Strings mixing odd characters with ordinary and arbitrary code points. */
export const oddString = fc
  .array(
    fc.oneof(
      oddCharacter,
      fc.string({ unit: 'binary', maxLength: 3 }),
      fc.string({ maxLength: 4 })
    ),
    {
      minLength: 1,
      maxLength: 12
    }
  )
  .map((parts) => parts.join(''))

/** `text` with an odd character inserted somewhere. */
export const withOddCharacter = (text: string): fc.Arbitrary<string> =>
  fc
    .tuple(oddCharacter, fc.integer({ min: 0, max: text.length }))
    .map(([odd, at]) => text.slice(0, at) + odd + text.slice(at))

/** Object keys, including the ones that reach prototypes. */
export const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__defineGetter__',
    'then'
  ),
  fc.string({ maxLength: 12 }),
  oddString
)

/** JSON texts whose parse gives own `__proto__` / `constructor` properties (what structured clone delivers). */
const POLLUTING_JSON = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"__proto__":{"__proto__":{"polluted":true}}}',
  '[{"__proto__":{"polluted":true}}]',
  '{"prototype":{"polluted":true},"__proto__":null}'
]
export const pollutingValue = fc
  .constantFrom(...POLLUTING_JSON)
  .map((text) => JSON.parse(text) as unknown)

/** A string longer than any field accepts (RAW_STRING_LIMIT is 2048). */
export const hugeString = fc
  .tuple(
    fc.integer({ min: 2_049, max: 200_000 }),
    fc.constantFrom('x', 'é', '\u202e', 'csk_', '🏳️‍🌈')
  )
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)))

/** Values nested hundreds to thousands of levels deep. */
export const deepValue = fc
  .tuple(fc.integer({ min: 50, max: 3_000 }), fc.constantFrom('array', 'object', 'mixed'))
  .map(([depth, kind]) => {
    let value: unknown = 'leaf'
    for (let i = 0; i < depth; i++) {
      value = kind === 'array' || (kind === 'mixed' && i % 2 === 0) ? [value] : { a: value }
    }
    return value
  })

/** Wide arrays and objects. */
export const wideValue = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 51, max: 20_000 }),
      fc.constantFrom('ANDROID', 'https://a.example', '', 0)
    )
    .map(([n, item]) => Array.from({ length: n }, () => item)),
  fc
    .integer({ min: 100, max: 5_000 })
    .map((n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])))
)

/** Numbers and other primitives that break naive checks. */
export const oddPrimitive = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  0n,
  2n ** 70n,
  '',
  ' ',
  'true',
  'null',
  'undefined',
  true,
  false,
  null,
  undefined
)

/** Any structured-cloneable value, with the risky options on. */
export const anyValue = fc.anything({
  maxDepth: 4,
  maxKeys: 6,
  key: hostileKey,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary'
})

/** Anything hostile: the union of everything above. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyValue, weight: 4 },
  { arbitrary: oddPrimitive, weight: 2 },
  { arbitrary: oddString, weight: 2 },
  { arbitrary: pollutingValue, weight: 1 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: deepValue, weight: 1 },
  { arbitrary: wideValue, weight: 1 }
)
