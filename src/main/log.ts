/**
 * A tiny logger seam. Console-based for now; electron-log can replace `consoleLogger`
 * later without touching callers. Everything passes through `redact()` first, so a key
 * that slips into an error message never reaches a log file.
 */
import { KEY_PATTERN } from '../shared/keys'

export interface Logger {
  info(message: string, ...details: unknown[]): void
  warn(message: string, ...details: unknown[]): void
  error(message: string, ...details: unknown[]): void
}

/** Replace anything shaped like one of our keys with `[redacted]`. */
export function redact(text: string): string {
  return text.replace(KEY_PATTERN, '[redacted]')
}

/** A one-line, redacted description of any thrown value (stack included for Errors). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return redact(error.stack ?? `${error.name}: ${error.message}`)
  return redact(String(error))
}

function safeDetail(detail: unknown): unknown {
  if (typeof detail === 'string') return redact(detail)
  if (detail instanceof Error) return describeError(detail)
  if (typeof detail !== 'object' || detail === null) return detail
  try {
    return redact(JSON.stringify(detail))
  } catch {
    return '[unserialisable]'
  }
}

/** Build a logger over a console-like sink; every message and detail is redacted. */
export function createLogger(sink: Pick<Console, 'info' | 'warn' | 'error'> = console): Logger {
  const emit =
    (level: 'info' | 'warn' | 'error') =>
    (message: string, ...details: unknown[]): void => {
      sink[level](`[cam] ${redact(message)}`, ...details.map(safeDetail))
    }
  return { info: emit('info'), warn: emit('warn'), error: emit('error') }
}

export const consoleLogger: Logger = createLogger()

/** A logger that drops everything (tests that do not care about logs). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }

/** The app's logger. */
export const log: Logger = consoleLogger
