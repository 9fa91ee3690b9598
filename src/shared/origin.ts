/**
 * Network Domain parsing for WEB channels. The WHATWG URL parser (present in Node,
 * Chromium and jsdom) does the IDN-to-punycode and default-port work; the checks
 * around it reject everything that is not a bare http(s) origin.
 */
import type { MESSAGES, MessageCode } from './messages'

type DomainProblem = keyof typeof MESSAGES.domain

export type OriginResult =
  | { readonly ok: true; readonly origin: string }
  | { readonly ok: false; readonly code: MessageCode }

/** A refusal, with the code of its message. */
const fail = (problem: DomainProblem): OriginResult => ({ ok: false, code: `domain.${problem}` })

// A host label after punycode conversion: letters, digits, hyphens, not at either end.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** Validate and normalise a site origin such as `https://Shop.Example.com:443/`. */
export function normaliseOrigin(raw: string): OriginResult {
  const input = raw.trim()
  if (input === '') return fail('empty')
  if (/\s/.test(input)) return fail('spaces')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(input)
  if (!scheme) return fail('scheme')
  const protocol = scheme[1].toLowerCase()
  if (protocol !== 'http' && protocol !== 'https') {
    return fail('protocol')
  }
  if (!/^[a-z]+:\/\//i.test(input)) return fail('scheme')
  const afterScheme = input.slice(scheme[0].length + 2)
  const authorityEnd = afterScheme.search(/[/?#\\]/)
  const authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd)
  const rest = authorityEnd === -1 ? '' : afterScheme.slice(authorityEnd)
  if (authority.includes('@')) return fail('credentials')
  if (rest.includes('?')) return fail('query')
  if (rest.includes('#')) return fail('fragment')
  if (rest !== '' && rest !== '/') return fail('path')
  if (authority === '' || authority.startsWith(':')) return fail('host')

  let url: URL
  try {
    url = new URL(`${protocol}://${authority}/`)
  } catch {
    return fail('invalid')
  }
  const host = url.hostname
  if (host === '') return fail('host')
  if (!host.startsWith('[') && !IPV4.test(host)) {
    const labels = host.replace(/\.$/, '').split('.')
    if (labels.some((label) => !LABEL.test(label))) {
      return fail('hostLabel')
    }
  }
  // `example.com.` and `example.com` are the same site: drop the root label's dot.
  return { ok: true, origin: url.origin.replace(/\.(?=(:\d+)?$)/, '') }
}
