import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFakeApi } from './fake-api'
import { makeChannel } from './fixtures'
import { fillPlatformForm, findRow, openCreateDialog, renderApp } from './render-app'

describe('errors from main', () => {
  it('shows a STORAGE error on create in the form and keeps what was typed', async () => {
    const fake = createFakeApi()
    fake.failNext('channels.create', {
      code: 'STORAGE',
      message: 'The data file could not be written. Check the disk and try again.'
    })
    const { user } = renderApp(fake)
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Shop app', 'APP', ['Android'])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(
      'The data file could not be written. Check the disk and try again.'
    )
    expect(within(dialog).getByRole('textbox', { name: 'Channel Name' })).toHaveValue('Shop app')
    expect(within(dialog).getByRole('button', { name: 'OK' })).toBeEnabled()
    expect(fake.channels()).toHaveLength(0)

    // Trying again after the problem is fixed works, and the old message goes away.
    await user.click(within(dialog).getByRole('button', { name: 'OK' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await findRow('Shop app')).toBeInTheDocument()
  })

  it('shows KEYCHAIN_UNAVAILABLE on create with its message', async () => {
    const fake = createFakeApi()
    const message =
      'No keychain is available. On Linux, install gnome-keyring (Secret Service) and unlock it.'
    fake.failNext('channels.create', { code: 'KEYCHAIN_UNAVAILABLE', message })
    const { user } = renderApp(fake)
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Shop app', 'APP', ['Android'])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message)
  })

  it('turns a failed call (no answer from main) into a message instead of hanging', async () => {
    const fake = createFakeApi({ channels: [makeChannel({ name: 'Shop app' })] })
    fake.rejectNext('channels.revealSecret')
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))

    expect(
      await screen.findByText(
        'The app did not answer. Try again; if this keeps happening, restart the app.'
      )
    ).toBeInTheDocument()
    expect(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' })).toBeEnabled()
  })

  it('keeps the list when a refresh fails, and says so', async () => {
    const fake = createFakeApi({ channels: [makeChannel({ name: 'Shop app' })] })
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))
    // The refresh after this rotate fails.
    fake.failNext('channels.list', { code: 'STORAGE', message: 'The data file could not be read.' })

    await user.click(row.getByRole('button', { name: 'Update AccessKeySecret of Shop app' }))
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Update' })
    )

    expect(await screen.findByText('The data file could not be read.')).toBeInTheDocument()
    expect(await findRow('Shop app')).toBeInTheDocument()
  })
})
