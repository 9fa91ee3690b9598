/**
 * Network Domain parsing for WEB channels. The WHATWG URL parser (present in Node,
 * Chromium and jsdom) does the IDN-to-punycode and default-port work; the checks
 * around it reject everything that is not a bare http(s) origin.
 */
export type OriginResult =
  | { readonly ok: true; readonly origin: string }
  | { readonly ok: false; readonly message: string }

const fail = (message: string): OriginResult => ({ ok: false, message })

// A host label after punycode conversion: letters, digits, hyphens, not at either end.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** Validate and normalise a site origin such as `https://Shop.Example.com:443/`. */
export function normaliseOrigin(raw: string): OriginResult {
  const input = raw.trim()
  if (input === '') return fail('Enter a Network Domain.')
  if (/\s/.test(input)) return fail('A Network Domain cannot contain spaces.')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(input)
  if (!scheme) return fail('Start the Network Domain with http:// or https://.')
  const protocol = scheme[1].toLowerCase()
  if (protocol !== 'http' && protocol !== 'https') {
    return fail('Only http:// and https:// Network Domains are supported.')
  }
  if (!/^[a-z]+:\/\//i.test(input)) return fail('Start the Network Domain with http:// or https://.')
  const afterScheme = input.slice(scheme[0].length + 2)
  const authorityEnd = afterScheme.search(/[/?#\\]/)
  const authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd)
  const rest = authorityEnd === -1 ? '' : afterScheme.slice(authorityEnd)
  if (authority.includes('@')) return fail('A Network Domain cannot contain a user name or password.')
  if (rest.includes('?')) return fail('A Network Domain cannot contain a query (?…).')
  if (rest.includes('#')) return fail('A Network Domain cannot contain a fragment (#…).')
  if (rest !== '' && rest !== '/') return fail('A Network Domain cannot contain a path.')
  if (authority === '' || authority.startsWith(':')) return fail('Enter the host name, e.g. https://shop.example.com.')

  let url: URL
  try {
    url = new URL(`${protocol}://${authority}/`)
  } catch {
    return fail('This is not a valid Network Domain.')
  }
  const host = url.hostname
  if (host === '') return fail('Enter the host name, e.g. https://shop.example.com.')
  if (!host.startsWith('[') && !IPV4.test(host)) {
    const labels = host.replace(/\.$/, '').split('.')
    if (labels.some((label) => !LABEL.test(label))) {
      return fail('The host name has an invalid part; use letters, digits and hyphens.')
    }
  }
  // `example.com.` and `example.com` are the same site: drop the root label's dot.
  return { ok: true, origin: url.origin.replace(/\.(?=(:\d+)?$)/, '') }
}
