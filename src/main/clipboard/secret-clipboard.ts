/**
 * Copying to the system clipboard from main. A copied secret is cleared after a timeout,
 * but only if the clipboard still holds exactly that secret: if the user copied
 * something else meanwhile, that is theirs and stays.
 */

/** The part of Electron's `clipboard` this needs. */
export interface Clipboard {
  readText(): string
  writeText(text: string): void
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
  copy(text: string): void {
    this.#cancel()
    this.#clipboard.writeText(text)
  }

  /** Put a secret on the clipboard and schedule its removal. */
  copySecret(secret: string): void {
    this.#cancel()
    this.#clipboard.writeText(secret)
    const handle = this.#timers.setTimeout(() => {
      this.#pending = undefined
      this.#clearIfStill(secret)
    }, this.#timeoutMs)
    this.#pending = { handle, secret }
  }

  /** Cancel the timer and clear a secret that is still on the clipboard (app quitting). */
  dispose(): void {
    const pending = this.#pending
    this.#cancel()
    if (pending) this.#clearIfStill(pending.secret)
  }

  #clearIfStill(secret: string): void {
    if (this.#clipboard.readText() === secret) this.#clipboard.writeText('')
  }

  #cancel(): void {
    if (this.#pending) this.#timers.clearTimeout(this.#pending.handle)
    this.#pending = undefined
  }
}
