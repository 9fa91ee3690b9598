import * as Dialog from '@radix-ui/react-dialog'
import { ChevronLeft, ChevronRight, Download, ScrollText, Search } from 'lucide-react'
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DialogHeader } from '../components/DialogHeader'
import {
  AUDIT_ACTIONS,
  auditFilterInput,
  isEmptyAuditFilter,
  type AuditAction,
  type AuditEntry,
  type AuditFilter
} from '@shared/audit'
import { COPYABLE_FIELDS, type ChannelView } from '@shared/channel'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { useSay } from '../i18n/say'
import { formatAuditTime, localDateRange } from './audit-time'
import { useAuditLog } from './use-audit-log'
import './audit-log.css'

const isKnown = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

const AUDIT_KINDS = ['passphrase', 'recipients', 'thisComputer', 'csv', 'json'] as const

/** How long the search waits after the last key before asking main. */
const SEARCH_DELAY_MS = 250

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
  // Backup, restore, export: how many channels (entries, for the log's own export), and how it
  // was protected or written.
  if (entry.count !== undefined) {
    const parts = [
      entry.action === 'export-audit'
        ? t('audit.entryCount', { count: entry.count })
        : t('audit.channelCount', { count: entry.count })
    ]
    if (entry.kind && isKnown(AUDIT_KINDS, entry.kind)) parts.push(t(`audit.kinds.${entry.kind}`))
    return <>{t('audit.withDetail', { action, detail: parts.join(', ') })}</>
  }
  return <>{entry.detail ? t('audit.withDetail', { action, detail: entry.detail }) : action}</>
}

interface FilterFields {
  readonly channelId: string
  readonly action: AuditAction | ''
  readonly fromDate: string
  readonly toDate: string
  readonly search: string
}

const NO_FILTER: FilterFields = { channelId: '', action: '', fromDate: '', toDate: '', search: '' }

/** `search` lags the typed text by SEARCH_DELAY_MS, so main is asked once per pause. */
function useSettled(value: string): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (value === '') {
      setSettled('')
      return
    }
    const timer = setTimeout(() => setSettled(value), SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [value])
  return settled
}

/**
 * "Audit log" button and the dialog listing who did what to which channel, and when: filtered
 * by channel, action, date range and search (in main), a page of 100 at a time, exported as CSV.
 */
