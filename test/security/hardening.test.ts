/**
 * The process-wide guards, driven through plain event emitters standing in for Electron's
 * `app`, sessions and WebContents: each test emits what Electron would emit and checks the
 * guard cancelled it (preventDefault, callback(false), { action: 'deny' }).
 */
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { isAppUrl } from '../../src/main/app-protocol'
import {
  EXTERNAL_LINKS,
  allowedExternalUrl,
  denyAllPermissions,
  guardWebContents,
  hardenApp,
  isAllowedExternalUrl,
  type PreventableEvent
} from '../../src/main/hardening'
import { recordingLogger } from '../support/fakes'

class FakeEvent implements PreventableEvent {
  prevented = false
  constructor(
    readonly url?: string,
    readonly isMainFrame?: boolean
  ) {}
  preventDefault(): void {
    this.prevented = true
  }
}

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler
  }
}

type PermissionHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void
) => void

class FakeSession extends EventEmitter {
  requestHandler: PermissionHandler | undefined
  checkHandler: (() => boolean) | undefined
  deviceHandler: (() => boolean) | undefined
  setPermissionRequestHandler(handler: PermissionHandler): void {
    this.requestHandler = handler
  }
  setPermissionCheckHandler(handler: () => boolean): void {
    this.checkHandler = handler
  }
  setDevicePermissionHandler(handler: () => boolean): void {
    this.deviceHandler = handler
  }
}

const APP_PAGE = 'app://renderer/index.html'
const DOC_LINK = 'https://www.alibabacloud.com/help/en/quick-tracking'

function guarded() {
  const contents = new FakeWebContents()
  const opened: string[] = []
  const log = recordingLogger()
  guardWebContents(contents, {
    isAppUrl: (url) => isAppUrl(url),
    openExternal: async (url) => void opened.push(url),
    log
  })
  return { contents, opened, log }
}

const HOSTILE_URLS = [
  'https://evil.example/',
  'http://www.alibabacloud.com/help',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'app://renderer.evil/',
  'smb://attacker/share',
  'ms-msdt:/id PCWDiagnostic',
  'https://www.alibabacloud.com.evil.example/',
  'https://user:pass@www.alibabacloud.com/',
  'https://www.alibabacloud.com:8443/',
  // An allowed host is not enough: any other path, a query or a fragment is refused.
  'https://help.aliyun.com/?k=csk_leaked',
  'https://help.aliyun.com/document_detail/181421.html',
  'https://www.alibabacloud.com/help/en/quick-tracking?q=1',
  'https://www.alibabacloud.com/help/en/quick-tracking#x',
  'https://www.alibabacloud.com/help/en/quick-tracking/?',
  'https://www.alibabacloud.com/help/en/quick-trackingX',
  'https://help.aliyun.com/zh/quick-tracking/../../redirect',
  'https://help.aliyun.com/zh/quick-tracking/%2e%2e/%2e%2e/redirect',
  'https://help.aliyun.com/zh/quick-tracking/..%2F..%2Fredirect',
  'https://help.aliyun.com/zh/quick-tracking/..%5credirect',
  'https://help.aliyun.com/zh/quick-tracking/..\\..\\redirect',
  'https://help.aliyun.com/zh/',
  'not a url'
]

describe('navigation (checklist 13)', () => {
  it('lets the app page navigate within itself', () => {
    const { contents } = guarded()
    const event = new FakeEvent(APP_PAGE)
    contents.emit('will-navigate', event, APP_PAGE)
    expect(event.prevented).toBe(false)
  })

  it.each(HOSTILE_URLS)('prevents navigating the window to %s and opens nothing', (url) => {
    const { contents, opened } = guarded()
    const event = new FakeEvent(url)
    contents.emit('will-navigate', event, url)
    expect(event.prevented).toBe(true)
    expect(opened).toEqual([])
  })

  it('reads the URL from the legacy second argument too', () => {
    const { contents } = guarded()
    const event = new FakeEvent(undefined)
    contents.emit('will-navigate', event, 'https://evil.example/')
    expect(event.prevented).toBe(true)
  })

  it('prevents a navigation with no URL at all', () => {
    const { contents } = guarded()
    const event = new FakeEvent(undefined)
    contents.emit('will-navigate', event)
    expect(event.prevented).toBe(true)
  })

  it('opens an allow-listed https link in the browser instead of navigating', () => {
    const { contents, opened } = guarded()
    const event = new FakeEvent(DOC_LINK)
    contents.emit('will-navigate', event, DOC_LINK)
    expect(event.prevented).toBe(true)
    expect(opened).toEqual([DOC_LINK])
  })

  it.each(HOSTILE_URLS)('prevents a redirect to %s', (url) => {
    const { contents } = guarded()
    const event = new FakeEvent(url)
    contents.emit('will-redirect', event, url)
    expect(event.prevented).toBe(true)
  })

  it.each(HOSTILE_URLS)('prevents a sub-frame navigating to %s', (url) => {
    const { contents } = guarded()
    const event = new FakeEvent(url, false)
    contents.emit('will-frame-navigate', event)
    expect(event.prevented).toBe(true)
  })
})

