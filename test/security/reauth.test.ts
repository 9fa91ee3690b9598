import { describe, expect, it, vi } from 'vitest'
import {
  asAuthenticate,
  createReauthGate,
  touchIdAuthenticator,
  type TouchIdPreferences
} from '../../src/main/security/reauth'
import { AppError } from '../../src/shared/errors'
import { makeFields } from '../support/fixtures'
import { makeService } from '../support/service-harness'
import { useTempDirs } from '../support/temp-dir'

/** Electron's systemPreferences, as far as Touch ID goes. */
class FakeSystemPreferences implements TouchIdPreferences {
  readonly prompts: string[] = []
  constructor(
    private readonly available: boolean | Error,
    private readonly answer: 'confirm' | 'cancel'
  ) {}
  canPromptTouchID(): boolean {
    if (this.available instanceof Error) throw this.available
    return this.available
  }
  async promptTouchID(reason: string): Promise<void> {
    this.prompts.push(reason)
    if (this.answer === 'cancel') throw new Error('User cancelled')
  }
}

describe('touchIdAuthenticator', () => {
  it('prompts Touch ID on a Mac that has it, with the reason, and reports the answer', async () => {
    const confirmed = new FakeSystemPreferences(true, 'confirm')
    expect(
      await touchIdAuthenticator(confirmed, 'darwin')?.('reveal the AccessKeySecret of Shop')
    ).toBe(true)
    expect(confirmed.prompts).toEqual(['reveal the AccessKeySecret of Shop'])
    const cancelled = new FakeSystemPreferences(true, 'cancel')
    expect(await touchIdAuthenticator(cancelled, 'darwin')?.('copy')).toBe(false)
  })

  it.each([
    ['Windows', 'win32' as const, true],
    ['Linux', 'linux' as const, true],
    ['a Mac without Touch ID', 'darwin' as const, false],
    ['a Mac whose check throws', 'darwin' as const, new Error('no LAContext')]
  ])('is not offered on %s', (_label, platform, available) => {
    expect(
      touchIdAuthenticator(new FakeSystemPreferences(available, 'confirm'), platform)
    ).toBeNull()
  })
})

