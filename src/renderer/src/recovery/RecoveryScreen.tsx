import { FolderOpen, History, TriangleAlert } from 'lucide-react'
import { useId, useState } from 'react'
import type { BackupSummary } from '@shared/ipc/contract'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useI18n } from '../i18n/i18n-context'
import { useRecovery } from './use-recovery'

/**
 * Shown instead of the list while the data file is damaged (SPEC §4): what was found, the
 * good backups to restore, starting empty, and the data folder. The damaged file is never
 * changed; either way out keeps a copy of it.
 */
export function RecoveryScreen({ onRecovered }: { readonly onRecovered: () => void }) {
  const api = useApi()
  const notify = useNotify()
  const { t, translate, formatDateTime } = useI18n()
  const { recovery, loading, error } = useRecovery()
  const [busy, setBusy] = useState(false)
  const ids = useId()

  const restore = async (backup: BackupSummary) => {
    setBusy(true)
    const result = await api.recovery.restoreBackup(backup.id)
    setBusy(false)
    if (!result.ok) {
      notify.error(result.error)
      return
    }
    notify.success(
      t.restoredToast(result.value.channelCount),
      t.damagedKeptAt(result.value.damagedFile)
    )
    onRecovered()
  }

  const startEmpty = async (): Promise<boolean> => {
    const result = await api.recovery.startEmpty({ confirm: true })
    if (!result.ok) {
      notify.error(result.error)
      return false
    }
    notify.success(t.startedEmptyToast, t.damagedKeptAt(result.value.damagedFile))
    onRecovered()
    return true
  }

  const openFolder = async () => {
    const result = await api.recovery.openDataFolder()
    if (!result.ok) notify.error(result.error)
  }

  return (
    <section className="recovery" aria-labelledby={`${ids}-title`}>
      <div className="recovery-heading">
        <TriangleAlert aria-hidden="true" />
        <h2 id={`${ids}-title`}>{t.recoveryTitle}</h2>
      </div>
      <p>{t.recoveryIntro}</p>

      {error ? (
        <p className="form-alert" role="alert">
          {translate(error.message)}
        </p>
      ) : loading ? (
        <p role="status">{t.loading}</p>
      ) : recovery ? (
        <>
          <p className="recovery-message">{translate(recovery.message)}</p>
          <p className="recovery-file">
            {t.dataFile}: <code>{recovery.dataFile}</code>
          </p>

          <h3>{t.backupsTitle}</h3>
          {recovery.backups.length === 0 ? (
            <p className="field-hint">{t.noBackups}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t.backupsTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.backupTaken}</th>
                    <th scope="col">{t.backupChannels}</th>
                    <th scope="col">{t.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {recovery.backups.map((backup) => {
                    const when = formatDateTime(backup.createdAt)
                    return (
                      <tr key={backup.id}>
                        <th scope="row">
                          <time dateTime={backup.createdAt}>{when}</time>
                        </th>
                        <td>{backup.channelCount}</td>
                        <td>
                          <button
                            type="button"
                            className="btn btn-small"
                            aria-label={t.restoreBackupOf(when)}
                            disabled={busy}
                            onClick={() => void restore(backup)}
                          >
                            <History aria-hidden="true" />
                            {t.restore}
                          </button>
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}

      <div className="recovery-actions">
        <ConfirmDialog
          trigger={
            <button type="button" className="btn" disabled={busy}>
              {t.startEmpty}
            </button>
          }
          title={t.startEmptyTitle}
          description={t.startEmptyBody}
          confirmLabel={t.startEmpty}
          restoreFocusOnSuccess={false}
          onConfirm={startEmpty}
        />
        <button type="button" className="btn" onClick={() => void openFolder()}>
          <FolderOpen aria-hidden="true" />
          {t.openDataFolder}
        </button>
      </div>
    </section>
  )
}
