import { Check, RefreshCw } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import { LEAK_STATUSES, type LeakHit, type LeakReport, type LeakStatus } from '@shared/leaks'
import { ConfirmDialog } from '../components/ConfirmDialog'
import type { ChannelActions } from '../channels/use-channel-actions'
import { useFormatDateTime } from '../i18n/format'
import { useSizeFormat } from './format'

/** How each status looks: the worst ones stand out. */
const BADGE: Readonly<Record<LeakStatus, string>> = {
  'current-secret': 'badge leak-badge-danger',
  'unverified-secret': 'badge badge-warning',
  'retired-secret': 'badge',
  'unknown-key': 'badge',
  'public-key': 'badge leak-badge-quiet'
}

const rowKey = (hit: LeakHit): string => `${hit.file}:${hit.line}:${hit.column}`

/** Where "Updated" goes once a current secret was updated from here; focused if it was this row's button. */
function UpdatedNote({ focus }: { readonly focus: boolean }) {
  const { t } = useTranslation()
  const note = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    if (focus) note.current?.focus()
  }, [focus])
  return (
    <span ref={note} tabIndex={-1} className="leak-updated">
      <Check aria-hidden="true" />
      {t('leaks.updated')}
    </span>
  )
}

function HitRow({
  hit,
  channel,
  updated,
  focusUpdated,
  onUpdate
}: {
  readonly hit: LeakHit
  /** The channel as listed now, for Update now. */
  readonly channel: ChannelView | undefined
  readonly updated: boolean
  readonly focusUpdated: boolean
  readonly onUpdate: (channel: ChannelView, row: string) => Promise<boolean>
}) {
  const { t } = useTranslation()
  const formatDateTime = useFormatDateTime()
  const field = t(`fields.${hit.keyKind}`)
  const hint =
    hit.status === 'retired-secret'
      ? t('leaks.hints.retired-secret', {
          when: hit.retiredAt ? formatDateTime(hit.retiredAt) : '—'
        })
      : t(`leaks.hints.${hit.status}`, { field })
  const channelName =
    hit.channelName === undefined
      ? t('leaks.noChannel')
      : hit.channelRemoved
        ? t('leaks.removedChannel', { name: hit.channelName })
        : hit.channelName

  return (
    <tr>
      <td className="leak-file">
        <code>{hit.file}</code>
        <span className="leak-place">
          {t('leaks.place', { line: hit.line, column: hit.column })}
        </span>
      </td>
      <td>
        <code className="key">{hit.key}</code>
        <span className="leak-field">{field}</span>
      </td>
      <td className="leak-channel">{channelName}</td>
      <td className="leak-status">
        <span className={BADGE[hit.status]}>{t(`leaks.statuses.${hit.status}`)}</span>
        <span className="leak-hint">{hint}</span>
      </td>
      <td>
        {hit.status === 'current-secret' && channel ? (
          updated ? (
            <UpdatedNote focus={focusUpdated} />
          ) : (
            // The list's own Update confirmation, in the same words.
            <ConfirmDialog
              trigger={
                <button
                  type="button"
                  className="btn btn-small btn-primary"
                  aria-label={t('leaks.updateNowOf', { name: channel.name })}
                >
                  <RefreshCw aria-hidden="true" />
                  {t('leaks.updateNow')}
                </button>
              }
              title={t('confirm.rotateTitle')}
              description={t('confirm.rotateBody', { name: channel.name })}
              confirmLabel={t('actions.update')}
              restoreFocusOnSuccess={false}
              onConfirm={() => onUpdate(channel, rowKey(hit))}
            />
          )
        ) : null}
      </td>
    </tr>
  )
}

/** What a finished (or stopped) check found: the summary, the hits worst first, what was not read. */
export function LeakReportView({
  report,
  channels,
  actions
}: {
  readonly report: LeakReport
  readonly channels: readonly ChannelView[]
  readonly actions: ChannelActions
}) {
  const { t } = useTranslation()
  const { formatBytes, formatSeconds } = useSizeFormat()
  // Channels whose secret was updated from this report, and the row it was done from last.
  const [updated, setUpdated] = useState<ReadonlySet<string>>(new Set())
  const [lastUpdated, setLastUpdated] = useState<string | null>(null)
  const byId = new Map(channels.map((channel) => [channel.id, channel]))
  const skipped = report.skipped.reduce((sum, s) => sum + s.count, 0)

  const update = async (channel: ChannelView, row: string): Promise<boolean> => {
    const ok = await actions.rotate(channel)
    if (ok) {
      setUpdated((before) => new Set(before).add(channel.id))
      setLastUpdated(row)
    }
    return ok
  }

  return (
    <div className="leak-report">
      <p role="status" className="leak-summary">
        {report.totalHits === 0
          ? t('leaks.noneFound', { folder: report.folder })
          : t('leaks.found', { count: report.totalHits, folder: report.folder })}
      </p>
      {report.cancelled && <p className="form-alert">{t('leaks.stoppedNote')}</p>}
      {report.keychain === 'unavailable' && (
        <p className="form-alert" role="alert">
          {t('leaks.keychainNote')}
        </p>
      )}
      <dl className="leak-figures">
        <div>
          <dt>{t('leaks.filesRead')}</dt>
          <dd>{t('leaks.count', { count: report.filesScanned })}</dd>
        </div>
        <div>
          <dt>{t('leaks.dataRead')}</dt>
          <dd>{formatBytes(report.bytesScanned)}</dd>
        </div>
        <div>
          <dt>{t('leaks.duration')}</dt>
          <dd>{formatSeconds(report.durationMs)}</dd>
        </div>
        <div>
          <dt>{t('leaks.skippedCount')}</dt>
          <dd>{t('leaks.count', { count: skipped })}</dd>
        </div>
        {LEAK_STATUSES.filter((status) => report.counts[status] > 0).map((status) => (
          <div key={status}>
            <dt>{t(`leaks.statuses.${status}`)}</dt>
            <dd>{t('leaks.count', { count: report.counts[status] })}</dd>
          </div>
        ))}
      </dl>

      {report.hits.length > 0 && (
        <div className="table-wrap leak-table-wrap">
          <table className="leak-table">
            <caption className="visually-hidden">{t('leaks.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('leaks.file')}</th>
                <th scope="col">{t('leaks.key')}</th>
                <th scope="col">{t('leaks.channel')}</th>
                <th scope="col">{t('leaks.status')}</th>
                <th scope="col">{t('leaks.action')}</th>
              </tr>
            </thead>
            <tbody>
              {report.hits.map((hit) => (
                <HitRow
                  key={rowKey(hit)}
                  hit={hit}
                  channel={hit.channelId === undefined ? undefined : byId.get(hit.channelId)}
                  updated={hit.channelId !== undefined && updated.has(hit.channelId)}
                  focusUpdated={rowKey(hit) === lastUpdated}
                  onUpdate={update}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.hits.length < report.totalHits && (
        <p className="leak-note">
          {t('leaks.truncated', { shown: report.hits.length, count: report.totalHits })}
        </p>
      )}

      {report.skipped.length > 0 && (
        <details className="leak-skipped">
          <summary>{t('leaks.skippedTitle')}</summary>
          <ul>
            {report.skipped.map((entry) => (
              <li key={entry.reason}>
                {t('leaks.skippedLine', {
                  reason: t(`leaks.skippedReasons.${entry.reason}`),
                  count: entry.count
                })}
                {entry.samples.length > 0 && (
                  <span className="leak-samples">
                    {t('leaks.forExample', { paths: entry.samples.join(', ') })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
