import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { createFakeApi } from './fake-api'
import { makeChannel } from './fixtures'
import { findRow, renderApp } from './render-app'

function setup(overrides: Parameters<typeof makeChannel>[0] = {}, secretTimeoutMs?: number) {
  const channel = makeChannel({ name: 'Shop app', ...overrides })
  const fake = createFakeApi({ channels: [channel], secretTimeoutMs })
  return { channel, fake }
}

describe('AccessKeySecret: View', () => {
  it('reveals the secret in place and hides it again after the timeout', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { channel, fake } = setup()
    const { user } = renderApp(fake, { user: { advanceTimers: vi.advanceTimersByTime } })
    const secret = fake.secretOf(channel.id) ?? ''
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))

    const shown = await row.findByText(secret)
    expect(shown.tagName).toBe('CODE')
    expect(fake.api.channels.revealSecret).toHaveBeenCalledWith(channel.id)
    expect(row.getByRole('button', { name: 'Hide AccessKeySecret of Shop app' })).toHaveTextContent(
      'Hide'
    )

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
    const { channel, fake } = setup({}, 5_000)
    const { user } = renderApp(fake, { user: { advanceTimers: vi.advanceTimersByTime } })
    await waitFor(() => expect(fake.api.app.info).toHaveBeenCalled())
    // Let the info answer land before revealing.
    expect(await screen.findByText(/Version 0\.1\.0-test/)).toBeInTheDocument()
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))
    const secret = fake.secretOf(channel.id) ?? ''
    expect(await row.findByText(secret)).toBeInTheDocument()

    act(() => {
      vi.advanceTimersByTime(5_000)
    })
    expect(row.queryByText(secret)).not.toBeInTheDocument()
  })

  it('Hide removes the secret at once', async () => {
    const { channel, fake } = setup()
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))
    const secret = fake.secretOf(channel.id) ?? ''

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))
    expect(await row.findByText(secret)).toBeInTheDocument()
    await user.click(row.getByRole('button', { name: 'Hide AccessKeySecret of Shop app' }))

    expect(row.queryByText(secret)).not.toBeInTheDocument()
    expect(document.body).not.toHaveTextContent(secret)
  })

  it('shows KEYCHAIN_UNAVAILABLE with the fix it names', async () => {
    const { fake } = setup()
    const message =
      'The keychain is not available. Install and unlock a Secret Service provider such as GNOME Keyring, then try again.'
    fake.failNext('channels.revealSecret', { code: 'KEYCHAIN_UNAVAILABLE', message })
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))

    expect(await screen.findByText(message)).toBeInTheDocument()
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
    const { channel, fake } = setup()
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: button }))

    expect(await screen.findByText(toast)).toBeInTheDocument()
    expect(fake.api.channels.copy).toHaveBeenCalledWith(channel.id, field)
    expect(fake.api.channels.copy).toHaveBeenCalledTimes(1)
    // Copying the secret never brings it into the page.
    if (field === 'accessKeySecret') {
      expect(fake.clipboard()).toBe(fake.secretOf(channel.id))
      expect(fake.api.channels.revealSecret).not.toHaveBeenCalled()
      expect(document.body).not.toHaveTextContent(fake.secretOf(channel.id) ?? '')
    }
  })

  it('shows an error when copying fails', async () => {
    const { fake } = setup()
    fake.failNext('channels.copy', { code: 'INTERNAL', message: 'The clipboard is not available.' })
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'Copy AccessKeyId of Shop app' }))

    expect(await screen.findByText('The clipboard is not available.')).toBeInTheDocument()
    expect(screen.queryByText('AccessKeyId copied')).not.toBeInTheDocument()
  })
})

describe('AccessKeySecret: Update', () => {
  it('asks first; Cancel changes nothing', async () => {
    const { channel, fake } = setup()
    const before = fake.secretOf(channel.id)
    const { user } = renderApp(fake)
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
    expect(fake.api.channels.rotateSecret).not.toHaveBeenCalled()
    expect(fake.secretOf(channel.id)).toBe(before)
    expect(update).toHaveFocus()
  })

  it('Update replaces the secret and shows the new one', async () => {
    const { channel, fake } = setup()
    const before = fake.secretOf(channel.id)
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'Update AccessKeySecret of Shop app' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Update AccessKeySecret?' })
    await user.click(within(dialog).getByRole('button', { name: 'Update' }))

    expect(await screen.findByText('AccessKeySecret updated')).toBeInTheDocument()
    expect(fake.api.channels.rotateSecret).toHaveBeenCalledWith(channel.id)
    const after = fake.secretOf(channel.id) ?? ''
    expect(after).not.toBe(before)
    expect(await within(await findRow('Shop app')).findByText(after)).toBeInTheDocument()
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  })

  it('issues a new secret for a channel whose secret is missing', async () => {
    const { channel, fake } = setup({ secretStatus: 'missing' })
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'Update AccessKeySecret of Shop app' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Update AccessKeySecret?' })
    expect(dialog).toHaveTextContent('Shop app has no AccessKeySecret in the keychain.')
    await user.click(within(dialog).getByRole('button', { name: 'Update' }))

    const fresh = within(await findRow('Shop app'))
    expect(await fresh.findByText(fake.secretOf(channel.id) ?? 'none')).toBeInTheDocument()
    expect(fresh.queryByText('Secret missing')).not.toBeInTheDocument()
    expect(fresh.getByRole('button', { name: 'Copy AccessKeySecret of Shop app' })).toBeEnabled()
  })

  it('shows an error when the keychain refuses the update', async () => {
    const { channel, fake } = setup()
    const before = fake.secretOf(channel.id)
    fake.failNext('channels.rotateSecret', {
      code: 'KEYCHAIN_UNAVAILABLE',
      message: 'The keychain is locked. Unlock it and try again.'
    })
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'Update AccessKeySecret of Shop app' }))
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Update' })
    )

    expect(
      await screen.findByText('The keychain is locked. Unlock it and try again.')
    ).toBeInTheDocument()
    expect(screen.queryByText('AccessKeySecret updated')).not.toBeInTheDocument()
    expect(fake.secretOf(channel.id)).toBe(before)
    expect(fake.api.channels.revealSecret).not.toHaveBeenCalled()
  })
})
