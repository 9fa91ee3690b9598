// One formatter per language: creating an Intl formatter costs far more than using one.
const formats = new Map<string, Intl.DateTimeFormat>()

/**
 * An audit entry's time to the second, in the local time zone and naming it ("May 1, 2024,
 * 16:00:05 GMT+8"): who did what, and exactly when, read the same by people in two time zones.
 * An unparsable time is shown as stored.
 */
export function formatAuditTime(iso: string, language: string, timeZone?: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const key = `${language}|${timeZone ?? ''}`
  let format = formats.get(key)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      ...(timeZone ? { timeZone } : {})
    })
    formats.set(key, format)
  }
  return format.format(date)
}

/**
 * The instants of a local date range from two `<input type="date">` values (YYYY-MM-DD, empty
 * for none): `from` is that day's local midnight (inclusive), `to` the midnight after the "To"
 * day (exclusive), so the "To" day is included. Invalid when the "To" day is before the "From" day.
 */
export function localDateRange(
  fromDate: string,
  toDate: string
): { readonly from?: string; readonly to?: string; readonly valid: boolean } {
  const from = localMidnight(fromDate, 0)
  const to = localMidnight(toDate, 1)
  const valid = from === undefined || to === undefined || Date.parse(from) < Date.parse(to)
  return {
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    valid
  }
}

function localMidnight(value: string, addDays: number): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
