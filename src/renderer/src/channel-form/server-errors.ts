/**
 * Main's error envelope onto the form: each `fieldErrors` path (`name`, `domains.1`, …) that
 * names a field on screen goes next to that field; everything else, and the top message
 * unless a field already says it, goes to the form-level alert.
 */
import type { AppType } from '@shared/channel'
import type { AppErrorData } from '@shared/errors'

export type FormFieldPath =
  | 'name'
  | 'collectedByQuickTracking'
  | 'appType'
  | 'platforms'
  | 'domains'
  | `platforms.${number}.value`
  | `domains.${number}.value`

export interface FieldMessage {
  readonly path: FormFieldPath
  readonly message: string
}

export interface MappedServerError {
  readonly fields: readonly FieldMessage[]
  readonly formMessages: readonly string[]
}

/** What the form currently shows: which list (if any) and how many rows it has. */
export interface FormLayout {
  readonly appType: AppType | ''
  readonly platformRows: number
  readonly domainRows: number
}

const ROW_PATH = /^(platforms|domains)\.(\d+)$/

function fieldFor(path: string, layout: FormLayout): FormFieldPath | null {
  if (path === 'name' || path === 'collectedByQuickTracking' || path === 'appType') return path
  const showsPlatforms = layout.appType === 'APP' || layout.appType === 'MINI_PROGRAM'
  const showsDomains = layout.appType === 'WEB'
  if (path === 'platforms') return showsPlatforms ? path : null
  if (path === 'domains') return showsDomains ? path : null
  const row = ROW_PATH.exec(path)
  if (!row) return null
  const index = Number(row[2])
  if (row[1] === 'platforms') {
    return showsPlatforms && index < layout.platformRows ? `platforms.${index}.value` : null
  }
  return showsDomains && index < layout.domainRows ? `domains.${index}.value` : null
}

/** Split main's error into per-field messages and form-level messages. */
export function mapServerError(error: AppErrorData, layout: FormLayout): MappedServerError {
  const fields: FieldMessage[] = []
  const unmatched: string[] = []
  for (const [path, message] of Object.entries(error.fieldErrors ?? {})) {
    const field = fieldFor(path, layout)
    if (field) fields.push({ path: field, message })
    else unmatched.push(message)
  }
  const saidByField = fields.some((field) => field.message === error.message)
  const formMessages = saidByField ? unmatched : [error.message, ...unmatched]
  return { fields, formMessages: [...new Set(formMessages)] }
}
