import { mkdir, writeFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  isAppUrl,
  resolveAppPath
} from '../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/csp'
import { CSP_NONCE_PLACEHOLDER, pagePolicy } from '../../src/shared/csp'
import { useTempDirs } from '../support/temp-dir'

const ROOT = join(sep, 'opt', 'cam', 'renderer')

describe('resolveAppPath (app:// path traversal)', () => {
  it.each([
    ['app://renderer/index.html', 'index.html'],
    ['app://renderer/', 'index.html'],
    ['app://renderer', 'index.html'],
    ['app://renderer/assets/index-B1x_2.js', 'assets/index-B1x_2.js'],
    ['app://renderer/assets/logo%20mark.svg', 'assets/logo mark.svg'],
    ['app://renderer/index.html?lang=zh#top', 'index.html'],
    ['app://renderer/index.html?next=../../etc', 'index.html'],
    ['app://renderer/assets/..data.js', 'assets/..data.js'],
    ['app://renderer//index.html', 'index.html']
  ])('serves %s from inside the folder', (url, relative) => {
    expect(resolveAppPath(ROOT, url)).toBe(join(ROOT, relative))
  })

  it.each([
    ['a parent directory', 'app://renderer/../../etc/passwd'],
    ['a parent directory the parser would clamp', 'app://renderer/assets/../index.html'],
    ['a current-directory segment', 'app://renderer/./index.html'],
    ['a half-encoded parent', 'app://renderer/.%2e/etc/passwd'],
    ['a dot-dot-encoded parent', 'app://renderer/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded dots', 'app://renderer/%2E%2e/secret'],
    ['an encoded slash', 'app://renderer/..%2f..%2fetc%2fpasswd'],
    ['an encoded slash inside a name', 'app://renderer/assets%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['an upper-case encoded slash', 'app://renderer/..%2F..%2Fetc%2Fpasswd'],
    ['an encoded backslash', 'app://renderer/..%5c..%5cwindows%5cwin.ini'],
    ['a raw backslash', 'app://renderer/..\\..\\windows\\win.ini'],
    ['a null byte', 'app://renderer/index.html%00.png'],
    ['a raw control character', 'app://renderer/index.html%0a'],
    [
      'a double-encoded parent (only ever a literal name inside the folder)',
      'app://renderer/%252e%252e/%252e%252e/etc/passwd'
    ],
    ['broken percent-encoding', 'app://renderer/%E0%A4%A'],
    ['a Windows drive letter', 'app://renderer/C:/Windows/win.ini'],
    ['an NTFS stream', 'app://renderer/index.html::$DATA'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://renderer.evil.example/index.html'],
    ['credentials before the host', 'app://evil@renderer/index.html'],
    ['a port', 'app://renderer:8080/index.html'],
    ['another scheme', 'file:///opt/cam/renderer/index.html'],
    ['https', 'https://renderer/index.html'],
    ['not a URL', 'index.html'],
    ['an empty string', '']
  ])('refuses %s', (_label, url) => {
    const resolved = resolveAppPath(ROOT, url)
    // Whatever the rule that catches it, nothing outside the folder is ever returned.
    if (resolved !== null) expect(resolved.startsWith(ROOT + sep)).toBe(true)
    if (!url.includes('%252e')) expect(resolved).toBeNull()
  })

  it('never returns a path outside the folder, for any path of dots, slashes and encodings', () => {
    const parts = [
      '..',
      '.',
      '%2e',
      '%2E',
      '%2e%2e',
      '%2f',
      '%5c',
      '\\',
      '/',
      'a',
      'etc',
      '%00',
      ':',
      '%252e'
    ]
    let checked = 0
    for (const a of parts)
      for (const b of parts)
        for (const c of parts) {
          const resolved = resolveAppPath(ROOT, `app://renderer/${a}${b}/${c}/passwd`)
          if (resolved !== null) expect(resolved.startsWith(ROOT + sep)).toBe(true)
          checked++
        }
    expect(checked).toBe(parts.length ** 3)
  })

  it('registers app:// as a standard secure scheme that does not bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true })
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP')
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('corsEnabled')
  })
})

describe('isAppUrl (who counts as the app page)', () => {
  it.each([
    ['app://renderer/index.html', undefined, true],
    ['app://renderer/', undefined, true],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5173/', undefined, false],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['app://renderer.evil/', undefined, false],
    ['app://user@renderer/', undefined, false],
    ['file:///index.html', undefined, false],
    ['https://renderer/', undefined, false],
    ['about:blank', undefined, false],
    ['', undefined, false],
    ['javascript:alert(1)', undefined, false]
  ])('%s (dev server %s) → %s', (url, dev, expected) => {
    expect(isAppUrl(url, dev)).toBe(expected)
  })
})

describe('the app:// protocol handler', () => {
  const tempDir = useTempDirs()
  let root: string
  const fetched: string[] = []
  let handler: ReturnType<typeof createAppProtocolHandler>

  beforeAll(async () => {
    root = await tempDir()
    await mkdir(join(root, 'assets'))
    await writeFile(
      join(root, 'index.html'),
      `<!doctype html><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><title>app</title>`
    )
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
    handler = createAppProtocolHandler({
      rootDir: root,
      // Electron's net.fetch of a file:// URL, here read from the temp folder.
      fetchFile: async (fileUrl) => {
        fetched.push(fileUrl)
        const { readFile } = await import('node:fs/promises')
        return new Response(await readFile(fileURLToPath(fileUrl)), {
          headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': 'default-src *' }
        })
      }
    })
  })

  it('serves the page with the CSP as a response header, replacing any the file response had', async () => {
    const response = await handler({ url: APP_ENTRY_URL, method: 'GET' })
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toContain('<title>app</title>')
    // A fresh nonce in the page, named by the header's policy.
    const nonce = /nonce="([^"]+)"/.exec(text)?.[1] ?? ''
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(text).not.toContain(CSP_NONCE_PLACEHOLDER)
    expect(response.headers.get('content-security-policy')).toBe(pagePolicy(nonce))
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-type')).toBe('text/html')
  })

  it('gives the page a new nonce on every response, and other files the plain policy', async () => {
    const nonces = new Set<string>()
    for (let i = 0; i < 20; i++) {
      const text = await (await handler({ url: APP_ENTRY_URL, method: 'GET' })).text()
      nonces.add(/nonce="([^"]+)"/.exec(text)?.[1] ?? '')
    }
    expect(nonces.size).toBe(20)
    const script = await handler({ url: 'app://renderer/assets/app.js', method: 'GET' })
    expect(await script.text()).toBe('console.log(1)')
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers a traversal attempt with 404 without reading any file, still with the CSP', async () => {
    const before = fetched.length
    const response = await handler({ url: 'app://renderer/..%2f..%2fetc%2fpasswd', method: 'GET' })
    expect(response.status).toBe(404)
    expect(fetched.length).toBe(before)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers a missing file with 404', async () => {
    const response = await handler({ url: 'app://renderer/nope.js', method: 'GET' })
    expect(response.status).toBe(404)
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler({ url: APP_ENTRY_URL, method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })
})
