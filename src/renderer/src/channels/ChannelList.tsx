import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type MutableRefObject,
  type RefObject
} from 'react'
import type { ChannelView } from '@shared/channel'
import { ChannelTable } from './ChannelTable'
import { ChannelToolbar } from './ChannelToolbar'
import { EmptyState } from './EmptyState'
import { NoMatches } from './NoMatches'
import {
  DEFAULT_FILTER,
  DEFAULT_SORT,
  filterChannels,
  indexChannels,
  nextSort,
  sortChannels,
  type ChannelFilter,
  type SortKey
} from './select-channels'
import type { ChannelActions } from './use-channel-actions'

/** What the page may ask of the list from outside it (the details, after Create). */
export interface ListControl {
  /**
   * A channel was removed elsewhere (its details): once its row is gone, focus goes to the row
   * that took its place, as after a Remove from the row's menu.
   */
  readonly removed: (channel: ChannelView) => void
  /** A channel's row, when it is on screen (to give focus back to). */
  readonly rowElement: (id: string) => HTMLElement | null
}

/** The channel table with search, filter and sort; the empty state when there is none. */
export function ChannelList({
  channels,
  secretTimeoutMs,
  actions,
  searchRef,
  onCreate,
  onEdit,
  onDetails,
  controlRef
}: {
  readonly channels: readonly ChannelView[]
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
  /** The search box (Ctrl/Cmd+F and the menu's Find focus it). */
  readonly searchRef: RefObject<HTMLInputElement | null>
  readonly onCreate: () => void
  readonly onEdit: (channel: ChannelView, origin: HTMLElement | null) => void
  /** Open a channel's details (a row's click or Enter, or its menu). */
  readonly onDetails: (channel: ChannelView, origin: HTMLElement | null) => void
  /** Filled with what the rest of the page may ask of the list (see ListControl). */
  readonly controlRef?: MutableRefObject<ListControl | null>
}) {
  const [filter, setFilter] = useState<ChannelFilter>(DEFAULT_FILTER)
  const [sort, setSort] = useState(DEFAULT_SORT)
  // The search box updates at once; the list follows in a render React may interrupt when
  // the next key arrives, so typing never waits for the table.
  const deferredFilter = useDeferredValue(filter)
  const scrollRef = useRef<HTMLDivElement>(null)
  const typeRef = useRef<HTMLSelectElement>(null)
  const emptyCreate = useRef<HTMLButtonElement>(null)
  // Where a removed channel was in the shown list, so the keyboard lands on its neighbour.
  const removed = useRef<{ id: string; index: number } | null>(null)
  const [focusRequest, setFocusRequest] = useState<{ index: number; serial: number } | null>(null)

  // Per list, not per keystroke: fold the searchable text (both languages), then sort.
  const indexed = useMemo(() => indexChannels(channels), [channels])
  const sorted = useMemo(() => sortChannels(indexed, sort), [indexed, sort])
  const shown = useMemo(() => filterChannels(sorted, deferredFilter), [sorted, deferredFilter])

  const shownRef = useRef(shown)
  shownRef.current = shown
  const onRemoved = useCallback((channel: ChannelView) => {
    removed.current = {
      id: channel.id,
      index: shownRef.current.findIndex((c) => c.id === channel.id)
    }
  }, [])
  useEffect(() => {
    if (!controlRef) return
    controlRef.current = {
      removed: onRemoved,
      rowElement: (id) =>
        scrollRef.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`) ?? null
    }
    return () => {
      controlRef.current = null
    }
  }, [controlRef, onRemoved])

  const onSort = useCallback((key: SortKey) => {
    startTransition(() => setSort((current) => nextSort(current, key)))
  }, [])

  // Once a removed channel has left the list, focus the row that took its place (or, when it
  // was the last one, the empty state's Create button) rather than losing it to the page body.
  useEffect(() => {
    const gone = removed.current
    if (gone === null || channels.some((channel) => channel.id === gone.id)) return
    removed.current = null
    if (channels.length === 0) emptyCreate.current?.focus()
    else
      setFocusRequest((previous) => ({
        index: Math.max(0, gone.index),
        serial: (previous?.serial ?? 0) + 1
      }))
  }, [channels])

  // Stable, so the memoised toolbar and table are not re-rendered for a new callback.
  const updateFilter = useCallback(
    (patch: Partial<ChannelFilter>) => setFilter((f) => ({ ...f, ...patch })),
    []
  )

  if (channels.length === 0) return <EmptyState onCreate={onCreate} createButtonRef={emptyCreate} />

  return (
    <div className="channel-list">
      <ChannelToolbar
        filter={filter}
        onChange={updateFilter}
        shown={shown.length}
        total={channels.length}
        searchRef={searchRef}
        typeRef={typeRef}
      />

      <ChannelTable
        channels={shown}
        sort={sort}
        onSort={onSort}
        scrollRef={scrollRef}
        resultsKey={deferredFilter}
        noMatches={
          shown.length === 0 && (
            <NoMatches
              filter={deferredFilter}
              onClearSearch={() => {
                updateFilter({ search: '' })
                searchRef.current?.focus()
              }}
              onShowAllTypes={() => {
                updateFilter({ appType: 'ALL' })
                typeRef.current?.focus()
              }}
            />
          )
        }
        secretTimeoutMs={secretTimeoutMs}
        actions={actions}
        onDetails={onDetails}
        onEdit={onEdit}
        onRemoved={onRemoved}
        focusRequest={focusRequest}
      />
    </div>
  )
}
