import { afterEach, describe, expect, it, vi } from 'vitest'
import { SecretClipboard, realTimers } from '../../src/main/clipboard/secret-clipboard'
import { FakeClipboard, ManualTimers } from '../support/fakes'

describe('SecretClipboard', () => {
  const setup = () => {
    const clipboard = new FakeClipboard()
    const timers = new ManualTimers()
    return { clipboard, timers, secrets: new SecretClipboard(clipboard, 30_000, timers) }
  }

  it('copies a plain value and never clears it', () => {
    const { clipboard, timers, secrets } = setup()
    secrets.copy('cid_value')
    expect(clipboard.text).toBe('cid_value')
    expect(timers.pendingCount).toBe(0)
  })

  it('clears a secret after the timeout, not before', () => {
    const { clipboard, timers, secrets } = setup()
    secrets.copySecret('s3cret')
    timers.advance(29_999)
    expect(clipboard.text).toBe('s3cret')
    timers.advance(1)
    expect(clipboard.text).toBe('')
  })

  it('leaves the clipboard alone if the user copied something else meanwhile', () => {
    const { clipboard, timers, secrets } = setup()
    secrets.copySecret('s3cret')
    clipboard.writeText('my own text')
    timers.advance(30_000)
    expect(clipboard.text).toBe('my own text')
  })

  it('a second secret restarts the timer for the new one', () => {
    const { clipboard, timers, secrets } = setup()
    secrets.copySecret('first')
    timers.advance(20_000)
    secrets.copySecret('second')
    timers.advance(20_000)
    expect(clipboard.text).toBe('second')
    timers.advance(10_000)
    expect(clipboard.text).toBe('')
    expect(timers.pendingCount).toBe(0)
  })

  it('dispose() cancels the timer and clears a secret still on the clipboard', () => {
    const { clipboard, timers, secrets } = setup()
    secrets.copySecret('s3cret')
    secrets.dispose()
    expect(timers.pendingCount).toBe(0)
    expect(clipboard.text).toBe('')
  })

  it('dispose() keeps what the user copied', () => {
    const { clipboard, secrets } = setup()
    secrets.copySecret('s3cret')
    clipboard.writeText('mine')
    secrets.dispose()
    expect(clipboard.text).toBe('mine')
  })

  describe('with real timers under vi.useFakeTimers', () => {
    afterEach(() => {
      vi.useRealTimers()
    })

    it('clears after the timeout', () => {
      vi.useFakeTimers()
      const clipboard = new FakeClipboard()
      const secrets = new SecretClipboard(clipboard, 500, realTimers)
      secrets.copySecret('s3cret')
      vi.advanceTimersByTime(499)
      expect(clipboard.text).toBe('s3cret')
      vi.advanceTimersByTime(1)
      expect(clipboard.text).toBe('')
    })
  })
})
