/**
 * Restarting the app: close and relaunch on the same data folder, and everything is still
 * there — channels and their secrets — while the data files hold no secret. Also the harness's
 * own promise: close() removes a data folder (and its keychain entries) only if it made it.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import type { ChannelView } from '../../src/shared/channel'
import { KeytarVault } from '../../src/main/vault/secret-vault'
import { closeBrowser, keychainServiceFor, launchApp, type LaunchedApp } from './harness'
import { channelNamed, dataFiles, keychainOf, Screen } from './support'

const CHANNELS = [
  { name: 'Restart app', appType: 'APP', platforms: ['Android', 'iOS'] },
  { name: 'Restart mini program', appType: 'Mini Program', platforms: ['WeChat', 'Alipay'] },
  {
    name: 'Restart website',
    appType: 'WEB',
    domains: ['https://restart.example.com', 'https://m.restart.example.com:8443']
  }
] as const

describe('persistence across a restart', () => {
  const launched: LaunchedApp[] = []
  const folders: string[] = []

  const launch = async (dataDir?: string): Promise<LaunchedApp> => {
    const app = await launchApp({ dataDir })
    launched.push(app)
    await new Screen(app.page).ready()
    return app
  }

  /** A data folder this test owns (launchApp keeps a folder it was given). */
  const ownFolder = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'cam-e2e-own-'))
    folders.push(dir)
    return dir
  }

  afterEach(async () => {
    for (const app of launched.splice(0)) await app.close()
    for (const dir of folders.splice(0)) {
      const keychain = new KeytarVault(await keychainServiceFor(dir))
      for (const account of await keychain.accounts()) await keychain.delete(account)
      await rm(dir, { recursive: true, force: true })
    }
  })

  afterAll(async () => {
    await closeBrowser()
  })

  it('keeps channels and secrets; the data files hold no secret', async () => {
    const dataDir = await ownFolder()
    const first = await launch(dataDir)
    const ui = new Screen(first.page)
    for (const spec of CHANNELS) await ui.create(spec)
    // Rotate one secret, so the relaunch must show the new one and never the old one.
    const before = await ui.revealSecret('Restart app')
    await ui.button('Update AccessKeySecret of Restart app').click()
    await ui.confirmButton('Update').click()
    await first.page.getByText('AccessKeySecret updated').waitFor()
    await ui.button('Hide AccessKeySecret of Restart app').waitFor()
    const rotated = await ui.shownSecret('Restart app')
    expect(rotated).not.toBe(before)

    const records = await first.services.service.list()
    const secrets = new Map<string, string>()
    for (const { id } of records) secrets.set(id, (await keychainOf(first).get(id)) ?? '')
    const issued = [before, ...secrets.values()]
    expect(issued.every((secret) => secret.startsWith('csk_'))).toBe(true)

    await first.close()
    // A folder that was given is kept, with its keychain entries.
    expect(existsSync(join(dataDir, 'channels.json'))).toBe(true)
    expect((await keychainOf(first).accounts()).sort()).toEqual([...secrets.keys()].sort())

    const second = await launch(dataDir)
    const again = new Screen(second.page)
    expect(second.keychainService).toBe(first.keychainService)
    for (const spec of CHANNELS) await again.row(spec.name).waitFor()
    // The same records (secretStatus aside: the start-up reconcile sets it in the background).
    const stored = (views: readonly ChannelView[]) =>
      views.map(({ secretStatus: _status, ...record }) => record)
    expect(stored(await second.services.service.list())).toEqual(stored(records))
    await expect
      .poll(() => again.row('Restart website').getByRole('listitem').allTextContents())
      .toEqual(['https://restart.example.com', 'https://m.restart.example.com:8443'])
    // The same secrets, revealed through the UI; the rotated-away one is gone for good.
    for (const spec of CHANNELS) {
      const { id } = await channelNamed(second, spec.name)
      expect(await again.revealSecret(spec.name)).toBe(secrets.get(id))
    }
    expect(await again.shownSecret('Restart app')).toBe(rotated)

    // Neither the data file nor the audit log holds a secret, nor anything shaped like one.
    const files = await dataFiles(dataDir)
    for (const text of [files.channels, files.audit]) {
      for (const secret of issued) expect(text).not.toContain(secret)
      expect(text).not.toMatch(/csk_/)
    }
    // The audit log spans both sessions.
    const actions = files.audit
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { action: string }).action)
    expect(actions.filter((action) => action === 'create')).toHaveLength(3)
    expect(actions.filter((action) => action === 'reveal').length).toBeGreaterThanOrEqual(5)
  })

  it('close() removes a folder it created, and that folder’s keychain entries', async () => {
    const app = await launch()
    const ui = new Screen(app.page)
    await ui.create({
      name: 'Throwaway',
      appType: 'WEB',
      domains: ['https://throwaway.example.com']
    })
    const keychain = keychainOf(app)
    expect(await keychain.accounts()).toHaveLength(1)
    expect(existsSync(app.dataDir)).toBe(true)

    await app.close()
    expect(existsSync(app.dataDir)).toBe(false)
    expect(await keychain.accounts()).toEqual([])
  })

  it('close() keeps a folder it was given, even one it found empty', async () => {
    const dataDir = await ownFolder()
    const app = await launch(dataDir)
    await new Screen(app.page).create({
      name: 'Kept',
      appType: 'Mini Program',
      platforms: ['Baidu']
    })
    await app.close()
    expect(existsSync(join(dataDir, 'channels.json'))).toBe(true)
    expect(await keychainOf(app).accounts()).toHaveLength(1)
  })
})
