/**
 * What a channel is found by (search-text.ts): Unicode domains in the form people read,
 * platform and type names in both languages, "mini program" as words, and a pasted address
 * with a path finding its site.
 */
import { describe, expect, it } from 'vitest'
import { domainToUnicode } from '@renderer/channels/domain-text'
import { channelSearchText, searchTerms } from '@renderer/channels/search-text'
import {
  DEFAULT_FILTER,
  DEFAULT_SORT,
  filterChannels,
  SearchIndex,
  sortChannels
} from '@renderer/channels/select-channels'
import { normaliseOrigin } from '@shared/origin'
import { makeChannel } from './fixtures'

/** The origin as main stores it (punycode), from what a person types. */
function stored(typed: string): string {
  const result = normaliseOrigin(typed)
  if (!result.ok) throw new Error(`not a domain: ${typed}`)
  return result.origin
}

const mall = makeChannel({
  name: 'Mall site',
  appType: 'WEB',
  platforms: [],
  domains: [stored('https://商城.example.cn'), stored('https://shop.example.com:8443')]
})
const mini = makeChannel({
  name: 'Member club',
  appType: 'MINI_PROGRAM',
  platforms: ['WECHAT', 'XIAOHONGSHU']
})
const app = makeChannel({ name: 'Delivery', appType: 'APP', platforms: ['HARMONYOS'] })
const sorted = sortChannels([mall, mini, app], DEFAULT_SORT)
const found = (search: string): string[] =>
  filterChannels(sorted, { ...DEFAULT_FILTER, search }, new SearchIndex()).map(
    (channel) => channel.name
  )

describe('Unicode domains', () => {
  it('are stored as punycode and read in Unicode', () => {
    expect(mall.domains[0]).toBe('https://xn--czru2d.example.cn')
    expect(domainToUnicode(mall.domains[0])).toBe('https://商城.example.cn')
    expect(domainToUnicode('https://shop.example.com:8443')).toBe('https://shop.example.com:8443')
    expect(domainToUnicode('http://[::1]:8080')).toBe('http://[::1]:8080')
    // Not valid punycode: shown as stored rather than as something it is not.
    expect(domainToUnicode('https://xn--a.example.com')).toBe('https://xn--a.example.com')
  })

  it('are found by what people type, in either form', () => {
    expect(found('商城')).toEqual(['Mall site'])
    expect(found('https://商城.example.cn')).toEqual(['Mall site'])
    expect(found('xn--czru2d')).toEqual(['Mall site'])
  })
})

describe('a pasted address', () => {
  it('finds the site its path belongs to', () => {
    expect(found('https://商城.example.cn/item/42?from=ad#top')).toEqual(['Mall site'])
    expect(found('https://SHOP.example.com:8443/cart')).toEqual(['Mall site'])
    expect(found('shop.example.com:8443/cart')).toEqual(['Mall site'])
    expect(found('https://商城.example.cn/')).toEqual(['Mall site'])
  })

  it('keeps its port: another port is another site', () => {
    expect(found('https://shop.example.com:9000/cart')).toEqual([])
  })

  it('is cut to its origin only when it has more than one', () => {
    expect(searchTerms('https://shop.exa')).toEqual(['https://shop.exa'])
    expect(searchTerms('https://shop.example.com/a/b?c')).toEqual(['https://shop.example.com'])
    expect(searchTerms('shop.example.com/cart')).toEqual(['shop.example.com'])
  })
})

describe('platform and type names', () => {
  it('match in both languages, whatever the page speaks', () => {
    expect(found('微信')).toEqual(['Member club'])
    expect(found('WeChat')).toEqual(['Member club'])
    expect(found('小红书')).toEqual(['Member club'])
    expect(found('RED')).toEqual(['Member club'])
    expect(found('鸿蒙')).toEqual(['Delivery'])
    expect(found('harmonyos')).toEqual(['Delivery'])
    expect(found('小程序')).toEqual(['Member club'])
  })

  it('take "mini program" as words, however it is written', () => {
    expect(found('mini program')).toEqual(['Member club'])
    expect(found('WeChat mini program')).toEqual(['Member club'])
    expect(found('mini-program')).toEqual(['Member club'])
    expect(found('miniprogram')).toEqual(['Member club'])
    expect(found('MINI_PROGRAM')).toEqual(['Member club'])
  })

  it('still needs every word: an Android word does not find a HarmonyOS app', () => {
    expect(found('delivery android')).toEqual([])
    expect(found('web 商城')).toEqual(['Mall site'])
  })

  it('match full-width letters (NFKC)', () => {
    expect(found('ＷｅＣｈａｔ')).toEqual(['Member club'])
  })
})

describe('the text', () => {
  it('never joins two fields into one word', () => {
    expect(channelSearchText(app)).not.toContain(`delivery${app.appKey.toLowerCase()}`)
    expect(found(`delivery${app.appKey}`)).toEqual([])
  })
})
