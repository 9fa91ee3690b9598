/**
 * Error codes and the result envelope every IPC call answers with. Thrown errors lose
 * their fields across Electron IPC, so failures travel as data.
 */
import { codeOfMessage, type MessageCode, type MessageParams } from './messages'

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
export type FieldErrors = Readonly<Record<string, string>>

export interface AppErrorData {
  readonly code: ErrorCode
  /** In English: what main logs, and what the renderer shows when it has no wording for it. */
  readonly message: string
  readonly fieldErrors?: FieldErrors
  /** `message` as a code the renderer words in the user's language (src/shared/messages.ts). */
  readonly messageCode?: MessageCode
  /** The parameters of a templated `messageCode` (a path, a count, another message). */
  readonly messageParams?: MessageParams
  /** The code of each `fieldErrors` message, by the same path. */
  readonly fieldCodes?: Readonly<Record<string, MessageCode>>
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorData }

/** An expected failure with a code the user can act on. Its message must never hold a secret. */
export class AppError extends Error implements AppErrorData {
  readonly code: ErrorCode
  readonly fieldErrors?: FieldErrors

  constructor(code: ErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message)
    this.name = 'AppError'
    this.code = code
    if (fieldErrors) this.fieldErrors = fieldErrors
  }

  toData(): AppErrorData {
    return this.fieldErrors
      ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors }
      : { code: this.code, message: this.message }
  }
}

/**
 * The envelope's error with the codes of its messages added (the IPC dispatcher calls this
 * for every error it returns). Messages the catalogue does not know keep only their text.
 */
export function withMessageCodes(error: AppErrorData): AppErrorData {
  const said = codeOfMessage(error.message)
  const fieldCodes = new Map<string, MessageCode>()
  for (const [path, message] of Object.entries(error.fieldErrors ?? {})) {
    const field = codeOfMessage(message)
    if (field && field.params === undefined) fieldCodes.set(path, field.code)
  }
  return {
    ...error,
    ...(said ? { messageCode: said.code } : {}),
    ...(said?.params ? { messageParams: said.params } : {}),
    // A Map, then fromEntries: a path can never reach an object's prototype.
    ...(fieldCodes.size > 0 ? { fieldCodes: Object.fromEntries(fieldCodes) } : {})
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const err = (error: AppErrorData): Result<never> => ({ ok: false, error })

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`)
}
