import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { ChannelView } from '@shared/channel'
import { useI18n } from '../i18n/i18n-context'
import { ChannelRow } from './ChannelRow'
import { ChannelToolbar } from './ChannelToolbar'
import { EmptyState } from './EmptyState'
import { Pagination } from './Pagination'
import { DEFAULT_QUERY, paginate, selectChannels, type ChannelQuery } from './select-channels'
import type { ChannelActions } from './use-channel-actions'

/** The channel table with search, filter, sort and pages; the empty state when there is none. */
export function ChannelList({
  channels,
  secretTimeoutMs,
  actions,
  onCreate,
  onEdit
}: {
  readonly channels: readonly ChannelView[]
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
  readonly onCreate: () => void
  readonly onEdit: (channel: ChannelView) => void
}) {
  const { t } = useI18n()
  const ids = useId()
  const [query, setQuery] = useState<ChannelQuery>(DEFAULT_QUERY)
  const [page, setPage] = useState(1)
  // Typing stays responsive with a long list: the filter catches up a frame later.
  const deferredQuery = useDeferredValue(query)
  const table = useRef<HTMLTableElement>(null)
  const emptyCreate = useRef<HTMLButtonElement>(null)
  const removedId = useRef<string | null>(null)

  const onRemoved = useCallback((channel: ChannelView) => {
    removedId.current = channel.id
  }, [])

  // Once a removed channel has left the list, focus the table (or, when it was the last
  // one, the empty state's Create button) rather than losing it to the page body.
  useEffect(() => {
    const id = removedId.current
    if (id === null || channels.some((channel) => channel.id === id)) return
    removedId.current = null
    if (channels.length === 0) emptyCreate.current?.focus()
    else table.current?.focus()
  }, [channels])

  const selected = useMemo(
    () => selectChannels(channels, deferredQuery, t.platformLabels),
    [channels, deferredQuery, t.platformLabels]
  )
  const current = paginate(selected, page)

  if (channels.length === 0) return <EmptyState onCreate={onCreate} createButtonRef={emptyCreate} />

  const updateQuery = (patch: Partial<ChannelQuery>) => {
    setQuery((q) => ({ ...q, ...patch }))
    setPage(1)
  }

  return (
    <section className="channel-list" aria-labelledby={`${ids}-caption`}>
      <ChannelToolbar query={query} onChange={updateQuery} />

      <div className="table-wrap">
        <table ref={table} className="channel-table" tabIndex={-1}>
          <caption id={`${ids}-caption`} className="visually-hidden">
            {t.channelsTable}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.channelName}</th>
              <th scope="col">{t.applicationType}</th>
              <th scope="col">{t.platformsOrDomains}</th>
              <th scope="col">{t.appKey}</th>
              <th scope="col">{t.accessKeyId}</th>
              <th scope="col">{t.accessKeySecret}</th>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {current.items.map((channel) => (
              <ChannelRow
                key={channel.id}
                channel={channel}
                secretTimeoutMs={secretTimeoutMs}
                actions={actions}
                onEdit={onEdit}
                onRemoved={onRemoved}
              />
            ))}
          </tbody>
        </table>
        {current.total === 0 && <p className="no-matches">{t.noMatches}</p>}
      </div>

      {current.total > 0 && <Pagination page={current} onPage={setPage} />}
    </section>
  )
}
