import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject
} from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import { ChannelRow } from './ChannelRow'
import { useRowLabels } from './row-labels'
import type { AgeContext, ChannelSort, SortKey } from './select-channels'
import { SortableHeader } from './SortableHeader'
import type { ChannelActions } from './use-channel-actions'
import { useRowVirtualizer } from './use-row-virtualizer'

const COLUMN_COUNT = 8
/** How far Page Up / Page Down move. */
const PAGE_ROWS = 10

/** Stands in for the rows that are not rendered, so the scrollbar covers the whole list. */
function SpacerRow({ height }: { readonly height: number }) {
  return (
    <tr className="spacer-row" aria-hidden="true">
      <td colSpan={COLUMN_COUNT} style={{ height }} />
    </tr>
  )
}

/** What a click or key inside a row acts on: a control of its own (a button, a link) or the row. */
const CONTROL = 'button, a[href], input, select, textarea, [role="menuitem"]'

/** The row's controls, in order, that the arrow keys move between (not those of a hidden column). */
function controlsOf(row: HTMLElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>('button, a[href]')].filter((element) => {
    const cell = element.closest('td, th')
    return cell === null || getComputedStyle(cell).display !== 'none'
  })
}

/**
 * The channel table in its own scroll container. Only the rows in and near the viewport are
 * in the DOM; `aria-rowcount` and each row's `aria-rowindex` tell assistive technology where
 * they are in the whole list.
 *
 * The keyboard: the list is one Tab stop (the current row). Up and Down move between rows
 * (Home, End, Page Up, Page Down too), Enter or a click opens a row's details, Right and Left
 * move between the row's buttons, Escape goes back to the row.
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
  onDetails,
  onEdit,
  onRemoved,
  focusRequest,
  age
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
  readonly onDetails: (channel: ChannelView, origin: HTMLElement | null) => void
  readonly onEdit: (channel: ChannelView, origin: HTMLElement | null) => void
  readonly onRemoved: (channel: ChannelView) => void
  /** Ask to move the keyboard's place to a row (`index` of the shown list) and focus it. */
  readonly focusRequest: { readonly index: number; readonly serial: number } | null
  /** The rotation policy and the time each row's secret-age badge is measured at. */
  readonly age: AgeContext
}) {
  const { t } = useTranslation()
  const ids = useId()
  // Translated once per language and handed to every row, which stays memoised.
  const labels = useRowLabels()
  // The row holding focus stays rendered when scrolled away, so focus is never dropped.
  const [focusedId, setFocusedId] = useState<string | null>(null)
  // The list's Tab stop; the first row until the keyboard or a click moves it.
  const [activeId, setActiveId] = useState<string | null>(null)
  // A row to focus once it is rendered (after the virtualizer scrolled to it).
  const focusNext = useRef<string | null>(null)

  const active = useMemo(
    () =>
      activeId !== null && channels.some((channel) => channel.id === activeId)
        ? activeId
        : (channels[0]?.id ?? null),
    [channels, activeId]
  )
  const pinnedId = focusedId ?? focusNext.current
  const pinnedIndex = useMemo(
    () => (pinnedId === null ? -1 : channels.findIndex((channel) => channel.id === pinnedId)),
    [channels, pinnedId]
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

  /** Make row `index` the list's place and focus it (scrolled into view, rendered first if need be). */
  const moveTo = useCallback(
    (index: number) => {
      const channel = channels[Math.max(0, Math.min(channels.length - 1, index))]
      if (channel === undefined) return
      setActiveId(channel.id)
      focusNext.current = channel.id
      setFocusedId(channel.id)
      virtualizer.scrollToIndex(channels.indexOf(channel), { align: 'auto' })
    },
    [channels, virtualizer]
  )

  // Focus the row asked for once it is in the DOM.
  useEffect(() => {
    const id = focusNext.current
    if (id === null) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`)
    if (!row) return
    focusNext.current = null
    row.focus({ preventScroll: true })
  })

  useEffect(() => {
    if (focusRequest !== null) moveTo(focusRequest.index)
    // Only a new request moves focus, not a new list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest])

  const rowOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>('tr[data-id]') : null
  const indexOf = (row: HTMLElement): number =>
    channels.findIndex((c) => c.id === row.dataset['id'])

  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const row = rowOf(event.target)
    setFocusedId(row?.dataset['id'] ?? null)
    if (row?.dataset['id']) setActiveId(row.dataset['id'])
  }
  const onBlur = (event: FocusEvent<HTMLTableSectionElement>) => {
    const next = event.relatedTarget
    if (next instanceof Node && !event.currentTarget.contains(next)) setFocusedId(null)
  }

  const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const row = rowOf(event.target)
    if (!row || !(event.target instanceof Element)) return
    // A button of the row does its own thing; a selection (a key being copied) is not a click.
    if (event.target.closest(CONTROL)) return
    if ((window.getSelection()?.toString() ?? '') !== '') return
    const channel = channels[indexOf(row)]
    if (channel) {
      setActiveId(channel.id)
      onDetails(channel, row)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const row = rowOf(event.target)
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return
    const index = indexOf(row)
    const onRow = event.target === row
    const controls = controlsOf(row)
    const at = onRow ? -1 : controls.indexOf(event.target as HTMLElement)
    let handled = true
    switch (event.key) {
      case 'ArrowDown':
        moveTo(index + 1)
        break
      case 'ArrowUp':
        moveTo(index - 1)
        break
      case 'PageDown':
        moveTo(index + PAGE_ROWS)
        break
      case 'PageUp':
        moveTo(index - PAGE_ROWS)
        break
      case 'Home':
        if (onRow) moveTo(0)
        else handled = false
        break
      case 'End':
        if (onRow) moveTo(channels.length - 1)
        else handled = false
        break
      case 'ArrowRight':
        controls[Math.min(controls.length - 1, at + 1)]?.focus()
        break
      case 'ArrowLeft':
        if (at <= 0) row.focus()
        else controls[at - 1]?.focus()
        break
      case 'Escape':
        if (onRow) handled = false
        else row.focus()
        break
      case 'Enter':
        if (onRow && channels[index]) onDetails(channels[index], row)
        else handled = false
        break
      default:
        handled = false
    }
    if (handled) event.preventDefault()
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
        active={channel.id === active}
        measureRef={virtualizer.measureElement}
        labels={labels}
        secretTimeoutMs={secretTimeoutMs}
        actions={actions}
        onDetails={onDetails}
        onEdit={onEdit}
        onRemoved={onRemoved}
        age={age}
      />
    )
    end = item.end
  }
  const totalSize = virtualizer.getTotalSize()
  if (totalSize > end) rows.push(<SpacerRow key="gap-end" height={totalSize - end} />)

  return (
    <div ref={scrollRef} className="table-scroll" role="region" aria-label={t('list.region')}>
      <p id={`${ids}-hint`} className="visually-hidden">
        {t('row.keyboardHint')}
      </p>
      <table
        className="channel-table"
        aria-rowcount={channels.length + 1}
        aria-describedby={`${ids}-hint`}
      >
        <caption className="visually-hidden">{t('list.table')}</caption>
        <colgroup>
          <col className="col-name" />
          <col className="col-type" />
          <col className="col-targets" />
          <col className="col-keys" />
          <col className="col-secret" />
          <col className="col-time" />
          <col className="col-secret-updated" />
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
            <th scope="col" className="cell-keys">
              {t('fields.keys')}
            </th>
            <th scope="col" className="cell-secret">
              {t('fields.accessKeySecret')}
            </th>
            <SortableHeader
              label={t('fields.created')}
              sortKey="created"
              sort={sort}
              onSort={onSort}
            />
            <SortableHeader
              label={t('fields.secretUpdated')}
              sortKey="secretUpdated"
              sort={sort}
              onSort={onSort}
              className="cell-secret-updated"
            />
            <th scope="col" className="cell-actions-menu">
              <span className="visually-hidden">{t('fields.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody onFocus={onFocus} onBlur={onBlur} onClick={onClick} onKeyDown={onKeyDown}>
          {rows}
        </tbody>
      </table>
      {noMatches}
    </div>
  )
})
