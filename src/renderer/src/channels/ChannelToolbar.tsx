import { Search } from 'lucide-react'
import { memo, useId, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { APP_TYPES, type AppType } from '@shared/channel'
import { SECRET_AGE_FILTERS, type SecretAgeFilter } from '@shared/secret-age'
import { ariaKeyShortcuts, isMacPlatform } from '../app/shortcuts'
import { STATE_FILTERS, type ChannelFilter, type StateFilter } from './select-channels'

const AGE_WORDS = {
  ALL: 'list.allAges',
  past: 'list.agePast',
  due: 'list.ageDue',
  never: 'list.ageNever'
} as const satisfies Record<SecretAgeFilter, string>

const STATE_WORDS = {
  ALL: 'list.allStates',
  enabled: 'list.stateEnabled',
  disabled: 'list.stateDisabled'
} as const satisfies Record<StateFilter, string>

/**
 * Search, the Application Type, secret age and state filters for the list, and how many
 * channels it shows.
 */
export const ChannelToolbar = memo(function ChannelToolbar({
  filter,
  onChange,
  shown,
  total,
  partial = null,
  searchRef,
  typeRef,
  ageRef
}: {
  readonly filter: ChannelFilter
  readonly onChange: (patch: Partial<ChannelFilter>) => void
  readonly shown: number
  readonly total: number
  /** While the list is still arriving: how much of it is here (searches look in that). */
  readonly partial?: { readonly loaded: number; readonly total: number } | null
  readonly searchRef?: Ref<HTMLInputElement>
  readonly typeRef?: Ref<HTMLSelectElement>
  /** The secret-age filter (the header's past-policy count focuses it). */
  readonly ageRef?: Ref<HTMLSelectElement>
}) {
  const { t } = useTranslation()
  const ids = useId()

  return (
    <div className="toolbar">
      <div className="toolbar-controls" role="search">
        <div className="search-field">
          <Search aria-hidden="true" />
          <label htmlFor={`${ids}-search`} className="visually-hidden">
            {t('list.searchLabel')}
          </label>
          <input
            ref={searchRef}
            id={`${ids}-search`}
            type="search"
            className="input"
            placeholder={t('list.searchPlaceholder')}
            aria-keyshortcuts={ariaKeyShortcuts('find', isMacPlatform())}
            value={filter.search}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onChange({ search: e.target.value })}
          />
        </div>
        <label className="toolbar-field">
          <span className="visually-hidden">{t('list.filterLabel')}</span>
          <select
            ref={typeRef}
            className="input"
            value={filter.appType}
            onChange={(e) => onChange({ appType: e.target.value as AppType | 'ALL' })}
          >
            <option value="ALL">{t('list.allTypes')}</option>
            {APP_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`appTypes.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span className="visually-hidden">{t('list.ageFilterLabel')}</span>
          <select
            ref={ageRef}
            className="input"
            value={filter.secretAge}
            onChange={(e) => onChange({ secretAge: e.target.value as SecretAgeFilter })}
          >
            {SECRET_AGE_FILTERS.map((age) => (
              <option key={age} value={age}>
                {t(AGE_WORDS[age])}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span className="visually-hidden">{t('list.stateFilterLabel')}</span>
          <select
            className="input"
            value={filter.state}
            onChange={(e) => onChange({ state: e.target.value as StateFilter })}
          >
            {STATE_FILTERS.map((state) => (
              <option key={state} value={state}>
                {t(STATE_WORDS[state])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="list-count" aria-live="polite" aria-atomic="true">
        {partial
          ? t('list.loadingPart', { loaded: partial.loaded, count: partial.total })
          : t('list.showing', { shown, count: total })}
      </p>
    </div>
  )
})
