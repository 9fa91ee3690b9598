/**
 * Keyboard first: Ctrl+N opens Create App API, Ctrl+F goes to the search box, Enter submits
 * the form, Esc closes a dialog, focus stays inside an open dialog and comes back to where it
 * was. The native menu's commands (Create App API, Find, About, Settings) do the same as their keys.
 */
import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { shortcutLabel, shortcutOf, type KeyLike } from '@renderer/app/shortcuts'
import { APP_VERSION, startApp, type AppUnderTest } from './app-under-test'
import { closeDetails, findDetails, findRow, renderApp, rowAction } from './render-app'

const key = (patch: Partial<KeyLike>): KeyLike => ({
  key: 'n',
  code: 'KeyN',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...patch
})

describe('shortcut keys', () => {
  it('are Ctrl+letter, or Cmd+letter on macOS, with no other modifier', () => {
    expect(shortcutOf(key({ ctrlKey: true }), false)).toBe('createAppApi')
    expect(shortcutOf(key({ key: 'N', ctrlKey: true }), false)).toBe('createAppApi')
    expect(shortcutOf(key({ key: 'f', code: 'KeyF', ctrlKey: true }), false)).toBe('find')
    expect(shortcutOf(key({ metaKey: true }), true)).toBe('createAppApi')
    // A Chinese input method reports the key as 'Process'; the physical key still counts.
    expect(shortcutOf(key({ key: 'Process', ctrlKey: true }), false)).toBe('createAppApi')
    expect(shortcutOf(key({ metaKey: true }), false)).toBeNull()
    expect(shortcutOf(key({ ctrlKey: true }), true)).toBeNull()
    expect(shortcutOf(key({ ctrlKey: true, shiftKey: true }), false)).toBeNull()
    expect(shortcutOf(key({ ctrlKey: true, altKey: true }), false)).toBeNull()
    expect(shortcutOf(key({}), false)).toBeNull()
    expect(shortcutOf(key({ key: 'x', code: 'KeyX', ctrlKey: true }), false)).toBeNull()
  })

  it('are written the platform’s way', () => {
    expect(shortcutLabel('createAppApi', false)).toBe('Ctrl+N')
    expect(shortcutLabel('find', true)).toBe('⌘F')
  })
})

