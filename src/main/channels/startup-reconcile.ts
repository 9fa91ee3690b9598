/**
 * The start-up reconcile (SPEC §4), kept off the start-up path so that opening the app and
 * showing the list make no keychain call (issue 6): a keychain with 10,000 entries answers
 * slowly, and a locked one may prompt the user before the window has anything to show. It
 * runs once, on the first of:
 * - someone asking for its report (`report()`; tests and child processes do, to wait for it);
 * - `afterListMs` after the first channel list was served (the window has its list);
 * - `fallbackMs` after start, in case no list is ever asked for.
 */
import type { ReconcileReport } from './channel-service'

export interface StartupReconcileDelays {
  /** How long after the first channels.list the reconcile starts (default 500 ms). */
  readonly afterListMs?: number
  /** How long after start it starts anyway (default 5 s). */
  readonly fallbackMs?: number
}

export const DEFAULT_RECONCILE_AFTER_LIST_MS = 500
export const DEFAULT_RECONCILE_FALLBACK_MS = 5_000

export class StartupReconcile {
  readonly #run: () => Promise<ReconcileReport | null>
  readonly #afterListMs: number
  readonly #timers = new Set<NodeJS.Timeout>()
  #report: Promise<ReconcileReport | null> | undefined
  #listed = false
  #cancelled = false

  /** `run` must not reject: it reports a failure as null. */
  constructor(run: () => Promise<ReconcileReport | null>, delays: StartupReconcileDelays = {}) {
    this.#run = run
    this.#afterListMs = delays.afterListMs ?? DEFAULT_RECONCILE_AFTER_LIST_MS
    this.#schedule(delays.fallbackMs ?? DEFAULT_RECONCILE_FALLBACK_MS)
  }

  /** Whether the reconcile has started (or finished). */
  get started(): boolean {
    return this.#report !== undefined
  }

  /** Its report, or null when the keychain was unavailable; starts it now if it has not started. */
  report(): Promise<ReconcileReport | null> {
    if (this.#report === undefined) {
      this.#clearTimers()
      this.#report = this.#cancelled ? Promise.resolve(null) : this.#run()
    }
    return this.#report
  }

  /** A channel list was served: start soon, once the window has had time to show it. */
  listed(): void {
    if (this.#listed) return
    this.#listed = true
    this.#schedule(this.#afterListMs)
  }

  /** Shutting down: a reconcile that has not started never will (report() answers null). */
  cancel(): void {
    this.#cancelled = true
    this.#clearTimers()
  }

  #schedule(ms: number): void {
    if (this.#report !== undefined || this.#cancelled) return
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      void this.report()
    }, ms)
    // A pending reconcile must not keep a process (a test, a child) alive.
    timer.unref()
    this.#timers.add(timer)
  }

  #clearTimers(): void {
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
  }
}
