/** Render the whole app over the app under test, the way main.tsx does over window.api. */
import { render, screen, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { App } from '@renderer/App'
import { AppProviders } from '@renderer/app/AppProviders'
import type { Language } from '@shared/i18n/languages'
import type { AppUnderTest } from './app-under-test'

export interface RenderedApp {
  readonly user: UserEvent
  readonly unmount: () => void
}

/**
 * Wait for main's start-up reconcile (in the app it runs shortly after the first list; here it
 * runs first, so every secret status is known when the page asks), then render the page.
 */
export async function renderApp(
  app: AppUnderTest,
  options: {
    readonly language?: Language
    readonly user?: Parameters<typeof userEvent.setup>[0]
  } = {}
): Promise<RenderedApp> {
  await app.services.reconciled
  const user = userEvent.setup(options.user)
  const { unmount } = render(
    <AppProviders api={app.api} language={options.language ?? 'en'}>
      <App />
    </AppProviders>
  )
  return { user, unmount }
}

/** The channel table, once loaded. */
export async function findTable(): Promise<HTMLElement> {
  return screen.findByRole('table', { name: 'Data collection APIs' })
}

/**
 * A row header's accessible name, the channel's name (the header is named by its name alone:
 * the badges under it are not part of it).
 */
export function rowName(header: HTMLElement): string {
  const by = header.getAttribute('aria-labelledby')
  const label = by === null ? null : header.ownerDocument.getElementById(by)
  return (label ?? header).textContent ?? ''
}

/** The table row whose row header is `name`. */
export async function findRow(name: string): Promise<HTMLElement> {
  const header = await screen.findByRole('rowheader', { name })
  const row = header.closest('tr')
  if (!row) throw new Error(`No row for ${name}`)
  return row
}

/** Open Create API > Create App API and return the dialog. */
export async function openCreateDialog(user: UserEvent): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Create API' }))
  await user.click(await screen.findByRole('menuitem', { name: 'Create App API' }))
  return screen.findByRole('dialog', { name: 'Create App API' })
}

/** Fill the Create form for an APP / Mini Program channel. */
export async function fillPlatformForm(
  user: UserEvent,
  dialog: HTMLElement,
  name: string,
  appType: 'APP' | 'Mini Program',
  platforms: readonly string[]
): Promise<void> {
  const form = within(dialog)
  await user.type(form.getByRole('textbox', { name: 'Channel Name' }), name)
  await user.click(form.getByRole('radio', { name: appType }))
  for (const [index, platform] of platforms.entries()) {
    if (index > 0)
      await user.click(form.getByRole('button', { name: 'New Platform Configuration' }))
    await user.selectOptions(
      form.getByRole('combobox', { name: `Platform ${index + 1}` }),
      platform
    )
  }
}

/** Fill the Create form for a WEB channel. */
export async function fillWebForm(
  user: UserEvent,
  dialog: HTMLElement,
  name: string,
  domains: readonly string[]
): Promise<void> {
  const form = within(dialog)
  await user.type(form.getByRole('textbox', { name: 'Channel Name' }), name)
  await user.click(form.getByRole('radio', { name: 'WEB' }))
  for (const [index, domain] of domains.entries()) {
    if (index > 0)
      await user.click(form.getByRole('button', { name: 'New Platform Configuration' }))
    const input = form.getByRole('textbox', { name: `Network Domain ${index + 1}` })
    await user.clear(input)
    await user.type(input, domain)
  }
}

/** A row's "⋯" menu, then one of its items: Details, Edit or Remove (in English). */
export async function rowAction(
  user: UserEvent,
  name: string,
  item: 'Details' | 'Edit' | 'Remove'
): Promise<void> {
  await user.click(await screen.findByRole('button', { name: `Actions for ${name}` }))
  await user.click(await screen.findByRole('menuitem', { name: item }))
}

/** A channel's details sheet (a dialog named after the channel). */
export async function findDetails(name: string): Promise<HTMLElement> {
  return screen.findByRole('dialog', { name })
}

/** Close a channel's details (Create opens them on the new channel). */
export async function closeDetails(user: UserEvent, name: string): Promise<void> {
  const details = await findDetails(name)
  await user.click(within(details).getByRole('button', { name: 'Close' }))
  await waitForGone(() => screen.queryByRole('dialog', { name }))
}

async function waitForGone(query: () => HTMLElement | null): Promise<void> {
  for (let i = 0; i < 100 && query() !== null; i++) {
    await new Promise((done) => setTimeout(done, 10))
  }
  if (query() !== null) throw new Error('still shown')
}
