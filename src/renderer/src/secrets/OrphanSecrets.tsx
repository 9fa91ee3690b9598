import { ArchiveRestore, Trash2 } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { ConfirmDialog } from '../components/ConfirmDialog'

/**
 * "Secrets without a channel" (SPEC §4): keychain entries of this app that no record names. The
 * app never deletes one on its own; each can be brought back with its channel from a backup, or
 * deleted here after a confirmation.
 */
export function OrphanSecrets({
  ids,
  onChanged,
  onRestore
}: {
  readonly ids: readonly string[]
  readonly onChanged: () => void
  readonly onRestore: (returnFocusTo: HTMLElement | null) => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const notify = useNotify()
  const titleId = useId()
  if (ids.length === 0) return null

  const remove = async (id: string): Promise<boolean> => {
    const result = await api.channels.deleteOrphan({ id, confirm: true })
    if (result.ok) notify.success(t('toasts.orphanDeleted'))
    else notify.error(result.error)
    onChanged()
    return result.ok
  }

  return (
    <section className="orphans" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('secrets.orphansTitle')}</h2>
      <p className="field-hint">{t('secrets.orphansBody', { count: ids.length })}</p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('secrets.orphansTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('secrets.orphanAccount')}</th>
              <th scope="col">{t('fields.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id}>
                <th scope="row">
                  <code className="key">{id}</code>
                </th>
                <td>
                  <ConfirmDialog
                    trigger={
                      <button
                        type="button"
                        className="btn btn-small btn-danger-quiet"
                        aria-label={t('secrets.deleteOrphanOf', { id })}
                      >
                        <Trash2 aria-hidden="true" />
                        {t('actions.delete')}
                      </button>
                    }
                    title={t('confirm.deleteOrphanTitle')}
                    description={t('confirm.deleteOrphanBody', { id })}
                    confirmLabel={t('actions.delete')}
                    restoreFocusOnSuccess={false}
                    onConfirm={() => remove(id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <button
          type="button"
          className="btn btn-small"
          onClick={(event) => onRestore(event.currentTarget)}
        >
          <ArchiveRestore aria-hidden="true" />
          {t('actions.restoreBackup')}
        </button>
      </div>
    </section>
  )
}
