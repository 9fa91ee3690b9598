/**
 * One Content-Security-Policy (src/shared/csp.ts): the built page's `<meta>` and the header the
 * app:// protocol handler sends are the same text, and the `<meta>` comes before anything it
 * must cover. What the policy blocks is proved in a real browser: test/e2e/csp.test.ts.
 * Needs `npm run build` (the page is the built out/renderer/index.html).
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, createAppProtocolHandler } from '../../src/main/app-protocol'
import { securityHeaders, withSecurityHeaders } from '../../src/main/security/csp'
import { CONTENT_SECURITY_POLICY, CSP_NONCE_PLACEHOLDER, pagePolicy } from '../../src/shared/csp'

// jsdom (a devDependency) ships no type declarations; this is the one constructor used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { readonly window: { readonly document: Document } }
}

const RENDERER_DIR = join(import.meta.dirname, '../../out/renderer')

let header: string | null = null
let page: Document

beforeAll(async () => {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer/index.html is missing: run `npm run build` first.')
  }
  // The handler main registers for app://, reading the built renderer as net.fetch would.
  const handler = createAppProtocolHandler({
    rootDir: RENDERER_DIR,
    fetchFile: async (fileUrl) =>
      new Response(await readFile(fileURLToPath(fileUrl)), {
        headers: { 'Content-Type': 'text/html' }
      })
  })
  const response = await handler({ url: APP_ENTRY_URL, method: 'GET' })
  expect(response.status).toBe(200)
  header = response.headers.get('content-security-policy')
  page = new JSDOM(await response.text()).window.document
})

const metaPolicies = (): Element[] => [
  ...page.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')
]

describe('Content-Security-Policy: one policy, two deliveries', () => {
  it('the built page states exactly the policy the app:// header carries', () => {
    const nonce = page.querySelector('meta[property="csp-nonce"]')?.getAttribute('nonce') ?? ''
    expect(nonce).not.toBe(CSP_NONCE_PLACEHOLDER)
    expect(header).toBe(pagePolicy(nonce))
    expect(metaPolicies()).toHaveLength(1)
    expect(metaPolicies()[0]?.getAttribute('content')).toBe(header)
  })

  it('the page’s policy is the one policy plus a nonce for styles, never unsafe-inline', () => {
    const nonce = 'AAAAAAAAAAAAAAAAAAAAAA=='
    expect(pagePolicy(nonce)).toBe(
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`)
    )
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/)
  })

  it('the build leaves only the placeholder in the page, for the handler to replace', async () => {
    const built = await readFile(join(RENDERER_DIR, 'index.html'), 'utf8')
    expect(built).toContain(`content="${pagePolicy(CSP_NONCE_PLACEHOLDER)}"`)
    expect(built).toContain(`<meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}">`)
    // sonner's stylesheet is a file; the build dropped its run-time <style> copy.
    for (const name of await readdir(join(RENDERER_DIR, 'assets'))) {
      if (name.endsWith('.js')) {
        expect(await readFile(join(RENDERER_DIR, 'assets', name), 'utf8')).not.toContain(
          '__insertCSS'
        )
      }
    }
  })

  it('the <meta> comes before every script, stylesheet and link it must cover', () => {
    const head = [...page.head.children]
    const meta = head.indexOf(metaPolicies()[0] as Element)
    expect(meta).toBeGreaterThanOrEqual(0)
    const covered = head.filter((el) => ['SCRIPT', 'LINK', 'STYLE'].includes(el.tagName))
    expect(covered.length).toBeGreaterThan(0)
    for (const el of covered) expect(head.indexOf(el), el.outerHTML).toBeGreaterThan(meta)
    expect(page.querySelectorAll('body script, body link, body style')).toHaveLength(0)
  })

  it('is set on every response with nosniff and no referrer, replacing what the response had', async () => {
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
