/** The local audit log's entry shape. An entry never holds a secret. */
export const AUDIT_ACTIONS = ['create', 'edit', 'remove', 'reveal', 'copy', 'rotate'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export interface AuditEntry {
  readonly at: string
  readonly user: string
  readonly action: AuditAction
  readonly channelId: string
  readonly channelName: string
  /** For `copy`: which field was copied. */
  readonly field?: string
}
