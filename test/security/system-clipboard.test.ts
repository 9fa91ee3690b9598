/**
 * The OS clipboard adapter (src/main/clipboard/system-clipboard.ts) over a stand-in for
 * Electron 45's asynchronous clipboard: a secret goes out in one write with the marks each OS's
 * clipboard history honours, and quitting clears it only while it is still there.
 */
import { describe, expect, it } from 'vitest'
import { SecretClipboard } from '../../src/main/clipboard/secret-clipboard'
import {
  concealedFormats,
  osFormat,
  SystemClipboard,
  type ClipboardPayload
} from '../../src/main/clipboard/system-clipboard'
import { ManualTimers } from '../support/fakes'

const SECRET = 'csk_0000000000000000000000000000000000aaaaaa'

/** Electron 45's clipboard: asynchronous; write() takes ClipboardItems, atomically. */
class FakeElectronClipboard {
  text = ''
  readonly writes: Array<Readonly<Record<string, ClipboardPayload>>> = []
  async readText(): Promise<string> {
    return this.text
  }
  async writeText(text: string): Promise<void> {
    this.writes.push({ 'text/plain': text })
    this.text = text
  }
  async write(items: Array<{ readonly items: Record<string, ClipboardPayload> }>): Promise<void> {
    expect(items).toHaveLength(1)
    const [item] = items
    this.writes.push(item?.items ?? {})
    this.text = String(item?.items['text/plain'] ?? '')
  }
}

function adapter(platform: NodeJS.Platform) {
  const electron = new FakeElectronClipboard()
  const clipboard = new SystemClipboard({
    clipboard: electron,
    makeItem: (items) => ({ items }),
    platform
  })
  return { electron, clipboard }
}

const bytesOf = async (payload: ClipboardPayload | undefined): Promise<number[]> =>
  payload instanceof Blob ? [...new Uint8Array(await payload.arrayBuffer())] : []

describe('a copied secret is marked for clipboard history to leave alone', () => {
  it('Windows: excluded from monitors, clipboard history and the cloud clipboard', async () => {
    const { electron, clipboard } = adapter('win32')
    await clipboard.writeSecret(SECRET)
    const [written] = electron.writes
    expect(Object.keys(written ?? {})).toEqual([
      'text/plain',
      osFormat('ExcludeClipboardContentFromMonitorProcessing'),
      osFormat('CanIncludeInClipboardHistory'),
      osFormat('CanUploadToCloudClipboard')
    ])
    expect(written?.['text/plain']).toBe(SECRET)
    // CanIncludeInClipboardHistory and CanUploadToCloudClipboard are a DWORD 0.
    expect(await bytesOf(written?.[osFormat('CanIncludeInClipboardHistory')])).toEqual([0, 0, 0, 0])
    expect(await bytesOf(written?.[osFormat('CanUploadToCloudClipboard')])).toEqual([0, 0, 0, 0])
  })

  it('macOS: org.nspasteboard.ConcealedType; Linux: KDE’s password-manager hint', async () => {
    expect(Object.keys(concealedFormats('darwin'))).toEqual([
      'electron application/osclipboard;format="org.nspasteboard.ConcealedType"'
    ])
    const { electron, clipboard } = adapter('linux')
    await clipboard.writeSecret(SECRET)
    expect(electron.writes).toEqual([
      { 'text/plain': SECRET, [osFormat('x-kde-passwordManagerHint')]: 'secret' }
    ])
  })

  it('a public key is plain text, without the marks', async () => {
    const { electron, clipboard } = adapter('win32')
    await clipboard.writeText('cid_public')
    expect(electron.writes).toEqual([{ 'text/plain': 'cid_public' }])
  })

  it('the channel service’s clipboard writes secrets through writeSecret, public keys as text', async () => {
    const { electron, clipboard } = adapter('darwin')
    const secrets = new SecretClipboard(clipboard, 30_000, new ManualTimers())
    await secrets.copy('cak_public')
    await secrets.copySecret(SECRET)
    expect(electron.writes.map((w) => Object.keys(w))).toEqual([
      ['text/plain'],
      ['text/plain', osFormat('org.nspasteboard.ConcealedType')]
    ])
  })
})

describe('clearing on quit', () => {
  it('clears the secret it wrote while the clipboard still holds it', async () => {
    const { electron, clipboard } = adapter('linux')
    await clipboard.writeSecret(SECRET)
    expect(await clipboard.clearSecret()).toBe(true)
    expect(electron.text).toBe('')
    // Once: nothing is left to clear.
    expect(await clipboard.clearSecret()).toBe(false)
  })

  it('leaves what the user copied since', async () => {
    const { electron, clipboard } = adapter('linux')
    await clipboard.writeSecret(SECRET)
    electron.text = 'the user’s own text'
    expect(await clipboard.clearSecret()).toBe(false)
    expect(electron.text).toBe('the user’s own text')
  })

  it('has nothing to clear after the app wrote something else, or nothing at all', async () => {
    const { electron, clipboard } = adapter('linux')
    expect(await clipboard.clearSecret()).toBe(false)
    await clipboard.writeSecret(SECRET)
    await clipboard.writeText('cid_public')
    expect(await clipboard.clearSecret()).toBe(false)
    expect(electron.text).toBe('cid_public')
  })
})
