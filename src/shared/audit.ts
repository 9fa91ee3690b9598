/** The local audit log's entry shape. An entry never holds a secret. */
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
