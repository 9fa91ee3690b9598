import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { startApp } from './app-under-test'
import { findRow, renderApp, rowAction } from './render-app'

describe('Remove', () => {
  it('asks first; Cancel keeps the channel', async () => {
    const app = await startApp()
    const channel = await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)

    await findRow('Shop app')
    await rowAction(user, 'Shop app', 'Remove')
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Shop app?' })
    expect(dialog).toHaveAccessibleDescription(
      /The record and its AccessKeySecret are deleted from this computer and the keychain\. They cannot be recovered/
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(app.calls('channels.remove')).toHaveLength(0)
    expect(await findRow('Shop app')).toBeInTheDocument()
    expect(app.secretOf(channel.id)).toBeDefined()
  })

  it('Remove deletes the record and its secret', async () => {
    const app = await startApp()
    const channel = await app.create({ name: 'Shop app' })
    await app.create({ name: 'Other app' })
    const { user } = await renderApp(app)

    await findRow('Shop app')
    await rowAction(user, 'Shop app', 'Remove')
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Shop app?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }))

    expect(await screen.findByText('Shop app removed')).toBeInTheDocument()
    expect(app.calls('channels.remove')).toEqual([{ id: channel.id }])
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: 'Shop app' })).not.toBeInTheDocument()
    )
    expect(await findRow('Other app')).toBeInTheDocument()
    expect(app.secretOf(channel.id)).toBeUndefined()
    expect((await app.services.service.list()).map((c) => c.name)).toEqual(['Other app'])
    // Focus moves to the row that took its place, not lost with the removed row.
    await waitFor(() =>
      expect(screen.getByRole('rowheader', { name: 'Other app' }).closest('tr')).toHaveFocus()
    )
  })

  it('shows the empty state after the last channel is removed', async () => {
    const app = await startApp()
    await app.create({ name: 'Only one' })
    const { user } = await renderApp(app)

    await findRow('Only one')
    await rowAction(user, 'Only one', 'Remove')
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' })
    )

    expect(
      await screen.findByRole('heading', { name: 'No data collection APIs yet' })
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create App API' })).toHaveFocus()
    )
  })

  it('keeps the channel and says why when main refuses', async () => {
    const app = await startApp()
    const channel = await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    // Main removes the record first and cannot write the data file: nothing is removed.
    app.file.failWrites = true

    await findRow('Shop app')
    await rowAction(user, 'Shop app', 'Remove')
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' })
    )

    expect(
      await screen.findByText(
        'The change could not be saved to the data file, so nothing was changed. Check free disk space and permissions, then try again.'
      )
    ).toBeInTheDocument()
    expect(await findRow('Shop app')).toBeInTheDocument()
    expect(screen.queryByText('Shop app removed')).not.toBeInTheDocument()
    expect(app.secretOf(channel.id)).toBeDefined()
    // Focus goes back to the row's menu, which the confirmation came from.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Actions for Shop app' })).toHaveFocus()
    )
  })
})
