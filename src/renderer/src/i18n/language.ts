/**
 * Which language the interface starts in: the one the user chose (remembered), else the OS's.
 * Main reports the OS language too (app.info `locale`, Electron's `app.getLocale()`); until it
 * has answered, the browser's language list stands in for it (in Electron they agree).
 */
import { isLanguage, matchLanguage, type Language } from '@shared/i18n/languages'

const STORAGE_KEY = 'collection-api-manager.locale'

/** The language the user chose in the app, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY)
    return isLanguage(value) ? value : null
  } catch {
    // Storage can be unavailable (opaque origin, disabled); the OS language still works.
    return null
  }
}

/** Remember the user's choice for the next start. */
export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Not remembering the choice is harmless.
  }
}

/** The browser's (in Electron: the OS's) preferred language. */
export function browserLanguage(): Language {
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language]
  return matchLanguage(languages)
}

/** The stored choice, else the OS language. */
export function initialLanguage(): Language {
  return storedLanguage() ?? browserLanguage()
}
