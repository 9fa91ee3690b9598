import { Clock } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import { countPastPolicy } from '@shared/secret-age'
import type { AgeContext } from './select-channels'

/**
 * "7 secrets are past 90 days" (SPEC §11): how many AccessKeySecrets the rotation policy says
 * to rotate, as a button that shows exactly those channels. Nothing when there is none or the
 * policy is off.
 */
export function PastPolicyCount({
  channels,
  age,
  onShow
}: {
  readonly channels: readonly ChannelView[]
  readonly age: AgeContext
  readonly onShow: () => void
}) {
  const { t } = useTranslation()
  const count = useMemo(() => countPastPolicy(channels, age.policyDays, age.now), [channels, age])
  if (count === 0 || age.policyDays === null) return null
  return (
    <button
      type="button"
      className="btn btn-small past-policy-count"
      title={t('list.pastPolicyCountHint')}
      onClick={onShow}
    >
      <Clock aria-hidden="true" />
      {t('list.pastPolicyCount', { count, days: age.policyDays })}
    </button>
  )
}
