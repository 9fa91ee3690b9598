import * as Dialog from '@radix-ui/react-dialog'
import { ScrollText } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DialogHeader } from '../components/DialogHeader'
import { AUDIT_ACTIONS, type AuditEntry } from '@shared/audit'
import { COPYABLE_FIELDS } from '@shared/channel'
import { useFormatDateTime } from '../i18n/format'
import { useSay } from '../i18n/say'
import { useAuditLog } from './use-audit-log'

const isKnown = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

const AUDIT_KINDS = ['passphrase', 'recipients', 'thisComputer', 'csv', 'json'] as const

function ActionText({ entry }: { readonly entry: AuditEntry }) {
  const { t } = useTranslation()
  // An entry written by a newer version may name an action this one has no words for.
  const action = isKnown(AUDIT_ACTIONS, entry.action)
    ? t(`audit.actions.${entry.action}`)
    : entry.action
  if (entry.action === 'copy' && entry.field) {
    const field = isKnown(COPYABLE_FIELDS, entry.field) ? t(`fields.${entry.field}`) : entry.field
    return <>{t('audit.copiedField', { action, field })}</>
  }
  // Backup, restore, export: how many channels, and how it was protected or written.
  if (entry.count !== undefined) {
    const parts = [t('audit.channelCount', { count: entry.count })]
    if (entry.kind && isKnown(AUDIT_KINDS, entry.kind)) parts.push(t(`audit.kinds.${entry.kind}`))
    return <>{t('audit.withDetail', { action, detail: parts.join(', ') })}</>
  }
  return <>{entry.detail ? t('audit.withDetail', { action, detail: entry.detail }) : action}</>
}

/** "Audit log" button and the dialog listing who did what to which channel, and when. */
export function AuditLogDialog() {
  const { t } = useTranslation()
  const { sayError } = useSay()
  const formatDateTime = useFormatDateTime()
  const [open, setOpen] = useState(false)
  const { entries, total, error, hasMore, loadMore } = useAuditLog(open)
  const shown = entries ?? []

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="btn" title={t('actions.auditLog')}>
          <ScrollText aria-hidden="true" />
          <span className="btn-label">{t('actions.auditLog')}</span>
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <DialogHeader title={t('audit.title')} description={t('audit.description')} />
          {error ? (
            <p className="form-alert" role="alert">
              {sayError(error)}
            </p>
          ) : entries === null ? (
            <p role="status">{t('app.loading')}</p>
          ) : entries.length === 0 ? (
            <p className="no-matches">{t('audit.empty')}</p>
          ) : (
            <div className="table-wrap audit-wrap">
              <table className="audit-table">
                <caption className="visually-hidden">{t('audit.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.when')}</th>
                    <th scope="col">{t('audit.who')}</th>
                    <th scope="col">{t('audit.action')}</th>
                    <th scope="col">{t('audit.channel')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((entry, index) => (
                    <tr key={`${entry.at}-${index}`}>
                      <td className="cell-time">
                        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                      </td>
                      <td>{entry.user}</td>
                      <td>
                        <ActionText entry={entry} />
                      </td>
                      <td>{entry.channelName || t('audit.noChannel')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {hasMore && (
                <div className="audit-more">
                  <span className="field-hint">
                    {t('audit.shownOf', { shown: shown.length, total })}
                  </span>
                  <button type="button" className="btn btn-small" onClick={() => void loadMore()}>
                    {t('audit.olderEntries')}
                  </button>
                </div>
              )}
            </div>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
