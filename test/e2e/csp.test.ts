/**
 * The Content-Security-Policy (src/shared/csp.ts) in a real browser: the built page, served
 * with the header and its own `<meta>`, loads and works, and refuses inline
 * and eval'd script, inline handlers and styles, anything from another origin (script, style,
 * image, fetch, plugin), a `<base>` and a form post. The same probes on a page without the
 * policy all succeed, so a probe that stopped working would fail here instead of passing.
 */
import { createServer, type Server } from 'node:http'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeBrowser, launchApp, type LaunchedApp } from './harness'
import { Screen } from './support'

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64'
)
const PROBE_FILES: Readonly<Record<string, readonly [string, string | Buffer]>> = {
  '/blank.html': ['text/html', '<!doctype html><title>no policy</title><body></body>'],
  '/probe.js': ['text/javascript', 'window.__cspRemoteScript = "ran"'],
  '/probe.css': ['text/css', '#csp-probe-remote { width: 77px }'],
  '/probe.png': ['image/png', PNG],
  '/probe.json': ['application/json', '{}'],
  '/form': ['text/html', '<!doctype html><title>posted</title>']
}

/** Another origin (another loopback port): what the page must not reach. Records every request. */
async function otherOrigin(): Promise<{ server: Server; origin: string; hits: string[] }> {
  const hits: string[] = []
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    hits.push(path)
    const file = PROBE_FILES[path]
    if (!file) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': file[0], 'access-control-allow-origin': '*' }).end(file[1])
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no server address')
  return { server, origin: `http://127.0.0.1:${address.port}`, hits }
}

type Outcome = 'ran' | 'blocked'

/** Try each thing the policy forbids, on the current page; say what happened. */
async function probe(page: Page, remote: string): Promise<Record<string, Outcome>> {
  return page.evaluate(async (remote) => {
    const w = window as unknown as Record<string, unknown>
    const ran = (flag: string): Outcome => (w[flag] === 'ran' ? 'ran' : 'blocked')
    /** Attach `el`, wait for its load or error (a blocked load fires error), then detach it. */
    const loads = (el: HTMLElement, parent: HTMLElement = document.head): Promise<Outcome> =>
      new Promise((settle) => {
        el.addEventListener('load', () => settle('ran'))
        el.addEventListener('error', () => settle('blocked'))
        parent.append(el)
      }).finally(() => el.remove()) as Promise<Outcome>
    const widthOf = (id: string, style: HTMLElement): Outcome => {
      const box = document.createElement('div')
      box.id = id
      document.body.append(box)
      const width = getComputedStyle(box).width
      box.remove()
      style.remove()
      return width === '77px' ? 'ran' : 'blocked'
    }

    const out: Record<string, Outcome> = {}
    const inline = document.createElement('script')
    inline.textContent = 'window.__cspInline = "ran"'
    document.head.append(inline)
    inline.remove()
    out['inline <script>'] = ran('__cspInline')

    // From a task of the page's own: code DevTools evaluates directly may skip the eval check.
    const later = (run: () => void): Promise<void> =>
      new Promise((settle) =>
        setTimeout(() => {
          try {
            run()
          } catch {
            // EvalError: refused by script-src.
          }
          settle()
        }, 0)
      )
    await later(() => (0, eval)('window.__cspEval = "ran"'))
    out['eval()'] = ran('__cspEval')
    await later(() => new Function('window.__cspFunction = "ran"')())
    out['new Function()'] = ran('__cspFunction')

    const handler = document.createElement('div')
    handler.setAttribute('onclick', 'window.__cspHandler = "ran"')
    document.body.append(handler)
    handler.click()
    handler.remove()
    out['inline onclick'] = ran('__cspHandler')

    const script = document.createElement('script')
    script.src = `${remote}/probe.js`
    await loads(script)
    out['remote script'] = ran('__cspRemoteScript')

    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = `${remote}/probe.css`
    await new Promise((settle) => {
      link.addEventListener('load', settle)
      link.addEventListener('error', settle)
      document.head.append(link)
    })
    out['remote stylesheet'] = widthOf('csp-probe-remote', link)

    const style = document.createElement('style')
    style.textContent = '#csp-probe-inline { width: 77px }'
    document.head.append(style)
    out['inline <style>'] = widthOf('csp-probe-inline', style)

    const image = document.createElement('img')
    image.src = `${remote}/probe.png`
    out['remote image'] = await loads(image, document.body)

    try {
      await fetch(`${remote}/probe.json`)
      out['fetch to another origin'] = 'ran'
    } catch {
      out['fetch to another origin'] = 'blocked'
    }

    const base = document.createElement('base')
    base.href = `${remote}/`
    document.head.prepend(base)
    out['<base>'] = document.baseURI.startsWith(remote) ? 'ran' : 'blocked'
    base.remove()
    return out
  }, remote)
}

