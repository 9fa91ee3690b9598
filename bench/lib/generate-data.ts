/**
 * Deterministic channel records for the benchmark: a realistic mix of the three application
 * types, platform lists and domains, with well-formed keys. Written straight into a data file,
 * so seeding 50,000 channels takes milliseconds instead of 50,000 creates.
 */
import { randomUUID } from 'node:crypto'
import { APP_PLATFORMS, MINI_PROGRAM_PLATFORMS, type ChannelRecord } from '../../src/shared/channel'
import { generateKey, type RandomInt } from '../../src/main/keys/generate'
import { CURRENT_SCHEMA_VERSION, type StoreData } from '../../src/main/store/store-file'

/** A small seeded PRNG (mulberry32), so every run benchmarks the same data. */
export function seededRandom(seed: number): { next(): number; int: RandomInt } {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (min, max) => min + Math.floor(next() * (max - min)) }
}

const WORDS = [
  'Shop',
  'Mall',
  'Travel',
  'Pay',
  'Video',
  'News',
  'Games',
  'Health',
  'Bank',
  'Food',
  'Music',
  'Maps',
  'Learn',
  'Cloud',
  'Market',
  'Store',
  'Ride',
  'Home',
  'Fit',
  'Photo'
]
const CITIES = ['Beijing', 'Shanghai', 'Shenzhen', 'Hangzhou', 'Chengdu', 'Wuhan', '北京', '上海']

/** `count` valid records with unique names and ids, in creation order. */
export function generateRecords(count: number, seed = 42): ChannelRecord[] {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[random.int(0, list.length)]
  const start = Date.parse('2023-01-01T00:00:00.000Z')
  const records: ChannelRecord[] = []
  for (let i = 0; i < count; i++) {
    const roll = random.next()
    const appType = roll < 0.45 ? 'APP' : roll < 0.8 ? 'MINI_PROGRAM' : 'WEB'
    const choices = appType === 'APP' ? APP_PLATFORMS : MINI_PROGRAM_PLATFORMS
    const platforms =
      appType === 'WEB'
        ? []
        : [...new Set(Array.from({ length: random.int(1, 4) }, () => pick(choices)))]
    const name = `${pick(WORDS)} ${pick(CITIES)} ${pick(WORDS)} ${i + 1}`
    const host = `${pick(WORDS).toLowerCase()}-${i + 1}.example.com`
    const domains =
      appType === 'WEB'
        ? [`https://${host}`, ...(random.next() < 0.3 ? [`https://m.${host}`] : [])]
        : []
    const at = new Date(start + i * 60_000).toISOString()
    records.push({
      id: randomUUID(),
      name,
      collectedByQuickTracking: true,
      appType,
      platforms,
      domains,
      appKey: generateKey('appKey', random.int),
      accessKeyId: generateKey('accessKeyId', random.int),
      createdAt: at,
      updatedAt: at,
      secretUpdatedAt: at,
      disabledAt: null
    })
  }
  return records
}

/** The store data holding `records`. */
export const storeDataOf = (records: readonly ChannelRecord[]): StoreData => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  channels: records
})
