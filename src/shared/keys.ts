/**
 * The identifiable key format (modelled on GitHub's tokens): `<prefix>_<base62 body><checksum>`,
 * where the checksum is the CRC32 of `<prefix>_<body>` written as 6 base62 digits. A mistyped
 * or leaked key can be recognised offline, without a look-up. Generation lives in main
 * (it needs the OS CSPRNG); recognition is pure and lives here.
 */
export const KEY_KINDS = {
  appKey: { prefix: 'cak', bodyLength: 17 }, // 17 base62 chars ≈ 101 bits
  accessKeyId: { prefix: 'cid', bodyLength: 20 }, // ≈ 119 bits
  accessKeySecret: { prefix: 'csk', bodyLength: 32 } // ≈ 190 bits
} as const
export type KeyKind = keyof typeof KEY_KINDS

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
export const CHECKSUM_LENGTH = 6

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE) of an ASCII string. */
export function crc32(text: string): number {
  let crc = 0xffffffff
  for (let i = 0; i < text.length; i++) {
    crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8)
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** A number in base62, left-padded with zeros to `width` digits. */
export function toBase62(value: number, width: number): string {
  let out = ''
  let n = value
  while (n > 0) {
    out = BASE62[n % 62] + out
    n = Math.floor(n / 62)
  }
  return out.padStart(width, '0')
}

/** The checksum suffix for a prefix and body. */
export function keyChecksum(prefix: string, body: string): string {
  return toBase62(crc32(`${prefix}_${body}`), CHECKSUM_LENGTH)
}

/** Assemble a key from its kind and random body. */
export function formatKey(kind: KeyKind, body: string): string {
  const { prefix } = KEY_KINDS[kind]
  return `${prefix}_${body}${keyChecksum(prefix, body)}`
}

/** Which kind of key `text` is, if its shape and checksum are right; otherwise null. */
export function identifyKey(text: string): KeyKind | null {
  for (const kind of Object.keys(KEY_KINDS) as KeyKind[]) {
    const { prefix, bodyLength } = KEY_KINDS[kind]
    if (!text.startsWith(`${prefix}_`)) continue
    const rest = text.slice(prefix.length + 1)
    if (rest.length !== bodyLength + CHECKSUM_LENGTH || !/^[0-9A-Za-z]+$/.test(rest)) return null
    const body = rest.slice(0, bodyLength)
    return rest.slice(bodyLength) === keyChecksum(prefix, body) ? kind : null
  }
  return null
}

/** True when `text` is a well-formed key of `kind` with a valid checksum. */
export function isValidKey(text: string, kind: KeyKind): boolean {
  return identifyKey(text) === kind
}

/** Matches anything shaped like one of our keys, for redaction (checksum checked separately). */
export const KEY_PATTERN = /\b(cak|cid|csk)_[0-9A-Za-z]{23,38}\b/g