const ALL_BLOCKED = {
  'inline <script>': 'blocked',
  'eval()': 'blocked',
  'new Function()': 'blocked',
  'inline onclick': 'blocked',
  'remote script': 'blocked',
  'remote stylesheet': 'blocked',
  'inline <style>': 'blocked',
  'remote image': 'blocked',
  'fetch to another origin': 'blocked',
  '<base>': 'blocked'
} as const

/** Records every CSP violation on a page from its first script on. */
const RECORD_VIOLATIONS = `
  window.__cspViolations = []
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber })
  })
`
interface Violation {
  readonly directive: string
  readonly blocked: string
  readonly source: string
}

const violations = (page: Page): Promise<Violation[]> =>
  page.evaluate(() =>
    (window as unknown as { __cspViolations: Violation[] }).__cspViolations.slice()
  )

describe('Content-Security-Policy in the browser', () => {
  let app: LaunchedApp
  let other: Awaited<ReturnType<typeof otherOrigin>>

  beforeAll(async () => {
    other = await otherOrigin()
    // The probes below trip the policy on purpose.
    app = await launchApp({ allowCspViolations: true })
    await app.page.addInitScript({ content: RECORD_VIOLATIONS })
    await app.page.reload()
    await new Screen(app.page).ready()
  })

  afterAll(async () => {
    await app?.close()
    await new Promise<void>((done) => (other ? other.server.close(() => done()) : done()))
    await closeBrowser()
  })

  it('the app page loads and runs under its policy without a single violation', async () => {
    expect(await violations(app.page)).toEqual([])
    expect(app.cspViolations).toEqual([])
  })

  it('the page’s nonce is fresh per load and named by the header and the <meta> alike', async () => {
    const nonceOf = (page: Page): Promise<string> =>
      page.evaluate(
        () => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? ''
      )
    const first = await nonceOf(app.page)
    const response = await app.page.reload()
    await new Screen(app.page).ready()
    const second = await nonceOf(app.page)
    expect(first).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(second).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(second).not.toBe(first)
    expect(response?.headers()['content-security-policy']).toContain(`'nonce-${second}'`)
    const meta = await app.page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? ''
    )
    expect(meta).toBe(response?.headers()['content-security-policy'])
    expect(meta).not.toContain('unsafe-inline')
    expect(await violations(app.page)).toEqual([])
  })

  it('the dialogs’ scroll lock (a <style> Radix adds at run time) applies, with the nonce', async () => {
    const ui = new Screen(app.page)
    const overflow = (): Promise<string> =>
      app.page.evaluate(() => getComputedStyle(document.body).overflow)
    expect(await overflow()).not.toBe('hidden')
    await ui.openCreateForm()
    await expect.poll(overflow).toBe('hidden')
    const styles = await app.page.evaluate(() =>
      [...document.querySelectorAll('style')].map((style) => style.nonce !== '')
    )
    expect(styles.length).toBeGreaterThan(0)
    expect(styles.every(Boolean)).toBe(true)
    await ui.form.getByRole('button', { name: 'Cancel', exact: true }).click()
    await ui.form.waitFor({ state: 'hidden' })
    expect(await violations(app.page)).toEqual([])
  })

  it('a page without the policy runs every probe (the probes work)', async () => {
    const page = await app.page.context().newPage()
    try {
      await page.goto(`${other.origin}/blank.html`)
      const outcomes = await probe(page, other.origin)
      expect(Object.keys(outcomes)).toEqual(Object.keys(ALL_BLOCKED))
      for (const [name, outcome] of Object.entries(outcomes)) expect(outcome, name).toBe('ran')
    } finally {
      await page.close()
    }
  })

  it('blocks inline and eval’d script, inline handlers and styles, other origins and <base>', async () => {
    other.hits.length = 0
    expect(await probe(app.page, other.origin)).toEqual(ALL_BLOCKED)
    // Blocked before any request left the page.
    expect(other.hits).toEqual([])
    const directives = new Set((await violations(app.page)).map((v) => v.directive))
    for (const directive of [
      'script-src-elem',
      'script-src',
      'script-src-attr',
      'style-src-elem',
      'img-src',
      'connect-src',
      'base-uri'
    ]) {
      expect([...directives], directive).toContain(directive)
    }
  })

  it('blocks plugins and form posts', async () => {
    other.hits.length = 0
    const appUrl = app.page.url()
    await app.page.evaluate((remote) => {
      const object = document.createElement('object')
      object.data = `${remote}/probe.png`
      object.type = 'image/png'
      document.body.append(object)
      const form = document.createElement('form')
      form.method = 'post'
      form.action = `${remote}/form`
      document.body.append(form)
      form.submit()
    }, other.origin)
    await expect
      .poll(async () => (await violations(app.page)).map((v) => v.directive))
      .toEqual(expect.arrayContaining(['object-src', 'form-action']))
    expect(app.page.url()).toBe(appUrl)
    expect(other.hits).toEqual([])
  })
})
