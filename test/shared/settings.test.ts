/**
 * The settings' rules (src/shared/settings.ts): the data collection domain and the standby
 * domain are checked and normalised like a Network Domain, the Web SDK address is an http(s)
 * URL, and a patch changes only what it names.
 */
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SETTINGS,
  settingsFromFile,
  settingsPatchSchema,
  settingsSchema
} from '../../src/shared/settings'

const issues = (result: {
  success: boolean
  error?: { issues: readonly { path: PropertyKey[]; message: string }[] }
}) => (result.success ? [] : (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))

describe('settings', () => {
  it('start unset, with the 90-day rotation policy', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      collectionDomain: null,
      standbyDomain: null,
      webSdkUrl: null,
      rotationPolicyDays: 90
    })
  })

  it('take the rotation policy as whole days from 1 to 3650, or empty for off', () => {
    expect(settingsPatchSchema.parse({ rotationPolicyDays: ' 30 ' })).toEqual({
      rotationPolicyDays: 30
    })
    expect(settingsPatchSchema.parse({ rotationPolicyDays: 3650 })).toEqual({
      rotationPolicyDays: 3650
    })
    expect(settingsPatchSchema.parse({ rotationPolicyDays: '' })).toEqual({
      rotationPolicyDays: null
    })
    expect(settingsPatchSchema.parse({ rotationPolicyDays: null })).toEqual({
      rotationPolicyDays: null
    })
    for (const bad of ['0', '3651', '1.5', 'ninety', -3, 12.5, true, '90 days']) {
      expect(issues(settingsPatchSchema.safeParse({ rotationPolicyDays: bad }))).toEqual([
        ['rotationPolicyDays', 'settings.rotationDaysInvalid']
      ])
    }
    // A settings file written before the policy existed gets the default.
    expect(settingsFromFile({ collectionDomain: null }).data?.rotationPolicyDays).toBe(90)
  })

  it('normalise domains like a Network Domain, and take an empty field as unset', () => {
    const parsed = settingsPatchSchema.parse({
      collectionDomain: '  HTTPS://Collect.Example.COM:443/ ',
      standbyDomain: 'https://商城.example.cn',
      webSdkUrl: ''
    })
    expect(parsed).toEqual({
      collectionDomain: 'https://collect.example.com',
      standbyDomain: 'https://xn--czru2d.example.cn',
      webSdkUrl: null
    })
  })

  it('refuse what a Network Domain refuses, with the same codes', () => {
    const result = settingsPatchSchema.safeParse({
      collectionDomain: 'collect.example.com',
      standbyDomain: 'https://standby.example.com/path'
    })
    expect(issues(result)).toEqual([
      ['collectionDomain', 'domain.scheme'],
      ['standbyDomain', 'domain.path']
    ])
  })

  it('take the Web SDK address as the console gives it, and refuse anything else', () => {
    const ok = settingsPatchSchema.parse({
      webSdkUrl: 'https://d.alicdn.com/alilog/mlog/aplus/203467608.js?v=2'
    })
    expect(ok.webSdkUrl).toBe('https://d.alicdn.com/alilog/mlog/aplus/203467608.js?v=2')
    for (const bad of [
      'ftp://cdn.example.com/sdk.js',
      'javascript:alert(1)',
      '//cdn.example.com/sdk.js',
      'https://user:pw@cdn.example.com/sdk.js',
      'https://cdn.example.com/sdk.js#x',
      'https://cdn.example.com/a b.js'
    ]) {
      expect(issues(settingsPatchSchema.safeParse({ webSdkUrl: bad })), bad).toEqual([
        ['webSdkUrl', 'settings.webSdkUrlInvalid']
      ])
    }
  })

  it('check the two domains together', () => {
    expect(
      issues(
        settingsSchema.safeParse({ ...DEFAULT_SETTINGS, standbyDomain: 'https://b.example.com' })
      )
    ).toEqual([['standbyDomain', 'settings.standbyWithoutPrimary']])
    expect(
      issues(
        settingsSchema.safeParse({
          ...DEFAULT_SETTINGS,
          collectionDomain: 'https://a.example.com',
          standbyDomain: 'https://A.example.com:443'
        })
      )
    ).toEqual([['standbyDomain', 'settings.standbySameAsPrimary']])
  })

  it('refuse a key they do not know in an update', () => {
    expect(settingsPatchSchema.safeParse({ accessKeySecret: 'x' }).success).toBe(false)
  })

  it('read a file of another version: unknown keys dropped, missing ones at their default', () => {
    const read = settingsFromFile({ collectionDomain: 'https://a.example.com', futureSetting: 1 })
    expect(read.success && read.data).toEqual({
      ...DEFAULT_SETTINGS,
      collectionDomain: 'https://a.example.com'
    })
    expect(settingsFromFile({ collectionDomain: 'ftp://x' }).success).toBe(false)
    expect(settingsFromFile([1, 2]).success && settingsFromFile([]).data).toEqual(DEFAULT_SETTINGS)
  })
})
