import { Plus } from 'lucide-react'
import { useId, type Ref } from 'react'
import { useTranslation } from 'react-i18next'

/** No channels yet: say what the page is for and offer to create the first API. */
export function EmptyState({
  onCreate,
  createButtonRef
}: {
  readonly onCreate: () => void
  readonly createButtonRef?: Ref<HTMLButtonElement>
}) {
  const { t } = useTranslation()
  const ids = useId()
  return (
    <section className="empty-state" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('list.emptyTitle')}</h2>
      <p>{t('list.emptyBody')}</p>
      <button ref={createButtonRef} type="button" className="btn btn-primary" onClick={onCreate}>
        <Plus aria-hidden="true" />
        {t('actions.createAppApi')}
      </button>
    </section>
  )
}
