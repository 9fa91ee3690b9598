/**
 * Main's error envelope onto the form: each `fieldErrors` path (`name`, `domains.1`, …) that
 * names a field on screen goes next to that field; everything else, and the top message
 * unless a field already says it, goes to the form-level alert. Messages keep their codes
 * (`fieldCodes`, `messageCode`), so the form words them in the interface language.
 */
import type { AppType } from '@shared/channel'
import type { AppErrorData } from '@shared/errors'
import { codedOf, saidOfError, type Said } from '../i18n/say'

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
  /** The message's code, or main's text when it has none (what react-hook-form holds). */
  readonly message: string
}

export interface MappedServerError {
  readonly fields: readonly FieldMessage[]
  readonly formMessages: readonly Said[]
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

/** A field message as the form keeps it: its code when it has one, else the text. */
function fieldMessage(text: string, code: string | undefined): string {
  return code ?? codedOf(text)?.code ?? text
}

/** Split main's error into per-field messages and form-level messages. */
export function mapServerError(error: AppErrorData, layout: FormLayout): MappedServerError {
  const fields: FieldMessage[] = []
  const saidAtFields = new Set<string>()
  const unmatched: Said[] = []
  for (const [path, text] of Object.entries(error.fieldErrors ?? {})) {
    const field = fieldFor(path, layout)
    if (field) {
      fields.push({ path: field, message: fieldMessage(text, error.fieldCodes?.[path]) })
      saidAtFields.add(text)
    } else {
      unmatched.push({ text, coded: codedOf(error.fieldCodes?.[path] ?? text) })
    }
  }
  const saidByField = saidAtFields.has(error.message)
  const all = saidByField ? unmatched : [saidOfError(error), ...unmatched]
  // The same text twice says nothing new.
  const seen = new Set<string>()
  const formMessages = all.filter((said) => !seen.has(said.text) && seen.add(said.text))
  return { fields, formMessages }
}
