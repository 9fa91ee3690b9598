import { describe, expect, it } from 'vitest'
import {
  APP_PLATFORMS,
  MAX_DOMAINS,
  MINI_PROGRAM_PLATFORMS,
  channelIdInputSchema,
  channelRecordSchema,
  copyInputSchema,
  createChannelInputSchema,
  nameKey,
  normaliseName,
  updateChannelInputSchema,
  type CreateChannelInput
} from '../../src/shared/channel'
import { makeInput, makeRecord } from '../support/fixtures'

/** Parse and return `{ path: message }` for every issue (empty when valid). */
function issues(input: unknown): Record<string, string> {
  const result = createChannelInputSchema.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

const web = (domains: string[], extra: Partial<CreateChannelInput> = {}): CreateChannelInput =>
  makeInput({ appType: 'WEB', platforms: [], domains, ...extra })

describe('Channel Name', () => {
  it('is trimmed and NFC-normalised', () => {
    const parsed = createChannelInputSchema.parse(makeInput({ name: '  Cafe\u0301 app \t' }))
    expect(parsed.name).toBe('Caf\u00e9 app')
  })

  it('is required, also when only whitespace', () => {
    expect(issues(makeInput({ name: '' }))).toEqual({ name: 'channelName.required' })
    expect(issues(makeInput({ name: '   ' }))).toEqual({ name: 'channelName.required' })
    expect(issues({ ...makeInput(), name: undefined })).toEqual({ name: 'channelName.required' })
    expect(issues({ ...makeInput(), name: 42 })).toEqual({ name: 'channelName.required' })
  })

  it('allows 64 characters counted in code points, not UTF-16 units', () => {
    expect(issues(makeInput({ name: 'a'.repeat(64) }))).toEqual({})
    expect(issues(makeInput({ name: 'a'.repeat(65) }))).toEqual({ name: 'channelName.tooLong' })
    // 63 emoji and a letter are 127 UTF-16 units but 64 characters.
    expect(issues(makeInput({ name: `${'😀'.repeat(63)}a` }))).toEqual({})
    expect(issues(makeInput({ name: `${'😀'.repeat(64)}a` }))).toEqual({
      name: 'channelName.tooLong'
    })
    expect(issues(makeInput({ name: '数据采集'.repeat(16) }))).toEqual({})
  })

  it('counts the length after trimming', () => {
    expect(issues(makeInput({ name: `  ${'a'.repeat(64)}  ` }))).toEqual({})
  })

  it('rejects huge strings before doing any work on them', () => {
    expect(issues(makeInput({ name: 'a'.repeat(1_000_000) }))).toEqual({
      name: 'channelName.tooLong'
    })
  })

  it.each([
    ['NUL', 'a\u0000b'],
    ['newline', 'a\nb'],
    ['DEL', 'a\u007fb'],
    ['C1 control', 'a\u0085b'],
    ['right-to-left override', 'a\u202eb'],
    ['left-to-right embedding', 'a\u202ab'],
    ['first strong isolate', 'a\u2068b'],
    ['right-to-left mark', 'a\u200fb'],
    ['Arabic letter mark', 'a\u061cb'],
    ['zero-width space', 'Shop\u200bapp'],
    ['zero-width joiner', 'Shop\u200dapp'],
    ['word joiner', 'Shop\u2060app'],
    ['byte order mark', 'Shop\ufeffapp'],
    ['soft hyphen', 'Shop\u00adapp'],
    ['line separator', 'Shop\u2028app'],
    ['lone high surrogate', 'Shop\ud800app'],
    ['lone low surrogate', 'Shop\udc00app']
  ])('rejects a %s character', (_label, name) => {
    expect(issues(makeInput({ name }))).toEqual({ name: 'channelName.badCharacters' })
  })

  it('compares names case-insensitively after NFC', () => {
    expect(nameKey('Café')).toBe(nameKey('CAFE\u0301'))
    expect(nameKey('  Shop ')).toBe(nameKey('shop'))
    expect(nameKey('Shop')).not.toBe(nameKey('Shop 2'))
    expect(normaliseName(' x ')).toBe('x')
  })
})

describe('Collected by Quick Tracking', () => {
  it.each([false, 'true', 1, null, undefined])('must be true, not %s', (value) => {
    expect(issues({ ...makeInput(), collectedByQuickTracking: value })).toEqual({
      collectedByQuickTracking: 'quickTracking.notCollected'
    })
  })
})

describe('Application Type and Platform Type Configuration', () => {
  it.each(APP_PLATFORMS)('APP accepts %s', (platform) => {
    expect(issues(makeInput({ appType: 'APP', platforms: [platform] }))).toEqual({})
  })

  it.each(MINI_PROGRAM_PLATFORMS)('Mini Program accepts %s', (platform) => {
    expect(issues(makeInput({ appType: 'MINI_PROGRAM', platforms: [platform] }))).toEqual({})
  })

  it('accepts every platform of a type at once', () => {
    expect(issues(makeInput({ appType: 'APP', platforms: [...APP_PLATFORMS] }))).toEqual({})
    expect(
      issues(makeInput({ appType: 'MINI_PROGRAM', platforms: [...MINI_PROGRAM_PLATFORMS] }))
    ).toEqual({})
  })

  it('rejects an unknown Application Type', () => {
    expect(issues(makeInput({ appType: 'DESKTOP' as never }))).toEqual({
      appType: 'appType.required'
    })
  })

  it('rejects a platform of another type on its row', () => {
    expect(issues(makeInput({ appType: 'APP', platforms: ['ANDROID', 'WECHAT'] }))).toEqual({
      'platforms.1': 'platform.notAllowed'
    })
    expect(issues(makeInput({ appType: 'MINI_PROGRAM', platforms: ['IOS'] }))).toEqual({
      'platforms.0': 'platform.notAllowed'
    })
  })

  it('rejects an unknown platform on its row', () => {
    expect(issues(makeInput({ platforms: ['ANDROID', 'SYMBIAN' as never] }))).toEqual({
      'platforms.1': 'platform.required'
    })
  })

  it('reports a duplicate platform on the repeated row', () => {
    expect(
      issues(makeInput({ appType: 'MINI_PROGRAM', platforms: ['WECHAT', 'ALIPAY', 'WECHAT'] }))
    ).toEqual({
      'platforms.2': 'platform.duplicate'
    })
  })

  it('needs at least one platform for APP and Mini Program', () => {
    expect(issues(makeInput({ appType: 'APP', platforms: [] }))).toEqual({
      platforms: 'platform.listRequired'
    })
    expect(issues(makeInput({ appType: 'MINI_PROGRAM', platforms: [] }))).toEqual({
      platforms: 'platform.listRequired'
    })
  })

  it('does not take domains for APP, nor platforms for WEB', () => {
    expect(issues(makeInput({ domains: ['https://a.example'] }))).toEqual({
      domains: 'platform.notAllowed'
    })
    expect(issues(web(['https://a.example'], { platforms: ['IOS'] }))).toEqual({
      platforms: 'platform.notAllowed'
    })
  })
})

describe('Network Domain', () => {
  const parsedDomains = (domains: string[]): readonly string[] =>
    createChannelInputSchema.parse(web(domains)).domains

  it('needs at least one row', () => {
    expect(issues(web([]))).toEqual({ domains: 'domain.listRequired' })
  })

  it('normalises IDN, case, default ports and trailing slash', () => {
    expect(
      parsedDomains([
        'https://Shop.Example.COM/',
        'http://bücher.example:80',
        'https://münchen.example:443/',
        'http://api.example:8080',
        ' https://trimmed.example '
      ])
    ).toEqual([
      'https://shop.example.com',
      'http://xn--bcher-kva.example',
      'https://xn--mnchen-3ya.example',
      'http://api.example:8080',
      'https://trimmed.example'
    ])
  })

  it('keeps a non-default port, IPv4 and IPv6 hosts', () => {
    expect(
      parsedDomains(['https://a.example:8443', 'http://10.0.0.1', 'http://[::1]:3000'])
    ).toEqual(['https://a.example:8443', 'http://10.0.0.1', 'http://[::1]:3000'])
  })

  it('reports duplicates after normalisation on the repeated row', () => {
    expect(
      issues(web(['https://a.example', 'https://b.example', 'HTTPS://A.example:443/']))
    ).toEqual({
      'domains.2': 'domain.duplicate'
    })
    expect(issues(web(['https://bücher.example', 'https://xn--bcher-kva.example']))).toEqual({
      'domains.1': 'domain.duplicate'
    })
  })

  it('treats http and https, and different ports, as different sites', () => {
    expect(
      issues(web(['http://a.example', 'https://a.example', 'https://a.example:8443']))
    ).toEqual({})
  })

  it.each([
    ['other scheme', 'ftp://a.example'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['no scheme', 'a.example'],
    ['single slash', 'https:/a.example'],
    ['user-info', 'https://user:pw@a.example'],
    ['user name only', 'https://user@a.example'],
    ['path', 'https://a.example/shop'],
    ['backslash path', 'https://a.example\\shop'],
    ['query', 'https://a.example?x=1'],
    ['query after slash', 'https://a.example/?x=1'],
    ['fragment', 'https://a.example#top'],
    ['inner whitespace', 'https://a .example'],
    ['tab', 'https://a.example\t:8080'],
    ['empty host', 'https://'],
    ['port only', 'https://:8080'],
    ['leading hyphen label', 'https://-a.example'],
    ['trailing hyphen label', 'https://a-.example'],
    ['underscore', 'https://a_b.example'],
    ['empty label', 'https://a..example'],
    ['label too long', `https://${'a'.repeat(64)}.example`],
    ['port out of range', 'https://a.example:99999'],
    ['bad IPv4', 'http://999.1.1.1'],
    ['empty string', ''],
    ['whitespace only', '   ']
  ])('rejects %s on its row', (_label, domain) => {
    const found = issues(web(['https://ok.example', domain]))
    expect(Object.keys(found)).toEqual(['domains.1'])
    expect(found['domains.1'].length).toBeGreaterThan(0)
  })

  it(`accepts ${MAX_DOMAINS} rows and refuses more`, () => {
    const domains = Array.from({ length: MAX_DOMAINS }, (_, i) => `https://site${i}.example`)
    expect(issues(web(domains))).toEqual({})
    expect(issues(web([...domains, 'https://one-more.example']))).toEqual({
      domains: 'domain.tooMany'
    })
  })

  it('rejects a non-string row', () => {
    expect(Object.keys(issues(web(['https://a.example', 7 as never])))).toEqual(['domains.1'])
  })
})

describe('strict inputs', () => {
  it('rejects unknown fields, including prototype keys from JSON', () => {
    for (const key of ['extra', '__proto__', 'constructor']) {
      const input = JSON.parse(
        JSON.stringify(makeInput()).replace('{', `{"${key}":{"polluted":true},`)
      )
      expect(createChannelInputSchema.safeParse(input).success).toBe(false)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('update needs a UUID id and the same rules', () => {
    const id = '8f14e45f-ceea-467f-a0e6-0a8a7d9c1b2e'
    expect(updateChannelInputSchema.safeParse({ ...makeInput(), id }).success).toBe(true)
    expect(updateChannelInputSchema.safeParse({ ...makeInput(), id: 'nope' }).success).toBe(false)
    expect(
      updateChannelInputSchema.safeParse({ ...makeInput(), id, platforms: ['WECHAT'] }).success
    ).toBe(false)
    expect(updateChannelInputSchema.safeParse(makeInput()).success).toBe(false)
  })

  it('id and copy inputs are strict', () => {
    const id = '8f14e45f-ceea-467f-a0e6-0a8a7d9c1b2e'
    expect(channelIdInputSchema.safeParse({ id }).success).toBe(true)
    expect(channelIdInputSchema.safeParse({ id, x: 1 }).success).toBe(false)
    expect(copyInputSchema.safeParse({ id, field: 'accessKeySecret' }).success).toBe(true)
    expect(copyInputSchema.safeParse({ id, field: 'password' }).success).toBe(false)
  })
})

describe('stored record', () => {
  it('accepts a valid record and refuses a record holding a secret field', () => {
    expect(channelRecordSchema.safeParse(makeRecord()).success).toBe(true)
    expect(channelRecordSchema.safeParse({ ...makeRecord(), accessKeySecret: 'x' }).success).toBe(
      false
    )
    expect(
      channelRecordSchema.safeParse({ ...makeRecord(), collectedByQuickTracking: false }).success
    ).toBe(false)
    expect(channelRecordSchema.safeParse({ ...makeRecord(), createdAt: 'yesterday' }).success).toBe(
      false
    )
  })
})
