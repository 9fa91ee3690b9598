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

/** The OS families the words name differently (the keychain: 钥匙串, 凭据管理器, 密钥环). */
export type OsFamily = 'darwin' | 'win32' | 'linux'

/** The OS this page runs on, from the user agent (Electron's says the real OS). */
export function osFamily(userAgent: string = navigator.userAgent): OsFamily {
  if (/Mac|iPhone|iPad/.test(userAgent)) return 'darwin'
  if (/Windows/.test(userAgent)) return 'win32'
  return 'linux'
}

/**
 * Variables every wording may use without being given them: `os`, so a wording can name the
 * OS keychain as that OS does (`$t(app.keychainNames.{{os}})`).
 */
export const DEFAULT_VARIABLES = ['os'] as const

/** A new, ready i18next instance speaking `language` (each app and each test has its own). */
export function createI18n(language: Language, os: OsFamily = osFamily()): i18n {
  const instance = i18next.createInstance()
  // With bundled resources and initAsync off, init has finished when it returns.
  void instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    initAsync: false,
    // React escapes what it renders; escaping here would show entities.
    interpolation: { escapeValue: false, defaultVariables: { os } },
    returnNull: false,
    react: { useSuspense: false }
  })
  return instance
}
