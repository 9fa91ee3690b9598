import { useTranslation } from 'react-i18next'
import type { StrengthScore } from './passphrase-strength'

/** The passphrase's strength as zxcvbn scores it: a bar and its word (0 very weak – 4 very strong). */
export function StrengthMeter({
  id,
  score,
  empty
}: {
  readonly id: string
  readonly score: StrengthScore | null
  /** Nothing typed yet: nothing to say. */
  readonly empty: boolean
}) {
  const { t } = useTranslation()
  if (empty) return <p id={id} className="visually-hidden" />
  const label =
    score === null
      ? t('backup.strengthChecking')
      : t('backup.strength', { level: t(`backup.levels.${score}`) })
  return (
    <div className="strength" data-score={score ?? undefined}>
      <meter min={0} max={4} low={2} high={3} optimum={4} value={score ?? 0} aria-hidden="true" />
      <p id={id} className="field-hint" aria-live="polite">
        {label}
      </p>
    </div>
  )
}
