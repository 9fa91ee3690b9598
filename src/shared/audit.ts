/** The local audit log's entry shape. An entry never holds a secret. */
import { z } from 'zod'
import { msg } from './messages'

/** Every action the log records. */
export const AUDIT_ACTIONS = [
  'create',
  'edit',
  'remove',
  'reveal',
  'copy',
  'rotate',
  // A folder checked for the app's keys (detail: the folder and the counts, never a key).
  'leak-check',
  // An IPC call refused because it came from a frame that is not the app's own page.
  'refused-ipc',
  // An encrypted backup of every channel and its secret was written (count, protection kind).
  'backup',
  // Channels and secrets came back from an encrypted backup (count).
  'restore',
  // The user pasted the AccessKeySecret of a channel whose secret was missing here.
  'enter-secret',
  // The user deleted a keychain entry that belonged to no channel.
  'delete-orphan',
  // The channel list, without secrets, was exported (count, format).
  'export',
  // Audit entries were exported as CSV (count; detail: the filter, when there was one).
  'export-audit',
  // A channel was disabled: its secret cannot be viewed or copied until it is enabled (SPEC §11).
  'disable',
  // A disabled channel was enabled again.
  'enable'
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  readonly at: string
  readonly user: string
  readonly action: AuditAction
  /** Empty for actions that concern no one channel (`refused-ipc`, `backup`, `restore`, `export`). */
  readonly channelId: string
  readonly channelName: string
  /** For `copy`: which field was copied. */
  readonly field?: string
  /** For `refused-ipc`: the method asked for and where the request came from (scheme and host only). */
  readonly detail?: string
  /** For `backup`, `restore`, `export`: how many channels. */
  readonly count?: number
  /** For `backup`: the protection (`passphrase`, `recipients`, `thisComputer`); for `export`: `csv` or `json`. */
  readonly kind?: string
}

/** The most entries one `audit.list` page holds. */
export const MAX_AUDIT_PAGE = 1000
export const DEFAULT_AUDIT_PAGE = 200

/** One page of the audit log, newest first. */
export interface AuditPage {
  readonly entries: readonly AuditEntry[]
  /** Pass as `before` for the next (older) page; absent on the last page. */
  readonly next?: string
  /** Entries in the whole log (every kept file). */
  readonly total: number
}

/** The longest search text the audit log takes (a search is typed, never pasted text). */
export const AUDIT_SEARCH_MAX = 200

/**
 * Which entries to list or export. Every part is optional and they all must hold: `channelId`
 * one channel (removed ones too: their entries keep the id); `actions` any of these; `from`
 * inclusive and `to` exclusive ISO instants (the page converts the user's local dates); `search`
 * words found, folded, in the stored text (channel name, user, field, detail).
 */
export interface AuditFilter {
  readonly channelId?: string
  readonly actions?: readonly AuditAction[]
  readonly from?: string
  readonly to?: string
  readonly search?: string
}

/** NFKC and lower case: full-width letters find their ASCII forms, case never matters. */
export function foldAuditText(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/**
 * A test for the entries `filter` keeps, prepared once for a whole scan. The search is split into
 * words that must all be found; they are looked for in each field apart, so a word never matches
 * across two fields.
 */
export function auditMatcher(filter: AuditFilter): (entry: AuditEntry) => boolean {
  const actions = filter.actions && filter.actions.length > 0 ? new Set(filter.actions) : null
  const from = filter.from === undefined ? null : Date.parse(filter.from)
  const to = filter.to === undefined ? null : Date.parse(filter.to)
  const words = foldAuditText(filter.search ?? '')
    .split(/\s+/)
    .filter((word) => word !== '')
  return (entry) => {
    if (filter.channelId !== undefined && entry.channelId !== filter.channelId) return false
    if (actions && !actions.has(entry.action)) return false
    if (from !== null || to !== null) {
      const at = Date.parse(entry.at)
      if (from !== null && !(at >= from)) return false
      if (to !== null && !(at < to)) return false
    }
    if (words.length === 0) return true
    const fields = [entry.channelName, entry.user, entry.field ?? '', entry.detail ?? ''].map(
      foldAuditText
    )
    return words.every((word) => fields.some((field) => field.includes(word)))
  }
}

/** True when `filter` keeps every entry. */
export function isEmptyAuditFilter(filter: AuditFilter): boolean {
  return (
    filter.channelId === undefined &&
    (filter.actions === undefined || filter.actions.length === 0) &&
    filter.from === undefined &&
    filter.to === undefined &&
    (filter.search ?? '').trim() === ''
  )
}

/** What an audit export answers: `{ saved: false }` when the save dialog was cancelled. */
export type AuditExportResult =
  | { readonly saved: false }
  | { readonly saved: true; readonly fileName: string; readonly count: number }

const instantSchema = z.iso.datetime({ offset: true, error: msg('audit.badDate') })

/** The filter's rules, for audit.list and audit.export (main re-checks what the page sends). */
export const auditFilterSchema = z
  .strictObject({
    channelId: z.uuid({ error: msg('request.unknownChannel') }).optional(),
    actions: z
      .array(z.enum(AUDIT_ACTIONS, { error: msg('audit.unknownAction') }), {
        error: msg('request.invalid')
      })
      .max(AUDIT_ACTIONS.length, msg('request.invalid'))
      .optional(),
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    search: z
      .string({ error: msg('request.invalid') })
      .max(AUDIT_SEARCH_MAX, msg('audit.searchTooLong'))
      .optional()
  })
  .refine(
    (f) => f.from === undefined || f.to === undefined || Date.parse(f.from) < Date.parse(f.to),
    { error: msg('audit.dateOrder'), path: ['to'] }
  )

/** A filter as audit.list / audit.export take it (the schema's input: a list of its own). */
export function auditFilterInput(filter: AuditFilter): z.input<typeof auditFilterSchema> {
  const { actions, ...rest } = filter
  return actions === undefined ? rest : { ...rest, actions: [...actions] }
}
