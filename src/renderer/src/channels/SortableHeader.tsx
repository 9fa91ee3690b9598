import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import type { ChannelSort, SortKey } from './select-channels'

/** A column header that sorts the list by its column; `aria-sort` says how it is sorted now. */
export function SortableHeader({
  label,
  sortKey,
  sort,
  onSort,
  className
}: {
  readonly label: string
  readonly sortKey: SortKey
  readonly sort: ChannelSort
  readonly onSort: (key: SortKey) => void
  /** The column's class (a column hidden at narrow widths hides its header too). */
  readonly className?: string
}) {
  const active = sort.key === sortKey
  const Icon = !active ? ArrowUpDown : sort.direction === 'ascending' ? ArrowUp : ArrowDown
  return (
    // Only the sorted column carries aria-sort (ARIA: at most one per table).
    <th scope="col" className={className} aria-sort={active ? sort.direction : undefined}>
      <button
        type="button"
        className={active ? 'sort-button sort-active' : 'sort-button'}
        onClick={() => onSort(sortKey)}
      >
        {label}
        <Icon aria-hidden="true" />
      </button>
    </th>
  )
}
