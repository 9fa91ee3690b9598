/**
 * Forms that don't lose work: Esc, Cancel or a click outside a changed form asks first (and a
 * form with nothing typed closes at once); the 64-character limit is shown while typing; a
 * domain typed without its scheme offers "Use https://…".
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { startApp } from './app-under-test'
import { openCreateDialog, renderApp, rowAction } from './render-app'

const DISCARD = 'Discard your changes?'

describe('a changed form asks before it closes', () => {
  it.each([
    [
      'Esc',
      async (user: Awaited<ReturnType<typeof renderApp>>['user']) => user.keyboard('{Escape}')
    ],
    [
      'Cancel',
      async (user: Awaited<ReturnType<typeof renderApp>>['user']) =>
        user.click(screen.getByRole('button', { name: 'Cancel' }))
    ],
    [
      'a click outside',
      async () => {
        // A press and release on the page behind the dialog (its overlay), as a mouse makes one.
        const overlay = document.querySelector('.dialog-overlay')
        if (!overlay) throw new Error('no overlay')
        fireEvent.pointerDown(overlay)
        fireEvent.pointerUp(overlay)
        fireEvent.click(overlay)
      }
    ]
  ])('%s: Keep editing keeps what was typed; Discard closes', async (_how, close) => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = within(await openCreateDialog(user))
    await user.type(dialog.getByRole('textbox', { name: 'Channel Name' }), 'Half done')

    await close(user)
    const ask = within(await screen.findByRole('alertdialog', { name: DISCARD }))
    expect(ask.getByRole('button', { name: 'Keep editing' })).toHaveFocus()
    await user.click(ask.getByRole('button', { name: 'Keep editing' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(dialog.getByRole('textbox', { name: 'Channel Name' })).toHaveValue('Half done')

    await close(user)
    const again = within(await screen.findByRole('alertdialog', { name: DISCARD }))
    await user.click(again.getByRole('button', { name: 'Discard' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(app.calls('channels.create')).toHaveLength(0)
  })

  it('Esc in the question keeps editing', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = within(await openCreateDialog(user))
    await user.type(dialog.getByRole('textbox', { name: 'Channel Name' }), 'x')
    await user.keyboard('{Escape}')
    await screen.findByRole('alertdialog', { name: DISCARD })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument())
    expect(screen.getByRole('dialog', { name: 'Create App API' })).toBeInTheDocument()
  })

  it('closes at once when nothing was changed, and asks in Edit too', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    await openCreateDialog(user)
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()

    await rowAction(user, 'Shop app', 'Edit')
    await screen.findByRole('dialog', { name: 'Edit App API' })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await rowAction(user, 'Shop app', 'Edit')
    const again = within(await screen.findByRole('dialog', { name: 'Edit App API' }))
    await user.type(again.getByRole('textbox', { name: 'Channel Name' }), ' 2')
    await user.keyboard('{Escape}')
    expect(await screen.findByRole('alertdialog', { name: DISCARD })).toBeInTheDocument()
  })
})

describe('the form helps while typing', () => {
  it('shows the length of the name against its 64-character limit', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = within(await openCreateDialog(user))
    const name = dialog.getByRole('textbox', { name: 'Channel Name' })
    expect(dialog.getByText('0/64')).toBeInTheDocument()

    await user.type(name, '  商城 App ')
    // Counted as the rule counts: trimmed, in characters.
    expect(dialog.getByText('6/64')).toBeInTheDocument()
    expect(name).toHaveAccessibleDescription('6 of at most 64 characters')

    await user.clear(name)
    await user.type(name, 'x'.repeat(65))
    const count = dialog.getByText('65/64')
    expect(count.closest('.char-count')).toHaveClass('char-count-over')
  })

  it('offers "Use https://…" for a domain typed without its scheme', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = within(await openCreateDialog(user))
    await user.click(dialog.getByRole('radio', { name: 'WEB' }))
    const domain = dialog.getByRole('textbox', { name: 'Network Domain 1' })

    await user.type(domain, 'Shop.Example.com')
    await user.click(dialog.getByRole('button', { name: 'Use https://shop.example.com' }))
    expect(domain).toHaveValue('https://shop.example.com')
    expect(dialog.queryByRole('button', { name: /^Use https:/ })).not.toBeInTheDocument()

    // Nothing is offered for what https:// would not fix.
    await user.clear(domain)
    await user.type(domain, 'shop.example.com/cart')
    expect(dialog.queryByRole('button', { name: /^Use https:/ })).not.toBeInTheDocument()
    await user.clear(domain)
    await user.type(domain, 'ftp://shop.example.com')
    expect(dialog.queryByRole('button', { name: /^Use https:/ })).not.toBeInTheDocument()
  })
})
