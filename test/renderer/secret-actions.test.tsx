import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { englishOf } from '../support/english'
import { keychainHelp } from '../../src/main/vault/secret-vault'
import { APP_VERSION, pageSettled, startApp } from './app-under-test'
import { findRow, renderApp } from './render-app'

/** Main with one channel, "Shop app"; `missing`: its secret was deleted from the keychain. */
async function setup(
  options: { readonly secretTimeoutMs?: number; readonly missing?: boolean } = {}
) {
  const app = await startApp({ secretTimeoutMs: options.secretTimeoutMs })
  const channel = await app.create({ name: 'Shop app' })
  if (options.missing) app.vault.entries.delete(channel.id)
  return { channel, app }
}

describe('AccessKeySecret: View', () => {
  it('reveals the secret in place and hides it again after the timeout', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { channel, app } = await setup()
    const { user } = await renderApp(app, { user: { advanceTimers: vi.advanceTimersByTime } })
    const secret = app.secretOf(channel.id) ?? ''
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))

    const shown = await row.findByText(secret)
    expect(shown.tagName).toBe('CODE')
    expect(app.calls('channels.revealSecret')).toEqual([{ id: channel.id }])
    expect(row.getByRole('button', { name: 'Hide AccessKeySecret of Shop app' })).toHaveTextContent(
      'Hide'
    )
    await pageSettled()

    act(() => {
      vi.advanceTimersByTime(25_000)
    })
    expect(row.getByText(secret)).toBeInTheDocument()

    act(() => {
      vi.advanceTimersByTime(5_000)
    })
    expect(row.queryByText(secret)).not.toBeInTheDocument()
    expect(row.getByText('Hidden')).toBeInTheDocument()
    expect(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' })).toBeEnabled()
  })

  it('uses the timeout main reports', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { channel, app } = await setup({ secretTimeoutMs: 5_000 })
    const { user } = await renderApp(app, { user: { advanceTimers: vi.advanceTimersByTime } })
    await waitFor(() => expect(app.calls('app.info').length).toBeGreaterThan(0))
    // Let the info answer land before revealing.
    expect(await screen.findByText(`Version ${APP_VERSION}`)).toBeInTheDocument()
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))
    const secret = app.secretOf(channel.id) ?? ''
    expect(await row.findByText(secret)).toBeInTheDocument()
    await pageSettled()

    act(() => {
      vi.advanceTimersByTime(5_000)
    })
    expect(row.queryByText(secret)).not.toBeInTheDocument()
  })

  it('Hide removes the secret at once', async () => {
    const { channel, app } = await setup()
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))
    const secret = app.secretOf(channel.id) ?? ''

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))
    expect(await row.findByText(secret)).toBeInTheDocument()
    await user.click(row.getByRole('button', { name: 'Hide AccessKeySecret of Shop app' }))

    expect(row.queryByText(secret)).not.toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(secret)
  })

  it('shows KEYCHAIN_UNAVAILABLE with the fix it names', async () => {
    const { app } = await setup()
    const message = englishOf({ code: keychainHelp('linux') })
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))
    app.setKeychainAvailable(false)

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))

    // In the toast, and in the keychain banner: main now knows the keychain is unavailable.
    await waitFor(() => expect(screen.getAllByText(message)).toHaveLength(2))
    expect(screen.getByRole('alert')).toHaveTextContent('The keychain is not available')
    expect(row.getByText('Hidden')).toBeInTheDocument()
  })
})

