import { describe, expect, it } from 'vitest'
import {
  countPastPolicy,
  DAY_MS,
  matchesSecretAge,
  neverRotated,
  secretAge
} from '../../src/shared/secret-age'

const ISSUED = '2025-01-10T08:00:00.000Z'
const issued = Date.parse(ISSUED)
const at = (ms: number): Date => new Date(issued + ms)

describe('secret age at the policy boundaries (90 days)', () => {
  it('one millisecond before 90 days it is due in 1 day; at exactly 90 days it is past', () => {
    expect(secretAge(ISSUED, 90, at(90 * DAY_MS - 1))).toEqual({ kind: 'due', days: 1 })
    expect(secretAge(ISSUED, 90, at(90 * DAY_MS))).toEqual({ kind: 'past', days: 90 })
    expect(secretAge(ISSUED, 90, at(90 * DAY_MS + 1))).toEqual({ kind: 'past', days: 90 })
    expect(secretAge(ISSUED, 90, at(400 * DAY_MS))).toEqual({ kind: 'past', days: 400 })
  })

  it('the 14-day window: exactly 14 days left is due in 14; a millisecond more is not due', () => {
    expect(secretAge(ISSUED, 90, at(76 * DAY_MS))).toEqual({ kind: 'due', days: 14 })
    expect(secretAge(ISSUED, 90, at(76 * DAY_MS - 1))).toEqual({ kind: 'ok' })
    // 13 days and 1 hour left rounds up to 14.
    expect(secretAge(ISSUED, 90, at(77 * DAY_MS - 3_600_000))).toEqual({ kind: 'due', days: 14 })
    expect(secretAge(ISSUED, 90, at(77 * DAY_MS))).toEqual({ kind: 'due', days: 13 })
    expect(secretAge(ISSUED, 90, at(0))).toEqual({ kind: 'ok' })
  })

  it('a policy shorter than the window is due from the start', () => {
    expect(secretAge(ISSUED, 7, at(0))).toEqual({ kind: 'due', days: 7 })
    expect(secretAge(ISSUED, 1, at(DAY_MS))).toEqual({ kind: 'past', days: 1 })
  })

  it('policy off marks nothing, however old', () => {
    expect(secretAge(ISSUED, null, at(10_000 * DAY_MS))).toEqual({ kind: 'off' })
    expect(countPastPolicy([{ createdAt: ISSUED, secretUpdatedAt: ISSUED }], null, at(1e12))).toBe(
      0
    )
  })

  it('a timestamp in the future counts as issued now, never as a negative age', () => {
    expect(secretAge(ISSUED, 90, at(-5 * DAY_MS))).toEqual({ kind: 'ok' })
    expect(secretAge(ISSUED, 10, at(-365 * DAY_MS))).toEqual({ kind: 'due', days: 10 })
  })

  it('is by elapsed time from the instant, not by local calendar days', () => {
    // The same instant written with different offsets is the same secret age.
    const now = new Date('2025-04-10T07:59:59.999Z')
    const offsets = [
      '2025-01-10T08:00:00Z',
      '2025-01-10T16:00:00+08:00',
      '2025-01-09T22:00:00-10:00'
    ]
    for (const iso of offsets) {
      expect(secretAge(iso, 90, now)).toEqual({ kind: 'due', days: 1 })
      expect(secretAge(iso, 90, new Date('2025-04-10T08:00:00Z'))).toEqual({
        kind: 'past',
        days: 90
      })
    }
    // Across a daylight-saving change (Europe, 30 March 2025) 90 days are still 90 × 24 h:
    // the local clock reading of "now" is irrelevant.
    const spring = '2025-03-01T12:00:00.000Z'
    expect(secretAge(spring, 90, new Date(Date.parse(spring) + 90 * DAY_MS - 1)).kind).toBe('due')
    expect(secretAge(spring, 90, new Date(Date.parse(spring) + 90 * DAY_MS)).kind).toBe('past')
  })
})

describe('the secret-age filter', () => {
  const fresh = { createdAt: ISSUED, secretUpdatedAt: ISSUED }
  const rotated = { createdAt: '2024-01-01T00:00:00.000Z', secretUpdatedAt: ISSUED }

  it('never rotated: the secret is the one issued with the channel, whatever the policy', () => {
    expect(neverRotated(fresh)).toBe(true)
    expect(neverRotated(rotated)).toBe(false)
    expect(matchesSecretAge(fresh, 'never', null, at(0))).toBe(true)
    expect(matchesSecretAge(rotated, 'never', 90, at(0))).toBe(false)
  })

  it('past and due follow secretAge; all matches everything', () => {
    expect(matchesSecretAge(rotated, 'past', 90, at(90 * DAY_MS))).toBe(true)
    expect(matchesSecretAge(rotated, 'due', 90, at(90 * DAY_MS))).toBe(false)
    expect(matchesSecretAge(rotated, 'due', 90, at(80 * DAY_MS))).toBe(true)
    expect(matchesSecretAge(rotated, 'past', null, at(900 * DAY_MS))).toBe(false)
    expect(matchesSecretAge(rotated, 'ALL', 90, at(0))).toBe(true)
  })

  it('counts the channels past the policy', () => {
    const old = { createdAt: ISSUED, secretUpdatedAt: '2024-01-01T00:00:00.000Z' }
    expect(countPastPolicy([fresh, old, old, rotated], 90, at(DAY_MS))).toBe(2)
  })
})
