import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { englishOf } from '../support/english'
import { keychainHelp } from '../../src/main/vault/secret-vault'
import { startApp } from './app-under-test'
import { closeDetails, fillPlatformForm, findRow, openCreateDialog, renderApp } from './render-app'

describe('errors from main', () => {
  it('shows a STORAGE error on create in the form and keeps what was typed', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Shop app', 'APP', ['Android'])
    // The disk is full: main cannot write the data file.
    app.file.failWrites = true

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(
      'The change could not be saved to the data file, so nothing was changed. Check free disk space and permissions, then try again.'
    )
    expect(within(dialog).getByRole('textbox', { name: 'Channel Name' })).toHaveValue('Shop app')
    expect(within(dialog).getByRole('button', { name: 'OK' })).toBeEnabled()
    expect(await app.services.service.list()).toHaveLength(0)
    // Nothing left behind in the keychain either.
    expect(app.vault.entries.size).toBe(0)

    // Trying again after the problem is fixed works, and the old message goes away.
    app.file.failWrites = false
    await user.click(within(dialog).getByRole('button', { name: 'OK' }))
    await closeDetails(user, 'Shop app')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await findRow('Shop app')).toBeInTheDocument()
  })

  it('shows KEYCHAIN_UNAVAILABLE on create with its message', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Shop app', 'APP', ['Android'])
    app.setKeychainAvailable(false)

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      englishOf({ code: keychainHelp('linux') })
    )
  })

  it('turns a failed call (no answer from main) into a message instead of hanging', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    app.rejectNext('channels.revealSecret')
    const { user } = await renderApp(app)
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
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))
    // This rotate's change is lost on its way, so the next change shows a gap; the snapshot
    // that gap asks for gets no answer.
    app.dropNextEvent('channels.changed')
    app.rejectNext('channels.snapshot')

    await user.click(row.getByRole('button', { name: 'Update AccessKeySecret of Shop app' }))
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Update' })
    )
    await app.create({ name: 'Other app' })

    expect(
      await screen.findByText(
        'The app did not answer. Try again; if this keeps happening, restart the app.'
      )
    ).toBeInTheDocument()
    expect(await findRow('Shop app')).toBeInTheDocument()
    expect(app.calls('channels.snapshot')).toHaveLength(2)
  })
})
