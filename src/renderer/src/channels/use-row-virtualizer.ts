import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Range,
  type Rect
} from '@tanstack/react-virtual'
import { useCallback, type RefObject } from 'react'

/**
 * The viewport assumed before the scroll container has a size: on the first render and in
 * jsdom, which has no layout. Rows past it appear once the real size is known.
 */
export const FALLBACK_RECT: Rect = { width: 1200, height: 800 }

/** A typical row (two lines: keys above their Copy buttons); rows are measured once rendered. */
export const ROW_ESTIMATE = 74

/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no blank gap. */
const OVERSCAN = 4

/** The visible range plus one pinned row (the one holding focus), in order. */
function withPinned(range: Range, pinned: number): number[] {
  const indexes = defaultRangeExtractor(range)
  if (pinned < 0 || pinned >= range.count || indexes.includes(pinned)) return indexes
  return [...indexes, pinned].sort((a, b) => a - b)
}

/**
 * A virtualizer for table rows inside `scrollRef`. Rows measure themselves (their height
 * depends on domains and a revealed secret), and the row at `pinnedIndex` stays rendered
 * while out of view so the control that has focus is not unmounted by a scroll.
 */
export function useRowVirtualizer({
  count,
  getItemKey,
  scrollRef,
  pinnedIndex
}: {
  readonly count: number
  readonly getItemKey: (index: number) => string
  readonly scrollRef: RefObject<HTMLElement | null>
  readonly pinnedIndex: number
}) {
  const rangeExtractor = useCallback(
    (range: Range) => withPinned(range, pinnedIndex),
    [pinnedIndex]
  )
  return useVirtualizer<HTMLElement, HTMLTableRowElement>({
    count,
    getScrollElement: () => scrollRef.current,
    getItemKey,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    rangeExtractor,
    initialRect: FALLBACK_RECT,
    // A zero-sized container has not been laid out (or is in jsdom): keep the assumed size.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : FALLBACK_RECT)),
    measureElement: (element, entry, instance) => {
      // From the ResizeObserver, after layout: the real height. From the ref callback during
      // React's commit, reading it would force a layout per new row: use what is known.
      if (entry !== undefined) return measureElement(element, entry, instance) || ROW_ESTIMATE
      const key = instance.options.getItemKey(instance.indexFromElement(element))
      return instance.itemSizeCache.get(key) ?? ROW_ESTIMATE
    }
  })
}
