/**
 * The renderer's Content-Security-Policy, sent as a response header by the `app://` protocol
 * handler so it holds even if the page's own `<meta>` policy were removed or edited. The
 * header must never be stricter than the `<meta>` (both apply, so a stricter header would
 * break the page only in Electron); test/security/csp.test.ts checks both against the same
 * rules.
 */

/** Directive name → allowed sources. `frame-ancestors` only works as a header, not in `<meta>`. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"]
}

/** Write a directive map as a policy string. */
export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** Parse a policy string into directive → sources (names lower-cased; the first occurrence wins, as in browsers). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (!name) continue
    const key = name.toLowerCase()
    if (!directives.has(key)) directives.set(key, sources)
  }
  return directives
}

export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES)

/** Fetch directives that fall back to `default-src` when absent. */
export const FETCH_DIRECTIVES = [
  'script-src',
  'style-src',
  'img-src',
  'connect-src',
  'font-src',
  'media-src',
  'object-src',
  'frame-src',
  'worker-src',
  'manifest-src'
] as const

const UNSAFE_SCRIPT_KEYWORDS = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  "'wasm-unsafe-eval'"
]
const LOCAL_KEYWORDS = new Set(["'self'", "'none'"])
// data: images are bytes inside the app's own bundle (inline SVG icons), not a remote origin.
const LOCAL_SCHEMES_BY_DIRECTIVE: Readonly<Record<string, readonly string[]>> = {
  'img-src': ['data:']
}

/** The sources that apply to a fetch directive: its own, or `default-src`'s. */
export function effectiveSources(
  policy: Map<string, string[]>,
  directive: string
): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src')
}

/**
 * What is wrong with a policy for this app, as readable lines (empty when strict enough):
 * a default-src and script-src that exist; no unsafe script keywords; no remote origin,
 * wildcard or scheme source anywhere; no plugins; no `<base>`; no form posts.
 */
export function cspProblems(policyText: string): string[] {
  const policy = parseCsp(policyText)
  const problems: string[] = []
  if (!policy.has('default-src')) problems.push('default-src is missing.')
  const scripts = effectiveSources(policy, 'script-src')
  if (!scripts) problems.push('script-src is missing (and no default-src to fall back on).')
  for (const keyword of UNSAFE_SCRIPT_KEYWORDS) {
    if (scripts?.some((s) => s.toLowerCase() === keyword))
      problems.push(`script-src allows ${keyword}.`)
  }
  for (const [directive, sources] of policy) {
    const allowedSchemes = LOCAL_SCHEMES_BY_DIRECTIVE[directive] ?? []
    for (const source of sources) {
      const s = source.toLowerCase()
      if (LOCAL_KEYWORDS.has(s) || allowedSchemes.includes(s)) continue
      if (s.startsWith("'nonce-") || /^'sha(256|384|512)-/.test(s)) continue
      if (directive === 'script-src' && UNSAFE_SCRIPT_KEYWORDS.includes(s)) continue // reported above
      problems.push(`${directive} allows ${source}, which is not the app's own origin.`)
    }
  }
  if (effectiveSources(policy, 'object-src')?.join(' ') !== "'none'")
    problems.push("object-src must be 'none'.")
  if (policy.get('base-uri')?.join(' ') !== "'none'") problems.push("base-uri must be 'none'.")
  if (policy.get('form-action')?.join(' ') !== "'none'")
    problems.push("form-action must be 'none'.")
  return problems
}

/** Headers every `app://` response carries. */
export function securityHeaders(): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin'
  }
}

/** A copy of `response` with the security headers set (replacing any the response had). */
export function withSecurityHeaders(response: Response): Response {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(securityHeaders())) headers.set(name, value)
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers
  })
}
