/**
 * Error codes and the result envelope every IPC call answers with. Thrown errors lose
 * their fields across Electron IPC, so failures travel as data.
 */
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
  readonly message: string
  readonly fieldErrors?: FieldErrors
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: AppErrorData }

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

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const err = (error: AppErrorData): Result<never> => ({ ok: false, error })

/** Exhaustiveness check for switches over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`)
}
