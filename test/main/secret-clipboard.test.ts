import { afterEach, describe, expect, it, vi } from 'vitest'
import { SecretClipboard, realTimers } from '../../src/main/clipboard/secret-clipboard'
import { FakeClipboard, ManualTimers, settle } from '../support/fakes'

describe('SecretClipboard', () => {
  const setup = () => {
    const clipboard = new FakeClipboard()
    const timers = new ManualTimers()
    return { clipboard, timers, secrets: new SecretClipboard(clipboard, 30_000, timers) }
  }

  it('copies a plain value and never clears it', async () => {
    const { clipboard, timers, secrets } = setup()
    await secrets.copy('cid_value')
    expect(clipboard.text).toBe('cid_value')
    expect(timers.pendingCount).toBe(0)
  })

  it('clears a secret after the timeout, not before', async () => {
    const { clipboard, timers, secrets } = setup()
    await secrets.copySecret('s3cret')
    timers.advance(29_999)
    await settle()
    expect(clipboard.text).toBe('s3cret')
    timers.advance(1)
    await settle()
    expect(clipboard.text).toBe('')
  })

  it('leaves the clipboard alone if the user copied something else meanwhile', async () => {
    const { clipboard, timers, secrets } = setup()
    await secrets.copySecret('s3cret')
    clipboard.writeText('my own text')
    timers.advance(30_000)
    await settle()
    expect(clipboard.text).toBe('my own text')
  })

  it('a second secret restarts the timer for the new one', async () => {
    const { clipboard, timers, secrets } = setup()
    await secrets.copySecret('first')
    timers.advance(20_000)
    await settle()
    await secrets.copySecret('second')
    timers.advance(20_000)
    await settle()
    expect(clipboard.text).toBe('second')
    timers.advance(10_000)
    await settle()
    expect(clipboard.text).toBe('')
    expect(timers.pendingCount).toBe(0)
  })

  it('dispose() cancels the timer and clears a secret still on the clipboard', async () => {
    const { clipboard, timers, secrets } = setup()
    await secrets.copySecret('s3cret')
    await secrets.dispose()
    expect(timers.pendingCount).toBe(0)
    expect(clipboard.text).toBe('')
  })

  it('dispose() keeps what the user copied', async () => {
    const { clipboard, secrets } = setup()
    await secrets.copySecret('s3cret')
    clipboard.writeText('mine')
    await secrets.dispose()
    expect(clipboard.text).toBe('mine')
  })

  describe('with real timers under vi.useFakeTimers', async () => {
    afterEach(() => {
      vi.useRealTimers()
    })

    it('clears after the timeout', async () => {
      vi.useFakeTimers()
      const clipboard = new FakeClipboard()
      const secrets = new SecretClipboard(clipboard, 500, realTimers)
      await secrets.copySecret('s3cret')
      await vi.advanceTimersByTimeAsync(499)
      expect(clipboard.text).toBe('s3cret')
      await vi.advanceTimersByTimeAsync(1)
      expect(clipboard.text).toBe('')
    })
  })

  it('works with an asynchronous clipboard like Electron 45+', async () => {
    let text = ''
    const asyncClipboard = {
      readText: async () => text,
      writeText: async (value: string) => {
        text = value
      }
    }
    const timers = new ManualTimers()
    const secrets = new SecretClipboard(asyncClipboard, 1_000, timers)
    await secrets.copySecret('s3cret')
    expect(text).toBe('s3cret')
    timers.advance(1_000)
    await settle()
    expect(text).toBe('')
  })
})
