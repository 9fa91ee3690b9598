/**
 * Search, filter and sort over the channel list: pure, so it is tested without React.
 *
 * The work is split by how often it has to happen at 10,000 channels:
 * - `indexChannels` folds each channel's searchable text (search-text.ts) once per list;
 * - `sortChannels` sorts once per list or sort order;
 * - `filterChannels` runs per keystroke: a linear scan of the sorted index with plain
 *   `includes`, no sorting and no string building.
 */
import { APP_TYPES, type AppType, type ChannelView } from '@shared/channel'
import { channelSearchText, searchTerms } from './search-text'

export { searchTerms }

export const SORT_KEYS = ['name', 'type', 'created'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/** The values of `aria-sort`, so a header can show the order as it is. */
export type SortDirection = 'ascending' | 'descending'

export interface ChannelSort {
  readonly key: SortKey
  readonly direction: SortDirection
}

export interface ChannelFilter {
  readonly search: string
  readonly appType: AppType | 'ALL'
}

export const DEFAULT_SORT: ChannelSort = { key: 'created', direction: 'descending' }
export const DEFAULT_FILTER: ChannelFilter = { search: '', appType: 'ALL' }

/** A channel with the folded text a search looks in. */
export interface IndexedChannel {
  readonly channel: ChannelView
  readonly text: string
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/**
 * Each channel with its searchable text (search-text.ts: name, keys, domains in both forms,
 * type and platforms in every language).
 */
export function indexChannels(channels: readonly ChannelView[]): readonly IndexedChannel[] {
  return channels.map((channel) => ({ channel, text: channelSearchText(channel) }))
}

const typeRank = (type: AppType): number => APP_TYPES.indexOf(type)

const byName = (a: ChannelView, b: ChannelView): number => collator.compare(a.name, b.name)
const byCreated = (a: ChannelView, b: ChannelView): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0
const byId = (a: ChannelView, b: ChannelView): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Ascending order for a sort key; ties fall back to the other keys, then the id. */
function compareAscending(a: ChannelView, b: ChannelView, key: SortKey): number {
  switch (key) {
    case 'name':
      return byName(a, b) || byCreated(a, b) || byId(a, b)
    case 'type':
      return typeRank(a.appType) - typeRank(b.appType) || byName(a, b) || byId(a, b)
    case 'created':
      return byCreated(a, b) || byName(a, b) || byId(a, b)
  }
}

/** A sorted copy of the index. */
export function sortChannels(
  items: readonly IndexedChannel[],
  sort: ChannelSort
): readonly IndexedChannel[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  return [...items].sort((a, b) => sign * compareAscending(a.channel, b.channel, sort.key))
}

/** The channels of a sorted index that match the filter, in the index's order. */
export function filterChannels(
  sorted: readonly IndexedChannel[],
  filter: ChannelFilter
): readonly ChannelView[] {
  const terms = searchTerms(filter.search)
  const anyType = filter.appType === 'ALL'
  const out: ChannelView[] = []
  for (const { channel, text } of sorted) {
    if (!anyType && channel.appType !== filter.appType) continue
    if (terms.every((term) => text.includes(term))) out.push(channel)
  }
  return out
}

/** Index, sort and filter in one go (the list does the steps separately, memoised). */
export function selectChannels(
  channels: readonly ChannelView[],
  filter: ChannelFilter,
  sort: ChannelSort
): readonly ChannelView[] {
  return filterChannels(sortChannels(indexChannels(channels), sort), filter)
}

/** The order a click on a column header asks for: the other direction, or the key's natural one. */
export function nextSort(current: ChannelSort, key: SortKey): ChannelSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  }
  // Newest first is what people want from a time column; names and types read A to Z.
  return { key, direction: key === 'created' ? 'descending' : 'ascending' }
}
