import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

const MB = 1024 * 1024

/** Sizes and durations in the interface language ("12.5 MB", "1.2 s"), with Intl's own units. */
export function useSizeFormat() {
  const { i18n } = useTranslation()
  const language = i18n.language
  return useMemo(() => {
    const megabytes = new Intl.NumberFormat(language, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1
    })
    const kilobytes = new Intl.NumberFormat(language, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 1
    })
    const seconds = new Intl.NumberFormat(language, {
      style: 'unit',
      unit: 'second',
      maximumFractionDigits: 1
    })
    // Under a second, two digits that say something ("0.04 s", not "0 s").
    const fractions = new Intl.NumberFormat(language, {
      style: 'unit',
      unit: 'second',
      maximumSignificantDigits: 2
    })
    return {
      formatBytes: (bytes: number): string =>
        bytes >= MB / 10 ? megabytes.format(bytes / MB) : kilobytes.format(bytes / 1024),
      formatSeconds: (ms: number): string => (ms < 1000 ? fractions : seconds).format(ms / 1000)
    }
  }, [language])
}
