/**
 * Events main sends to the renderer (the other direction from the contract's methods). The
 * preload exposes each as a named subscription that returns its unsubscribe; it checks every
 * payload against the lists here, so the page never sees anything else. No zod here: the
 * sandboxed preload bundles what it imports.
 */

/** The one event channel: the native menu asks the page to do something. */
export const MENU_COMMAND_CHANNEL = 'menu.command'

/** What the native menu can ask the page to do. */
export const MENU_COMMANDS = ['createAppApi', 'find', 'about'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** True for a command the page understands. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

/**
 * Keyboard shortcuts, as Electron accelerators. The native menu carries them, and the page
 * listens for the same keys itself so they also work where there is no menu (the browser
 * end-to-end harness). Which sees a press first depends on the platform (on macOS the page
 * does, and its preventDefault() keeps the menu from acting on it too), so every command is
 * idempotent: a press that reaches both still does the action once.
 */
export const SHORTCUTS = {
  createAppApi: 'CmdOrCtrl+N',
  find: 'CmdOrCtrl+F'
} as const satisfies Partial<Record<MenuCommand, string>>
