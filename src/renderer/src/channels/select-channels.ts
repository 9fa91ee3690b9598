/**
 * Search, filter and sort over the channel list: pure, so it is tested without React.
 *
 * The work is split by how often it has to happen at 100,000 channels:
 * - `SearchIndex` folds each channel's searchable text (`channelSearchText`, search-text.ts) once per version
 *   of its record, when first asked (the list warms it while the page is idle),
 *   so neither first paint nor a change waits for 100,000 texts (~0.2–0.5 s) to be folded;
 * - `sortChannels` sorts once per list or sort order;
 * - `filterChannels` runs per keystroke: a linear scan of the sorted list with plain
 *   `includes` on the remembered texts, no sorting and no string building; without a search
 *   or a type it returns the sorted list itself.
 */
import { APP_TYPES, type AppType, type ChannelView } from '@shared/channel'
import { DEFAULT_ROTATION_DAYS, matchesSecretAge, type SecretAgeFilter } from '@shared/secret-age'
import { channelSearchText, searchTerms } from './search-text'

export { searchTerms }

export const SORT_KEYS = ['name', 'type', 'created', 'secretUpdated'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/** The values of `aria-sort`, so a header can show the order as it is. */
export type SortDirection = 'ascending' | 'descending'

export interface ChannelSort {
  readonly key: SortKey
  readonly direction: SortDirection
}

/** Which channels the State filter shows (SPEC §11: a disabled channel stays listed). */
export const STATE_FILTERS = ['ALL', 'enabled', 'disabled'] as const
export type StateFilter = (typeof STATE_FILTERS)[number]

export interface ChannelFilter {
  readonly search: string
  readonly appType: AppType | 'ALL'
  /** Secret age (SPEC §11): all, past the rotation policy, due within 14 days, never rotated. */
  readonly secretAge: SecretAgeFilter
  readonly state: StateFilter
}

/** What the secret-age filter measures against: the rotation policy (null: off) and the time. */
export interface AgeContext {
  readonly policyDays: number | null
  readonly now: Date
}

export const DEFAULT_SORT: ChannelSort = { key: 'created', direction: 'descending' }
export const DEFAULT_FILTER: ChannelFilter = {
  search: '',
  appType: 'ALL',
  secretAge: 'ALL',
  state: 'ALL'
}

/** The folded text a search looks in for one channel. It may read any field but `secretStatus`. */
export type SearchText = (channel: ChannelView) => string

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/**
/** Whether two views hold the same record (their secret status aside). */
function sameRecord(a: ChannelView, b: ChannelView): boolean {
  for (const key of Object.keys(a) as (keyof ChannelView)[]) {
    if (key === 'secretStatus') continue
    const x = a[key]
    const y = b[key]
    if (x === y) continue
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false
    if (x.some((item, i) => item !== y[i])) return false
  }
  return Object.keys(a).length === Object.keys(b).length
}

/**
 * Each channel's search text, folded once per version of its record: a view whose only
 * change is its secret status (the reconcile replaces every view) keeps its text. For the
 * per-keystroke scan, each list searched has its texts in an array of its own order, so a
 * keystroke reads arrays instead of looking every channel up.
 */
export class SearchIndex {
  readonly #text: SearchText
  #entries = new Map<string, { source: ChannelView; text: string }>()
  readonly #lists = new WeakMap<readonly ChannelView[], (string | undefined)[]>()

  constructor(text: SearchText = channelSearchText) {
    this.#text = text
  }

  /** The folded text a search looks in for `channel`. */
  textOf(channel: ChannelView): string {
    const entry = this.#entries.get(channel.id)
    if (entry !== undefined && (entry.source === channel || sameRecord(entry.source, channel))) {
      entry.source = channel
      return entry.text
    }
    const text = this.#text(channel)
    this.#entries.set(channel.id, { source: channel, text })
    return text
  }

  /** The texts of `list`, in its order, as far as they were asked for (filled as needed). */
  textsOf(list: readonly ChannelView[]): (string | undefined)[] {
    let texts = this.#lists.get(list)
    if (texts === undefined) {
      texts = new Array<string | undefined>(list.length)
      this.#lists.set(list, texts)
    }
    return texts
  }

  /** Remember the texts of a list made from another (a search's results). */
  remember(list: readonly ChannelView[], texts: (string | undefined)[]): void {
    this.#lists.set(list, texts)
  }

  /**
   * Fold the texts of `list` from index `from` until `deadline` passes; the index to go on
   * from (`list.length` when done). Texts of channels no longer listed are dropped once they
   * are as many as the listed ones.
   */
  warm(list: readonly ChannelView[], from: number, deadline: number): number {
    if (from === 0 && this.#entries.size > 2 * list.length) this.#entries = new Map()
    const texts = this.textsOf(list)
    let i = from
    while (i < list.length) {
      texts[i] ??= this.textOf(list[i])
      i++
      // performance.now() costs more than a cached text: look at the clock now and then.
      if (i % 256 === 0 && performance.now() > deadline) break
    }
    return i
  }
}

const typeRank = (type: AppType): number => APP_TYPES.indexOf(type)

const byName = (a: ChannelView, b: ChannelView): number => collator.compare(a.name, b.name)
const byCreated = (a: ChannelView, b: ChannelView): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0
const byId = (a: ChannelView, b: ChannelView): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
// Stored timestamps are all `toISOString()` (UTC, the same length): text order is time order.
const bySecretUpdated = (a: ChannelView, b: ChannelView): number =>
  a.secretUpdatedAt < b.secretUpdatedAt ? -1 : a.secretUpdatedAt > b.secretUpdatedAt ? 1 : 0

/** Ascending order for a sort key; ties fall back to the other keys, then the id. */
function compareAscending(a: ChannelView, b: ChannelView, key: SortKey): number {
  switch (key) {
    case 'name':
      return byName(a, b) || byCreated(a, b) || byId(a, b)
    case 'type':
      return typeRank(a.appType) - typeRank(b.appType) || byName(a, b) || byId(a, b)
    case 'created':
      return byCreated(a, b) || byName(a, b) || byId(a, b)
    case 'secretUpdated':
      return bySecretUpdated(a, b) || byName(a, b) || byId(a, b)
  }
}

/** A sorted copy of the list. */
export function sortChannels(
  channels: readonly ChannelView[],
  sort: ChannelSort
): readonly ChannelView[] {
  const sign = sort.direction === 'ascending' ? 1 : -1
  return [...channels].sort((a, b) => sign * compareAscending(a, b, sort.key))
}

/**
 * The channels of a sorted list that match the filter, in its order. The list may also be
 * an earlier result whose filter this one `refines`.
 */
export function filterChannels(
  sorted: readonly ChannelView[],
  filter: ChannelFilter,
  index: SearchIndex,
  age: AgeContext = { policyDays: DEFAULT_ROTATION_DAYS, now: new Date() }
): readonly ChannelView[] {
  const terms = searchTerms(filter.search)
  const anyType = filter.appType === 'ALL'
  const anyAge = filter.secretAge === 'ALL'
  const anyState = filter.state === 'ALL'
  if (anyType && anyAge && anyState && terms.length === 0) return sorted
  const texts = index.textsOf(sorted)
  const out: ChannelView[] = []
  const outTexts: (string | undefined)[] = []
  for (let i = 0; i < sorted.length; i++) {
    const channel = sorted[i]
    if (!anyType && channel.appType !== filter.appType) continue
    if (!anyState && (channel.disabledAt === null) !== (filter.state === 'enabled')) continue
    if (!anyAge && !matchesSecretAge(channel, filter.secretAge, age.policyDays, age.now)) continue
    let text = texts[i]
    if (terms.length > 0) {
      text ??= texts[i] = index.textOf(channel)
      let all = true
      for (const term of terms) {
        if (!text.includes(term)) {
          all = false
          break
        }
      }
      if (!all) continue
    }
    out.push(channel)
    outTexts.push(text)
  }
  index.remember(out, outTexts)
  return out
}

/**
 * Whether every channel `next` matches also matches `previous` (the same or a narrower type,
 * and each earlier word inside a word now), so `next` may search `previous`'s results only:
 * what typing one more letter does.
 */
export function refines(previous: ChannelFilter, next: ChannelFilter): boolean {
  if (previous.appType !== 'ALL' && previous.appType !== next.appType) return false
  if (previous.secretAge !== 'ALL' && previous.secretAge !== next.secretAge) return false
  if (previous.state !== 'ALL' && previous.state !== next.state) return false
  const now = searchTerms(next.search)
  return searchTerms(previous.search).every((term) => now.some((word) => word.includes(term)))
}

/** Sort and filter in one go (the list does the steps separately, memoised). */
export function selectChannels(
  channels: readonly ChannelView[],
  filter: ChannelFilter,
  sort: ChannelSort,
  age?: AgeContext
): readonly ChannelView[] {
  return filterChannels(sortChannels(channels, sort), filter, new SearchIndex(), age)
}

/** The order a click on a column header asks for: the other direction, or the key's natural one. */
export function nextSort(current: ChannelSort, key: SortKey): ChannelSort {
  if (current.key === key) {
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
  }
  // Newest first is what people want from the Created column; names and types read A to Z;
  // secret age reads oldest first, the secrets to rotate first.
  return { key, direction: key === 'created' ? 'descending' : 'ascending' }
}
