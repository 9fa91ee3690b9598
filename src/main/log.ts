/**
 * The one logger of the main process. Services depend on the small `Logger` interface; the
 * app builds it over electron-log (`createAppLogger`), tests over a console or memory sink.
 * Everything passes through `redact()` first, so a key that slips into a message, a detail
 * or an error never reaches the console or a log file.
 *
 * electron-log is loaded through its Node entry (`electron-log/node.js`), not `electron-log/main`:
 * the main entry needs the Electron runtime (it cannot be imported in tests or scripts here),
 * registers its own `__ELECTRON_LOG__` IPC channel that our sender check would not guard, and
 * can inject a preload into sessions. The Node entry does none of that; index.ts points its
 * file transport at Electron's logs folder.
 */
import electronLog from 'electron-log/node.js'
import type { LogMessage, NodeLogger } from 'electron-log'
import { CHECKSUM_LENGTH, KEY_KINDS, identifyKey, type KeyKind } from '../shared/keys'

export interface Logger {
  info(message: string, ...details: unknown[]): void
  warn(message: string, ...details: unknown[]): void
  error(message: string, ...details: unknown[]): void
}

export const REDACTED = '[redacted]'

const KIND_BY_PREFIX = new Map<string, KeyKind>(
  (Object.keys(KEY_KINDS) as KeyKind[]).map((kind) => [KEY_KINDS[kind].prefix, kind])
)
const SECRET_PREFIX = KEY_KINDS.accessKeySecret.prefix
const PREFIXES = new RegExp(`(${[...KIND_BY_PREFIX.keys()].join('|')})_`, 'g')

/**
 * Replace our keys with `[redacted]`: an AppKey or AccessKeyId only when its checksum is valid
 * (so the check is exact), and any `csk_` token at all, valid or not — a truncated or
 * mistyped AccessKeySecret is still most of a secret; and any age secret key.
 */
export function redact(text: string): string {
  return redactKeys(text).replace(AGE_SECRET_KEY, REDACTED)
}

// An age secret key (this computer's backup key, or one pasted to open a backup) is never
// logged; were one ever to reach a message, it is removed like an AccessKeySecret.
const AGE_SECRET_KEY = /AGE-SECRET-KEY-(?:PQ-)?1[0-9A-Z]+/gi

function redactKeys(text: string): string {
  let out = ''
  let last = 0
  for (const match of text.matchAll(PREFIXES)) {
    const start = match.index
    if (start < last) continue
    const prefix = match[1]
    let end: number
    if (prefix === SECRET_PREFIX) {
      const body = /[0-9A-Za-z]*/y
      body.lastIndex = start + prefix.length + 1
      end = body.lastIndex + (body.exec(text)?.[0].length ?? 0)
    } else {
      const kind = KIND_BY_PREFIX.get(prefix) as KeyKind
      end = start + prefix.length + 1 + KEY_KINDS[kind].bodyLength + CHECKSUM_LENGTH
      if (identifyKey(text.slice(start, end)) !== kind) continue
    }
    out += text.slice(last, start) + REDACTED
    last = end
  }
  return last === 0 ? text : out + text.slice(last)
}

const MAX_CAUSE_DEPTH = 3

/** A redacted description of any thrown value: the stack for Errors, with their causes. */
export function describeError(error: unknown): string {
  return redact(describe(error, 0))
}

function describe(error: unknown, depth: number): string {
  if (error instanceof Error) {
    const own = error.stack ?? `${error.name}: ${error.message}`
    const cause =
      error.cause !== undefined && depth < MAX_CAUSE_DEPTH
        ? `\nCaused by: ${describe(error.cause, depth + 1)}`
        : ''
    return own + cause
  }
  try {
    return typeof error === 'object' && error !== null ? JSON.stringify(error) : String(error)
  } catch {
    return '[unserialisable]'
  }
}

/** One log detail made safe: strings redacted, errors described, objects serialised and redacted. */
export function redactDetail(detail: unknown): unknown {
  if (typeof detail === 'string') return redact(detail)
  if (detail instanceof Error) return describeError(detail)
  if (typeof detail !== 'object' || detail === null) return detail
  try {
    return redact(JSON.stringify(detail) ?? String(detail))
  } catch {
    return '[unserialisable]'
  }
}

/** Build a logger over a console-like sink; every message and detail is redacted. */
export function createLogger(sink: Pick<Console, 'info' | 'warn' | 'error'> = console): Logger {
  const emit =
    (level: 'info' | 'warn' | 'error') =>
    (message: string, ...details: unknown[]): void => {
      sink[level](`[cam] ${redact(message)}`, ...details.map(redactDetail))
    }
  return { info: emit('info'), warn: emit('warn'), error: emit('error') }
}

/** A console logger: the fallback for services built without one (tests, scripts). */
export const consoleLogger: Logger = createLogger()

/** A logger that drops everything (tests that do not care about logs). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }

/**
 * electron-log hook that redacts every data item of every message on every transport, so even
 * a direct electron-log call (or its error handler) cannot write a key.
 */
export function redactionHook(message: LogMessage): LogMessage {
  return { ...message, data: message.data.map(redactDetail) }
}

/** A `Logger` over an electron-log instance, with the redaction hook installed on it. */
export function createElectronLogger(instance: NodeLogger): Logger {
  if (!instance.hooks.includes(redactionHook)) instance.hooks.push(redactionHook)
  return createLogger({
    info: (...data: unknown[]) => instance.info(...data),
    warn: (...data: unknown[]) => instance.warn(...data),
    error: (...data: unknown[]) => instance.error(...data)
  })
}

export interface AppLoggerOptions {
  /** The log file, resolved at the first write (index.ts: Electron's logs folder); no file when omitted. */
  readonly filePath?: () => string
  /** Echo to the console; default true. */
  readonly console?: boolean
  /** Extra transports by name (tests use an in-memory one). */
  readonly transports?: Readonly<Record<string, (message: LogMessage) => void>>
}

let instances = 0

/** The app's logger: a fresh electron-log instance with redaction, a file and/or the console. */
export function createAppLogger(options: AppLoggerOptions = {}): Logger & {
  readonly electronLog: NodeLogger
} {
  const instance = electronLog.create({ logId: `cam-${++instances}` })
  const { file, console: consoleTransport } = instance.transports
  const filePath = options.filePath
  if (filePath) {
    file.resolvePathFn = () => filePath()
    file.level = 'info'
  } else {
    file.level = false
  }
  consoleTransport.level = options.console === false ? false : 'info'
  for (const [name, write] of Object.entries(options.transports ?? {})) {
    instance.transports[name] = Object.assign((message: LogMessage) => write(message), {
      level: 'silly' as const,
      transforms: []
    })
  }
  return { ...createElectronLogger(instance), electronLog: instance }
}
