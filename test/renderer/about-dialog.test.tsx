import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { APP_VERSION, KEYCHAIN_SERVICE, startApp } from './app-under-test'
import { renderApp } from './render-app'

describe('About dialog', () => {
  it('shows the versions, the data folder and the keychain backend from main', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const about = await screen.findByRole('button', { name: 'About' })
    await screen.findByText(`Version ${APP_VERSION}`)
    await user.click(about)

    const dialog = await screen.findByRole('dialog', { name: 'About Collection API Manager' })
    const info = within(dialog)
    const value = (label: string) => info.getByText(label).nextElementSibling?.textContent
    expect(value('Version')).toBe(APP_VERSION)
    // Main runs in Node here: it reports no Electron or Chrome, and says so.
    expect(value('Electron')).toBe('not running in Electron')
    expect(value('Chrome')).toBe('not running in Electron')
    expect(value('Node.js')).toBe(process.versions.node)
    expect(value('Data folder')).toBe(app.dataDir)
    expect(value('Keychain')).toBe('Secret Service (libsecret: GNOME Keyring, KWallet)')
    expect(value('Keychain service')).toBe(KEYCHAIN_SERVICE)
    expect(app.calls('app.info').length).toBeGreaterThan(0)

    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
