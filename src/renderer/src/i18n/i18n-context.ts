import { createContext, useContext } from 'react'
import { en, type Messages } from './en'
import type { Locale } from './locale'
import { translateMessage } from './translate-message'

export interface I18n {
  readonly locale: Locale
  readonly t: Messages
  readonly setLocale: (locale: Locale) => void
  /** Shared/main messages in the user's language when known. */
  readonly translate: (message: string) => string
  /** A timestamp for display, in the user's language and time zone. */
  readonly formatDateTime: (iso: string) => string
}

// Creating an Intl formatter costs far more than using one; the list formats a time per row.
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>()

/** Formats an ISO timestamp; an unparsable one is shown as stored. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  let format = dateTimeFormats.get(locale)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    dateTimeFormats.set(locale, format)
  }
  return format.format(date)
}

const fallback: I18n = {
  locale: 'en',
  t: en,
  setLocale: () => undefined,
  translate: (message) => translateMessage(message, 'en'),
  formatDateTime: (iso) => formatDateTime(iso, 'en')
}

export const I18nContext = createContext<I18n>(fallback)

/** The current language's strings and helpers. */
export function useI18n(): I18n {
  return useContext(I18nContext)
}
