/** Small fakes for the services' injected dependencies. */
import type { Adapter } from 'lowdb'
import type { Clipboard, Timers } from '../../src/main/clipboard/secret-clipboard'
import { silentLogger, type Logger } from '../../src/main/log'

/** An in-memory clipboard; set `failWrites` to make writing to it fail (another app holds it). */
export class FakeClipboard implements Clipboard {
  text = ''
  failWrites = false
  readText(): string {
    return this.text
  }
  writeText(text: string): void {
    if (this.failWrites) throw new Error('The clipboard is held by another application.')
    this.text = text
  }
}

/** Timers advanced by hand: `fire()` runs everything due at or before `now + ms`. */
export class ManualTimers implements Timers {
  #now = 0
  #next = 1
  readonly #pending = new Map<number, { at: number; callback: () => void }>()

  get pendingCount(): number {
    return this.#pending.size
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.#next++
    this.#pending.set(handle, { at: this.#now + ms, callback })
    return handle
  }

  clearTimeout(handle: unknown): void {
    this.#pending.delete(handle as number)
  }

  advance(ms: number): void {
    this.#now += ms
    for (const [handle, timer] of [...this.#pending]) {
      if (timer.at <= this.#now) {
        this.#pending.delete(handle)
        timer.callback()
      }
    }
  }
}

/** A text adapter that delegates to `inner` until `failWrites` is set. */
export class FaultyFile implements Adapter<string> {
  failWrites = false
  writes = 0
  readonly #inner: Adapter<string>

  constructor(inner: Adapter<string>) {
    this.#inner = inner
  }

  read(): Promise<string | null> {
    return this.#inner.read()
  }

  async write(text: string): Promise<void> {
    if (this.failWrites)
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    this.writes++
    await this.#inner.write(text)
  }
}

/** A logger that keeps every line, to assert on what was (not) logged. */
export function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = []
  const keep =
    (level: string) =>
    (message: string, ...details: unknown[]): void => {
      lines.push(
        [
          level,
          message,
          ...details.map((d) =>
            d instanceof Error ? `${d.message} ${d.stack}` : (JSON.stringify(d) ?? String(d))
          )
        ].join(' ')
      )
    }
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') }
}

export { silentLogger }

/** Let pending promise callbacks (e.g. an asynchronous clipboard clear) run. */
export const settle = (): Promise<void> => new Promise((done) => setImmediate(done))
