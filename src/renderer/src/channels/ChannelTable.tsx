import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type FocusEvent,
  type ReactNode,
  type RefObject
} from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import { ChannelRow } from './ChannelRow'
import { useRowLabels } from './row-labels'
import type { ChannelSort, SortKey } from './select-channels'
import { SortableHeader } from './SortableHeader'
import type { ChannelActions } from './use-channel-actions'
import { useRowVirtualizer } from './use-row-virtualizer'

const COLUMN_COUNT = 8

/** Stands in for the rows that are not rendered, so the scrollbar covers the whole list. */
function SpacerRow({ height }: { readonly height: number }) {
  return (
    <tr className="spacer-row" aria-hidden="true">
      <td colSpan={COLUMN_COUNT} style={{ height }} />
    </tr>
  )
}

/**
 * The channel table in its own scroll container. Only the rows in and near the viewport are
 * in the DOM; `aria-rowcount` and each row's `aria-rowindex` tell assistive technology where
 * they are in the whole list.
 */
export const ChannelTable = memo(function ChannelTable({
  channels,
  sort,
  onSort,
  scrollRef,
  resultsKey,
  noMatches,
  secretTimeoutMs,
  actions,
  onEdit,
  onRemoved
}: {
  readonly channels: readonly ChannelView[]
  readonly sort: ChannelSort
  readonly onSort: (key: SortKey) => void
  /**
   * The scroll container. It is rendered here, below the virtualizer's component, so it is
   * attached before the virtualizer's layout effect looks for it.
   */
  readonly scrollRef: RefObject<HTMLDivElement | null>
  /** A new value (a new search or filter), like a new sort, starts the list at the top. */
  readonly resultsKey: unknown
  /** Shown below the header when no channel matches. */
  readonly noMatches: ReactNode
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
  readonly onEdit: (channel: ChannelView) => void
  readonly onRemoved: (channel: ChannelView) => void
}) {
  const { t } = useTranslation()
  // Translated once per language and handed to every row, which stays memoised.
  const labels = useRowLabels()
  // The row holding focus stays rendered when scrolled away, so focus is never dropped.
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const pinnedIndex = useMemo(
    () => (focusedId === null ? -1 : channels.findIndex((channel) => channel.id === focusedId)),
    [channels, focusedId]
  )
  // Keyed by id, so a row keeps its measured height when a search moves it.
  const getItemKey = useCallback(
    (index: number) => channels[index]?.id ?? String(index),
    [channels]
  )
  const virtualizer = useRowVirtualizer({
    count: channels.length,
    getItemKey,
    scrollRef,
    pinnedIndex
  })

  // The virtualizer's offset comes from scroll events: checking it forces no layout, which
  // reading scrollTop after every keystroke's commit would.
  useEffect(() => {
    const scroller = scrollRef.current
    if (scroller && (virtualizer.scrollOffset ?? 0) > 0) scroller.scrollTop = 0
  }, [resultsKey, sort, scrollRef, virtualizer])

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = event.target.closest<HTMLElement>('tr[data-id]')
    setFocusedId(row?.dataset['id'] ?? null)
  }
  const onBlur = (event: FocusEvent<HTMLTableSectionElement>) => {
    const next = event.relatedTarget
    if (next instanceof Node && !event.currentTarget.contains(next)) setFocusedId(null)
  }

  const rows: ReactNode[] = []
  let end = 0
  for (const item of virtualizer.getVirtualItems()) {
    const channel = channels[item.index]
    if (channel === undefined) continue
    if (item.start > end)
      rows.push(<SpacerRow key={`gap-${rows.length}`} height={item.start - end} />)
    rows.push(
      <ChannelRow
        key={channel.id}
        channel={channel}
        index={item.index}
        measureRef={virtualizer.measureElement}
        labels={labels}
        secretTimeoutMs={secretTimeoutMs}
        actions={actions}
        onEdit={onEdit}
        onRemoved={onRemoved}
      />
    )
    end = item.end
  }
  const totalSize = virtualizer.getTotalSize()
  if (totalSize > end) rows.push(<SpacerRow key="gap-end" height={totalSize - end} />)

  return (
    // Focusable, so the keyboard can scroll the list (arrows, Page Up/Down, Home/End).
    <div
      ref={scrollRef}
      className="table-scroll"
      role="region"
      aria-label={t('list.region')}
      tabIndex={0}
    >
      <table className="channel-table" aria-rowcount={channels.length + 1}>
        <caption className="visually-hidden">{t('list.table')}</caption>
        <colgroup>
          <col className="col-name" />
          <col className="col-type" />
          <col className="col-targets" />
          <col className="col-app-key" />
          <col className="col-access-key-id" />
          <col className="col-secret" />
          <col className="col-time" />
          <col className="col-actions" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <SortableHeader
              label={t('fields.channelName')}
              sortKey="name"
              sort={sort}
              onSort={onSort}
            />
            <SortableHeader
              label={t('fields.applicationType')}
              sortKey="type"
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('fields.platformsOrDomains')}</th>
            <th scope="col">{t('fields.appKey')}</th>
            <th scope="col">{t('fields.accessKeyId')}</th>
            <th scope="col">{t('fields.accessKeySecret')}</th>
            <SortableHeader
              label={t('fields.created')}
              sortKey="created"
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('fields.actions')}</th>
          </tr>
        </thead>
        <tbody onFocus={onFocus} onBlur={onBlur}>
          {rows}
        </tbody>
      </table>
      {noMatches}
    </div>
  )
})