describe('keyboard', () => {
  const withChannels = async (): Promise<AppUnderTest> => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    await app.create({ name: 'Shop site' })
    return app
  }

  it('Ctrl+N opens Create App API; Esc closes it and focus goes back where it was', async () => {
    const { user } = await renderApp(await withChannels())
    const search = await screen.findByRole('searchbox', { name: 'Search channels' })
    await user.click(search)

    await user.keyboard('{Control>}n{/Control}')

    const dialog = await screen.findByRole('dialog', { name: 'Create App API' })
    expect(within(dialog).getByRole('textbox', { name: 'Channel Name' })).toHaveFocus()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(search).toHaveFocus()
  })

  it('Ctrl+F focuses the search box and selects what is in it', async () => {
    const { user } = await renderApp(await withChannels())
    const search = await screen.findByRole('searchbox', { name: 'Search channels' })
    await user.type(search, 'site')
    await rowAction(user, 'Shop site', 'Edit')
    await screen.findByRole('dialog', { name: 'Edit App API' })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.keyboard('{Control>}f{/Control}')

    expect(search).toHaveFocus()
    expect(search).toHaveAttribute('aria-keyshortcuts', 'Control+F')
    await user.keyboard('shop')
    expect(search).toHaveValue('shop')
  })

  it('Enter in the form submits it; the details open with focus in them, and the channel is listed', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    await screen.findByRole('heading', { name: 'No data collection APIs yet' })
    await user.keyboard('{Control>}n{/Control}')
    const dialog = within(await screen.findByRole('dialog', { name: 'Create App API' }))
    await user.keyboard('Shop app')
    await user.click(dialog.getByRole('radio', { name: 'APP' }))
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Platform 1' }), 'Android')
    await user.click(dialog.getByRole('textbox', { name: 'Channel Name' }))

    await user.keyboard('{Enter}')

    // Focus never falls to the page body: it is in the new channel's details.
    const details = await findDetails('Shop app')
    await waitFor(() =>
      expect(within(details).getByRole('button', { name: 'Copy keys' })).toHaveFocus()
    )
    expect((await app.services.service.list()).map((c) => c.name)).toEqual(['Shop app'])
    await closeDetails(user, 'Shop app')
    expect(await findRow('Shop app')).toBeInTheDocument()
    expect(document.activeElement).not.toBe(document.body)
  })

  it('keeps Tab inside an open dialog', async () => {
    const { user } = await renderApp(await withChannels())
    await findRow('Shop app')
    await user.keyboard('{Control>}n{/Control}')
    const dialog = await screen.findByRole('dialog', { name: 'Create App API' })

    for (let i = 0; i < 12; i += 1) {
      await user.tab()
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
    }
    for (let i = 0; i < 12; i += 1) {
      await user.tab({ shift: true })
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
    }
  })

  it('does nothing with Ctrl+N or Ctrl+F while a dialog is open', async () => {
    const { user } = await renderApp(await withChannels())
    await findRow('Shop app')
    await rowAction(user, 'Shop app', 'Remove')
    const confirm = await screen.findByRole('alertdialog')

    await user.keyboard('{Control>}n{/Control}')
    await user.keyboard('{Control>}f{/Control}')

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(confirm).toContainElement(document.activeElement as HTMLElement)
  })

  it('View keeps the focus while main answers, and a second press asks only once', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))
    const view = row.getByRole('button', { name: 'View AccessKeySecret of Shop app' })
    const release = app.hold('channels.revealSecret')
    act(() => view.focus())

    await user.keyboard('{Enter}')
    await waitFor(() => expect(view).toHaveAttribute('aria-busy', 'true'))
    expect(view).toHaveAttribute('aria-disabled', 'true')
    expect(view).toHaveFocus()
    await user.keyboard('{Enter}')
    release()

    const hide = await row.findByRole('button', { name: 'Hide AccessKeySecret of Shop app' })
    expect(hide).toHaveFocus()
    expect(app.calls('channels.revealSecret')).toHaveLength(1)
  })

  it('does not open Create App API while the data file is being recovered', async () => {
    // A data file cut short: main starts in recovery mode.
    const { user } = await renderApp(
      await startApp({ files: { 'channels.json': '{"schemaVersion":1,"channels":[' } })
    )
    await screen.findByRole('heading', { name: 'The channel data file is damaged' })
    await user.keyboard('{Control>}n{/Control}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('native menu commands', () => {
  it('Create App API, Find and About act in the page; focus returns after About', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))
    await screen.findByText(`Version ${APP_VERSION}`)
    const edit = row.getByRole('button', { name: 'Actions for Shop app' })
    act(() => edit.focus())

    act(() => app.menuCommand('about'))
    await screen.findByRole('dialog', { name: 'About Collection API Manager' })
    // A second About (the menu and a key both firing) changes nothing.
    act(() => app.menuCommand('about'))
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(edit).toHaveFocus()

    act(() => app.menuCommand('createAppApi'))
    await screen.findByRole('dialog', { name: 'Create App API' })
    act(() => app.menuCommand('createAppApi'))
    expect(screen.getAllByRole('dialog')).toHaveLength(1)
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(edit).toHaveFocus()

    act(() => app.menuCommand('find'))
    expect(screen.getByRole('searchbox', { name: 'Search channels' })).toHaveFocus()

    act(() => app.menuCommand('settings'))
    expect(await screen.findByRole('dialog', { name: 'Settings' })).toBeInTheDocument()
  })

  it('subscribes once and unsubscribes when the page goes away', async () => {
    const app = await startApp()
    const { unmount } = await renderApp(app)
    await screen.findByRole('heading', { name: 'No data collection APIs yet' })
    expect(app.menuListeners()).toBe(1)
    unmount()
    expect(app.menuListeners()).toBe(0)
  })
})
