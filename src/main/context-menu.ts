/**
 * The right-click menu: Cut, Copy, Paste and Select All in editable fields (the form's text
 * boxes), nothing anywhere else. A revealed AccessKeySecret is page text, not a field, so it
 * never gets a menu: its only way to the clipboard is the Copy button, through main (audited,
 * cleared after the timeout). A password field offers no Cut or Copy either. Electron is a
 * type import only: index.ts builds and pops up the menu.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { NativeStrings } from '../shared/i18n/native'

/** The part of Electron's `context-menu` params the menu depends on. */
export interface ContextMenuParams {
  readonly isEditable: boolean
  readonly inputFieldType?: string
  readonly editFlags: {
    readonly canCut: boolean
    readonly canCopy: boolean
    readonly canPaste: boolean
    readonly canSelectAll: boolean
  }
}

/** The words the menu uses (main's own strings, in the page's language). */
export type ContextMenuStrings = Pick<NativeStrings, 'cut' | 'copy' | 'paste' | 'selectAll'>

/** The menu for a right-click, or null for none (anything but an editable field). */
export function contextMenuTemplate(
  params: ContextMenuParams,
  s: ContextMenuStrings
): MenuItemConstructorOptions[] | null {
  if (!params.isEditable) return null
  const { editFlags } = params
  const paste: MenuItemConstructorOptions[] = [
    { role: 'paste', label: s.paste, enabled: editFlags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: s.selectAll, enabled: editFlags.canSelectAll }
  ]
  if (params.inputFieldType === 'password') return paste
  return [
    { role: 'cut', label: s.cut, enabled: editFlags.canCut },
    { role: 'copy', label: s.copy, enabled: editFlags.canCopy },
    ...paste
  ]
}

/** The part of a WebContents the menu listens on. */
export interface ContextMenuContents {
  on(event: 'context-menu', listener: (event: unknown, params: ContextMenuParams) => void): unknown
}

export interface ContextMenuOptions {
  /** The words in the current language (read at each right-click). */
  readonly strings: () => ContextMenuStrings
  /** Build the template with Electron's Menu and pop it up over the window. */
  readonly popup: (template: MenuItemConstructorOptions[]) => void
}

/** Show the menu on right-clicks in `contents` (editable fields only). */
export function installContextMenu(
  contents: ContextMenuContents,
  options: ContextMenuOptions
): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, options.strings())
    if (template) options.popup(template)
  })
}
