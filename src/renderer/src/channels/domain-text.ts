/**
 * A Network Domain as people read it. Domains are stored as normalised ASCII origins (IDN as
 * punycode, SPEC §2); the list, the details and the search show the host in Unicode, the way
 * it was typed (`https://商城.example.cn`), with the stored form beside it where it differs.
 */
import { toUnicode } from 'punycode/punycode.es6.js'

/** `scheme://` + host + optional `:port`, as normaliseOrigin stores it. */
const ORIGIN = /^([a-z][a-z0-9+.-]*:\/\/)(\[[^\]]*\]|[^/:]*)(:\d+)?$/i

/**
 * The origin with each punycode (`xn--`) label of its host in Unicode. Anything that is not a
 * stored origin, or a host whose Unicode form is not the same host again (invalid punycode,
 * characters IDNA refuses), is returned as it is.
 */
export function domainToUnicode(origin: string): string {
  const parts = ORIGIN.exec(origin)
  if (!parts || !/(^|\.)xn--/i.test(parts[2])) return origin
  let host: string
  try {
    host = toUnicode(parts[2])
    // Shown only if it is the same site: the URL parser (IDNA) takes it back to this host.
    if (new URL(`${parts[1]}${host}/`).hostname !== parts[2].toLowerCase()) return origin
  } catch {
    return origin
  }
  return `${parts[1]}${host}${parts[3] ?? ''}`
}
