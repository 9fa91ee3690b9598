import { describe, expect, it } from 'vitest'
import { paginate, selectChannels, type ChannelQuery } from '@renderer/channels/select-channels'
import { PLATFORM_LABELS } from '@shared/channel'
import { makeChannel, testTime } from './fixtures'

const query = (patch: Partial<ChannelQuery>): ChannelQuery => ({
  search: '',
  appType: 'ALL',
  sort: 'newest',
  ...patch
})

const channels = [
  makeChannel({ name: 'Shop app', appType: 'APP', platforms: ['ANDROID'], createdAt: testTime(1) }),
  makeChannel({
    name: 'café mini',
    appType: 'MINI_PROGRAM',
    platforms: ['WECHAT'],
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

describe('selectChannels', () => {
  it('sorts newest first by default, and by name (numbers in order, case ignored)', () => {
    expect(names(selectChannels(channels, query({}), PLATFORM_LABELS))).toEqual([
      'Channel 9',
      'channel 10',
      'café mini',
      'Shop site',
      'Shop app'
    ])
    expect(names(selectChannels(channels, query({ sort: 'name-asc' }), PLATFORM_LABELS))).toEqual([
      'café mini',
      'Channel 9',
      'channel 10',
      'Shop app',
      'Shop site'
    ])
    expect(names(selectChannels(channels, query({ sort: 'oldest' }), PLATFORM_LABELS))[0]).toBe(
      'Shop app'
    )
    expect(names(selectChannels(channels, query({ sort: 'name-desc' }), PLATFORM_LABELS))[0]).toBe(
      'Shop site'
    )
  })

  it('matches every search word in name, keys, domains and platform labels, ignoring case', () => {
    expect(
      names(selectChannels(channels, query({ search: 'SHOP example' }), PLATFORM_LABELS))
    ).toEqual(['Shop site'])
    expect(names(selectChannels(channels, query({ search: 'wechat' }), PLATFORM_LABELS))).toEqual([
      'café mini'
    ])
    expect(
      names(selectChannels(channels, query({ search: 'cafe\u0301' }), PLATFORM_LABELS))
    ).toEqual(['café mini'])
    const target = channels[3]
    expect(
      names(selectChannels(channels, query({ search: target.accessKeyId }), PLATFORM_LABELS))
    ).toEqual([target.name])
  })

  it('filters by Application Type', () => {
    expect(names(selectChannels(channels, query({ appType: 'WEB' }), PLATFORM_LABELS))).toEqual([
      'Shop site'
    ])
    expect(selectChannels(channels, query({ appType: 'APP' }), PLATFORM_LABELS)).toHaveLength(3)
  })

  it('does not reorder the list it is given', () => {
    const before = names(channels)
    selectChannels(channels, query({ sort: 'name-desc' }), PLATFORM_LABELS)
    expect(names(channels)).toEqual(before)
  })

  it('handles 10,000 channels', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeChannel({
        name: `Bulk-${i}-item`,
        appType: i % 2 ? 'APP' : 'WEB',
        platforms: [],
        domains: []
      })
    )
    expect(selectChannels(many, query({ appType: 'APP' }), PLATFORM_LABELS)).toHaveLength(5_000)
    expect(
      names(
        selectChannels(many, query({ appType: 'APP', search: 'bulk-9999-ITEM' }), PLATFORM_LABELS)
      )
    ).toEqual(['Bulk-9999-item'])
    const page = paginate(selectChannels(many, query({}), PLATFORM_LABELS), 200)
    expect(page).toMatchObject({ page: 200, pageCount: 200, from: 9951, to: 10_000, total: 10_000 })
    expect(page.items).toHaveLength(50)
  })
})

describe('paginate', () => {
  const items = Array.from({ length: 120 }, (_, i) => i)

  it('cuts pages of 50 and reports the range', () => {
    expect(paginate(items, 1)).toMatchObject({ page: 1, pageCount: 3, from: 1, to: 50, total: 120 })
    expect(paginate(items, 3)).toMatchObject({ from: 101, to: 120 })
    expect(paginate(items, 3).items).toEqual(items.slice(100))
  })

  it('clamps a page that no longer exists', () => {
    expect(paginate(items, 9).page).toBe(3)
    expect(paginate(items, 0).page).toBe(1)
    expect(paginate([], 4)).toMatchObject({
      items: [],
      page: 1,
      pageCount: 1,
      from: 0,
      to: 0,
      total: 0
    })
  })
})
