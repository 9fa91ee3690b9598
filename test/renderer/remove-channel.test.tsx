import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFakeApi } from './fake-api'
import { makeChannel } from './fixtures'
import { findRow, renderApp } from './render-app'

describe('Remove', () => {
  it('asks first; Cancel keeps the channel', async () => {
    const channel = makeChannel({ name: 'Shop app' })
    const fake = createFakeApi({ channels: [channel] })
    const { user } = renderApp(fake)

    await user.click(
      within(await findRow('Shop app')).getByRole('button', { name: 'Remove Shop app' })
    )
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Shop app?' })
    expect(dialog).toHaveAccessibleDescription(
      /The record and its AccessKeySecret are deleted from this computer and the keychain\. They cannot be recovered/
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(fake.api.channels.remove).not.toHaveBeenCalled()
    expect(await findRow('Shop app')).toBeInTheDocument()
    expect(fake.secretOf(channel.id)).toBeDefined()
  })

  it('Remove deletes the record and its secret', async () => {
    const channel = makeChannel({ name: 'Shop app' })
    const fake = createFakeApi({ channels: [channel, makeChannel({ name: 'Other app' })] })
    const { user } = renderApp(fake)

    await user.click(
      within(await findRow('Shop app')).getByRole('button', { name: 'Remove Shop app' })
    )
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Shop app?' })
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }))

    expect(await screen.findByText('Shop app removed')).toBeInTheDocument()
    expect(fake.api.channels.remove).toHaveBeenCalledWith(channel.id)
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: 'Shop app' })).not.toBeInTheDocument()
    )
    expect(await findRow('Other app')).toBeInTheDocument()
    expect(fake.secretOf(channel.id)).toBeUndefined()
    // Focus moves to the list, not lost with the removed row.
    await waitFor(() => expect(screen.getByRole('region', { name: 'Channels' })).toHaveFocus())
  })

  it('shows the empty state after the last channel is removed', async () => {
    const fake = createFakeApi({ channels: [makeChannel({ name: 'Only one' })] })
    const { user } = renderApp(fake)

    await user.click(
      within(await findRow('Only one')).getByRole('button', { name: 'Remove Only one' })
    )
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
    const fake = createFakeApi({ channels: [makeChannel({ name: 'Shop app' })] })
    fake.failNext('channels.remove', {
      code: 'KEYCHAIN_UNAVAILABLE',
      message: 'The keychain is locked. Unlock it and try again.'
    })
    const { user } = renderApp(fake)

    await user.click(
      within(await findRow('Shop app')).getByRole('button', { name: 'Remove Shop app' })
    )
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' })
    )

    expect(
      await screen.findByText('The keychain is locked. Unlock it and try again.')
    ).toBeInTheDocument()
    expect(await findRow('Shop app')).toBeInTheDocument()
    expect(screen.queryByText('Shop app removed')).not.toBeInTheDocument()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove Shop app' })).toHaveFocus()
    )
  })
})
