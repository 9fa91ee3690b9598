import { describe, expect, it } from 'vitest'
import type { BrowserWindowConstructorOptions } from 'electron'
import {
  createMainWindow,
  mainWindowOptions,
  secureWebPreferences,
  type WindowLike
} from '../../src/main/window'

const prefs = secureWebPreferences({ preload: '/app/out/preload/index.cjs', isPackaged: true })

describe('main window web preferences', () => {
  it.each([
    ['checklist 2: no Node.js integration', 'nodeIntegration', false],
    ['checklist 2: no Node.js in workers', 'nodeIntegrationInWorker', false],
    ['checklist 2: no Node.js in sub-frames', 'nodeIntegrationInSubFrames', false],
    ['checklist 3: context isolation', 'contextIsolation', true],
    ['checklist 4: process sandbox', 'sandbox', true],
    ['checklist 6: web security', 'webSecurity', true],
    ['checklist 8: no insecure content', 'allowRunningInsecureContent', false],
    ['checklist 9: no experimental features', 'experimentalFeatures', false],
    ['checklist 11/12: no <webview> tag', 'webviewTag', false],
    ['checklist 13: no navigation by drag and drop', 'navigateOnDragDrop', false],
    ['checklist 14: middle-click cannot open windows', 'disableBlinkFeatures', 'Auxclick'],
    ['no WebSQL', 'enableWebSQL', false],
    ['no dialog floods', 'safeDialogs', true]
  ])('%s (%s = %j)', (_label, key, value) => {
    expect(prefs[key as keyof typeof prefs]).toBe(value)
  })

  it('checklist 10: enables no Blink features and passes no extra arguments to the renderer', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('additionalArguments')
    expect(prefs).not.toHaveProperty('partition')
  })

  it('uses only the bundled preload', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })

  it('has DevTools only in development builds', () => {
    expect(prefs.devTools).toBe(false)
    expect(secureWebPreferences({ preload: 'p', isPackaged: false }).devTools).toBe(true)
  })

  it('lists exactly the reviewed keys, so a new preference is a conscious change', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'disableBlinkFeatures',
        'enableWebSQL',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag'
      ].sort()
    )
  })
})

describe('createMainWindow', () => {
  it('builds the window from these options, loads the given URL and shows it when ready', async () => {
    const created: FakeWindow[] = []
    class FakeWindow implements WindowLike {
      readonly listeners = new Map<string, () => void>()
      loaded: string | undefined
      shown = false
      constructor(readonly options: BrowserWindowConstructorOptions) {
        created.push(this)
      }
      once(event: 'ready-to-show', listener: () => void): void {
        this.listeners.set(event, listener)
      }
      show(): void {
        this.shown = true
      }
      async loadURL(url: string): Promise<void> {
        this.loaded = url
      }
    }
    const win = createMainWindow(FakeWindow, {
      preload: '/p.cjs',
      icon: '/icon.png',
      isPackaged: true,
      url: 'app://renderer/index.html'
    })
    expect(created).toEqual([win])
    expect(win.options).toEqual(
      mainWindowOptions({ preload: '/p.cjs', icon: '/icon.png', isPackaged: true })
    )
    expect(win.options.webPreferences).toEqual(
      secureWebPreferences({ preload: '/p.cjs', isPackaged: true })
    )
    expect(win.options.show).toBe(false)
    expect(win.loaded).toBe('app://renderer/index.html')
    win.listeners.get('ready-to-show')?.()
    expect(win.shown).toBe(true)
  })

  it('reports a failed load instead of leaving an unhandled rejection', async () => {
    const errors: unknown[] = []
    class FailingWindow implements WindowLike {
      once(): void {}
      show(): void {}
      loadURL(): Promise<void> {
        return Promise.reject(new Error('ERR_FILE_NOT_FOUND'))
      }
    }
    createMainWindow(FailingWindow, {
      preload: '/p.cjs',
      icon: '/icon.png',
      isPackaged: true,
      url: 'app://renderer/index.html',
      onLoadError: (error) => errors.push(error)
    })
    await new Promise((done) => setImmediate(done))
    expect(errors).toHaveLength(1)
  })
})