describe('reauth gate', () => {
  it('is off by default in effect: no prompt when the setting is off', async () => {
    const prompts: string[] = []
    const gate = createReauthGate({
      authenticate: async (reason) => (prompts.push(reason), false),
      isEnabled: () => false
    })
    await expect(gate.require('reveal')).resolves.toBeUndefined()
    expect(prompts).toEqual([])
  })

  it('lets the action through when the OS offers no prompt', async () => {
    const gate = createReauthGate({ authenticate: null, isEnabled: () => true })
    await expect(gate.require('reveal')).resolves.toBeUndefined()
  })

  it('asks on every reveal/copy when on, and refuses with FORBIDDEN when not confirmed', async () => {
    const answers = [true, false]
    const prompts: string[] = []
    const gate = createReauthGate({
      authenticate: async (reason) => (prompts.push(reason), answers.shift() ?? false),
      isEnabled: () => true
    })
    await expect(gate.require('reveal A')).resolves.toBeUndefined()
    const refused = await gate.require('copy A').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(AppError)
    expect((refused as AppError).toData()).toEqual({
      code: 'FORBIDDEN',
      message: 'secret.reauthRefused'
    })
    expect(prompts).toEqual(['reveal A', 'copy A'])
  })

  it('treats a prompt that rejects as not confirmed', async () => {
    const gate = createReauthGate({
      authenticate: () => Promise.reject(new Error('sensor gone')),
      isEnabled: () => true
    })
    await expect(gate.require('reveal')).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('reads the setting on every call', async () => {
    let enabled = false
    let prompts = 0
    const gate = createReauthGate({
      authenticate: async () => (prompts++, true),
      isEnabled: () => enabled
    })
    await gate.require('a')
    enabled = true
    await gate.require('b')
    expect(prompts).toBe(1)
  })

  it('shares one open prompt between calls for the same action on the same channel', async () => {
    let release: (ok: boolean) => void = () => {}
    let prompts = 0
    const gate = createReauthGate({
      authenticate: () => {
        prompts++
        return new Promise<boolean>((resolve) => (release = resolve))
      },
      isEnabled: () => true
    })
    const first = gate.require('reveal the AccessKeySecret of A', 'reveal:a')
    const second = gate.require('reveal the AccessKeySecret of A', 'reveal:a')
    await new Promise((done) => setImmediate(done))
    release(true)
    await Promise.all([first, second])
    expect(prompts).toBe(1)
  })

  it('never lets one open prompt release another action or another channel', async () => {
    const prompts: Array<{ reason: string; answer: (ok: boolean) => void }> = []
    const gate = createReauthGate({
      authenticate: (reason) => new Promise<boolean>((answer) => prompts.push({ reason, answer })),
      isEnabled: () => true
    })
    const settled: Record<string, string> = {}
    const track = (label: string, call: Promise<void>): Promise<void> =>
      call.then(
        () => void (settled[label] = 'allowed'),
        (error: unknown) => void (settled[label] = (error as AppError).code)
      )
    const tick = (): Promise<void> => new Promise((done) => setImmediate(done))
    const calls = [
      track('reveal A', gate.require('reveal A', 'reveal:a')),
      track('copy A', gate.require('copy A', 'copy:a')),
      track('reveal B', gate.require('reveal B', 'reveal:b'))
    ]
    await tick()
    // One prompt at a time, each for its own request.
    expect(prompts.map((p) => p.reason)).toEqual(['reveal A'])
    prompts[0]?.answer(true)
    await tick()
    expect(settled).toEqual({ 'reveal A': 'allowed' })
    expect(prompts.map((p) => p.reason)).toEqual(['reveal A', 'copy A'])
    prompts[1]?.answer(false)
    await tick()
    expect(prompts.map((p) => p.reason)).toEqual(['reveal A', 'copy A', 'reveal B'])
    prompts[2]?.answer(true)
    await Promise.all(calls)
    expect(settled).toEqual({ 'reveal A': 'allowed', 'copy A': 'FORBIDDEN', 'reveal B': 'allowed' })
  })

  it('asks again for the same request once its prompt has closed', async () => {
    let prompts = 0
    const gate = createReauthGate({
      authenticate: async () => (prompts++, true),
      isEnabled: () => true
    })
    await gate.require('reveal A', 'reveal:a')
    await gate.require('reveal A', 'reveal:a')
    expect(prompts).toBe(2)
  })

  it('skips the prompt within the grace period after a confirmation, and asks again after it', async () => {
    let clock = 0
    let prompts = 0
    const gate = createReauthGate({
      authenticate: async () => (prompts++, true),
      isEnabled: () => true,
      graceMs: 10_000,
      now: () => clock
    })
    await gate.require('reveal')
    clock = 9_999
    await gate.require('copy')
    clock = 20_000
    await gate.require('copy')
    expect(prompts).toBe(2)
  })

  it('adapts to the authenticate(reason) => boolean the channel service takes', async () => {
    let enabled = false
    const answers = [false, true]
    const authenticate = asAuthenticate(
      createReauthGate({
        authenticate: async () => answers.shift() ?? false,
        isEnabled: () => enabled
      })
    )
    expect(await authenticate('reveal')).toBe(true)
    enabled = true
    expect(await authenticate('reveal')).toBe(false)
    expect(await authenticate('reveal')).toBe(true)
  })
})

describe('ChannelService and the gate: one prompt per request', () => {
  const tempDir = useTempDirs()

  it('a prompt open for one channel’s reveal releases neither another channel nor a copy', async () => {
    const prompts: Array<{ reason: string; answer: (ok: boolean) => void }> = []
    const gate = createReauthGate({
      authenticate: (reason) => new Promise<boolean>((answer) => prompts.push({ reason, answer })),
      isEnabled: () => true
    })
    const h = await makeService(await tempDir(), { reauth: gate })
    const a = await h.service.create(makeFields({ name: 'Shop A' }))
    const b = await h.service.create(makeFields({ name: 'Shop B' }))
    const outcome = (call: Promise<unknown>): Promise<string> =>
      call.then(
        () => 'allowed',
        (error: unknown) => (error as AppError).code
      )
    const revealA = outcome(h.service.revealSecret({ id: a.id }))
    const revealAAgain = outcome(h.service.revealSecret({ id: a.id }))
    const revealB = outcome(h.service.revealSecret({ id: b.id }))
    const copyA = outcome(h.service.copy({ id: a.id, field: 'accessKeySecret' }))
    const answer = async (ok: boolean): Promise<void> => {
      await vi.waitFor(() => expect(prompts.length).toBeGreaterThan(0))
      const next = prompts.shift()
      next?.answer(ok)
    }
    await answer(true) // reveal A (shared by the double click)
    await answer(false) // reveal B
    await answer(false) // copy A
    expect(await Promise.all([revealA, revealAAgain, revealB, copyA])).toEqual([
      'allowed',
      'allowed',
      'FORBIDDEN',
      'FORBIDDEN'
    ])
    expect(h.clipboard.text).not.toBe(await h.vault.get(a.id))
  })
})
