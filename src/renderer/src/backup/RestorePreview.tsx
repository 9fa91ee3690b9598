import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { RestorePreview, RestoreSameId } from '@shared/backup'
import { useSay } from '../i18n/say'

/** The most items each list shows; the counts always cover all of them. */
const MAX_LISTED = 50

/** Whether replacing would change anything, and is allowed. */
export const replaceable = (item: RestoreSameId): boolean =>
  item.replaceClashesWith === undefined && (item.recordDiffers || item.secret !== 'same')

function Section<T>({
  title,
  items,
  render
}: {
  readonly title: string
  readonly items: readonly T[]
  readonly render: (item: T) => ReactNode
}) {
  const { t } = useTranslation()
  const id = useId()
  if (items.length === 0) return null
  const rest = items.length - MAX_LISTED
  return (
    <section className="restore-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="restore-list">
        {items.slice(0, MAX_LISTED).map(render)}
        {rest > 0 && <li className="field-hint">{t('restore.andMore', { count: rest })}</li>}
      </ul>
    </section>
  )
}

/**
 * What the restore does (no secret in it): new channels, channels already here (keep, the
 * default, fills in a missing secret; replace brings the backup's record and secret), names that
 * clash (skipped) and channels that break a rule (skipped, with the reason).
 */
export function RestorePreviewView({
  preview,
  replace,
  onReplaceChange
}: {
  readonly preview: RestorePreview
  readonly replace: ReadonlySet<string>
  readonly onReplaceChange: (next: ReadonlySet<string>) => void
}) {
  const { t } = useTranslation()
  const { say } = useSay()
  const choosable = preview.sameId.filter(replaceable)
  const allChosen = choosable.length > 0 && choosable.every((item) => replace.has(item.id))

  const toggle = (id: string, on: boolean) => {
    const next = new Set(replace)
    if (on) next.add(id)
    else next.delete(id)
    onReplaceChange(next)
  }

  return (
    <div className="restore-preview">
      <Section
        title={t('restore.added', { count: preview.added.length })}
        items={preview.added}
        render={(item) => (
          <li key={item.id}>
            <strong>{item.name}</strong>{' '}
            <span className="badge">{t(`appTypes.${item.appType}`)}</span>{' '}
            <span className="field-hint">
              {item.secret === 'kept' ? t('restore.secretKept') : t('restore.secretFromBackup')}
            </span>
          </li>
        )}
      />
      {preview.sameId.length > 0 && choosable.length > 0 && (
        <label className="radio restore-all">
          <input
            type="checkbox"
            checked={allChosen}
            onChange={(event) =>
              onReplaceChange(new Set(event.target.checked ? choosable.map((item) => item.id) : []))
            }
          />
          {t('restore.replaceAll')}
        </label>
      )}
      <Section
        title={t('restore.sameId', { count: preview.sameId.length })}
        items={preview.sameId}
        render={(item) => (
          <li key={item.id}>
            <strong>{item.name}</strong>{' '}
            <span className="field-hint">
              {[
                item.recordDiffers ? t('restore.recordDiffers', { name: item.currentName }) : null,
                item.secret === 'missingHere'
                  ? t('restore.fillsSecret')
                  : item.secret === 'different'
                    ? t('restore.secretDiffers')
                    : t('restore.sameSecret')
              ]
                .filter(Boolean)
                .join('; ')}
            </span>
            {item.replaceClashesWith !== undefined ? (
              <span className="field-hint">
                {' '}
                ({t('restore.replaceBlocked', { name: item.replaceClashesWith })})
              </span>
            ) : (
              replaceable(item) && (
                <label className="radio">
                  <input
                    type="checkbox"
                    checked={replace.has(item.id)}
                    onChange={(event) => toggle(item.id, event.target.checked)}
                  />
                  {t('restore.replace', { name: item.name })}
                </label>
              )
            )}
          </li>
        )}
      />
      <Section
        title={t('restore.nameClashes', { count: preview.nameClashes.length })}
        items={preview.nameClashes}
        render={(item) => (
          <li key={item.id}>
            <strong>{item.name}</strong>{' '}
            <span className="field-hint">
              {t('restore.clashesWith', { name: item.clashesWith })}
            </span>
          </li>
        )}
      />
      <Section
        title={t('restore.invalid', { count: preview.invalid.length })}
        items={preview.invalid}
        render={(item) => (
          <li key={item.position}>
            <strong>{item.name ?? t('restore.positionN', { n: item.position })}</strong>{' '}
            <span className="field-error">{say(item.problem)}</span>
          </li>
        )}
      />
    </div>
  )
}
