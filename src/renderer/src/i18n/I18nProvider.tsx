import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { en } from './en'
import { formatDateTime, I18nContext, type I18n } from './i18n-context'
import { detectLocale, storeLocale, type Locale } from './locale'
import { translateMessage } from './translate-message'
import { zhCN } from './zh-CN'

const DICTIONARIES = { en, 'zh-CN': zhCN } as const

/** Provides the interface language; follows the OS language until the user picks one. */
export function I18nProvider({
  initialLocale,
  children
}: {
  readonly initialLocale?: Locale
  readonly children: ReactNode
}) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? detectLocale())

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next)
    storeLocale(next)
  }, [])

  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  const value = useMemo<I18n>(
    () => ({
      locale,
      t: DICTIONARIES[locale],
      setLocale,
      translate: (message) => translateMessage(message, locale),
      formatDateTime: (iso) => formatDateTime(iso, locale)
    }),
    [locale, setLocale]
  )

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}
