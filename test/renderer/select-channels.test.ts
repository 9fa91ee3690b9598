import { describe, expect, it } from 'vitest'
import { channelSearchText } from '@renderer/channels/search-text'
import {
  DEFAULT_FILTER,
  DEFAULT_SORT,
  filterChannels,
  nextSort,
  refines,
  SearchIndex,
  searchTerms,
  selectChannels,
  sortChannels,
  type ChannelFilter,
  type ChannelSort
} from '@renderer/channels/select-channels'
import { makeChannel, testTime } from './fixtures'

const filter = (patch: Partial<ChannelFilter>): ChannelFilter => ({ ...DEFAULT_FILTER, ...patch })
const select = (patch: Partial<ChannelFilter>, sort: ChannelSort = DEFAULT_SORT) =>
  names(selectChannels(channels, filter(patch), sort))

const channels = [
  makeChannel({ name: 'Shop app', appType: 'APP', platforms: ['ANDROID'], createdAt: testTime(1) }),
  makeChannel({
    name: 'café mini',
    appType: 'MINI_PROGRAM',
    platforms: ['WECHAT', 'DOUYIN'],
    createdAt: testTime(3)
  }),
  makeChannel({
    name: 'Shop site',
    appType: 'WEB',
    platforms: [],
    domains: ['https://shop.example.com'],
    createdAt: testTime(2)
  }),
  makeChannel({ name: 'channel 10', appType: 'APP', platforms: ['IOS'], createdAt: testTime(4) }),
  makeChannel({ name: 'Channel 9', appType: 'APP', platforms: ['IOS'], createdAt: testTime(5) })
]
const names = (list: readonly { name: string }[]) => list.map((c) => c.name)
const newIndex = () => new SearchIndex()

describe('sorting', () => {
  it('sorts newest first by default', () => {
    expect(select({})).toEqual(['Channel 9', 'channel 10', 'café mini', 'Shop site', 'Shop app'])
    expect(select({}, { key: 'created', direction: 'ascending' })[0]).toBe('Shop app')
  })

  it('sorts by name with numbers in order and case ignored, either way', () => {
    expect(select({}, { key: 'name', direction: 'ascending' })).toEqual([
      'café mini',
      'Channel 9',
      'channel 10',
      'Shop app',
      'Shop site'
    ])
    expect(select({}, { key: 'name', direction: 'descending' })).toEqual([
      'Shop site',
      'Shop app',
      'channel 10',
      'Channel 9',
      'café mini'
    ])
  })

  it('sorts by Application Type (APP, Mini Program, WEB), then by name', () => {
    expect(select({}, { key: 'type', direction: 'ascending' })).toEqual([
      'Channel 9',
      'channel 10',
      'Shop app',
      'café mini',
      'Shop site'
    ])
    expect(select({}, { key: 'type', direction: 'descending' })[0]).toBe('Shop site')
  })

  it('does not reorder the list it is given', () => {
    const before = names(channels)
    sortChannels(channels, { key: 'name', direction: 'descending' })
    expect(names(channels)).toEqual(before)
  })

  it('flips the direction of the sorted column; another column starts in its natural order', () => {
    const byName: ChannelSort = { key: 'name', direction: 'ascending' }
    expect(nextSort(byName, 'name')).toEqual({ key: 'name', direction: 'descending' })
    expect(nextSort(nextSort(byName, 'name'), 'name')).toEqual(byName)
    expect(nextSort(byName, 'created')).toEqual({ key: 'created', direction: 'descending' })
    expect(nextSort(DEFAULT_SORT, 'type')).toEqual({ key: 'type', direction: 'ascending' })
  })
})