describe('Copy', () => {
  it.each([
    ['Copy AccessKeyId of Shop app', 'accessKeyId', 'AccessKeyId copied'],
    ['Copy APPKEY of Shop app', 'appKey', 'APPKEY copied'],
    [
      'Copy AccessKeySecret of Shop app',
      'accessKeySecret',
      'AccessKeySecret copied — the clipboard will be cleared in 30 seconds'
    ]
  ])('%s asks main to copy %s and says so', async (button, field, toast) => {
    const { channel, app } = await setup()
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: button }))

    expect(await screen.findByText(toast)).toBeInTheDocument()
    expect(app.calls('channels.copy')).toEqual([{ id: channel.id, field }])
    const copied =
      field === 'appKey'
        ? channel.appKey
        : field === 'accessKeyId'
          ? channel.accessKeyId
          : app.secretOf(channel.id)
    expect(app.clipboard.text).toBe(copied)
    // Copying the secret never brings it into the page.
    if (field === 'accessKeySecret') {
      expect(app.calls('channels.revealSecret')).toHaveLength(0)
      expect(document.body).not.toHaveTextContent(app.secretOf(channel.id) ?? '')
    }
  })

  it('shows an error when copying fails', async () => {
    const { app } = await setup()
    // Another application holds the clipboard: main's write to it fails.
    app.clipboard.failWrites = true
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'Copy AccessKeyId of Shop app' }))

    expect(
      await screen.findByText('Something went wrong. The details are in the log.')
    ).toBeInTheDocument()
    expect(screen.queryByText('AccessKeyId copied')).not.toBeInTheDocument()
  })
})

describe('AccessKeySecret: Update', () => {
  it('asks first; Cancel changes nothing', async () => {
    const { channel, app } = await setup()
    const before = app.secretOf(channel.id)
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))
    const update = row.getByRole('button', { name: 'Update AccessKeySecret of Shop app' })

    await user.click(update)
    const dialog = await screen.findByRole('alertdialog', { name: 'Update AccessKeySecret?' })
    expect(dialog).toHaveAccessibleDescription(
      'The previous AccessKeySecret of Shop app becomes invalid at once. You must update your data collection program with the new AccessKeySecret.'
    )
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(app.calls('channels.rotateSecret')).toHaveLength(0)
    expect(app.secretOf(channel.id)).toBe(before)
    expect(update).toHaveFocus()
  })

  it('Update replaces the secret and shows the new one', async () => {
    const { channel, app } = await setup()
    const before = app.secretOf(channel.id)
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'Update AccessKeySecret of Shop app' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Update AccessKeySecret?' })
    await user.click(within(dialog).getByRole('button', { name: 'Update' }))

    expect(await screen.findByText('AccessKeySecret updated')).toBeInTheDocument()
    expect(app.calls('channels.rotateSecret')).toEqual([{ id: channel.id }])
    const after = app.secretOf(channel.id) ?? ''
    expect(after).not.toBe(before)
    expect(await within(await findRow('Shop app')).findByText(after)).toBeInTheDocument()
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  })

  it('issues a new secret for a channel whose secret is missing', async () => {
    const { channel, app } = await setup({ missing: true })
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'Update AccessKeySecret of Shop app' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Update AccessKeySecret?' })
    expect(dialog).toHaveTextContent('Shop app has no AccessKeySecret in the keychain.')
    await user.click(within(dialog).getByRole('button', { name: 'Update' }))

    const fresh = within(await findRow('Shop app'))
    expect(await fresh.findByText(app.secretOf(channel.id) ?? 'none')).toBeInTheDocument()
    expect(fresh.queryByText('Secret missing')).not.toBeInTheDocument()
    expect(fresh.getByRole('button', { name: 'Copy AccessKeySecret of Shop app' })).toBeEnabled()
  })

  it('shows an error when the keychain refuses the update', async () => {
    const { channel, app } = await setup()
    const before = app.secretOf(channel.id)
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))
    app.setKeychainAvailable(false)

    await user.click(row.getByRole('button', { name: 'Update AccessKeySecret of Shop app' }))
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Update' })
    )

    // In the toast, and in the keychain banner: main now knows the keychain is unavailable.
    await waitFor(() =>
      expect(screen.getAllByText(englishOf({ code: keychainHelp('linux') }))).toHaveLength(2)
    )
    expect(screen.queryByText('AccessKeySecret updated')).not.toBeInTheDocument()
    expect(app.secretOf(channel.id)).toBe(before)
    expect(app.calls('channels.revealSecret')).toHaveLength(0)
  })
})
