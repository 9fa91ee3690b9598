import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  FETCH_DIRECTIVES,
  cspProblems,
  effectiveSources,
  parseCsp,
  securityHeaders,
  withSecurityHeaders
} from '../../src/main/security/csp'

const ROOT = join(import.meta.dirname, '../..')

/** The policy in the renderer's <meta http-equiv="Content-Security-Policy">, if it has one. */
function metaPolicy(): string | null {
  const html = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8')
  const meta = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0]
  if (!meta) return null
  return /content="([^"]*)"/i.exec(meta)?.[1] ?? null
}

describe('Content-Security-Policy header', () => {
  it('is strict: no unsafe-inline/unsafe-eval scripts, no remote origins, no plugins, no <base>', () => {
    expect(cspProblems(CONTENT_SECURITY_POLICY)).toEqual([])
    const policy = parseCsp(CONTENT_SECURITY_POLICY)
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*|wss?:|blob:/)
  })

  const base = "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
  it.each([
    [`${base}; script-src 'self' 'unsafe-inline'`, "script-src allows 'unsafe-inline'."],
    [`${base}; script-src 'self' 'unsafe-eval'`, "script-src allows 'unsafe-eval'."],
    [
      "default-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'",
      "script-src allows 'unsafe-eval'."
    ],
    [
      `${base}; script-src 'self' https://cdn.example.com`,
      'script-src allows https://cdn.example.com'
    ],
    [`${base}; connect-src https:`, 'connect-src allows https:'],
    [`${base}; img-src *`, 'img-src allows *'],
    [`${base}; style-src 'self' http://evil.example`, 'style-src allows http://evil.example'],
    ["script-src 'self'; object-src 'none'; base-uri 'none'", 'default-src is missing.'],
    ["default-src 'self'; base-uri 'none'", "object-src must be 'none'."],
    ["default-src 'self'; object-src 'none'", "base-uri must be 'none'."]
  ])('the strictness check catches %j', (policy, problem) => {
    expect(cspProblems(policy).join('\n')).toContain(problem)
  })

  it("the renderer's <meta> policy passes the same check", () => {
    const meta = metaPolicy()
    expect(meta, 'src/renderer/index.html should state its CSP in a <meta>').not.toBeNull()
    expect(cspProblems(meta ?? '')).toEqual([])
  })

  it('is never stricter than the <meta> (both apply; a stricter header would break the page only in Electron)', () => {
    const meta = parseCsp(metaPolicy() ?? '')
    const header = parseCsp(CONTENT_SECURITY_POLICY)
    for (const directive of FETCH_DIRECTIVES) {
      const allowedByMeta = effectiveSources(meta, directive) ?? ['*']
      const allowedByHeader = effectiveSources(header, directive) ?? ['*']
      for (const source of allowedByMeta) {
        expect(allowedByHeader, `${directive} ${source}`).toContain(source)
      }
    }
  })

  it('is set on every response with nosniff and no referrer', async () => {
    expect(securityHeaders()).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer'
    })
    const original = new Response('body', {
      status: 201,
      headers: { 'content-security-policy': 'default-src *', 'content-type': 'text/css' }
    })
    const secured = withSecurityHeaders(original)
    expect(secured.status).toBe(201)
    expect(secured.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(secured.headers.get('content-type')).toBe('text/css')
    expect(await secured.text()).toBe('body')
  })
})
