import { Search } from 'lucide-react'
import { memo, useId, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { APP_TYPES, type AppType } from '@shared/channel'
import { ariaKeyShortcuts, isMacPlatform } from '../app/shortcuts'
import type { ChannelFilter } from './select-channels'

/** Search and Application Type filter for the list, and how many channels it shows. */
export const ChannelToolbar = memo(function ChannelToolbar({
  filter,
  onChange,
  shown,
  total,
  partial = null,
  searchRef,
  typeRef
}: {
  readonly filter: ChannelFilter
  readonly onChange: (patch: Partial<ChannelFilter>) => void
  readonly shown: number
  readonly total: number
  /** While the list is still arriving: how much of it is here (searches look in that). */
  readonly partial?: { readonly loaded: number; readonly total: number } | null
  readonly searchRef?: Ref<HTMLInputElement>
  readonly typeRef?: Ref<HTMLSelectElement>
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
      </div>
      <p className="list-count" aria-live="polite" aria-atomic="true">
        {partial
          ? t('list.loadingPart', { loaded: partial.loaded, count: partial.total })
          : t('list.showing', { shown, count: total })}
      </p>
    </div>
  )
})
