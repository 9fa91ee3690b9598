/**
 * One setting, secretTimeoutMs, drives both delays: the renderer hides a revealed secret
 * after AppInfo.secretTimeoutMs (what app.info answers), and main clears the clipboard after
 * the same time, only if it still holds the secret. Fake timers: nothing here waits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_SECRET_TIMEOUT_MS,
  createAppServices,
  readSettingsFromEnv,
  type AppServices
} from '../../src/main/app-services'
import { silentLogger } from '../../src/main/log'
import { MemoryVault } from '../support/memory-vault'
import type { AppInfo } from '../../src/shared/ipc/contract'
import { FakeClipboard } from '../support/fakes'
import { makeInput } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

async function start(secretTimeoutMs?: number) {
  const clipboard = new FakeClipboard()
  const vault = new MemoryVault()
  const services: AppServices = await createAppServices({
    dataDir: await tempDir(),
    keychainService: 'cam-timeout-test',
    clipboard,
    vault,
    appVersion: 'test',
    user: 'alice',
    log: silentLogger,
    ...(secretTimeoutMs === undefined ? {} : { secretTimeoutMs })
  })
  await services.reconciled
  const channel = await services.service.create(makeInput() as never)
  const info = (await services.handlers['app.info'](undefined)) as AppInfo
  return { services, clipboard, vault, channel, info }
}

describe('secretTimeoutMs: one setting for the reveal and the clipboard', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('defaults to 30 s, from the environment or not', () => {
    expect(DEFAULT_SECRET_TIMEOUT_MS).toBe(30_000)
    expect(readSettingsFromEnv({}).secretTimeoutMs).toBe(30_000)
    expect(readSettingsFromEnv({ CAM_SECRET_TIMEOUT_MS: '5000' }).secretTimeoutMs).toBe(5_000)
    expect(() => readSettingsFromEnv({ CAM_SECRET_TIMEOUT_MS: '0' })).toThrow(
      /CAM_SECRET_TIMEOUT_MS/
    )
  })

  it.each([undefined, 5_000])(
    'with secretTimeoutMs %s, app.info tells the renderer that delay and the clipboard clears after exactly it',
    async (setting) => {
      const expected = setting ?? 30_000
      const { services, clipboard, vault, channel, info } = await start(setting)
      try {
        expect(info.secretTimeoutMs).toBe(expected)
        await services.handlers['channels.copy']({ id: channel.id, field: 'accessKeySecret' })
        const secret = vault.entries.get(channel.id)
        expect(clipboard.text).toBe(secret)
        await vi.advanceTimersByTimeAsync(expected - 1)
        expect(clipboard.text).toBe(secret)
        await vi.advanceTimersByTimeAsync(1)
        expect(clipboard.text).toBe('')
      } finally {
        await services.dispose()
      }
    }
  )

  it('leaves the clipboard alone when the user copied something else meanwhile', async () => {
    const { services, clipboard, channel, info } = await start(5_000)
    try {
      await services.handlers['channels.copy']({ id: channel.id, field: 'accessKeySecret' })
      clipboard.writeText('the user’s own text')
      await vi.advanceTimersByTimeAsync(info.secretTimeoutMs)
      expect(clipboard.text).toBe('the user’s own text')
    } finally {
      await services.dispose()
    }
  })

  it('does not clear a non-secret copy (AppKey, AccessKeyId)', async () => {
    const { services, clipboard, channel, info } = await start(5_000)
    try {
      await services.handlers['channels.copy']({ id: channel.id, field: 'accessKeyId' })
      await vi.advanceTimersByTimeAsync(info.secretTimeoutMs * 2)
      expect(clipboard.text).toBe(channel.accessKeyId)
    } finally {
      await services.dispose()
    }
  })

  it('clears a secret still on the clipboard when the app quits before the delay', async () => {
    const { services, clipboard, channel } = await start(5_000)
    await services.handlers['channels.copy']({ id: channel.id, field: 'accessKeySecret' })
    await services.dispose()
    expect(clipboard.text).toBe('')
  })
})
