import { Languages } from 'lucide-react'
import { useI18n } from '../i18n/i18n-context'
import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locale'

/** Switches the interface language; the choice is remembered. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n()
  return (
    <label className="language-switch">
      <Languages aria-hidden="true" />
      <span className="visually-hidden">{t.language}</span>
      <select
        className="input input-compact"
        value={locale}
        onChange={(event) => setLocale(event.target.value as Locale)}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  )
}
