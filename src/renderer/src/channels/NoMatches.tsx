import { SearchX } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { ChannelFilter } from './select-channels'

/** Nothing matches: say what was looked for and offer the one step that brings channels back. */
export function NoMatches({
  filter,
  onClearSearch,
  onShowAllTypes,
  onShowAll
}: {
  readonly filter: ChannelFilter
  readonly onClearSearch: () => void
  readonly onShowAllTypes: () => void
  /** Clear every filter but the search (the secret age and state ones are set). */
  readonly onShowAll: () => void
}) {
  const { t } = useTranslation()
  const search = filter.search.trim()
  if (search === '' && (filter.secretAge !== 'ALL' || filter.state !== 'ALL')) {
    return (
      <div className="no-matches">
        <SearchX aria-hidden="true" />
        <p>{t('list.noMatchesFiltered')}</p>
        <button type="button" className="btn btn-small" onClick={onShowAll}>
          {t('list.showAll')}
        </button>
      </div>
    )
  }
  const type = filter.appType === 'ALL' ? null : t(`appTypes.${filter.appType}`)
  const message =
    search === ''
      ? t('list.noChannelsOfType', { type: type ?? '' })
      : type === null
        ? t('list.noMatchesFor', { search })
        : t('list.noMatchesForOfType', { search, type })

  return (
    <div className="no-matches">
      <SearchX aria-hidden="true" />
      <p>{message}</p>
      {search === '' ? (
        <button type="button" className="btn btn-small" onClick={onShowAllTypes}>
          {t('list.showAllTypes')}
        </button>
      ) : (
        <button type="button" className="btn btn-small" onClick={onClearSearch}>
          {t('list.clearSearch')}
        </button>
      )}
    </div>
  )
}
