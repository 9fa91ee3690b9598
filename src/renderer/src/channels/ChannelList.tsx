import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefObject
} from 'react'
import { useTranslation } from 'react-i18next'
import {
  APP_PLATFORMS,
  MINI_PROGRAM_PLATFORMS,
  type ChannelView,
  type Platform
} from '@shared/channel'
import { ChannelTable } from './ChannelTable'
import { ChannelToolbar } from './ChannelToolbar'
import { EmptyState } from './EmptyState'
import { NoMatches } from './NoMatches'
import {
  channelSearchText,
  DEFAULT_FILTER,
  DEFAULT_SORT,
  filterChannels,
  nextSort,
  refines,
  SearchIndex,
  sortChannels,
  type ChannelFilter,
  type SortKey
} from './select-channels'
import type { ChannelActions } from './use-channel-actions'

/** The channel table with search, filter and sort; the empty state when there is none. */
export function ChannelList({
  channels,
  partial = null,
  secretTimeoutMs,
  actions,
  searchRef,
  onCreate,
  onEdit
}: {
  readonly channels: readonly ChannelView[]
  /** While the list is still arriving: how much of it is here. */
  readonly partial?: { readonly loaded: number; readonly total: number } | null
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
  /** The search box (Ctrl/Cmd+F and the menu's Find focus it). */
  readonly searchRef: RefObject<HTMLInputElement | null>
  readonly onCreate: () => void
  readonly onEdit: (channel: ChannelView) => void
}) {
  const { t } = useTranslation()
  const [filter, setFilter] = useState<ChannelFilter>(DEFAULT_FILTER)
  const [sort, setSort] = useState(DEFAULT_SORT)
  // The search box updates at once; the list follows in a render React may interrupt when
  // the next key arrives, so typing never waits for the table.
  const deferredFilter = useDeferredValue(filter)
  const scrollRef = useRef<HTMLDivElement>(null)
  const typeRef = useRef<HTMLSelectElement>(null)
  const emptyCreate = useRef<HTMLButtonElement>(null)
  const removedId = useRef<string | null>(null)

  // Per language, not per keystroke: the folded search texts, remembered per channel.
  const platformLabels = useMemo(
    () =>
      Object.fromEntries(
        [...APP_PLATFORMS, ...MINI_PROGRAM_PLATFORMS].map((p) => [p, t(`platforms.${p}`)])
      ) as Record<Platform, string>,
    [t]
  )
  const index = useMemo(() => new SearchIndex(channelSearchText(platformLabels)), [platformLabels])
  const sorted = useMemo(() => sortChannels(channels, sort), [channels, sort])
  // Typing one more letter searches the last results only, not the whole list again.
  const last = useRef<{
    readonly from: readonly ChannelView[]
    readonly filter: ChannelFilter
    readonly shown: readonly ChannelView[]
  } | null>(null)
  const shown = useMemo(() => {
    const previous = last.current
    const from =
      previous !== null && previous.from === sorted && refines(previous.filter, deferredFilter)
        ? previous.shown
        : sorted
    const result = filterChannels(from, deferredFilter, index)
    // A render React throws away leaves a true pair behind: still safe to start from.
    last.current = { from: sorted, filter: deferredFilter, shown: result }
    return result
  }, [sorted, deferredFilter, index])
  useWarmSearchIndex(index, sorted)

  const current = useRef(channels)
  useEffect(() => {
    current.current = channels
  }, [channels])

  // Focus the list (or, when it was the last one, the empty state's Create button) rather
  // than losing it to the page body with the removed row.
  const focusAfterRemoval = useCallback(() => {
    if (current.current.length === 0) emptyCreate.current?.focus()
    else scrollRef.current?.focus()
  }, [])

  const onRemoved = useCallback(
    (channel: ChannelView) => {
      // Main's change event usually arrives before its answer: the row may be gone already.
      if (current.current.some((c) => c.id === channel.id)) removedId.current = channel.id
      else focusAfterRemoval()
    },
    [focusAfterRemoval]
  )

  const onSort = useCallback((key: SortKey) => {
    startTransition(() => setSort((current) => nextSort(current, key)))
  }, [])

  // Once a removed channel has left the list, move focus.
  useEffect(() => {
    const id = removedId.current
    if (id === null || channels.some((channel) => channel.id === id)) return
    removedId.current = null
    focusAfterRemoval()
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
        onEdit={onEdit}
        onRemoved={onRemoved}
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
