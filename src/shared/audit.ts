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
  'refused-ipc'
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  readonly at: string
  readonly user: string
  readonly action: AuditAction
  /** Empty for `refused-ipc`, which concerns no channel. */
  readonly channelId: string
  readonly channelName: string
  /** For `copy`: which field was copied. */
  readonly field?: string
  /** For `refused-ipc`: the method asked for and where the request came from (scheme and host only). */
  readonly detail?: string
}
