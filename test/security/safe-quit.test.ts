/**
 * Quitting (src/main/security/safe-quit.ts) with a fake `app` that behaves like Electron's: an
 * unprevented before-quit ends the process at once, so whatever the clipboard holds then is
 * what stays on it. The guard must hold the quit until a copied secret is cleared and the
 * services are disposed, at most 3 s, then exit once.
 */
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { SystemClipboard } from '../../src/main/clipboard/system-clipboard'
import { installSafeQuit, QUIT_CAP_MS } from '../../src/main/security/safe-quit'
import { makeFields } from '../support/fixtures'
import { ManualTimers, recordingLogger, settle } from '../support/fakes'
import { makeService } from '../support/service-harness'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

/** Electron's app, as far as quitting goes. */
class FakeApp extends EventEmitter {
  readonly events: string[] = []
  /** The clipboard text at the moment the process ended. */
  endedWith: string | undefined
  constructor(private readonly clipboardText: () => string) {
    super()
  }
  /** app.quit(): before-quit; unless prevented, the process ends right after the handlers. */
  quit(): void {
    let prevented = false
    this.emit('before-quit', {
      preventDefault: () => {
        prevented = true
        this.events.push('prevented')
      }
    })
    if (!prevented) this.end('quit')
  }
  exit(code = 0): void {
    this.events.push(`exit ${code}`)
    this.end('exit')
  }
  private end(how: string): void {
    if (this.endedWith !== undefined) throw new Error(`ended twice (${how})`)
    this.endedWith = this.clipboardText()
  }
}

describe('safe quit', () => {
  it('holds the first quit: clears the clipboard, then disposes, then exits once', async () => {
    const steps: string[] = []
    let text = 'csk_secret'
    const app = new FakeApp(() => text)
    installSafeQuit({
      app,
      clearClipboard: async () => {
        steps.push('clear')
        text = ''
        return true
      },
      dispose: async () => void steps.push('dispose'),
      timers: new ManualTimers()
    })
    app.quit()
    app.quit() // a second quit while cleaning up is held too, and starts nothing new
    expect(app.events).toEqual(['prevented', 'prevented'])
    expect(app.endedWith).toBeUndefined()
    await settle()
    expect(steps).toEqual(['clear', 'dispose'])
    expect(app.events).toEqual(['prevented', 'prevented', 'exit 0'])
    expect(app.endedWith).toBe('')
  })

  it('exits after the 3 s cap when the clean-up hangs, and says so', async () => {
    const timers = new ManualTimers()
    const log = recordingLogger()
    const app = new FakeApp(() => '')
    installSafeQuit({
      app,
      clearClipboard: async () => false,
      dispose: () => new Promise<void>(() => undefined),
      timers,
      log
    })
    app.quit()
    await settle()
    expect(app.events).toEqual(['prevented'])
    timers.advance(QUIT_CAP_MS - 1)
    await settle()
    expect(app.events).toEqual(['prevented'])
    timers.advance(1)
    await settle()
    expect(app.events).toEqual(['prevented', 'exit 0'])
    expect(log.lines.join('\n')).toContain('Quit clean-up took longer than 3000 ms')
    expect(QUIT_CAP_MS).toBe(3_000)
  })

  it('still disposes and exits when the clipboard cannot be cleared', async () => {
    const log = recordingLogger()
    const app = new FakeApp(() => '')
    let disposed = false
    installSafeQuit({
      app,
      clearClipboard: () => Promise.reject(new Error('clipboard held by another app')),
      dispose: async () => void (disposed = true),
      timers: new ManualTimers(),
      log
    })
    app.quit()
    await settle()
    expect(disposed).toBe(true)
    expect(app.events).toEqual(['prevented', 'exit 0'])
    expect(log.lines.join('\n')).toContain('Could not clear the clipboard before quitting.')
  })

  it('with the channel service: quitting right after Copy leaves no secret on the clipboard', async () => {
    // Electron 45's clipboard: every call is asynchronous.
    const electron = {
      text: '',
      readText: async () => electron.text,
      writeText: async (text: string) => void (electron.text = text),
      write: async (items: Array<{ items: Record<string, unknown> }>) =>
        void (electron.text = String(items[0]?.items['text/plain']))
    }
    const clipboard = new SystemClipboard({
      clipboard: electron,
      makeItem: (items) => ({ items }),
      platform: 'linux'
    })
    const h = await makeService(await tempDir(), { systemClipboard: clipboard })
    const channel = await h.service.create(makeFields({ name: 'Shop app' }))
    await h.service.copy({ id: channel.id, field: 'accessKeySecret' })
    expect(electron.text).toBe(await h.vault.get(channel.id))

    const app = new FakeApp(() => electron.text)
    installSafeQuit({
      app,
      clearClipboard: () => clipboard.clearSecret(),
      dispose: () => h.service.dispose(),
      timers: new ManualTimers()
    })
    app.quit()
    await vi.waitFor(() => expect(app.events).toEqual(['prevented', 'exit 0']))
    expect(app.endedWith).toBe('')
  })

  it('without the guard (the old will-quit dispose), the process ends with the secret on the clipboard', async () => {
    let text = 'csk_secret'
    const app = new FakeApp(() => text)
    // What index.ts did before: start the async clean-up and return.
    app.on('before-quit', () => {
      void Promise.resolve().then(() => (text = ''))
    })
    app.quit()
    expect(app.endedWith).toBe('csk_secret')
  })
})
