/**
 * The list follows main's `channels.changed` events in the real page (issue 16): two quick
 * creates and a remove leave it exactly as main has it, and the page never asks for the list
 * again after its first snapshot.
 */
import { afterAll, expect, it } from 'vitest'
import type { CreateChannelInput } from '../../src/shared/channel'
import { closeBrowser, launchApp, uniqueName, type LaunchedApp } from './harness'
import { SETTLE, Screen } from './support'

let app: LaunchedApp | undefined

afterAll(async () => {
  await app?.close()
  await closeBrowser()
})

// Also over the transport that delivers events as Electron does, in a task of their own: there
// the page's CSP is enforced on the preload's handling of them (eval through the DevTools
// protocol is not checked).
it.each(['binding', 'structured-clone'] as const)(
  'two quick creates and a remove leave the list exact, with no list asked for (%s IPC)',
  async (ipc) => {
    await app?.close()
    app = await launchApp({ ipc })
    const { page, services } = app
    const ui = new Screen(page)
    // Count the page's list calls at main's handler table (the one the dispatcher calls).
    const handlers = services.handlers as unknown as Record<string, (input: unknown) => unknown>
    const listCalls: string[] = []
    for (const method of ['channels.list', 'channels.snapshot']) {
      const handler = handlers[method]
      handlers[method] = (input) => {
        listCalls.push(method)
        return handler(input)
      }
    }
    await page.reload()
    await ui.ready()
    // The page has its snapshot (the list or the empty state shows): from here on, none.
    expect(listCalls).toContain('channels.snapshot')
    listCalls.length = 0

    const first = uniqueName('First app')
    await ui.create({ name: first, appType: 'APP', platforms: ['Android'] })

    // Two creates at once, from the page's own API (no form can be that quick).
    const quick = [uniqueName('Quick one'), uniqueName('Quick two')]
    await page.evaluate(
      (inputs) => {
        const { api } = window as unknown as {
          api: { channels: { create(input: CreateChannelInput): Promise<unknown> } }
        }
        return Promise.all(inputs.map((input) => api.channels.create(input)))
      },
      quick.map((name): CreateChannelInput => ({
        name,
        collectedByQuickTracking: true,
        appType: 'WEB',
        platforms: [],
        domains: ['https://quick.example.com']
      }))
    )
    await ui.rowAction(first, 'Remove')
    await ui.confirmButton('Remove').click()
    await page.getByText(`${first} removed`).waitFor({ timeout: SETTLE.timeout })

    // The table, newest first, is main's list backwards.
    const expected = (await services.service.list()).map((c) => c.name).reverse()
    expect([...expected].sort()).toEqual([...quick].sort())
    await expect.poll(() => page.getByRole('rowheader').allTextContents(), SETTLE).toEqual(expected)
    expect(listCalls).toEqual([])
  }
)
