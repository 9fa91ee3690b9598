import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFakeApi } from './fake-api'
import { renderApp } from './render-app'

describe('About dialog', () => {
  it('shows the versions, the data folder and the keychain backend from main', async () => {
    const fake = createFakeApi()
    const { user } = renderApp(fake)
    const about = await screen.findByRole('button', { name: 'About' })
    await screen.findByText('Version 0.1.0-test')
    await user.click(about)

    const dialog = await screen.findByRole('dialog', { name: 'About Collection API Manager' })
    const info = within(dialog)
    const value = (label: string) => info.getByText(label).nextElementSibling?.textContent
    expect(value('Version')).toBe('0.1.0-test')
    expect(value('Electron')).toBe('45.5.0')
    expect(value('Chrome')).toBe('142.0.0.0')
    expect(value('Node.js')).toBe('22.20.0')
    expect(value('Data folder')).toBe('/tmp/collection-api-manager-test')
    expect(value('Keychain')).toBe('Secret Service (libsecret: GNOME Keyring, KWallet)')
    expect(value('Keychain service')).toBe('collection-api-manager-test')
    expect(fake.api.app.info).toHaveBeenCalled()

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
