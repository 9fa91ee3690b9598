/**
 * The native menu's commands to the page, and the keyboard shortcuts they share. The event
 * that carries a command (`menu.command`) is in the contract (src/shared/ipc/contract.ts).
 */

/** What the native menu can ask the page to do. */
export const MENU_COMMANDS = [
  'createAppApi',
  'find',
  'about',
  'backUp',
  'restoreBackup',
  'exportList',
  'leakCheck',
  'settings'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

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
