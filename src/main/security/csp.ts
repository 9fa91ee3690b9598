/**
 * The headers every `app://` response carries: the renderer's Content-Security-Policy
 * (src/shared/csp.ts, the same text the build writes into the page's `<meta>`) and the
 * browser hardening headers.
 */
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

export { CONTENT_SECURITY_POLICY }

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
