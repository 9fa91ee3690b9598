import { useEffect, useState, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import type { Language } from '@shared/i18n/languages'
import { createI18n } from './i18n'
import { initialLanguage } from './language'

/**
 * Provides the interface language: `language` when given (tests), else the remembered choice
 * or the OS language. Keeps <html lang> and the window title in that language.
 */
export function I18nProvider({
  language,
  children
}: {
  readonly language?: Language
  readonly children: ReactNode
}) {
  const [i18n] = useState(() => createI18n(language ?? initialLanguage()))

  useEffect(() => {
    const apply = (): void => {
      document.documentElement.lang = i18n.language
      document.title = i18n.t('app.title')
    }
    apply()
    i18n.on('languageChanged', apply)
    return () => i18n.off('languageChanged', apply)
  }, [i18n])

  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
}
