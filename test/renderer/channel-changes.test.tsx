/**
 * The list follows main's `channels.changed` events (issue 16): a change made on the page or
 * by main reaches the table without the page asking for the list again, and a lost or
 * reordered event costs one snapshot, after which the list is exact.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { startApp, storedChannels, storeText, type AppUnderTest } from './app-under-test'
import {
  closeDetails,
  fillPlatformForm,
  findRow,
  findTable,
  openCreateDialog,
  renderApp,
  rowAction,
  rowName
} from './render-app'

/** The channel names the table shows, top to bottom. */
function shownNames(): string[] {
  return screen.queryAllByRole('rowheader').map((cell) => rowName(cell))
}

/** Names in the table's order (newest first) as main has them now. */
async function mainNames(app: AppUnderTest): Promise<string[]> {
  return (await app.services.service.list()).map((c) => c.name).reverse()
}

const listCalls = (app: AppUnderTest): number =>
  app.calls('channels.list').length + app.calls('channels.snapshot').length

describe('changes reach the list as events', () => {
  it('create, edit, update the secret and remove on the page call no channels.list', async () => {
    const app = await startApp()
    await app.create({ name: 'Seed app' })
    const { user } = await renderApp(app)
    await findRow('Seed app')
    expect(app.calls('channels.snapshot')).toHaveLength(1)
    const eventsBefore = app.eventsSent('channels.changed')

    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Shop app', 'APP', ['Android'])
    await user.click(within(dialog).getByRole('button', { name: 'OK' }))
    // Create opens the new channel's details (its secret shown): closed to go on in the list.
    await closeDetails(user, 'Shop app')
    await findRow('Shop app')

    await rowAction(user, 'Shop app', 'Edit')
    const edit = within(await screen.findByRole('dialog', { name: 'Edit App API' }))
    await user.clear(edit.getByRole('textbox', { name: 'Channel Name' }))
    await user.type(edit.getByRole('textbox', { name: 'Channel Name' }), 'Shop app 2')
    await user.click(edit.getByRole('button', { name: 'OK' }))
    const edited = within(await findRow('Shop app 2'))

    await user.click(edited.getByRole('button', { name: 'Update AccessKeySecret of Shop app 2' }))
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Update' })
    )
    expect(await screen.findByText('AccessKeySecret updated')).toBeInTheDocument()

    await rowAction(user, 'Shop app 2', 'Remove')
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' })
    )
    await waitFor(() => expect(shownNames()).toEqual(['Seed app']))

    // Create, edit, update the secret, remove: four events, no list.
    expect(app.eventsSent('channels.changed') - eventsBefore).toBe(4)
    expect(app.calls('channels.list')).toHaveLength(0)
    expect(app.calls('channels.snapshot')).toHaveLength(1)
  })

  it("shows main's changes made elsewhere, and a secret found missing, without asking", async () => {
    const app = await startApp()
    const lost = await app.create({ name: 'Lost key' })
    const { user } = await renderApp(app)
    await findTable()

    await app.create({ name: 'From elsewhere' })
    expect(await findRow('From elsewhere')).toBeInTheDocument()

    // The keychain lost the secret: View learns so, and the row says it at once.
    app.vault.entries.delete(lost.id)
    const row = within(await findRow('Lost key'))
    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Lost key' }))
    expect(await row.findByText('Secret missing')).toBeInTheDocument()
    expect(listCalls(app)).toBe(1)
  })

  it('takes one snapshot after a lost event, and the list is exact', async () => {
    const app = await startApp()
    await app.create({ name: 'First' })
    await renderApp(app)
    await findRow('First')

    app.dropNextEvent('channels.changed')
    await app.create({ name: 'Lost on the way' })
    await app.create({ name: 'Shows the gap' })

    expect(await findRow('Lost on the way')).toBeInTheDocument()
    await waitFor(async () => expect(shownNames()).toEqual(await mainNames(app)))
    expect(app.calls('channels.snapshot')).toHaveLength(2)
  })

  it('makes the list exact when events arrive out of order', async () => {
    const app = await startApp()
    const first = await app.create({ name: 'First' })
    await renderApp(app)
    await findRow('First')

    const release = app.holdEvents('channels.changed')
    await app.create({ name: 'Second' })
    await app.create({ name: 'Third' })
    await app.services.service.remove({ id: first.id })
    await release()

    await waitFor(async () => expect(shownNames()).toEqual(['Third', 'Second']))
    expect(shownNames()).toEqual(await mainNames(app))
    // The newest event showed a gap: one snapshot, however many events were out of order.
    expect(app.calls('channels.snapshot')).toHaveLength(2)
  })

  it('shows the newest channels while a long list arrives in parts; a change meanwhile follows', async () => {
    const stored = storedChannels(1_200, (i) => ({ name: `Channel ${String(i).padStart(4, '0')}` }))
    const app = await startApp({
      files: { 'channels.json': storeText(stored.records) },
      secrets: stored.secrets
    })
    const release = app.hold('channels.snapshot', 1)
    await renderApp(app)

    expect(await findRow('Channel 1199')).toBeInTheDocument()
    expect(screen.getByText('Loading channels: 500 of 1,200…')).toBeInTheDocument()
    await app.create({ name: 'Made meanwhile' })
    release()

    expect(await findRow('Made meanwhile')).toBeInTheDocument()
    expect(await screen.findByText('Showing 1,201 of 1,201 channels')).toBeInTheDocument()
    expect(shownNames().slice(0, 2)).toEqual(['Made meanwhile', 'Channel 1199'])
    expect(app.calls('channels.snapshot')).toMatchObject([
      { limit: 500 },
      { skip: 500, limit: 10_000 }
    ])
  })
})
