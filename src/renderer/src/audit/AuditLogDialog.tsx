import * as Dialog from '@radix-ui/react-dialog'
import { ScrollText, X } from 'lucide-react'
import { useState } from 'react'
import type { AuditEntry } from '@shared/audit'
import { useI18n } from '../i18n/i18n-context'
import { useAuditLog } from './use-audit-log'

/** The most entries the dialog renders; the log itself keeps everything. */
const MAX_SHOWN = 1000

function ActionText({ entry }: { readonly entry: AuditEntry }) {
  const { t } = useI18n()
  const action = t.auditActions[entry.action] ?? entry.action
  const fieldNames: Record<string, string> = {
    appKey: t.appKey,
    accessKeyId: t.accessKeyId,
    accessKeySecret: t.accessKeySecret
  }
  if (entry.action === 'copy' && entry.field) {
    return <>{`${action} ${fieldNames[entry.field] ?? entry.field}`}</>
  }
  return <>{entry.detail ? `${action} (${entry.detail})` : action}</>
}

/** "Audit log" button and the dialog listing who did what to which channel, and when. */
export function AuditLogDialog() {
  const { t, translate, formatDateTime } = useI18n()
  const [open, setOpen] = useState(false)
  const { entries, error } = useAuditLog(open)
  const shown = entries?.slice(0, MAX_SHOWN) ?? []

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="btn">
          <ScrollText aria-hidden="true" />
          {t.auditLog}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{t.auditLog}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="btn btn-icon" aria-label={t.close} title={t.close}>
                <X aria-hidden="true" />
              </button>
            </Dialog.Close>
          </div>
          <Dialog.Description className="dialog-description">
            {t.auditDescription}
          </Dialog.Description>
          {error ? (
            <p className="form-alert" role="alert">
              {translate(error.message)}
            </p>
          ) : entries === null ? (
            <p role="status">{t.loading}</p>
          ) : entries.length === 0 ? (
            <p className="no-matches">{t.auditEmpty}</p>
          ) : (
            <div className="table-wrap audit-wrap">
              <table className="audit-table">
                <caption className="visually-hidden">{t.auditLog}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.auditWhen}</th>
                    <th scope="col">{t.auditWho}</th>
                    <th scope="col">{t.auditAction}</th>
                    <th scope="col">{t.auditChannel}</th>
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
                      <td>{entry.channelName || t.noChannel}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
