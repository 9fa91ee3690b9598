/**
 * A revealed AccessKeySecret is gone from the page's memory once it hides: the test walks
 * React's whole fiber tree — every fiber and its alternate (the previous render React keeps),
 * their props, state, hooks, effect deps and update queues — and finds no string holding the
 * secret. While the secret is shown the same walk finds it, so the walk can see it.
 *
 * And it reaches the clipboard only through main: a copy event on the revealed secret (keys,
 * Edit › Copy) is the Copy action, audited.
 */
import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { pageSettled, startApp } from './app-under-test'
import { findRow, renderApp } from './render-app'

/** The HostRoot fiber of every React root rendered into the document. */
function reactRoots(): object[] {
  const roots: object[] = []
  for (const element of document.body.querySelectorAll('*')) {
    for (const key of Object.keys(element)) {
      if (key.startsWith('__reactContainer$')) {
        roots.push((element as unknown as Record<string, object>)[key] as object)
      }
    }
  }
  return roots
}

type Fiber = Record<string, unknown>
const isFiber = (value: unknown): value is Fiber =>
  typeof value === 'object' &&
  value !== null &&
  'tag' in value &&
  'memoizedProps' in value &&
  'return' in value
// Links to other fibers (walked as fibers) and to DOM nodes (the DOM is checked on its own).
const FIBER_LINKS = new Set(['return', 'child', 'sibling', 'alternate', 'stateNode', '_debugOwner'])

/** Where `needle` occurs in a string anywhere in the fiber tree, as paths. */
function findInFibers(needle: string): string[] {
  const hits: string[] = []
  const seen = new WeakSet<object>()
  const fibers: Array<[Fiber, string]> = reactRoots().map((root, i) => [root as Fiber, `root${i}`])
  const values: Array<[unknown, string]> = []

  const search = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.includes(needle)) hits.push(path)
      return
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    if (isFiber(value)) {
      fibers.push([value, path])
      return
    }
    if (typeof Node !== 'undefined' && value instanceof Node) return
    seen.add(value)
    if (value instanceof Map) {
      for (const [k, v] of value) values.push([k, `${path}<key>`], [v, `${path}.get()`])
      return
    }
    if (value instanceof Set) {
      for (const v of value) values.push([v, `${path}<item>`])
      return
    }
    for (const key of Reflect.ownKeys(value)) {
      let child: unknown
      try {
        child = (value as Record<PropertyKey, unknown>)[key]
      } catch {
        continue
      }
      values.push([child, `${path}.${String(key)}`])
    }
  }

  while (fibers.length > 0 || values.length > 0) {
    const next = fibers.pop()
    if (next) {
      const [fiber, path] = next
      if (seen.has(fiber)) continue
      seen.add(fiber)
      const name = String(
        (fiber['type'] as { name?: string } | null)?.name ?? fiber['type'] ?? fiber['tag']
      )
      for (const [key, child] of Object.entries(fiber)) {
        if (FIBER_LINKS.has(key)) {
          if (isFiber(child)) fibers.push([child, `${path}>${name}.${key}`])
          continue
        }
        values.push([child, `${path}>${name}.${key}`])
      }
      continue
    }
    const [value, path] = values.pop() as [unknown, string]
    search(value, path)
  }
  return hits
}

async function revealed() {
  const app = await startApp()
  const channel = await app.create({ name: 'Shop app' })
  const rendered = await renderApp(app)
  const row = within(await findRow('Shop app'))
  const secret = app.secretOf(channel.id) ?? ''
  expect(secret).toMatch(/^csk_/)
  await rendered.user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))
  const shown = await row.findByText(secret)
  await pageSettled()
  return { app, channel, row, secret, shown, ...rendered }
}

describe('the revealed secret in renderer memory', () => {
  it('the walk finds the secret while it is shown (it can see it)', async () => {
    const { secret } = await revealed()
    expect(findInFibers(secret).length).toBeGreaterThan(0)
  })

  it('after Hide, no fiber (or alternate) holds it in props, state, hooks or deps', async () => {
    const { row, secret, user } = await revealed()
    await user.click(row.getByRole('button', { name: 'Hide AccessKeySecret of Shop app' }))
    await pageSettled()
    expect(document.body.textContent).not.toContain(secret)
    expect(findInFibers(secret)).toEqual([])
    // Another render of the row (it is memoised) leaves nothing behind either.
    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))
    await row.findByText(secret)
    await user.click(row.getByRole('button', { name: 'Hide AccessKeySecret of Shop app' }))
    await pageSettled()
    expect(findInFibers(secret)).toEqual([])
  })

  it('after it hides itself at the timeout, the same', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { row, secret } = await revealed()
    act(() => {
      vi.advanceTimersByTime(30_000)
    })
    await pageSettled()
    expect(row.queryByText(secret)).not.toBeInTheDocument()
    expect(findInFibers(secret)).toEqual([])
  })
})

describe('copying the revealed secret', () => {
  it('a copy event on it goes through main: audited Copy, the page’s own copy cancelled', async () => {
    const { app, channel, shown, secret } = await revealed()
    const event = new Event('copy', { bubbles: true, cancelable: true })
    act(() => {
      shown.dispatchEvent(event)
    })
    expect(event.defaultPrevented).toBe(true)
    expect(await screen.findByText(/AccessKeySecret copied/)).toBeInTheDocument()
    expect(app.calls('channels.copy')).toEqual([{ id: channel.id, field: 'accessKeySecret' }])
    expect(app.clipboard.text).toBe(secret)
    const audit = await app.services.audit.list()
    expect(audit.map((entry) => entry.action)).toContain('copy')
  })

  it('so does a cut event (Edit › Cut on a selection that reaches it)', async () => {
    const { app, channel, shown } = await revealed()
    fireEvent.cut(shown)
    await screen.findByText(/AccessKeySecret copied/)
    expect(app.calls('channels.copy')).toEqual([{ id: channel.id, field: 'accessKeySecret' }])
  })
})
