/**
 * Settings, on the real services: reachable from the header (and the native menu, see
 * keyboard.test.tsx); each domain checked like a Network Domain next to its field; the rules
 * between them; a changed form asks before it closes; what is saved is main's.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { startApp } from './app-under-test'
import { renderApp } from './render-app'

async function openSettings(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Settings' }))
  return within(await screen.findByRole('dialog', { name: 'Settings' }))
}

describe('Settings', () => {
  it('saves the data collection domain, normalised, in main', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const settings = await openSettings(user)
    const domain = settings.getByRole('textbox', { name: 'Data collection domain' })
    expect(domain).toHaveAccessibleDescription(/Where the SDKs send data/)

    await user.type(domain, 'HTTPS://Collect.Example.com:443')
    await user.click(settings.getByRole('button', { name: 'Save' }))

    expect(await screen.findByText('Settings saved')).toBeInTheDocument()
    expect(app.services.settings.get().collectionDomain).toBe('https://collect.example.com')
    // Opening again shows what main holds.
    const again = await openSettings(user)
    expect(again.getByRole('textbox', { name: 'Data collection domain' })).toHaveValue(
      'https://collect.example.com'
    )
  })

  it('says what is wrong next to each field, with Network Domain rules and the rules between them', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const settings = await openSettings(user)
    await user.type(
      settings.getByRole('textbox', { name: 'Standby data collection domain' }),
      'https://standby.example.com/path'
    )
    await user.type(settings.getByRole('textbox', { name: 'Web SDK address' }), 'ftp://x/sdk.js')
    await user.click(settings.getByRole('button', { name: 'Save' }))

    const standby = settings.getByRole('textbox', { name: 'Standby data collection domain' })
    expect(standby).toHaveAttribute('aria-invalid', 'true')
    expect(standby).toHaveAccessibleDescription(/A Network Domain cannot contain a path\./)
    expect(settings.getByRole('textbox', { name: 'Web SDK address' })).toHaveAccessibleDescription(
      /Enter the Web SDK’s address as the Quick Tracking console gives it/
    )

    await user.clear(standby)
    await user.type(standby, 'https://standby.example.com')
    await user.clear(settings.getByRole('textbox', { name: 'Web SDK address' }))
    await user.click(settings.getByRole('button', { name: 'Save' }))
    expect(standby).toHaveAccessibleDescription(
      /Set the data collection domain before a standby domain\./
    )
    expect(app.calls('settings.update')).toHaveLength(0)
  })

  it('offers "Use https://…" and asks before a changed form is closed', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const settings = await openSettings(user)
    await user.type(
      settings.getByRole('textbox', { name: 'Data collection domain' }),
      'collect.example.com'
    )
    await user.click(settings.getByRole('button', { name: 'Use https://collect.example.com' }))
    expect(settings.getByRole('textbox', { name: 'Data collection domain' })).toHaveValue(
      'https://collect.example.com'
    )

    await user.keyboard('{Escape}')
    const ask = within(await screen.findByRole('alertdialog', { name: 'Discard your changes?' }))
    await user.click(ask.getByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(app.calls('settings.update')).toHaveLength(0)
  })

  it('speaks Chinese', async () => {
    const { user } = await renderApp(await startApp(), { language: 'zh-CN' })
    await user.click(await screen.findByRole('button', { name: '设置' }))
    const settings = within(await screen.findByRole('dialog', { name: '设置' }))
    expect(settings.getByRole('textbox', { name: '收数域名' })).toBeInTheDocument()
    expect(settings.getByRole('textbox', { name: '备用收数域名' })).toBeInTheDocument()
    expect(settings.getByRole('button', { name: '保存' })).toBeInTheDocument()
  })
})
