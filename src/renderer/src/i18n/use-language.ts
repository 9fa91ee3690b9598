import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_LANGUAGE, isLanguage, matchLanguage, type Language } from '@shared/i18n/languages'
import { storedLanguage, storeLanguage } from './language'

export interface LanguageControl {
  readonly language: Language
  /** The user's choice: switch now and remember it. */
  readonly choose: (language: Language) => void
  /** Main's report of the OS language: followed unless the user has chosen one. */
  readonly followOs: (osLocale: string | undefined) => void
}

/** The interface language and the ways it changes. */
export function useLanguage(): LanguageControl {
  const { i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE

  const choose = useCallback(
    (next: Language) => {
      storeLanguage(next)
      void i18n.changeLanguage(next)
    },
    [i18n]
  )

  const followOs = useCallback(
    (osLocale: string | undefined) => {
      if (!osLocale || storedLanguage() !== null) return
      const next = matchLanguage([osLocale])
      if (next !== i18n.language) void i18n.changeLanguage(next)
    },
    [i18n]
  )

  return { language, choose, followOs }
}
