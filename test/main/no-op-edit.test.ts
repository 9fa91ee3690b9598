/**
 * SPEC §3.7, issue 15: an edit that changes nothing is neither saved nor logged nor pushed (it
 * answers `unchanged`), and copying a public key (APPKEY, AccessKeyId) is not an audited event.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { EmitEvent } from '../../src/main/deps'
import { startApp, valueOf } from '../support/app-harness'
import { makeInput } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

async function started() {
  const pushed: string[] = []
  const emit: EmitEvent = (event) => {
    if (event === 'channels.changed') pushed.push(event)
  }
  const h = await startApp(await tempDir(), { emit })
  return { h, pushed }
}

const actions = async (h: Awaited<ReturnType<typeof started>>['h']) =>
  valueOf(await h.call('audit.list', {})).entries.map((e) => e.action)

describe('an edit that changes nothing', () => {
  it('writes nothing, records nothing, pushes nothing and answers unchanged', async () => {
    const { h, pushed } = await started()
    const input = makeInput({
      name: 'Shop',
      appType: 'WEB',
      platforms: [],
      domains: ['https://shop.example.com', 'https://商城.example.cn']
    })
    const created = valueOf(await h.call('channels.create', input))
    const file = await readFile(h.app.session.filePath, 'utf8')
    pushed.length = 0

    // The same fields, as the form sends them (a name with spaces around it normalises the same).
    const same = valueOf(
      await h.call('channels.update', { ...input, name: '  Shop ', id: created.id })
    )
    expect(same).toEqual({ ...created, unchanged: true })
    expect(await readFile(h.app.session.filePath, 'utf8')).toBe(file)
    expect(pushed).toEqual([])
    expect(await actions(h)).toEqual(['create'])

    // A real change is saved, recorded and pushed as before, without the flag.
    const edited = valueOf(
      await h.call('channels.update', {
        ...input,
        domains: ['https://shop.example.com'],
        id: created.id
      })
    )
    expect(edited).not.toHaveProperty('unchanged')
    expect(edited.domains).toEqual(['https://shop.example.com'])
    expect(pushed).toEqual(['channels.changed'])
    expect(await actions(h)).toEqual(['edit', 'create'])
    // The order of the domains is part of the record: a new order is a change.
    const reordered = valueOf(
      await h.call('channels.update', {
        ...input,
        domains: ['https://商城.example.cn', 'https://shop.example.com'],
        id: created.id
      })
    )
    expect(reordered).not.toHaveProperty('unchanged')
    await h.app.dispose()
  })

  it('still refuses what an edit refuses (an unknown channel, a taken name)', async () => {
    const { h } = await started()
    const shop = valueOf(await h.call('channels.create', makeInput({ name: 'Shop' })))
    valueOf(await h.call('channels.create', makeInput({ name: 'Mall' })))
    expect(
      await h.call('channels.update', { ...makeInput({ name: 'Mall' }), id: shop.id })
    ).toMatchObject({ ok: false, error: { message: 'channelName.taken' } })
    expect(
      await h.call('channels.update', {
        ...makeInput({ name: 'Shop' }),
        id: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'
      })
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await h.app.dispose()
  })
})

describe('copies of public keys', () => {
  it('are not audited; a copy of the AccessKeySecret is', async () => {
    const { h } = await started()
    const shop = valueOf(await h.call('channels.create', makeInput({ name: 'Shop' })))
    valueOf(await h.call('channels.copy', { id: shop.id, field: 'appKey' }))
    valueOf(await h.call('channels.copy', { id: shop.id, field: 'accessKeyId' }))
    valueOf(await h.call('channels.copyKeys', { id: shop.id, withSecret: false }))
    expect(await actions(h)).toEqual(['create'])
    valueOf(await h.call('channels.copy', { id: shop.id, field: 'accessKeySecret' }))
    expect(await actions(h)).toEqual(['copy', 'create'])
    await h.app.dispose()
  })
})
