/**
 * The native application menu, as a pure function of the language and the platform: index.ts
 * builds it with Electron's Menu and rebuilds it when the page's language changes. Electron is
 * a type import only, so tests check the template without Electron.
 *
 * Items that act in the page (Create App API, Back Up…, Restore from Backup…, Export List…,
 * the leak check, Find, About, Settings) send a menu command to it (see
 * src/shared/ipc/events.ts); the page also listens for the same shortcut keys itself, and
 * its commands are idempotent, so a press that reaches both does the action once.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { Language } from '../shared/i18n/languages'
import { DOCUMENTATION_URLS, NATIVE_STRINGS } from '../shared/i18n/native'
import { SHORTCUTS, type MenuCommand } from '../shared/ipc/events'

export interface MenuOptions {
  readonly language: Language
  /** macOS: the app menu comes first and holds About and Quit; there is a Window menu. */
  readonly isMac: boolean
  /** Packaged builds have no Reload and no developer tools. */
  readonly isPackaged: boolean
  /** Ask the page to do something (webContents.send on the menu command channel). */
  readonly send: (command: MenuCommand) => void
  /** Open an external page; only allow-listed https pages open (hardening.ts). */
  readonly openLink: (url: string) => void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** The menu's template: File, Edit, View, (Window,) Help; on macOS the app menu first. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const s = NATIVE_STRINGS[options.language]
  const command = (label: string, name: MenuCommand, accelerator?: string) => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.send(name)
  })
  const about = command(s.about, 'about')
  // Settings… is in the app menu on macOS (with its usual ⌘,), in File elsewhere.
  const settings = command(s.settings, 'settings', options.isMac ? 'CmdOrCtrl+,' : undefined)
  const quit: MenuItemConstructorOptions = { role: 'quit', label: s.quit }

  const appMenu: MenuItemConstructorOptions = {
    label: s.appName,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services', label: s.services },
      separator,
      { role: 'hide', label: s.hide },
      { role: 'hideOthers', label: s.hideOthers },
      { role: 'unhide', label: s.showAll },
      separator,
      quit
    ]
  }

  const file: MenuItemConstructorOptions = {
    label: s.file,
    submenu: [
      command(s.createAppApi, 'createAppApi', SHORTCUTS.createAppApi),
      separator,
      command(s.backUp, 'backUp'),
      command(s.restoreBackup, 'restoreBackup'),
      command(s.exportList, 'exportList'),
      separator,
      command(s.leakCheck, 'leakCheck'),
      ...(options.isMac ? [] : [separator, settings, separator, quit])
    ]
  }

  const edit: MenuItemConstructorOptions = {
    label: s.edit,
    submenu: [
      { role: 'undo', label: s.undo },
      { role: 'redo', label: s.redo },
      separator,
      { role: 'cut', label: s.cut },
      { role: 'copy', label: s.copy },
      { role: 'paste', label: s.paste },
      { role: 'selectAll', label: s.selectAll }
    ]
  }

  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload', label: s.reload },
        { role: 'toggleDevTools', label: s.toggleDevTools },
        separator
      ]
  const view: MenuItemConstructorOptions = {
    label: s.view,
    submenu: [
      command(s.find, 'find', SHORTCUTS.find),
      separator,
      ...developer,
      { role: 'resetZoom', label: s.resetZoom },
      { role: 'zoomIn', label: s.zoomIn },
      { role: 'zoomOut', label: s.zoomOut }
    ]
  }

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: s.help,
    submenu: [
      ...(options.isMac ? [] : [about, separator]),
      {
        label: s.documentation,
        click: () => options.openLink(DOCUMENTATION_URLS[options.language])
      }
    ]
  }

  return options.isMac
    ? [appMenu, file, edit, view, { role: 'windowMenu', label: s.window }, help]
    : [file, edit, view, help]
}
