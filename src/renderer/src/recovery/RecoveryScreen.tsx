import { ArchiveRestore, FolderOpen, History, TriangleAlert } from 'lucide-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DATA_FILE_PROBLEMS, type BackupSummary } from '@shared/ipc/contract'
import type { AnyMessage } from '@shared/messages'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useFormatDateTime } from '../i18n/format'
import { useSay } from '../i18n/say'
import { useRecovery } from './use-recovery'

/**
 * What is wrong with the data file, in the interface language, and main's own description
 * when it says more (which part of the file failed).
 */
function ProblemText({
  problem,
  detail
}: {
  readonly problem: string
  readonly detail: AnyMessage
}) {
  const { t } = useTranslation()
  const { say } = useSay()
  const message = say(detail)
  const known = (DATA_FILE_PROBLEMS as readonly string[]).includes(problem)
  const summary = known
    ? t(`recovery.problems.${problem as (typeof DATA_FILE_PROBLEMS)[number]}`)
    : null
  return (
    <>
      {summary && <p className="recovery-message">{summary}</p>}
      {message !== '' && message !== summary && (
        <p className="recovery-details">
          {summary ? t('recovery.details', { details: message }) : message}
        </p>
      )}
    </>
  )
}

/**
 * Shown instead of the list while the data file is damaged (SPEC §4): what was found, the
 * good backups to restore, starting empty, and the data folder. The damaged file is never
 * changed; either way out keeps a copy of it.
 */
export function RecoveryScreen({
  onRecovered,
  onRestoreFromBackup
}: {
  readonly onRecovered: () => void
  /** Restore from an encrypted backup (Back Up…): every channel with its secret. */
  readonly onRestoreFromBackup: (returnFocusTo: HTMLElement | null) => void
}) {
  const api = useApi()
  const notify = useNotify()
  const { t } = useTranslation()
  const { sayError } = useSay()
  const formatDateTime = useFormatDateTime()
  const { recovery, loading, error } = useRecovery()
  const [busy, setBusy] = useState(false)
  const ids = useId()
  // No data file at all (deleted, moved away): there is no damaged file to keep aside.
  const missing = recovery?.problem === 'missing'

  const restore = async (backup: BackupSummary) => {
    setBusy(true)
    const result = await api.recovery.restoreBackup({ backupId: backup.id })
    setBusy(false)
    if (!result.ok) {
      notify.error(result.error)
      return
    }
    const { damagedFile } = result.value
    notify.success(
      t('toasts.restored', { count: result.value.channelCount }),
      damagedFile ? t('toasts.damagedKeptAt', { path: damagedFile }) : undefined
    )
    onRecovered()
  }

  const startEmpty = async (): Promise<boolean> => {
    const result = await api.recovery.startEmpty({ confirm: true })
    if (!result.ok) {
      notify.error(result.error)
      return false
    }
    const { damagedFile } = result.value
    notify.success(
      t('toasts.startedEmpty'),
      damagedFile ? t('toasts.damagedKeptAt', { path: damagedFile }) : undefined
    )
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
        <h2 id={`${ids}-title`}>{missing ? t('recovery.titleMissing') : t('recovery.title')}</h2>
      </div>
      <p>{missing ? t('recovery.introMissing') : t('recovery.intro')}</p>

      {error ? (
        <p className="form-alert" role="alert">
          {sayError(error)}
        </p>
      ) : loading ? (
        <p role="status">{t('app.loading')}</p>
      ) : recovery ? (
        <>
          <ProblemText problem={recovery.problem} detail={recovery.detail} />
          <p className="recovery-file">
            {t('footer.dataFile')}
            <code>{recovery.dataFile}</code>
          </p>

          <h3>{t('recovery.backups')}</h3>
          {recovery.backups.length === 0 ? (
            <p className="field-hint">{t('recovery.noBackups')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('recovery.backups')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('recovery.backupTaken')}</th>
                    <th scope="col">{t('recovery.backupChannels')}</th>
                    <th scope="col">{t('fields.actions')}</th>
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
                            aria-label={t('recovery.restoreBackupOf', { when })}
                            disabled={busy}
                            onClick={() => void restore(backup)}
                          >
                            <History aria-hidden="true" />
                            {t('recovery.restore')}
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

      <p className="field-hint">{t('recovery.encryptedBackup')}</p>
      <div className="recovery-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={(event) => onRestoreFromBackup(event.currentTarget)}
        >
          <ArchiveRestore aria-hidden="true" />
          {t('actions.restoreBackup')}
        </button>
        <ConfirmDialog
          trigger={
            <button type="button" className="btn" disabled={busy}>
              {t('recovery.startEmpty')}
            </button>
          }
          title={t('confirm.startEmptyTitle')}
          description={t('confirm.startEmptyBody')}
          confirmLabel={t('recovery.startEmpty')}
          restoreFocusOnSuccess={false}
          onConfirm={startEmpty}
        />
        <button type="button" className="btn" onClick={() => void openFolder()}>
          <FolderOpen aria-hidden="true" />
          {t('recovery.openDataFolder')}
        </button>
      </div>
    </section>
  )
}
