/**
 * The headers every `app://` response carries: the renderer's Content-Security-Policy
 * (src/shared/csp.ts, the same text the build writes into the page's `<meta>`) and the
 * browser hardening headers. The page itself gets a fresh nonce per response: written over the
 * build's placeholder in its text and named by the policy in its header (securePage).
 */
import { randomBytes } from 'node:crypto'
import { CONTENT_SECURITY_POLICY, CSP_NONCE_PLACEHOLDER, pagePolicy } from '../../shared/csp'

export { CONTENT_SECURITY_POLICY }

/** Headers every `app://` response carries; with `nonce`, the page's policy. */
export function securityHeaders(nonce?: string): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': nonce === undefined ? CONTENT_SECURITY_POLICY : pagePolicy(nonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin'
  }
}

/** A copy of `response` with the security headers set (replacing any the response had). */
export function withSecurityHeaders(response: Response, nonce?: string, body?: BodyInit): Response {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(securityHeaders(nonce))) headers.set(name, value)
  if (body !== undefined) headers.delete('Content-Length')
  return new Response(body ?? response.body, {
    status: response.status,
    statusText: response.statusText,
    headers
  })
}

/** A fresh nonce: 128 random bits, base64 (CSP's nonce-source syntax). */
export function newNonce(): string {
  return randomBytes(16).toString('base64')
}

/** The page's text with every copy of the build's nonce placeholder replaced by `nonce`. */
export function nonceThePage(html: string, nonce: string): string {
  return html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce)
}

/** The page's response: its text nonced afresh, with the page's policy as the header. */
export async function securePage(response: Response, nonce = newNonce()): Promise<Response> {
  if (!response.ok) return withSecurityHeaders(response)
  return withSecurityHeaders(response, nonce, nonceThePage(await response.text(), nonce))
}
