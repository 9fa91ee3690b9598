import { Languages } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { isLanguage, LANGUAGES } from '@shared/i18n/languages'
import { useLanguage } from '../i18n/use-language'

/** Switches the interface language; the choice is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const { language, choose } = useLanguage()
  const id = useId()
  return (
    <div className="language-switch">
      <Languages aria-hidden="true" />
      <label htmlFor={id} className="visually-hidden">
        {t('app.language')}
      </label>
      <select
        id={id}
        className="input input-compact"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) choose(event.target.value)
        }}
      >
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`languageNames.${option}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