export function AuditLogDialog({ channels = [] }: { readonly channels?: readonly ChannelView[] }) {
  const { t, i18n } = useTranslation()
  const { sayError } = useSay()
  const api = useApi()
  const notify = useNotify()
  const ids = useId()
  const [open, setOpen] = useState(false)
  const [fields, setFields] = useState<FilterFields>(NO_FILTER)
  const [exporting, setExporting] = useState(false)
  const search = useSettled(fields.search.trim())
  const range = localDateRange(fields.fromDate, fields.toDate)
  const filter = useMemo<AuditFilter>(
    () => ({
      ...(fields.channelId ? { channelId: fields.channelId } : {}),
      ...(fields.action ? { actions: [fields.action] } : {}),
      ...(range.valid && range.from ? { from: range.from } : {}),
      ...(range.valid && range.to ? { to: range.to } : {}),
      ...(search ? { search } : {})
    }),
    [fields.channelId, fields.action, range.valid, range.from, range.to, search]
  )
  const { entries, total, offset, error, hasPrevious, hasNext, previous, next } = useAuditLog(
    open,
    filter
  )
  const filtered = !isEmptyAuditFilter(filter)
  // Only while the dialog is open, with one collator: sorting 100,000 names on every change of
  // the list, as `localeCompare` would, cost the page ~0.5 s per change (npm run bench).
  const sortedChannels = useMemo(() => {
    if (!open) return []
    const collator = new Intl.Collator(i18n.language)
    return [...channels].sort((a, b) => collator.compare(a.name, b.name))
  }, [open, channels, i18n.language])
  const change = (patch: Partial<FilterFields>) =>
    setFields((current) => ({ ...current, ...patch }))
  const rangeError = range.valid ? null : t('messages.audit.dateOrder')

  const exportCsv = async () => {
    setExporting(true)
    const result = await api.audit.export(auditFilterInput(filter))
    setExporting(false)
    if (!result.ok) notify.error(result.error)
    else if (result.value.saved) {
      notify.success(
        t('audit.exported', { count: result.value.count, fileName: result.value.fileName })
      )
    }
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        // Each opening starts with the whole log.
        if (next) setFields(NO_FILTER)
      }}
    >
      <Dialog.Trigger asChild>
        <button type="button" className="btn" title={t('actions.auditLog')}>
          <ScrollText aria-hidden="true" />
          <span className="btn-label">{t('actions.auditLog')}</span>
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide audit-dialog">
          <DialogHeader title={t('audit.title')} description={t('audit.description')} />
          <div role="search" aria-label={t('audit.filters')} className="audit-filters">
            <label className="audit-field">
              <span className="field-label">{t('audit.channel')}</span>
              <select
                className="input"
                value={fields.channelId}
                onChange={(e) => change({ channelId: e.target.value })}
              >
                <option value="">{t('audit.allChannels')}</option>
                {sortedChannels.map((channel) => (
                  <option key={channel.id} value={channel.id}>
                    {channel.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="audit-field">
              <span className="field-label">{t('audit.action')}</span>
              <select
                className="input"
                value={fields.action}
                onChange={(e) => change({ action: e.target.value as AuditAction | '' })}
              >
                <option value="">{t('audit.allActions')}</option>
                {AUDIT_ACTIONS.map((action) => (
                  <option key={action} value={action}>
                    {t(`audit.actions.${action}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="audit-field">
              <span className="field-label">{t('audit.from')}</span>
              <input
                type="date"
                className="input"
                value={fields.fromDate}
                max={fields.toDate || undefined}
                onChange={(e) => change({ fromDate: e.target.value })}
              />
            </label>
            <label className="audit-field">
              <span className="field-label">{t('audit.to')}</span>
              <input
                type="date"
                className="input"
                value={fields.toDate}
                min={fields.fromDate || undefined}
                aria-invalid={rangeError ? true : undefined}
                aria-describedby={rangeError ? `${ids}-range-error` : undefined}
                onChange={(e) => change({ toDate: e.target.value })}
              />
            </label>
            <label className="audit-field audit-search">
              <span className="field-label">{t('audit.search')}</span>
              <span className="search-field">
                <Search aria-hidden="true" />
                <input
                  type="search"
                  className="input"
                  placeholder={t('audit.searchPlaceholder')}
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={200}
                  value={fields.search}
                  onChange={(e) => change({ search: e.target.value })}
                />
              </span>
            </label>
          </div>
          {rangeError && (
            <p id={`${ids}-range-error`} className="field-error" role="alert">
              {rangeError}
            </p>
          )}
          {error ? (
            <p className="form-alert" role="alert">
              {sayError(error)}
            </p>
          ) : entries === null ? (
            <p role="status">{t('app.loading')}</p>
          ) : entries.length === 0 ? (
            <div className="no-matches">
              <p role="status">{filtered ? t('audit.noMatches') : t('audit.empty')}</p>
              {filtered && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => setFields(NO_FILTER)}
                >
                  {t('audit.clearFilters')}
                </button>
              )}
            </div>
          ) : (
            // Focusable, so the page of entries scrolls by keyboard too.
            <div
              className="table-wrap audit-wrap"
              role="region"
              aria-label={t('audit.title')}
              tabIndex={0}
            >
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
                  {entries.map((entry, index) => (
                    <tr key={`${entry.at}-${index}`}>
                      <td className="cell-time">
                        <time dateTime={entry.at}>{formatAuditTime(entry.at, i18n.language)}</time>
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
            </div>
          )}
          <div className="audit-footer">
            <p className="field-hint" aria-live="polite" aria-atomic="true">
              {entries && entries.length > 0
                ? t('audit.range', {
                    first: offset + 1,
                    last: offset + entries.length,
                    total
                  })
                : ''}
            </p>
            <nav aria-label={t('audit.pages')} className="audit-pages">
              <button
                type="button"
                className="btn btn-small"
                disabled={!hasPrevious}
                onClick={previous}
              >
                <ChevronLeft aria-hidden="true" />
                {t('audit.previous')}
              </button>
              <button type="button" className="btn btn-small" disabled={!hasNext} onClick={next}>
                {t('audit.next')}
                <ChevronRight aria-hidden="true" />
              </button>
            </nav>
            <button
              type="button"
              className="btn btn-small"
              disabled={exporting || !entries || entries.length === 0}
              onClick={() => void exportCsv()}
            >
              <Download aria-hidden="true" />
              {t('audit.exportCsv')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
