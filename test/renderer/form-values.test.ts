import { describe, expect, it } from 'vitest'
import {
  channelFormSchema,
  emptyFormValues,
  formValuesFromChannel,
  maxRowsFor,
  rowsFor,
  toChannelInput,
  toFormPath,
  type ChannelFormValues
} from '@renderer/channel-form/form-values'

import { makeChannel } from './fixtures'

const values = (patch: Partial<ChannelFormValues>): ChannelFormValues => ({
  ...emptyFormValues(),
  name: 'Shop',
  ...patch
})

/** The form schema's issues as `path → message` (a message code: the form words it). */
function issues(input: ChannelFormValues): Record<string, string> {
  const result = channelFormSchema.safeParse(input)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('toChannelInput', () => {
  it('sends platforms and no domains for APP and Mini Program', () => {
    const input = toChannelInput(
      values({
        appType: 'APP',
        platforms: [{ value: 'ANDROID' }, { value: 'IOS' }],
        domains: [{ value: 'https://left.over' }]
      })
    )
    expect(input).toEqual({
      name: 'Shop',
      collectedByQuickTracking: true,
      appType: 'APP',
      platforms: ['ANDROID', 'IOS'],
      domains: []
    })
  })

  it('sends domains and no platforms for WEB', () => {
    const input = toChannelInput(
      values({
        appType: 'WEB',
        platforms: [{ value: 'ANDROID' }],
        domains: [{ value: 'https://a.example.com' }]
      })
    )
    expect(input.platforms).toEqual([])
    expect(input.domains).toEqual(['https://a.example.com'])
  })

  it('maps Quick Tracking No to false, which the shared schema refuses', () => {
    const form = values({
      collectedByQuickTracking: 'no',
      appType: 'APP',
      platforms: [{ value: 'IOS' }]
    })
    expect(toChannelInput(form).collectedByQuickTracking).toBe(false)
    expect(issues(form)).toEqual({ collectedByQuickTracking: 'quickTracking.notCollected' })
  })
})

describe('toFormPath', () => {
  it('points row issues at the row input', () => {
    expect(toFormPath(['platforms', 1])).toEqual(['platforms', 1, 'value'])
    expect(toFormPath(['domains', 0])).toEqual(['domains', 0, 'value'])
  })
  it('leaves field and list paths alone', () => {
    expect(toFormPath(['name'])).toEqual(['name'])
    expect(toFormPath(['platforms'])).toEqual(['platforms'])
  })
})

describe('channelFormSchema', () => {
  it('outputs the normalised channel fields', () => {
    const result = channelFormSchema.parse(
      values({
        name: '  Shop site  ',
        appType: 'WEB',
        domains: [{ value: 'HTTPS://Shop.Example.COM:443/' }]
      })
    )
    expect(result).toEqual({
      name: 'Shop site',
      collectedByQuickTracking: true,
      appType: 'WEB',
      platforms: [],
      domains: ['https://shop.example.com']
    })
  })

  it('puts a duplicate platform on its row', () => {
    expect(
      issues(values({ appType: 'APP', platforms: [{ value: 'IOS' }, { value: 'IOS' }] }))
    ).toEqual({ 'platforms.1.value': 'platform.duplicate' })
  })

  it('puts an empty platform row and a bad domain on their rows', () => {
    expect(issues(values({ appType: 'MINI_PROGRAM', platforms: [{ value: '' }] }))).toEqual({
      'platforms.0.value': 'platform.required'
    })
    expect(
      issues(
        values({
          appType: 'WEB',
          domains: [{ value: 'https://ok.example' }, { value: 'ftp://x.example' }]
        })
      )
    ).toEqual({ 'domains.1.value': 'domain.protocol' })
  })

  it('requires an Application Type', () => {
    expect(issues(values({ appType: '' }))).toEqual({ appType: 'appType.required' })
  })
})

describe('rows', () => {
  it('gives a new type one empty row of the right kind', () => {
    expect(rowsFor('APP')).toEqual({ platforms: [{ value: '' }], domains: [] })
    expect(rowsFor('WEB')).toEqual({ platforms: [], domains: [{ value: '' }] })
    expect(rowsFor('')).toEqual({ platforms: [], domains: [] })
  })

  it('allows as many platform rows as platforms, and 50 domains', () => {
    expect(maxRowsFor('APP')).toBe(3)
    expect(maxRowsFor('MINI_PROGRAM')).toBe(8)
    expect(maxRowsFor('WEB')).toBe(50)
  })

  it('starts the Edit form from the channel', () => {
    const web = makeChannel({
      appType: 'WEB',
      platforms: [],
      domains: ['https://a.example', 'https://b.example']
    })
    expect(formValuesFromChannel(web)).toEqual({
      name: web.name,
      collectedByQuickTracking: 'yes',
      appType: 'WEB',
      platforms: [],
      domains: [{ value: 'https://a.example' }, { value: 'https://b.example' }]
    })
    const app = makeChannel({ appType: 'APP', platforms: ['HARMONYOS'] })
    expect(formValuesFromChannel(app).platforms).toEqual([{ value: 'HARMONYOS' }])
  })
})
