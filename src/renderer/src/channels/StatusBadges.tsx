import { CirclePause, Clock } from 'lucide-react'
import type { ChannelView } from '@shared/channel'
import { secretAge } from '@shared/secret-age'
import type { RowLabels } from './row-labels'
import type { AgeContext } from './select-channels'

/**
 * What a channel needs attention for (SPEC §11), as badges: "Disabled", and its secret "Past
 * policy" or "Due in N days" by the rotation policy. Nothing when all is well. The list's name
 * cell and the details show them, so they stay visible when a narrow window hides columns.
 */
export function StatusBadges({
  channel,
  labels,
  age
}: {
  readonly channel: ChannelView
  readonly labels: RowLabels
  readonly age: AgeContext
}) {
  const status = secretAge(channel.secretUpdatedAt, age.policyDays, age.now)
  const disabled = channel.disabledAt !== null
  if (!disabled && status.kind !== 'past' && status.kind !== 'due') return null
  return (
    <span className="status-badges">
      {disabled && (
        <span className="badge badge-muted">
          <CirclePause aria-hidden="true" />
          {labels.disabled}
        </span>
      )}
      {status.kind === 'past' && (
        <span className="badge badge-danger">
          <Clock aria-hidden="true" />
          {labels.pastPolicy}
        </span>
      )}
      {status.kind === 'due' && (
        <span className="badge badge-warning">
          <Clock aria-hidden="true" />
          {labels.dueIn[status.days]}
        </span>
      )}
    </span>
  )
}
