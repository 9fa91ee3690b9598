/** Audit times to the second with their time zone, and the local date range the dialog sends. */
import { describe, expect, it } from 'vitest'
import { formatAuditTime, localDateRange } from '@renderer/audit/audit-time'

describe('formatAuditTime', () => {
  it('shows seconds and names the zone, in both languages', () => {
    const at = '2024-05-01T08:00:05.000Z'
    expect(formatAuditTime(at, 'en', 'Asia/Shanghai')).toBe('May 1, 2024, 16:00:05 GMT+8')
    expect(formatAuditTime(at, 'en', 'UTC')).toBe('May 1, 2024, 08:00:05 UTC')
    expect(formatAuditTime(at, 'zh-CN', 'Asia/Shanghai')).toBe('2024年5月1日 GMT+8 16:00:05')
    expect(formatAuditTime('not a time', 'en')).toBe('not a time')
  })
})

describe('localDateRange', () => {
  it('from the From day’s local midnight to the midnight after the To day', () => {
    const range = localDateRange('2024-05-01', '2024-05-01')
    expect(range).toEqual({
      from: new Date(2024, 4, 1).toISOString(),
      to: new Date(2024, 4, 2).toISOString(),
      valid: true
    })
    expect(localDateRange('', '')).toEqual({ valid: true })
    expect(localDateRange('2024-05-02', '2024-05-01').valid).toBe(false)
    expect(localDateRange('2024-05-31', '').from).toBe(new Date(2024, 4, 31).toISOString())
  })
})
