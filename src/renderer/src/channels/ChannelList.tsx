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
  nextSort,
  refines,
  SearchIndex,
  sortChannels,
  type AgeContext,
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
  /**
   * Show only the channels whose secret is past the rotation policy (the header's count): the
   * other filters and the search are cleared, and focus goes to the secret-age filter.
   */
  readonly showPastPolicy: () => void
}

/** The channel table with search, filter and sort; the empty state when there is none. */
export function ChannelList({
  channels,
  partial = null,
  secretTimeoutMs,
  actions,
  searchRef,
  onCreate,
  onEdit,
  onDetails,
  controlRef,
  age
}: {
  readonly channels: readonly ChannelView[]
  /** While the list is still arriving: how much of it is here. */
  readonly partial?: { readonly loaded: number; readonly total: number } | null
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
  /** The rotation policy and the time secret ages are measured at (useAgeContext). */
  readonly age: AgeContext
}) {
  const [filter, setFilter] = useState<ChannelFilter>(DEFAULT_FILTER)
  const [sort, setSort] = useState(DEFAULT_SORT)
  // The search box updates at once; the list follows in a render React may interrupt when
  // the next key arrives, so typing never waits for the table.
  const deferredFilter = useDeferredValue(filter)
  const scrollRef = useRef<HTMLDivElement>(null)
  const typeRef = useRef<HTMLSelectElement>(null)
  const ageRef = useRef<HTMLSelectElement>(null)
  const emptyCreate = useRef<HTMLButtonElement>(null)
  // Where a removed channel was in the shown list, so the keyboard lands on its neighbour.
  const removed = useRef<{ id: string; index: number } | null>(null)
  const [focusRequest, setFocusRequest] = useState<{ index: number; serial: number } | null>(null)

  const index = useMemo(() => new SearchIndex(), [])
  const sorted = useMemo(() => sortChannels(channels, sort), [channels, sort])
  // Typing one more letter searches the last results only, not the whole list again.
  const last = useRef<{
    readonly from: readonly ChannelView[]
    readonly filter: ChannelFilter
    readonly age: AgeContext
    readonly shown: readonly ChannelView[]
  } | null>(null)
  const shown = useMemo(() => {
    const previous = last.current
    // Secret ages move with the clock and the policy: a result of another time is no start.
    const from =
      previous !== null &&
      previous.from === sorted &&
      previous.age === age &&
      refines(previous.filter, deferredFilter)
        ? previous.shown
        : sorted
    const result = filterChannels(from, deferredFilter, index, age)
    // A render React throws away leaves a true pair behind: still safe to start from.
    last.current = { from: sorted, filter: deferredFilter, age, shown: result }
    return result
  }, [sorted, deferredFilter, index, age])
  useWarmSearchIndex(index, sorted)

  const current = useRef(channels)
  useEffect(() => {
    current.current = channels
  }, [channels])
  // The shown list and the one before it: main's change event usually removes a row before
  // the Remove's answer arrives, and the row's place is then in the earlier list.
  const shownLists = useRef({ previous: shown, latest: shown })
  useEffect(() => {
    if (shownLists.current.latest !== shown) {
      shownLists.current = { previous: shownLists.current.latest, latest: shown }
    }
  }, [shown])

  // Focus the row that took a removed one's place (or, when it was the last one, the empty
  // state's Create button) rather than losing it to the page body with the removed row.
  const focusAfterRemoval = useCallback((index: number) => {
    if (current.current.length === 0) emptyCreate.current?.focus()
    else
      setFocusRequest((previous) => ({
        index: Math.max(0, index),
        serial: (previous?.serial ?? 0) + 1
      }))
  }, [])
  const onRemoved = useCallback(
    (channel: ChannelView) => {
      const { previous, latest } = shownLists.current
      const at = latest.findIndex((c) => c.id === channel.id)
      const index = at >= 0 ? at : previous.findIndex((c) => c.id === channel.id)
      if (current.current.some((c) => c.id === channel.id))
        removed.current = { id: channel.id, index }
      else focusAfterRemoval(index)
    },
    [focusAfterRemoval]
  )
  useEffect(() => {
    if (!controlRef) return
    controlRef.current = {
      removed: onRemoved,
      rowElement: (id) =>
        scrollRef.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`) ?? null,
      showPastPolicy: () => {
        setFilter({ ...DEFAULT_FILTER, secretAge: 'past' })
        ageRef.current?.focus()
      }
    }
    return () => {
      controlRef.current = null
    }
  }, [controlRef, onRemoved])

  const onSort = useCallback((key: SortKey) => {
    startTransition(() => setSort((current) => nextSort(current, key)))
  }, [])

  // Once a removed channel has left the list, move focus to the row that took its place.
  useEffect(() => {
    const gone = removed.current
    if (gone === null || channels.some((channel) => channel.id === gone.id)) return
    removed.current = null
    focusAfterRemoval(gone.index)
  }, [channels, focusAfterRemoval])

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
        partial={partial}
        searchRef={searchRef}
        typeRef={typeRef}
        ageRef={ageRef}
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
              onShowAll={() => {
                updateFilter({ appType: 'ALL', secretAge: 'ALL', state: 'ALL' })
                ageRef.current?.focus()
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
        age={age}
      />
    </div>
  )
}

/**
 * Fold the search texts of a new list while the page is idle, a few milliseconds at a time,
 * so the first keystroke finds them ready instead of folding 100,000 at once.
 */
function useWarmSearchIndex(index: SearchIndex, sorted: readonly ChannelView[]): void {
  useEffect(() => {
    let next = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const step = (): void => {
      next = index.warm(sorted, next, performance.now() + WARM_SLICE_MS)
      if (next < sorted.length) timer = setTimeout(step, 0)
    }
    timer = setTimeout(step, WARM_DELAY_MS)
    return () => clearTimeout(timer)
  }, [index, sorted])
}

/** After a list arrives, leave the first frames to painting it. */
const WARM_DELAY_MS = 100
/** Well inside a frame, so a keystroke waits at most this long for the warming to yield. */
const WARM_SLICE_MS = 4
