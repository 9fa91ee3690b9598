/**
 * The interface's i18next instance: both languages bundled (no backend, nothing fetched, no
 * inline script: the CSP allows none), initialised synchronously so the first render already
 * speaks the right language.
 */
import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { DEFAULT_LANGUAGE, type Language } from '@shared/i18n/languages'
import { en } from './resources/en'
import { zhCN } from './resources/zh-CN'

/** Every language's resources, in i18next's one namespace (`translation`). */
export const RESOURCES = {
  en: { translation: en },
  'zh-CN': { translation: zhCN }
} as const

/** A new, ready i18next instance speaking `language` (each app and each test has its own). */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance()
  // With bundled resources and initAsync off, init has finished when it returns.
  void instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    // React escapes what it renders; escaping here would show entities.
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false }
  })
  return instance
}