describe('new windows (checklist 14) and shell.openExternal (checklist 15)', () => {
  it.each([APP_PAGE, DOC_LINK, ...HOSTILE_URLS])('denies window.open(%j)', (url) => {
    const { contents } = guarded()
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
  })

  it('opens only allow-listed https links externally, and logs the rest without their path', () => {
    const { contents, opened, log } = guarded()
    for (const url of [DOC_LINK, ...HOSTILE_URLS]) contents.windowOpenHandler?.({ url })
    expect(opened).toEqual([DOC_LINK])
    expect(log.lines.join('\n')).toContain('Blocked a link to https://evil.example')
    expect(log.lines.join('\n')).not.toContain('/etc/passwd')
  })

  it('keeps the allow-list to exact https pages and path prefixes, and refuses look-alikes', () => {
    expect(EXTERNAL_LINKS.exact.length).toBeGreaterThan(0)
    for (const url of EXTERNAL_LINKS.exact) expect(isAllowedExternalUrl(url), url).toBe(true)
    for (const prefix of EXTERNAL_LINKS.prefixes) {
      expect(prefix, prefix).toMatch(/^https:\/\/[^/?#]+\/.*\/$/)
      expect(isAllowedExternalUrl(`${prefix}getting-started`), prefix).toBe(true)
    }
    for (const url of HOSTILE_URLS) expect(isAllowedExternalUrl(url), url).toBe(false)
  })

  it('opens the URL as parsed, so what was checked is what opens', () => {
    expect(
      allowedExternalUrl('https://HELP.aliyun.com/zh/quick-tracking/./user-guide/../sdk')
    ).toBe('https://help.aliyun.com/zh/quick-tracking/sdk')
  })

  it('logs, and does not throw, when the OS cannot open a link', async () => {
    const contents = new FakeWebContents()
    const log = recordingLogger()
    guardWebContents(contents, {
      isAppUrl: () => false,
      openExternal: () => Promise.reject(new Error('no browser')),
      log
    })
    expect(contents.windowOpenHandler?.({ url: DOC_LINK })).toEqual({ action: 'deny' })
    await new Promise((done) => setImmediate(done))
    expect(log.lines.join('\n')).toContain('Could not open an external link.')
  })
})

describe('<webview> (checklist 11, 12)', () => {
  it('prevents every <webview> from attaching', () => {
    const { contents } = guarded()
    const event = new FakeEvent()
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: APP_PAGE })
    expect(event.prevented).toBe(true)
  })
})

describe('permissions (checklist 5)', () => {
  const PERMISSIONS = [
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'geolocation',
    'idle-detection',
    'media',
    'mediaKeySystem',
    'midi',
    'midiSysex',
    'notifications',
    'pointerLock',
    'keyboardLock',
    'openExternal',
    'speaker-selection',
    'storage-access',
    'top-level-storage-access',
    'window-management',
    'unknown',
    'fileSystem'
  ]

  it.each(PERMISSIONS)('denies a %s request, check and device permission', (permission) => {
    const session = new FakeSession()
    denyAllPermissions(session)
    const answers: boolean[] = []
    session.requestHandler?.({}, permission, (granted) => answers.push(granted))
    expect(answers).toEqual([false])
    expect(session.checkHandler?.()).toBe(false)
    expect(session.deviceHandler?.()).toBe(false)
  })

  it('cancels HID, USB, serial and Bluetooth device choosers', () => {
    const session = new FakeSession()
    denyAllPermissions(session)
    const picked: unknown[] = []
    const hid = new FakeEvent()
    session.emit(
      'select-hid-device',
      hid,
      { deviceList: [{ deviceId: 'h1' }] },
      (id?: string | null) => picked.push(id)
    )
    const usb = new FakeEvent()
    session.emit('select-usb-device', usb, { deviceList: [{ deviceId: 'u1' }] }, (id?: string) =>
      picked.push(id)
    )
    const serial = new FakeEvent()
    session.emit('select-serial-port', serial, [{ portId: 's1' }], {}, (id: string) =>
      picked.push(id)
    )
    const { contents } = guarded()
    const bluetooth = new FakeEvent()
    contents.emit('select-bluetooth-device', bluetooth, [{ deviceId: 'b1' }], (id: string) =>
      picked.push(id)
    )
    expect([hid, usb, serial, bluetooth].every((e) => e.prevented)).toBe(true)
    expect(picked).toEqual([null, undefined, '', ''])
  })
})

describe('hardenApp', () => {
  it('guards the default session, every session created later and every WebContents', () => {
    const app = new EventEmitter()
    const defaultSession = new FakeSession()
    const opened: string[] = []
    hardenApp({
      app,
      defaultSession,
      isAppUrl: (url) => isAppUrl(url),
      openExternal: async (url) => void opened.push(url)
    })
    expect(defaultSession.checkHandler?.()).toBe(false)

    const later = new FakeSession()
    app.emit('session-created', later)
    const answers: boolean[] = []
    later.requestHandler?.({}, 'media', (granted) => answers.push(granted))
    expect(answers).toEqual([false])

    const contents = new FakeWebContents()
    app.emit('web-contents-created', new FakeEvent(), contents)
    const navigation = new FakeEvent('https://evil.example/')
    contents.emit('will-navigate', navigation, navigation.url)
    expect(navigation.prevented).toBe(true)
    expect(contents.windowOpenHandler?.({ url: DOC_LINK })).toEqual({ action: 'deny' })
    expect(opened).toEqual([DOC_LINK])
  })
})
