/**
 * The OS clipboard as main uses it (Electron 45's `clipboard`, handed in by index.ts so this is
 * tested without Electron). A secret is written together with the marks each OS's clipboard
 * history and clipboard managers honour, in one atomic `clipboard.write()`:
 *
 * - Windows: `ExcludeClipboardContentFromMonitorProcessing` (monitors such as Win+V history
 *   skip the content), `CanIncludeInClipboardHistory` and `CanUploadToCloudClipboard` as a
 *   DWORD 0 (Microsoft's clipboard formats documentation);
 * - macOS: `org.nspasteboard.ConcealedType` (the nspasteboard.org convention clipboard
 *   managers follow);
 * - Linux: `x-kde-passwordManagerHint` = `secret` (KDE's Klipper; other Linux clipboard
 *   managers have no common mark — docs/security.md).
 *
 * Each is a raw platform format, written as Electron's
 * `electron application/osclipboard;format="<name>"`. The adapter also remembers the secret it
 * wrote, so quitting can clear it (`clearSecret`) before anything else.
 */
import type { Clipboard } from './secret-clipboard'

/** Electron 45's `clipboard`, as far as this adapter uses it; `Item` is its ClipboardItem. */
export interface ElectronClipboard<Item> {
  readText(): Promise<string>
  writeText(text: string): Promise<void>
  write(items: Item[]): Promise<void>
}

/** A payload of one clipboard format: text (UTF-8) or raw bytes. */
export type ClipboardPayload = string | Blob

/** Electron's name for a raw platform clipboard format. */
export const osFormat = (name: string): string =>
  `electron application/osclipboard;format="${name}"`

const DWORD_ZERO = (): Blob => new Blob([new Uint8Array(4)])

/** The formats that mark a clipboard entry as a secret, per OS (beside its `text/plain`). */
export function concealedFormats(
  platform: NodeJS.Platform
): Readonly<Record<string, ClipboardPayload>> {
  switch (platform) {
    case 'win32':
      return {
        [osFormat('ExcludeClipboardContentFromMonitorProcessing')]: DWORD_ZERO(),
        [osFormat('CanIncludeInClipboardHistory')]: DWORD_ZERO(),
        [osFormat('CanUploadToCloudClipboard')]: DWORD_ZERO()
      }
    case 'darwin':
      return { [osFormat('org.nspasteboard.ConcealedType')]: 'secret' }
    default:
      return { [osFormat('x-kde-passwordManagerHint')]: 'secret' }
  }
}

export interface SystemClipboardOptions<Item> {
  readonly clipboard: ElectronClipboard<Item>
  /** Electron's `new ClipboardItem(items)` (the class only exists inside Electron). */
  readonly makeItem: (items: Record<string, ClipboardPayload>) => Item
  readonly platform: NodeJS.Platform
}

/** Electron's clipboard as the app's `Clipboard`: secrets concealed, and cleared on quit. */
export class SystemClipboard<Item> implements Clipboard {
  readonly #options: SystemClipboardOptions<Item>
  /** The secret this app last put on the clipboard, until something else is written. */
  #secret: string | undefined

  constructor(options: SystemClipboardOptions<Item>) {
    this.#options = options
  }

  readText(): Promise<string> {
    return this.#options.clipboard.readText()
  }

  async writeText(text: string): Promise<void> {
    this.#secret = undefined
    await this.#options.clipboard.writeText(text)
  }

  async writeSecret(secret: string): Promise<void> {
    const { clipboard, makeItem, platform } = this.#options
    const item = makeItem({ 'text/plain': secret, ...concealedFormats(platform) })
    await clipboard.write([item])
    this.#secret = secret
  }

  /**
   * Clear the clipboard if it still holds the secret this app put there; true if it did. What
   * the user copied since is theirs and stays.
   */
  async clearSecret(): Promise<boolean> {
    const secret = this.#secret
    if (secret === undefined) return false
    this.#secret = undefined
    if ((await this.#options.clipboard.readText()) !== secret) return false
    await this.#options.clipboard.writeText('')
    return true
  }
}