describe('searching and filtering', () => {
  it('finds a channel by name, APPKEY, AccessKeyId, platform label or code, or domain', () => {
    const [, mini, site, ten] = channels
    expect(select({ search: 'SHOP' })).toEqual(['Shop site', 'Shop app'])
    expect(select({ search: mini?.appKey })).toEqual(['café mini'])
    expect(select({ search: ten?.accessKeyId.toUpperCase() })).toEqual([ten?.name])
    expect(select({ search: 'WeChat' })).toEqual(['café mini'])
    expect(select({ search: 'bytedance' })).toEqual(['café mini'])
    expect(select({ search: 'douyin' })).toEqual(['café mini'])
    expect(select({ search: 'shop.example.com' })).toEqual([site?.name])
  })

  it('needs every word to match, ignores case and compares in NFC', () => {
    expect(select({ search: '  shop   EXAMPLE ' })).toEqual(['Shop site'])
    expect(select({ search: 'shop android' })).toEqual(['Shop app'])
    expect(select({ search: 'shop ios' })).toEqual([])
    expect(select({ search: 'cafe\u0301' })).toEqual(['café mini'])
    expect(searchTerms('  A  b ')).toEqual(['a', 'b'])
  })

  it('does not match across two fields', () => {
    // The end of the name "Shop app" and the start of its APPKEY "cak_…".
    expect(select({ search: 'appcak_' })).toEqual([])
    expect(select({ search: 'app' })).toContain('Shop app')
  })

  it('finds platforms by their name in either language, whichever the page speaks', () => {
    const sorted = sortChannels(channels, DEFAULT_SORT)
    expect(names(filterChannels(sorted, filter({ search: '微信' }), newIndex()))).toEqual([
      'café mini'
    ])
    expect(names(filterChannels(sorted, filter({ search: 'wechat' }), newIndex()))).toEqual([
      'café mini'
    ])
  })

  it('filters by Application Type, with or without a search', () => {
    expect(select({ appType: 'WEB' })).toEqual(['Shop site'])
    expect(select({ appType: 'APP' })).toHaveLength(3)
    expect(select({ appType: 'APP', search: 'shop' })).toEqual(['Shop app'])
    expect(select({ appType: 'MINI_PROGRAM', search: 'shop' })).toEqual([])
  })

  it('keeps the sorted order when filtering', () => {
    const sorted = sortChannels(channels, { key: 'name', direction: 'ascending' })
    expect(names(filterChannels(sorted, filter({ search: 'channel' }), newIndex()))).toEqual([
      'Channel 9',
      'channel 10'
    ])
  })

  it('handles 10,000 channels', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeChannel({
        name: `Bulk-${i}-item`,
        appType: i % 2 ? 'APP' : 'WEB',
        platforms: i % 2 ? ['IOS'] : [],
        domains: i % 2 ? [] : [`https://site-${i}.example.com`]
      })
    )
    const sorted = sortChannels(many, DEFAULT_SORT)
    const index = new SearchIndex()
    expect(sorted).toHaveLength(10_000)
    expect(filterChannels(sorted, filter({ appType: 'APP' }), index)).toHaveLength(5_000)
    expect(
      names(filterChannels(sorted, filter({ appType: 'APP', search: 'bulk-9999-ITEM' }), index))
    ).toEqual(['Bulk-9999-item'])
    expect(names(filterChannels(sorted, filter({ search: 'site-42.example' }), index))).toEqual([
      'Bulk-42-item'
    ])
  })
})

