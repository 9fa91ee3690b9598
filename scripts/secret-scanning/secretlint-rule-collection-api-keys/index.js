// @ts-check
/**
 * secretlint rule for Collection API Manager's identifiable keys (docs/secret-scanning.md):
 * `<prefix>_<base62 body><checksum>`, where the checksum is the CRC32 (IEEE) of
 * `<prefix>_<body>` written as 6 base62 digits, left-padded with zeros.
 *
 *   prefix  key               body  whole key
 *   csk     AccessKeySecret   32    42 characters   reported by default (a secret)
 *   cid     AccessKeyId       20    30 characters   reported with { "publicKeys": true }
 *   cak     APPKEY            17    27 characters   reported with { "publicKeys": true }
 *
 * A regular expression finds the shape; the checksum is then computed, so a string of the right
 * shape that is not a key (a typo, a placeholder, a made-up example) is not reported. This file
 * has no dependencies: copy the folder into any repository. Keep it in step with
 * src/shared/keys.ts (test/security/secret-scanning.test.ts checks it against the app's keys).
 */

const KINDS = /** @type {const} */ ({
  csk: { name: 'AccessKeySecret', bodyLength: 32, secret: true },
  cid: { name: 'AccessKeyId', bodyLength: 20, secret: false },
  cak: { name: 'APPKEY', bodyLength: 17, secret: false }
})

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const CHECKSUM_LENGTH = 6

// Word boundaries on both sides, as the app's own KEY_PATTERN: a key inside a longer token is
// not one. The lengths allowed are exactly the three kinds'; which one it is, the prefix says.
const SHAPE = /\b(cak_[0-9A-Za-z]{23}|cid_[0-9A-Za-z]{26}|csk_[0-9A-Za-z]{38})\b/g

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 (IEEE 802.3, as zlib) of an ASCII string. @param {string} text */
export function crc32(text) {
  let crc = 0xffffffff
  for (let i = 0; i < text.length; i++) {
    crc = CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8)
  }
  return (crc ^ 0xffffffff) >>> 0
}

/** @param {number} value @returns {string} 6 base62 digits. */
function base62(value) {
  let out = ''
  let n = value
  while (n > 0) {
    out = BASE62[n % 62] + out
    n = Math.floor(n / 62)
  }
  return out.padStart(CHECKSUM_LENGTH, '0')
}

/**
 * The kind of key `text` is when its checksum is right, else null.
 * @param {string} text
 * @returns {keyof typeof KINDS | null}
 */
export function checkKey(text) {
  const prefix = /** @type {keyof typeof KINDS} */ (text.slice(0, 3))
  const kind = KINDS[prefix]
  if (!kind || text[3] !== '_' || text.length !== 4 + kind.bodyLength + CHECKSUM_LENGTH) return null
  const body = text.slice(4, 4 + kind.bodyLength)
  return text.slice(4 + kind.bodyLength) === base62(crc32(`${prefix}_${body}`)) ? prefix : null
}

export const messages = {
  AccessKeySecret: {
    en: (/** @type {{ key: string }} */ props) =>
      `found a Collection API Manager AccessKeySecret (valid checksum): ${props.key}`,
    'zh-CN': (/** @type {{ key: string }} */ props) =>
      `发现 Collection API Manager 的 AccessKeySecret（校验和有效）：${props.key}`
  },
  AccessKeyId: {
    en: (/** @type {{ key: string }} */ props) =>
      `found a Collection API Manager AccessKeyId (valid checksum; not a secret): ${props.key}`,
    'zh-CN': (/** @type {{ key: string }} */ props) =>
      `发现 Collection API Manager 的 AccessKeyId（校验和有效；非机密）：${props.key}`
  },
  APPKEY: {
    en: (/** @type {{ key: string }} */ props) =>
      `found a Collection API Manager APPKEY (valid checksum; not a secret): ${props.key}`,
    'zh-CN': (/** @type {{ key: string }} */ props) =>
      `发现 Collection API Manager 的 APPKEY（校验和有效；非机密）：${props.key}`
  }
}

/**
 * Options: `publicKeys` (default false) also reports APPKEYs and AccessKeyIds, which are not
 * secrets (they sit in every app that uses them) but say which channel a file belongs to.
 * @type {import('@secretlint/types').SecretLintRuleCreator<{ publicKeys?: boolean }>}
 */
export const creator = {
  messages,
  meta: {
    id: 'secretlint-rule-collection-api-keys',
    recommended: true,
    type: 'scanner',
    supportedContentTypes: ['text']
  },
  create(context, options) {
    const t = context.createTranslator(messages)
    const publicKeys = options?.publicKeys === true
    return {
      file(source) {
        for (const match of source.content.matchAll(SHAPE)) {
          const prefix = checkKey(match[0])
          if (prefix === null) continue
          const kind = KINDS[prefix]
          if (!kind.secret && !publicKeys) continue
          const start = match.index ?? 0
          context.report({
            message: t(/** @type {keyof typeof messages} */ (kind.name), { key: match[0] }),
            range: [start, start + match[0].length]
          })
        }
      }
    }
  }
}
