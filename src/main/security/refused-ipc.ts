/**
 * Audit IPC calls refused because of their sender (the dispatcher's `onRejected` hook).
 * A hostile frame could send thousands of calls, so at most `maxPerWindow` refusals are
 * written per window of time; the rest are counted and reported in one log line.
 */
import type { AuditEvent } from '../audit/audit-log'
import { isIpcMethod } from '../ipc/handle'
import type { Logger } from '../log'

/** The sender the dispatcher saw (Electron's IpcMainInvokeEvent has more). */
export interface RefusedSender {
  readonly senderFrame: { readonly url: string } | null
}

export interface RefusalAuditorOptions {
  readonly audit: { record(event: AuditEvent): Promise<unknown> }
  readonly log: Logger
  /** Milliseconds since some epoch; injectable for tests. */
  readonly now?: () => number
  readonly maxPerWindow?: number
  readonly windowMs?: number
}

export interface RefusalAuditor {
  /** The dispatcher's `onRejected` hook: never throws, never waits. */
  readonly onRejected: (event: RefusedSender, method: string) => void
  /** Resolves when every audit write started so far has settled (tests, shutdown). */
  idle(): Promise<void>
}

// Room for one refusal of every contract method (28 of them) in a window, and still bounded.
export const DEFAULT_MAX_REFUSALS_PER_WINDOW = 50
export const DEFAULT_REFUSAL_WINDOW_MS = 60_000

// Characters that could forge a line or reorder text where the entry is shown.
const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g

/** Where a refused call came from, as scheme and host only (no path, query or credentials). */
export function describeSender(event: RefusedSender): string {
  const url = event.senderFrame?.url
  if (url === undefined) return 'a frame that no longer exists'
  try {
    const parsed = new URL(url)
    const origin = `${parsed.protocol}//${parsed.host}`.replace(UNSAFE_TEXT, '')
    return origin.length > 100 ? `${origin.slice(0, 100)}…` : origin
  } catch {
    return 'a frame with an invalid URL'
  }
}

/** The audit entry for one refusal. The method name is shown only if it is a contract method. */
export function refusalEvent(event: RefusedSender, method: string): AuditEvent {
  const what = isIpcMethod(method) ? method : 'an unknown method'
  return {
    action: 'refused-ipc',
    channelId: '',
    channelName: '',
    detail: `${what} from ${describeSender(event)}`
  }
}

/** Build the hook index.ts hands to createDispatcher. */
export function createRefusalAuditor(options: RefusalAuditorOptions): RefusalAuditor {
  const now = options.now ?? (() => Date.now())
  const max = options.maxPerWindow ?? DEFAULT_MAX_REFUSALS_PER_WINDOW
  const windowMs = options.windowMs ?? DEFAULT_REFUSAL_WINDOW_MS
  let windowStart = Number.NEGATIVE_INFINITY
  let recorded = 0
  let dropped = 0
  const pending = new Set<Promise<void>>()

  const onRejected = (event: RefusedSender, method: string): void => {
    const at = now()
    if (at - windowStart >= windowMs) {
      if (dropped > 0) {
        options.log.warn(`${dropped} more refused IPC calls were not written to the audit log.`)
      }
      windowStart = at
      recorded = 0
      dropped = 0
    }
    if (recorded >= max) {
      dropped++
      return
    }
    recorded++
    const write = options.audit
      .record(refusalEvent(event, method))
      .then(
        () => undefined,
        (error: unknown) =>
          options.log.error('Could not write a refused IPC call to the audit log.', error)
      )
      .finally(() => pending.delete(write))
    pending.add(write)
  }

  return {
    onRejected,
    idle: async () => {
      await Promise.all([...pending])
    }
  }
}
