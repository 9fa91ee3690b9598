/**
 * Quitting without leaving a copied AccessKeySecret behind. Electron ends the process as soon
 * as its quit events' handlers return, so an async clean-up must hold the quit: `before-quit`
 * is prevented once, the secret the app put on the clipboard is cleared first (two clipboard
 * calls), then the services are disposed (pending writes flushed), all within a cap, and the
 * app exits. Electron is not imported: index.ts hands in `app`, tests a fake.
 */
import type { Logger } from '../log'

/** The part of Electron's `app` this uses. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  exit(exitCode?: number): void
}

/** setTimeout/clearTimeout, injectable so tests control time. */
export interface QuitTimers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export interface SafeQuitOptions {
  readonly app: QuittingApp
  /** Clear a secret the app put on the clipboard; resolves true if one was cleared. */
  readonly clearClipboard: () => Promise<boolean>
  /** Stop the services (flush the data file, stop timers). */
  readonly dispose: () => Promise<void>
  readonly log?: Logger
  /** The most the clean-up may take before the app exits anyway (3 s). */
  readonly capMs?: number
  readonly timers?: QuitTimers
}

export const QUIT_CAP_MS = 3_000

const realTimers: QuitTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
}

/** Hold the first quit until the clipboard is cleared and the services are disposed (capped). */
export function installSafeQuit(options: SafeQuitOptions): void {
  const timers = options.timers ?? realTimers
  const capMs = options.capMs ?? QUIT_CAP_MS
  let cleaning = false

  const cleanUp = async (): Promise<void> => {
    try {
      if (await options.clearClipboard()) {
        options.log?.info('Cleared a copied AccessKeySecret from the clipboard before quitting.')
      }
    } catch (error) {
      options.log?.warn('Could not clear the clipboard before quitting.', error)
    }
    try {
      await options.dispose()
    } catch (error) {
      options.log?.error('Shutting the services down failed.', error)
    }
  }

  options.app.on('before-quit', (event) => {
    // app.exit() below emits no quit event: every before-quit we see is one to hold.
    event.preventDefault()
    if (cleaning) return
    cleaning = true
    let handle: unknown
    const cap = new Promise<'cap'>((resolve) => {
      handle = timers.setTimeout(() => resolve('cap'), capMs)
    })
    void Promise.race([cleanUp().then(() => 'done' as const), cap]).then((outcome) => {
      timers.clearTimeout(handle)
      if (outcome === 'cap') {
        options.log?.warn(`Quit clean-up took longer than ${capMs} ms; quitting anyway.`)
      }
      options.app.exit(0)
    })
  })
}
