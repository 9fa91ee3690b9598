/**
 * Main's error envelope onto the form: each `fieldErrors` path (`name`, `domains.1`, …) that
 * names a field on screen goes next to that field; everything else, and the top message
 * unless a field already says it, goes to the form-level alert. Messages are codes, so the form
 * words them in the interface language.
 */
import type { AppType } from '@shared/channel'
import { messageOf, type AppErrorData } from '@shared/errors'
import type { AnyMessage } from '@shared/messages'
import { formMessage } from '../i18n/say'

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
  /** The message as react-hook-form holds it (see formMessage). */
  readonly message: string
}

export interface MappedServerError {
  readonly fields: readonly FieldMessage[]
  readonly formMessages: readonly AnyMessage[]
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
  const saidAtFields = new Set<string>()
  const unmatched: AnyMessage[] = []
  for (const [path, message] of Object.entries(error.fieldErrors ?? {})) {
    const field = fieldFor(path, layout)
    if (field) {
      fields.push({ path: field, message: formMessage(message) })
      saidAtFields.add(formMessage(message))
    } else {
      unmatched.push(message)
    }
  }
  const top = messageOf(error)
  const all = saidAtFields.has(formMessage(top)) ? unmatched : [top, ...unmatched]
  // The same message twice says nothing new.
  const seen = new Set<string>()
  const formMessages = all.filter(
    (message) => !seen.has(formMessage(message)) && seen.add(formMessage(message))
  )
  return { fields, formMessages }
}
