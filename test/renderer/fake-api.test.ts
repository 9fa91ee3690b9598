import { describe, expect, it } from 'vitest'
import { MESSAGES, type CreateChannelInput } from '@shared/channel'
import { createFakeApi } from './fake-api'
import { makeChannel } from './fixtures'

const shop: CreateChannelInput = {
  name: 'Shop app',
  collectedByQuickTracking: true,
  appType: 'APP',
  platforms: ['ANDROID'],
  domains: []
}

// The component tests trust this fake to answer like main; these pin the rules it enforces.
describe('fake api', () => {
  it('validates input with the shared schema and answers VALIDATION with field paths', async () => {
    const { api } = createFakeApi()
    const result = await api.channels.create({
      ...shop,
      appType: 'WEB',
      platforms: [],
      domains: ['https://a.example', 'https://A.example:443/']
    })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.any(String),
        fieldErrors: { 'domains.1': MESSAGES.domainDuplicate }
      }
    })
  })

  it('answers CONFLICT for a name that differs only in case or normal form', async () => {
    const { api } = createFakeApi({ channels: [makeChannel({ name: 'Café' })] })
    const result = await api.channels.create({ ...shop, name: 'CAFE\u0301' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fieldErrors: { name: MESSAGES.nameTaken } }
    })
  })

  it('refuses a change of Application Type with IMMUTABLE_FIELD', async () => {
    const channel = makeChannel({ name: 'Shop app' })
    const { api } = createFakeApi({ channels: [channel] })
    const result = await api.channels.update({
      ...shop,
      id: channel.id,
      appType: 'MINI_PROGRAM',
      platforms: ['WECHAT']
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'IMMUTABLE_FIELD' } })
  })

  it('keeps the secret out of every list and view; rotate replaces it, remove deletes it', async () => {
    const fake = createFakeApi()
    const created = await fake.api.channels.create(shop)
    if (!created.ok) throw new Error('create failed')
    const id = created.value.id
    const first = fake.secretOf(id) ?? ''
    expect(first).toMatch(/^csk_x+\d+$/)
    expect(JSON.stringify(created)).not.toContain(first)
    expect(JSON.stringify(await fake.api.channels.list())).not.toContain(first)

    await fake.api.channels.rotateSecret(id)
    expect(fake.secretOf(id)).not.toBe(first)
    expect(await fake.api.channels.revealSecret(id)).toEqual({
      ok: true,
      value: { secret: fake.secretOf(id) }
    })

    await fake.api.channels.remove(id)
    expect(fake.secretOf(id)).toBeUndefined()
    expect(fake.auditEntries().map((e) => e.action)).toEqual([
      'create',
      'rotate',
      'reveal',
      'remove'
    ])
    expect(JSON.stringify(fake.auditEntries())).not.toContain('csk_')
  })

  it('fails or holds the next call on request', async () => {
    const fake = createFakeApi()
    fake.failNext('channels.list', { code: 'STORAGE', message: 'No disk.' })
    expect(await fake.api.channels.list()).toEqual({
      ok: false,
      error: { code: 'STORAGE', message: 'No disk.' }
    })
    expect(await fake.api.channels.list()).toEqual({ ok: true, value: [] })

    const release = fake.hold('app.info')
    let settled = false
    const pending = fake.api.app.info().then(() => {
      settled = true
    })
    await Promise.resolve()
    expect(settled).toBe(false)
    release()
    await pending
    expect(settled).toBe(true)

    fake.rejectNext('audit.list')
    await expect(fake.api.audit.list()).rejects.toThrow()
  })
})
