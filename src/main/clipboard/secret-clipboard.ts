/**
 * Copying to the system clipboard from main. A copied secret is cleared after a timeout,
 * but only if the clipboard still holds exactly that secret: if the user copied
 * something else meanwhile, that is theirs and stays.
 */

/** The part of Electron's `clipboard` this needs (asynchronous since Electron 45; sync fakes fit too). */
export interface Clipboard {
  readText(): string | Promise<string>
  writeText(text: string): void | Promise<void>
  /**
   * Write a secret, marked for clipboard history and managers to leave alone where the OS has
   * such a mark (system-clipboard.ts); without it, a secret is written as plain text.
   */
  writeSecret?(secret: string): void | Promise<void>
}

/** setTimeout/clearTimeout, injectable so tests control time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

export class SecretClipboard {
  readonly #clipboard: Clipboard
  readonly #timeoutMs: number
  readonly #timers: Timers
  #pending: { handle: unknown; secret: string } | undefined

  constructor(clipboard: Clipboard, timeoutMs: number, timers: Timers = realTimers) {
    this.#clipboard = clipboard
    this.#timeoutMs = timeoutMs
    this.#timers = timers
  }

  /** Put a non-secret value on the clipboard. */
  async copy(text: string): Promise<void> {
    this.#cancel()
    await this.#clipboard.writeText(text)
  }

  /** Put a secret on the clipboard and schedule its removal. */
  async copySecret(secret: string): Promise<void> {
    this.#cancel()
    if (this.#clipboard.writeSecret) await this.#clipboard.writeSecret(secret)
    else await this.#clipboard.writeText(secret)
    const handle = this.#timers.setTimeout(() => {
      this.#pending = undefined
      void this.#clearIfStill(secret)
    }, this.#timeoutMs)
    this.#pending = { handle, secret }
  }

  /** Cancel the timer and clear a secret that is still on the clipboard (app quitting). */
  async dispose(): Promise<void> {
    const pending = this.#pending
    this.#cancel()
    if (pending) await this.#clearIfStill(pending.secret)
  }

  async #clearIfStill(secret: string): Promise<void> {
    try {
      if ((await this.#clipboard.readText()) === secret) await this.#clipboard.writeText('')
    } catch {
      // Nothing useful to do: the clipboard is the OS's, and the next copy replaces it.
    }
  }

  #cancel(): void {
    if (this.#pending) this.#timers.clearTimeout(this.#pending.handle)
    this.#pending = undefined
  }
}
