/** Which language the interface speaks: the OS/browser language, unless the user picked one. */
export const LOCALES = ['en', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]

export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-CN': '简体中文'
}

const STORAGE_KEY = 'collection-api-manager.locale'

/** The first supported language in the user's preference list; English otherwise. */
export function matchLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase()
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN'
    if (lower === 'en' || lower.startsWith('en-')) return 'en'
  }
  return 'en'
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The stored choice, else the OS language. */
export function detectLocale(): Locale {
  const stored = readStoredLocale()
  if (stored) return stored
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language]
  return matchLocale(languages)
}

function readStoredLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isLocale(value) ? value : null
  } catch {
    // Storage can be unavailable (opaque origin, disabled); the OS language still works.
    return null
  }
}

/** Remember the user's choice for the next start. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Not remembering the choice is harmless.
  }
}
