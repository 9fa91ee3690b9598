import { Search } from 'lucide-react'
import { useId } from 'react'
import { APP_TYPES, type AppType } from '@shared/channel'
import { useI18n } from '../i18n/i18n-context'
import { SORT_ORDERS, type ChannelQuery, type SortOrder } from './select-channels'

/** Search, Application Type filter and sort order for the list. */
export function ChannelToolbar({
  query,
  onChange
}: {
  readonly query: ChannelQuery
  readonly onChange: (patch: Partial<ChannelQuery>) => void
}) {
  const { t } = useI18n()
  const ids = useId()
  const sortLabels: Record<SortOrder, string> = {
    newest: t.sortNewest,
    oldest: t.sortOldest,
    'name-asc': t.sortNameAsc,
    'name-desc': t.sortNameDesc
  }

  return (
    <div className="toolbar" role="search">
      <div className="search-field">
        <Search aria-hidden="true" />
        <label htmlFor={`${ids}-search`} className="visually-hidden">
          {t.searchLabel}
        </label>
        <input
          id={`${ids}-search`}
          type="search"
          className="input"
          placeholder={t.searchPlaceholder}
          value={query.search}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange({ search: e.target.value })}
        />
      </div>
      <label className="toolbar-field">
        <span className="visually-hidden">{t.filterLabel}</span>
        <select
          className="input"
          value={query.appType}
          onChange={(e) => onChange({ appType: e.target.value as AppType | 'ALL' })}
        >
          <option value="ALL">{t.allTypes}</option>
          {APP_TYPES.map((type) => (
            <option key={type} value={type}>
              {t.appTypeLabels[type]}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-field">
        <span className="toolbar-label">{t.sortLabel}</span>
        <select
          className="input"
          value={query.sort}
          onChange={(e) => onChange({ sort: e.target.value as SortOrder })}
        >
          {SORT_ORDERS.map((order) => (
            <option key={order} value={order}>
              {sortLabels[order]}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
