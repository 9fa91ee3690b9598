/**
 * Main's side of the settings and the SDK setup, through the real dispatcher: settings.json is
 * written durably only on a change and read back at start; a bad file is kept aside, not lost;
 * a snippet copied is the snippet shown, with the APPKEY and domains and never a secret;
 * qtconfig.json is saved where main's dialog says; Copy keys copies the secret only if asked.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateSnippet, snippetValues } from '../../src/shared/sdk/snippets'
import { DEFAULT_SETTINGS } from '../../src/shared/settings'
import { startApp, valueOf } from '../support/app-harness'
import { makeInput } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs('cam-settings-')
const DOMAIN = 'https://collect.example.com'

describe('settings', () => {
  it('start at the defaults without writing a file, and survive a restart once set', async () => {
    const dataDir = await tempDir()
    const first = await startApp(dataDir)
    expect(valueOf(await first.call('settings.get', undefined))).toEqual(DEFAULT_SETTINGS)
    expect(await readdir(dataDir)).not.toContain('settings.json')

    const saved = valueOf(
      await first.call('settings.update', { collectionDomain: 'HTTPS://Collect.Example.com:443/' })
    )
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, collectionDomain: DOMAIN })
    await first.app.dispose()

    const again = await startApp(dataDir)
    expect(valueOf(await again.call('settings.get', undefined)).collectionDomain).toBe(DOMAIN)
    const file = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'))
    expect(file).toEqual({
      version: 1,
      settings: { ...DEFAULT_SETTINGS, collectionDomain: DOMAIN }
    })
    await again.app.dispose()
  })

  it('change only what an update names', async () => {
    const harness = await startApp(await tempDir())
    await harness.call('settings.update', { collectionDomain: DOMAIN })
    const next = valueOf(
      await harness.call('settings.update', { webSdkUrl: 'https://cdn.example.com/sdk.js' })
    )
    expect(next).toEqual({
      collectionDomain: DOMAIN,
      standbyDomain: null,
      webSdkUrl: 'https://cdn.example.com/sdk.js',
      rotationPolicyDays: 90
    })
    expect(
      valueOf(await harness.call('settings.update', { rotationPolicyDays: '' }))
    ).toMatchObject({ webSdkUrl: 'https://cdn.example.com/sdk.js', rotationPolicyDays: null })
    expect(await harness.call('settings.update', { rotationPolicyDays: '0' })).toMatchObject({
      ok: false,
      error: { fieldErrors: { rotationPolicyDays: { code: 'settings.rotationDaysInvalid' } } }
    })
    await harness.app.dispose()
  })

  it('refuse a standby domain without a data collection domain, next to its field', async () => {
    const harness = await startApp(await tempDir())
    const result = await harness.call('settings.update', {
      standbyDomain: 'https://standby.example.com'
    })
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'VALIDATION',
      message: 'settings.standbyWithoutPrimary',
      fieldErrors: { standbyDomain: { code: 'settings.standbyWithoutPrimary' } }
    })
    expect(valueOf(await harness.call('settings.get', undefined))).toEqual(DEFAULT_SETTINGS)
    await harness.app.dispose()
  })

  it('keep a damaged settings file aside and start from the defaults', async () => {
    const dataDir = await tempDir()
    await writeFile(
      join(dataDir, 'settings.json'),
      '{"version":1,"settings":{"collectionDomain":"ftp://x"}}'
    )
    const harness = await startApp(dataDir)
    expect(valueOf(await harness.call('settings.get', undefined))).toEqual(DEFAULT_SETTINGS)
    const kept = (await readdir(dataDir)).filter((name) =>
      name.startsWith('settings.json.damaged-')
    )
    expect(kept).toHaveLength(1)
    expect(await readFile(join(dataDir, kept[0]), 'utf8')).toContain('ftp://x')
    expect(harness.log.lines.join('\n')).toContain('kept as')
    await harness.app.dispose()
  })
})

describe('SDK setup', () => {
  it('copies the snippet the page shows: the APPKEY and domain, never the secret', async () => {
    const harness = await startApp(await tempDir())
    const channel = valueOf(await harness.call('channels.create', makeInput()))
    await harness.call('settings.update', {
      collectionDomain: DOMAIN,
      standbyDomain: 'https://standby.example.com'
    })
    const copied = await harness.call('sdk.copySnippet', {
      id: channel.id,
      snippet: 'android',
      language: 'zh-CN'
    })
    expect(valueOf(copied)).toEqual({ snippet: 'android' })
    const settings = valueOf(await harness.call('settings.get', undefined))
    expect(harness.clipboard.text).toBe(
      generateSnippet('android', snippetValues(channel, settings), 'zh-CN')
    )
    expect(harness.clipboard.text).toContain(channel.appKey)
    expect(harness.clipboard.text).toContain(DOMAIN)
    const secret = harness.vault.entries.get(channel.id) ?? ''
    expect(secret).toMatch(/^csk_/)
    expect(harness.clipboard.text).not.toContain(secret)
    // Not a secret: nothing in the audit log.
    expect((await harness.app.audit.list()).map((e) => e.action)).toEqual(['create'])
    await harness.app.dispose()
  })

  it('says what to set first, and refuses a snippet the channel does not have', async () => {
    const harness = await startApp(await tempDir())
    const channel = valueOf(await harness.call('channels.create', makeInput()))
    const unset = await harness.call('sdk.copySnippet', {
      id: channel.id,
      snippet: 'android',
      language: 'en'
    })
    expect(unset.ok ? null : unset.error.message).toBe('sdk.domainNotSet')
    await harness.call('settings.update', { collectionDomain: DOMAIN })
    const other = await harness.call('sdk.copySnippet', {
      id: channel.id,
      snippet: 'ios',
      language: 'en'
    })
    expect(other.ok ? null : other.error.message).toBe('sdk.notForChannel')
    const web = valueOf(
      await harness.call(
        'channels.create',
        makeInput({
          name: 'Shop site',
          appType: 'WEB',
          platforms: [],
          domains: ['https://shop.example.com']
        })
      )
    )
    const noSdk = await harness.call('sdk.copySnippet', {
      id: web.id,
      snippet: 'web',
      language: 'en'
    })
    expect(noSdk.ok ? null : noSdk.error.message).toBe('sdk.webSdkUrlNotSet')
    expect(harness.clipboard.text).toBe('')
    await harness.app.dispose()
  })

  it('saves qtconfig.json where main’s save dialog says, and nothing when it is cancelled', async () => {
    const dataDir = await tempDir()
    const target = join(await tempDir(), 'qtconfig.json')
    const answers: Array<string | null> = [target, null]
    const asked: string[] = []
    const harness = await startApp(dataDir, {
      chooseFile: async (request) => {
        asked.push(request.defaultName ?? '')
        return answers.shift() ?? null
      }
    })
    const channel = valueOf(
      await harness.call('channels.create', makeInput({ platforms: ['HARMONYOS'] }))
    )
    expect(valueOf(await harness.call('sdk.saveHarmonyConfig', { id: channel.id }))).toEqual({
      saved: true,
      path: target
    })
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({
      appKey: channel.appKey,
      channel: 'AppGallery'
    })
    expect(valueOf(await harness.call('sdk.saveHarmonyConfig', { id: channel.id }))).toEqual({
      saved: false
    })
    expect(asked).toEqual(['qtconfig.json', 'qtconfig.json'])
    const android = valueOf(
      await harness.call('channels.create', makeInput({ name: 'Droid', platforms: ['ANDROID'] }))
    )
    const refused = await harness.call('sdk.saveHarmonyConfig', { id: android.id })
    expect(refused.ok ? null : refused.error.message).toBe('sdk.notForChannel')
    await harness.app.dispose()
  })

  it('cannot save without a dialog (tests, a harness without one)', async () => {
    const harness = await startApp(await tempDir())
    const channel = valueOf(
      await harness.call('channels.create', makeInput({ platforms: ['HARMONYOS'] }))
    )
    const result = await harness.call('sdk.saveHarmonyConfig', { id: channel.id })
    expect(result.ok ? null : result.error.message).toBe('sdk.saveUnavailable')
    await harness.app.dispose()
  })
})

describe('Copy keys', () => {
  it('copies APPKEY and AccessKeyId, the secret only when asked (then audited)', async () => {
    const harness = await startApp(await tempDir())
    const channel = valueOf(await harness.call('channels.create', makeInput()))
    const secret = harness.vault.entries.get(channel.id) ?? ''

    valueOf(await harness.call('channels.copyKeys', { id: channel.id, withSecret: false }))
    expect(harness.clipboard.text).toBe(
      `APPKEY: ${channel.appKey}\nAccessKeyId: ${channel.accessKeyId}`
    )
    expect((await harness.app.audit.list()).map((e) => e.action)).toEqual(['create'])

    valueOf(await harness.call('channels.copyKeys', { id: channel.id, withSecret: true }))
    expect(harness.clipboard.text).toBe(
      `APPKEY: ${channel.appKey}\nAccessKeyId: ${channel.accessKeyId}\nAccessKeySecret: ${secret}`
    )
    const [latest] = await harness.app.audit.list()
    expect(latest).toMatchObject({
      action: 'copy',
      channelId: channel.id,
      field: 'accessKeySecret'
    })
    expect(JSON.stringify(await harness.app.audit.list())).not.toContain(secret)
    await harness.app.dispose()
  })
})
