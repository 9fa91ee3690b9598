import { describe, expect, it, vi } from 'vitest'
import { createReauthGate } from '../../src/main/security/reauth'
import { AppError } from '../../src/shared/errors'
import { makeFields } from '../support/fixtures'
import { makeService } from '../support/service-harness'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

/** A gate over a scripted prompt: records each reason and answers from `answers`. */
function scriptedGate(answers: boolean[], enabled = true) {
  const reasons: string[] = []
  const gate = createReauthGate({
    isEnabled: () => enabled,
    authenticate: async (reason) => {
      reasons.push(reason)
      return answers.shift() ?? false
    }
  })
  return { gate, reasons }
}

describe('ChannelService with re-authentication', () => {
  it('asks before a reveal and refuses without reading the keychain or auditing', async () => {
    const { gate, reasons } = scriptedGate([false, true])
    const h = await makeService(await tempDir(), { reauth: gate })
    const channel = await h.service.create(makeFields({ name: 'Shop app' }))
    const auditBefore = (await h.audit.list()).length
    const secretBefore = await h.vault.get(channel.id)
    const vaultGet = vi.spyOn(h.vault, 'get')

    const refused = await h.service.revealSecret({ id: channel.id }).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(AppError)
    expect((refused as AppError).code).toBe('FORBIDDEN')
    expect(reasons).toEqual(['reveal the AccessKeySecret of Shop app'])
    expect((await h.audit.list()).length).toBe(auditBefore)
    expect(vaultGet).not.toHaveBeenCalled()

    const { secret } = await h.service.revealSecret({ id: channel.id })
    expect(secret).toBe(secretBefore)
    expect(vaultGet).toHaveBeenCalledTimes(1)
    expect(reasons).toHaveLength(2)
  })

  it('asks before copying the secret, never before copying an AppKey or AccessKeyId', async () => {
    const { gate, reasons } = scriptedGate([false])
    const h = await makeService(await tempDir(), { reauth: gate })
    const channel = await h.service.create(makeFields({ name: 'Shop app' }))

    await h.service.copy({ id: channel.id, field: 'accessKeyId' })
    await h.service.copy({ id: channel.id, field: 'appKey' })
    expect(reasons).toEqual([])
    expect(h.clipboard.text).toBe(channel.appKey)

    await expect(
      h.service.copy({ id: channel.id, field: 'accessKeySecret' })
    ).rejects.toMatchObject({
      code: 'FORBIDDEN'
    })
    expect(reasons).toEqual(['copy the AccessKeySecret of Shop app'])
    expect(h.clipboard.text).toBe(channel.appKey)
  })

  it('asks nothing while the setting is off', async () => {
    const { gate, reasons } = scriptedGate([], false)
    const h = await makeService(await tempDir(), { reauth: gate })
    const channel = await h.service.create(makeFields())
    await h.service.revealSecret({ id: channel.id })
    await h.service.copy({ id: channel.id, field: 'accessKeySecret' })
    expect(reasons).toEqual([])
  })
})