describe('the search index', () => {
  it('returns the sorted list itself when nothing filters it', () => {
    const sorted = sortChannels(channels, DEFAULT_SORT)
    expect(filterChannels(sorted, filter({ search: '  ' }), newIndex())).toBe(sorted)
  })

  it('folds a text once per version of the record, whatever its secret status', () => {
    let folds = 0
    const index = new SearchIndex((channel) => {
      folds++
      return channelSearchText(channel)
    })
    const [shop] = channels
    expect(index.textOf(shop)).toContain('shop app')
    index.textOf(shop)
    index.textOf({ ...shop, secretStatus: 'missing' })
    expect(folds).toBe(1)
    expect(index.textOf({ ...shop, name: 'Renamed' })).toContain('renamed')
    expect(index.textOf({ ...shop, domains: ['https://x.example.com'] })).toContain('x.example')
    expect(folds).toBe(3)
  })

  it('warms in slices and says where it stopped', () => {
    const index = newIndex()
    expect(index.warm(channels, 0, Number.POSITIVE_INFINITY)).toBe(channels.length)
    const many = Array.from({ length: 1_000 }, () => makeChannel())
    // A deadline already past stops at the first look at the clock.
    expect(index.warm(many, 0, 0)).toBe(256)
    expect(index.warm(many, 256, Number.POSITIVE_INFINITY)).toBe(1_000)
  })

  it('searches the last results again when the filter only narrowed, with the same outcome', () => {
    expect(refines(filter({ search: 'sho' }), filter({ search: 'shop' }))).toBe(true)
    expect(refines(filter({ search: 'shop' }), filter({ search: 'shop app' }))).toBe(true)
    expect(refines(filter({}), filter({ appType: 'WEB', search: 'x' }))).toBe(true)
    expect(refines(filter({ search: 'shop' }), filter({ search: 'sho' }))).toBe(false)
    expect(refines(filter({ search: 'shop app' }), filter({ search: 'shop' }))).toBe(false)
    expect(refines(filter({ appType: 'WEB' }), filter({ appType: 'APP' }))).toBe(false)
    expect(refines(filter({ appType: 'WEB' }), filter({}))).toBe(false)

    const index = newIndex()
    const sorted = sortChannels(channels, DEFAULT_SORT)
    const first = filterChannels(sorted, filter({ search: 's' }), index)
    const narrowed = filterChannels(first, filter({ search: 'shop s' }), index)
    expect(names(narrowed)).toEqual(
      names(filterChannels(sorted, filter({ search: 'shop s' }), index))
    )
    expect(names(narrowed)).toEqual(['Shop site', 'Shop app'])
  })
})

describe('secret age and state (issue 15)', () => {
  const now = new Date('2025-06-01T00:00:00.000Z')
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
  const aged = [
    makeChannel({ name: 'past', createdAt: ago(300), secretUpdatedAt: ago(120) }),
    makeChannel({ name: 'due', createdAt: ago(300), secretUpdatedAt: ago(80) }),
    makeChannel({ name: 'never', createdAt: ago(5), secretUpdatedAt: ago(5) }),
    makeChannel({
      name: 'paused',
      createdAt: ago(300),
      secretUpdatedAt: ago(10),
      disabledAt: ago(1)
    })
  ]
  const pick = (patch: Partial<ChannelFilter>, policyDays: number | null = 90) =>
    names(selectChannels(aged, filter(patch), DEFAULT_SORT, { policyDays, now }))

  it('filters by secret age against the policy and the time given', () => {
    expect(pick({ secretAge: 'past' })).toEqual(['past'])
    expect(pick({ secretAge: 'due' })).toEqual(['due'])
    expect(pick({ secretAge: 'never' })).toEqual(['never'])
    expect(pick({ secretAge: 'past' }, null)).toEqual([])
    expect(pick({ secretAge: 'never' }, null)).toEqual(['never'])
  })

  it('filters by state, and combines with the other filters', () => {
    expect(pick({ state: 'disabled' })).toEqual(['paused'])
    expect(pick({ state: 'enabled' })).toEqual(['never', 'past', 'due'])
    expect(pick({ state: 'enabled', secretAge: 'due', search: 'du' })).toEqual(['due'])
    expect(pick({ state: 'disabled', secretAge: 'past' })).toEqual([])
  })

  it('sorts by Secret updated, oldest first from a click on its header', () => {
    const sort = nextSort(DEFAULT_SORT, 'secretUpdated')
    expect(sort).toEqual({ key: 'secretUpdated', direction: 'ascending' })
    expect(names(sortChannels(aged, sort))).toEqual(['past', 'due', 'paused', 'never'])
  })

  it('a narrower age or state refines; another one does not', () => {
    expect(refines(filter({}), filter({ secretAge: 'past' }))).toBe(true)
    expect(refines(filter({ secretAge: 'past' }), filter({ secretAge: 'due' }))).toBe(false)
    expect(refines(filter({ state: 'enabled' }), filter({ state: 'ALL' }))).toBe(false)
    expect(refines(filter({ state: 'enabled' }), filter({ state: 'enabled', search: 'x' }))).toBe(
      true
    )
  })
})
