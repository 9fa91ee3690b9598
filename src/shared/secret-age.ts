/**
 * Secret age (SPEC §11): how long ago a channel's AccessKeySecret was issued, measured against
 * the rotation policy (a number of days, or off). One pure function the list, its filter, its
 * badges, the header count and the details all use, so they never disagree.
 *
 * Classification is by elapsed time from an ISO instant (`secretUpdatedAt`), in whole 24-hour
 * days — never by local calendar days. The same secret is therefore "past 90 days" at the same
 * moment in Shanghai and in Berlin, and a daylight-saving change moves nothing. `now` is passed
 * in (the renderer's clock; tests pass fixed instants).
 * Pure: no `electron`, `node:` or DOM imports.
 */

export const DAY_MS = 24 * 60 * 60 * 1000
/** Secrets whose policy ends within this many days are "due". */
export const DUE_WINDOW_DAYS = 14
export const DEFAULT_ROTATION_DAYS = 90
export const MIN_ROTATION_DAYS = 1
export const MAX_ROTATION_DAYS = 3650

/** The filter's choices: everything, past the policy, due within 14 days, never rotated. */
export const SECRET_AGE_FILTERS = ['ALL', 'past', 'due', 'never'] as const
export type SecretAgeFilter = (typeof SECRET_AGE_FILTERS)[number]

/** What the policy says of one secret. */
export type SecretAgeStatus =
  /** The policy is off: no secret is marked. */
  | { readonly kind: 'off' }
  /** Inside the policy, more than 14 days left. */
  | { readonly kind: 'ok' }
  /** The policy ends within 14 days: in `days` days (1–14, rounded up). */
  | { readonly kind: 'due'; readonly days: number }
  /** The policy ended: `days` whole days since the secret was issued. */
  | { readonly kind: 'past'; readonly days: number }

/** What secretAge reads of a channel. */
export interface SecretDates {
  readonly createdAt: string
  readonly secretUpdatedAt: string
}

/**
 * How the secret issued at `secretUpdatedAt` stands against a policy of `policyDays` (null:
 * off) at `now`. A secret reaches its policy the instant `policyDays × 24 h` have passed: from
 * then on it is past (at exactly 90 days it is past 90 days). It is due when the rest is at most
 * 14 × 24 h, and the days left are rounded up (13 days 1 hour left is "due in 14 days"). A
 * timestamp in the future (a clock set back, a file from a computer ahead of this one) counts as
 * issued now, never as negative age.
 */
export function secretAge(
  secretUpdatedAt: string,
  policyDays: number | null,
  now: Date
): SecretAgeStatus {
  if (policyDays === null) return { kind: 'off' }
  const issued = Date.parse(secretUpdatedAt)
  const elapsed = Math.max(0, now.getTime() - (Number.isNaN(issued) ? now.getTime() : issued))
  const left = policyDays * DAY_MS - elapsed
  if (left <= 0) return { kind: 'past', days: Math.floor(elapsed / DAY_MS) }
  if (left <= DUE_WINDOW_DAYS * DAY_MS) return { kind: 'due', days: Math.ceil(left / DAY_MS) }
  return { kind: 'ok' }
}

/**
 * Never rotated: the secret is still the one issued with the channel (create sets both
 * timestamps to the same instant; only Update moves `secretUpdatedAt`).
 */
export const neverRotated = (channel: SecretDates): boolean =>
  channel.secretUpdatedAt === channel.createdAt

/** Whether a channel passes the secret-age filter. */
export function matchesSecretAge(
  channel: SecretDates,
  filter: SecretAgeFilter,
  policyDays: number | null,
  now: Date
): boolean {
  switch (filter) {
    case 'ALL':
      return true
    case 'never':
      return neverRotated(channel)
    case 'past':
    case 'due':
      return secretAge(channel.secretUpdatedAt, policyDays, now).kind === filter
  }
}

/** How many of `channels` are past the policy (0 when it is off). */
export function countPastPolicy(
  channels: readonly SecretDates[],
  policyDays: number | null,
  now: Date
): number {
  if (policyDays === null) return 0
  let count = 0
  for (const channel of channels) {
    if (secretAge(channel.secretUpdatedAt, policyDays, now).kind === 'past') count++
  }
  return count
}
