import { useEffect, useRef } from 'react'
import type { MenuCommand } from '@shared/ipc/events'
import { useApi } from '../api/api-context'
import { isMacPlatform, shortcutOf } from './shortcuts'

export type CommandHandlers = Readonly<Record<MenuCommand, () => void>>

/** True while a modal dialog is open: it owns the keyboard, and its focus stays trapped. */
function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"], [role="alertdialog"]') !== null
}

/**
 * Runs the app's commands (Create App API, Find, About) from the native menu and from their
 * keyboard shortcuts. In a plain browser (the end-to-end harness) there is no menu and the
 * page's own listener does the work. In Electron the page and the menu's accelerator may both
 * see a press (on macOS the page sees it first, and preventDefault() stops the menu), so every
 * command is idempotent: Create App API does nothing while the form is open, Find only
 * focuses, About opens once. None acts while a dialog is open.
 */
export function useAppCommands(handlers: CommandHandlers): void {
  const api = useApi()
  const current = useRef(handlers)
  useEffect(() => {
    current.current = handlers
  })

  useEffect(
    () =>
      api.menu.onCommand((command) => {
        if (!dialogOpen()) current.current[command]()
      }),
    [api]
  )

  useEffect(() => {
    const isMac = isMacPlatform()
    const onKeyDown = (event: KeyboardEvent): void => {
      const command = shortcutOf(event, isMac)
      if (command === null) return
      // The browser's own Ctrl+F / Ctrl+N must not run as well.
      event.preventDefault()
      if (!dialogOpen()) current.current[command]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
