import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@shared/messages'
import { startApp } from './app-under-test'
import { fillPlatformForm, fillWebForm, openCreateDialog, renderApp } from './render-app'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The field is marked invalid and its description includes the message, shown as an alert. */
function expectFieldError(field: HTMLElement, message: string): void {
  expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(field).toHaveAccessibleDescription(new RegExp(escape(message)))
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ')
  const shown = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.textContent === message)
  expect(shown).toHaveAttribute('role', 'alert')
}

describe('Create App API validation', () => {
  it('requires a Channel Name and an Application Type', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = within(await openCreateDialog(user))

    await user.click(dialog.getByRole('button', { name: 'OK' }))

    expectFieldError(dialog.getByRole('textbox', { name: 'Channel Name' }), 'Enter a Channel Name.')
    expect(dialog.getByRole('group', { name: 'Application Type' })).toHaveAccessibleDescription(
      'Select an Application Type.'
    )
    expect(dialog.getByRole('textbox', { name: 'Channel Name' })).toHaveFocus()
    expect(app.calls('channels.create')).toHaveLength(0)

    // Fixing a field clears its message.
    await user.type(dialog.getByRole('textbox', { name: 'Channel Name' }), 'Shop app')
    expect(dialog.getByRole('textbox', { name: 'Channel Name' })).toHaveAttribute(
      'aria-invalid',
      'false'
    )
    expect(dialog.queryByText('Enter a Channel Name.')).not.toBeInTheDocument()
  })

  it('rejects a name that is only spaces', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, '    ', 'APP', ['Android'])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    expectFieldError(
      within(dialog).getByRole('textbox', { name: 'Channel Name' }),
      MESSAGES.channelName.required
    )
  })

  it('rejects a name longer than 64 characters', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'x'.repeat(65), 'APP', ['Android'])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    expectFieldError(
      within(dialog).getByRole('textbox', { name: 'Channel Name' }),
      'Channel Name can be at most 64 characters.'
    )
    expect(app.calls('channels.create')).toHaveLength(0)
  })

  it('rejects a text-direction override character in the name', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Shop\u202Eppa', 'APP', ['Android'])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    expectFieldError(
      within(dialog).getByRole('textbox', { name: 'Channel Name' }),
      'Channel Name cannot contain control, invisible or text-direction characters.'
    )
  })

  it('explains Quick Tracking "No" and keeps OK disabled', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Shop app', 'APP', ['Android'])
    const form = within(dialog)

    await user.click(form.getByRole('radio', { name: 'No' }))

    const message =
      'You do not need to configure this API if data is not collected by Quick Tracking.'
    expect(form.getByText(message)).toBeVisible()
    expect(
      form.getByRole('group', { name: 'Collected by Quick Tracking' })
    ).toHaveAccessibleDescription(message)
    expect(form.getByRole('button', { name: 'OK' })).toBeDisabled()

    await user.click(form.getByRole('radio', { name: 'Yes' }))
    expect(form.queryByText(message)).not.toBeInTheDocument()
    expect(form.getByRole('button', { name: 'OK' })).toBeEnabled()
  })

  it('asks for a platform on a row left empty', async () => {
    const { user } = await renderApp(await startApp())
    const dialog = await openCreateDialog(user)
    await fillPlatformForm(user, dialog, 'Shop app', 'APP', [])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    expectFieldError(
      within(dialog).getByRole('combobox', { name: 'Platform 1' }),
      MESSAGES.platform.required
    )
  })

  it('does not offer a platform chosen in one row again in another', async () => {
    const { user } = await renderApp(await startApp())
    const element = await openCreateDialog(user)
    const dialog = within(element)
    await fillPlatformForm(user, element, 'Shop mini', 'Mini Program', ['WeChat'])
    await user.click(dialog.getByRole('button', { name: 'New Platform Configuration' }))
    const enabled = (select: HTMLElement) =>
      within(select)
        .getAllByRole('option')
        .filter((option) => !(option as HTMLOptionElement).disabled)
        .map((option) => option.textContent)

    expect(enabled(dialog.getByRole('combobox', { name: 'Platform 2' }))).not.toContain('WeChat')
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Platform 2' }), 'Alipay')
    // Row 1 keeps its own choice and can no longer take row 2's.
    const first = enabled(dialog.getByRole('combobox', { name: 'Platform 1' }))
    expect(first).toContain('WeChat')
    expect(first).not.toContain('Alipay')
    // Removing a row offers its platform again.
    await user.click(dialog.getByRole('button', { name: 'Remove platform 2' }))
    expect(enabled(dialog.getByRole('combobox', { name: 'Platform 1' }))).toContain('Alipay')
  })

  it.each([
    ['ftp://shop.example.com', 'Only http:// and https:// Network Domains are supported.'],
    ['shop.example.com', 'Start the Network Domain with http:// or https://.'],
    ['https://shop.example.com/checkout', 'A Network Domain cannot contain a path.'],
    ['https://shop.example.com/?a=1', 'A Network Domain cannot contain a query (?…).'],
    ['https://user@shop.example.com', 'A Network Domain cannot contain a user name or password.'],
    [
      'https://-shop.example.com',
      'The host name has an invalid part; use letters, digits and hyphens.'
    ]
  ])('rejects the Network Domain %s', async (domain, message) => {
    const { user } = await renderApp(await startApp())
    const dialog = await openCreateDialog(user)
    await fillWebForm(user, dialog, 'Shop site', ['https://ok.example.com', domain])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    expectFieldError(within(dialog).getByRole('textbox', { name: 'Network Domain 2' }), message)
    expect(within(dialog).getByRole('textbox', { name: 'Network Domain 1' })).toHaveAttribute(
      'aria-invalid',
      'false'
    )
  })

  it('marks a Network Domain that repeats another after normalisation', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)
    await fillWebForm(user, dialog, 'Shop site', [
      'https://shop.example.com',
      'HTTPS://SHOP.Example.com:443/'
    ])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    expectFieldError(
      within(dialog).getByRole('textbox', { name: 'Network Domain 2' }),
      'This Network Domain is already configured.'
    )
    expect(app.calls('channels.create')).toHaveLength(0)
  })

  it('shows main’s name conflict at Channel Name', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)
    // Same name in another case: only main knows the other channels.
    await fillPlatformForm(user, dialog, 'SHOP APP', 'APP', ['Android'])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    const name = within(dialog).getByRole('textbox', { name: 'Channel Name' })
    await waitFor(() =>
      expectFieldError(name, 'Another channel already has this name: “Shop app”.')
    )
    expect(name).toHaveFocus()
    expect(app.calls('channels.create')).toHaveLength(1)
    // The field says it; no second copy at the top of the form.
    expect(
      within(dialog).getAllByText('Another channel already has this name: “Shop app”.')
    ).toHaveLength(1)
    expect(screen.getByRole('dialog', { name: 'Create App API' })).toBeInTheDocument()

    await user.clear(name)
    await user.type(name, 'Shop app 2')
    await user.click(within(dialog).getByRole('button', { name: 'OK' }))
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Create App API' })).not.toBeInTheDocument()
    )
    expect((await app.services.service.list()).map((c) => c.name)).toContain('Shop app 2')
  })

  it('maps main’s row errors onto the row and unknown ones to the form', async () => {
    const app = await startApp()
    // The page checks the same rules before sending, so only a main whose rules differ from
    // this page's (another version) answers like this: played in the transport.
    app.failNext('channels.create', {
      code: 'VALIDATION',
      message: 'request.invalid',
      fieldErrors: {
        'domains.1': { code: 'domain.path' },
        extra: { code: 'platform.notAllowed' }
      }
    })
    const { user } = await renderApp(app)
    const dialog = await openCreateDialog(user)
    await fillWebForm(user, dialog, 'Shop site', ['https://a.example.com', 'https://b.example.com'])

    await user.click(within(dialog).getByRole('button', { name: 'OK' }))

    const row2 = within(dialog).getByRole('textbox', { name: 'Network Domain 2' })
    await waitFor(() => expectFieldError(row2, MESSAGES.domain.path))
    const formAlert = within(dialog)
      .getAllByRole('alert')
      .find((el) => el.textContent?.includes(MESSAGES.request.invalid))
    expect(formAlert).toHaveTextContent(MESSAGES.platform.notAllowed)
  })
})
