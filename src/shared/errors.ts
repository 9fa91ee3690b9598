/**
 * Error codes and the result envelope every IPC call answers with. Thrown errors lose
 * their fields across Electron IPC, so failures travel as data: an error code the renderer
 * acts on, and messages as codes (src/shared/messages.ts) it words in the user's language.
 */
import {
  messageText,
  type AnyMessage,
  type Message,
  type MessageCode,
  type MessageParams,
  type ParamsOf,
  type PlainMessageCode
} from './messages'

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'IMMUTABLE_FIELD',
  'SECRET_MISSING',
  'KEYCHAIN_UNAVAILABLE',
  'STORAGE',
  // The data file is damaged: channels cannot be used until the user restores a backup or starts empty.
  'RECOVERY_REQUIRED',
  'FORBIDDEN',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** Messages keyed by field path (`name`, `domains.1`, …). */
export type FieldErrors = Readonly<Record<string, AnyMessage>>

/** An error as it travels in the envelope. */
export interface AppErrorData {
  readonly code: ErrorCode
  /** What to tell the user, as a message code. */
  readonly message: MessageCode
  /** The message's parameters, when its text has any. */
  readonly params?: MessageParams
  /** What to tell the user next to each field, by the field's path. */
  readonly fieldErrors?: FieldErrors
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorData }

interface AppErrorOptionsBase {
  readonly fieldErrors?: FieldErrors
  /** What went wrong underneath, for the log only (it never leaves main). */
  readonly cause?: unknown
}
/** The options of an AppError with code `C`: `params` exactly when its text has parameters. */
export type AppErrorOptions<C extends MessageCode> = AppErrorOptionsBase &
  (C extends PlainMessageCode ? { readonly params?: undefined } : { readonly params: ParamsOf<C> })
type AppErrorRest<C extends MessageCode> = C extends PlainMessageCode
  ? [options?: AppErrorOptions<C>]
  : [options: AppErrorOptions<C>]

/**
 * An expected failure with a code the user can act on. `message` (Error's) is the English
 * text, for the log; `messageCode` and `params` are what travels. Never holds a secret.
 */
export class AppError<C extends MessageCode = MessageCode> extends Error {
  readonly code: ErrorCode
  readonly messageCode: C
  readonly params?: MessageParams
  readonly fieldErrors?: FieldErrors

  constructor(code: ErrorCode, messageCode: C, ...[options]: AppErrorRest<C>) {
    const params = options?.params as MessageParams | undefined
    super(
      messageText(params ? { code: messageCode, params } : { code: messageCode }),
      options?.cause === undefined ? undefined : { cause: options.cause }
    )
    this.name = 'AppError'
    this.code = code
    this.messageCode = messageCode
    if (params) this.params = params
    if (options?.fieldErrors) this.fieldErrors = options.fieldErrors
  }

  /** An AppError from a message already built (its parameters were checked where it was made). */
  static of(code: ErrorCode, message: AnyMessage, options: AppErrorOptionsBase = {}): AppError {
    const rest = { ...options, ...(message.params ? { params: message.params } : {}) }
    return new AppError(
      code,
      message.code as PlainMessageCode,
      rest as AppErrorOptions<PlainMessageCode>
    )
  }

  /** The message as a code and its parameters. */
  get said(): AnyMessage {
    return this.params
      ? { code: this.messageCode, params: this.params }
      : { code: this.messageCode }
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      message: this.messageCode,
      ...(this.params ? { params: this.params } : {}),
      ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {})
    }
  }
}

/** An envelope error from a message (when there is no AppError to throw, e.g. in the preload). */
export function errorData(code: ErrorCode, message: Message): AppErrorData {
  return message.params
    ? { code, message: message.code, params: message.params }
    : { code, message: message.code }
}

/** An envelope error's message as a message (code and parameters). */
export function messageOf(error: AppErrorData): AnyMessage {
  return error.params ? { code: error.message, params: error.params } : { code: error.message }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const err = (error: AppErrorData): Result<never> => ({ ok: false, error })

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`)
}
