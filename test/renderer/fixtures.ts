/** Channel views for the renderer's pure tests (the component tests take theirs from main). */
import type { ChannelView } from '@shared/channel'
import { formatKey, KEY_KINDS } from '@shared/keys'

let counter = 0

/** A v4-shaped UUID from a number, so ids are stable and readable in failures. */
function testUuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
}

function body(kind: keyof typeof KEY_KINDS, n: number): string {
  const digits = String(n)
  return 'x'.repeat(KEY_KINDS[kind].bodyLength - digits.length) + digits
}

/** A well-formed AppKey / AccessKeyId for test number `n`. */
const testAppKey = (n: number): string => formatKey('appKey', body('appKey', n))
const testAccessKeyId = (n: number): string => formatKey('accessKeyId', body('accessKeyId', n))

/** An ISO timestamp `minutes` after 2025-03-01 09:00 UTC. */
export function testTime(minutes: number): string {
  return new Date(Date.UTC(2025, 2, 1, 9, minutes)).toISOString()
}

/** A channel as the list receives it; override any field. */
export function makeChannel(overrides: Partial<ChannelView> = {}): ChannelView {
  counter += 1
  const n = counter
  const at = testTime(n)
  return {
    id: testUuid(n),
    name: `Channel ${n}`,
    collectedByQuickTracking: true,
    appType: 'APP',
    platforms: ['ANDROID', 'IOS'],
    domains: [],
    appKey: testAppKey(n),
    accessKeyId: testAccessKeyId(n),
    createdAt: at,
    updatedAt: at,
    secretUpdatedAt: at,
    disabledAt: null,
    secretStatus: 'present',
    ...overrides
  }
}
