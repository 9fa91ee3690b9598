import { SearchX } from 'lucide-react'
import { useI18n } from '../i18n/i18n-context'
import type { ChannelFilter } from './select-channels'

/** Nothing matches: say what was looked for and offer the one step that brings channels back. */
export function NoMatches({
  filter,
  onClearSearch,
  onShowAllTypes
}: {
  readonly filter: ChannelFilter
  readonly onClearSearch: () => void
  readonly onShowAllTypes: () => void
}) {
  const { t } = useI18n()
  const search = filter.search.trim()
  const type = filter.appType === 'ALL' ? null : t.appTypeLabels[filter.appType]
  const message =
    search === ''
      ? t.noChannelsOfType(type ?? '')
      : type === null
        ? t.noMatchesFor(search)
        : t.noMatchesForOfType(search, type)

  return (
    <div className="no-matches">
      <SearchX aria-hidden="true" />
      <p>{message}</p>
      {search === '' ? (
        <button type="button" className="btn btn-small" onClick={onShowAllTypes}>
          {t.showAllTypes}
        </button>
      ) : (
        <button type="button" className="btn btn-small" onClick={onClearSearch}>
          {t.clearSearch}
        </button>
      )}
    </div>
  )
}
