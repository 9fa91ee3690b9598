import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

// Creating an Intl formatter costs far more than using one; the list formats a time per row.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

/** Formats an ISO timestamp in `language` and the local time zone; an unparsable one is shown as stored. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  let format = dateTimeFormats.get(language)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })
    dateTimeFormats.set(language, format)
  }
  return format.format(date)
}

/** `formatDateTime` in the interface language. */
export function useFormatDateTime(): (iso: string) => string {
  const { i18n } = useTranslation()
  const language = i18n.language
  return useCallback((iso: string) => formatDateTime(iso, language), [language])
}
