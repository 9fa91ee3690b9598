/**
 * The app's keyboard shortcuts (src/shared/ipc/events.ts SHORTCUTS), read from key events and
 * shown to people and assistive technology. Pure: the platform is a parameter.
 */
import { SHORTCUTS } from '@shared/ipc/events'

export type ShortcutCommand = keyof typeof SHORTCUTS

interface Chord {
  readonly key: string
}

/** `CmdOrCtrl+N` → the letter; every shortcut is the platform's command key plus one letter. */
function chordOf(accelerator: string): Chord {
  const [modifier, key] = accelerator.split('+')
  if (modifier !== 'CmdOrCtrl' || key === undefined || !/^[A-Z]$/.test(key)) {
    throw new Error(`Unsupported accelerator ${accelerator}`)
  }
  return { key }
}

const CHORDS = Object.entries(SHORTCUTS).map(
  ([command, accelerator]) => [command as ShortcutCommand, chordOf(accelerator)] as const
)

/** The part of a KeyboardEvent a shortcut depends on. */
export interface KeyLike {
  readonly key: string
  readonly code: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  readonly shiftKey: boolean
}

/** The shortcut a key press is (Cmd on macOS, Ctrl elsewhere, no other modifier), or null. */
export function shortcutOf(event: KeyLike, isMac: boolean): ShortcutCommand | null {
  const command = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey
  if (!command || event.altKey || event.shiftKey) return null
  for (const [name, chord] of CHORDS) {
    // `code` too: with a Chinese input method active, `key` may be 'Process'.
    if (event.key.toUpperCase() === chord.key || event.code === `Key${chord.key}`) return name
  }
  return null
}

/** How the shortcut is written on screen: `Ctrl+N`, or `⌘N` on macOS. */
export function shortcutLabel(command: ShortcutCommand, isMac: boolean): string {
  const { key } = chordOf(SHORTCUTS[command])
  return isMac ? `⌘${key}` : `Ctrl+${key}`
}

/** The aria-keyshortcuts value: `Control+N`, or `Meta+N` on macOS. */
export function ariaKeyShortcuts(command: ShortcutCommand, isMac: boolean): string {
  const { key } = chordOf(SHORTCUTS[command])
  return `${isMac ? 'Meta' : 'Control'}+${key}`
}

/** Whether this page runs on macOS (the command key is Cmd there). */
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent)
}
