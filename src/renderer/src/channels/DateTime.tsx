/**
 * A timestamp as people read it: the date and the time of day, each kept on one line (CSS
 * `white-space: nowrap` on each part), so a narrow column breaks between them and never inside
 * a word — "2026年12月1日" stays whole, as does "Dec 1, 2026".
 */

// Creating an Intl formatter costs far more than using one; the list formats a time per row.
const formats = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>()

/** The date part and the time part of an ISO timestamp in `language`; null if it does not parse. */
export function dateTimeParts(
  iso: string,
  language: string
): { readonly date: string; readonly time: string } | null {
  const when = new Date(iso)
  if (Number.isNaN(when.getTime())) return null
  let format = formats.get(language)
  if (format === undefined) {
    format = {
      date: new Intl.DateTimeFormat(language, { dateStyle: 'medium' }),
      time: new Intl.DateTimeFormat(language, { timeStyle: 'short' })
    }
    formats.set(language, format)
  }
  return { date: format.date.format(when), time: format.time.format(when) }
}

/** `<time>` with its date and time parts, each unbreakable. */
export function DateTime({ iso, language }: { readonly iso: string; readonly language: string }) {
  const parts = dateTimeParts(iso, language)
  return (
    <time dateTime={iso} className="date-time">
      {parts === null ? (
        iso
      ) : (
        <>
          <span className="date-part">{parts.date}</span>{' '}
          <span className="date-part">{parts.time}</span>
        </>
      )}
    </time>
  )
}
