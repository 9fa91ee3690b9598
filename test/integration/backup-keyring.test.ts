/**
 * The round trip on the real keyring (issue 12): app A (data folder 1, keychain service 1)
 * makes a passphrase backup; app B (empty data folder 2, service 2 — a new computer) restores
 * it: the same channels, the same secrets, read back from gnome-keyring with Debian's
 * `secret-tool` (libsecret-tools), and an audit entry in each. Then the lost-laptop case on one
 * computer: the data file deleted, recovery, this computer's backup key, everything back.
 */
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RestoreOpened } from '../../src/shared/backup'
import { isValidKey } from '../../src/shared/keys'
import { valueOf } from '../support/app-harness'
import { makeInput } from '../support/fixtures'
import {
  requireKeyring,
  secretTool,
  startKeyringApp,
  type KeyringApp
} from '../support/keyring-app'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs('cam-keyring-backup-')
const PASSPHRASE = 'a long passphrase for the team'
const apps: KeyringApp[] = []

beforeAll(requireKeyring)
afterAll(async () => {
  for (const app of apps) await app.dispose()
})

async function start(options: Parameters<typeof startKeyringApp>[0] = {}): Promise<KeyringApp> {
  const app = await startKeyringApp(options)
  apps.push(app)
  return app
}

const ready = (opened: RestoreOpened) => {
  if (opened.status !== 'ready') throw new Error(`expected ready, got ${opened.status}`)
  return opened.preview
}

describe('backup and restore on the real keyring', () => {
  it('A backs up with a passphrase; B, a new computer, gets the same channels and secrets', async () => {
    const a = await start()
    for (const input of [
      makeInput({ name: 'Shop app', platforms: ['ANDROID', 'IOS'] }),
      makeInput({ name: '北京 小程序', appType: 'MINI_PROGRAM', platforms: ['WECHAT', 'ALIPAY'] }),
      makeInput({
        name: 'Site',
        appType: 'WEB',
        platforms: [],
        domains: ['https://shop.example.com']
      })
    ]) {
      valueOf(await a.call('channels.create', input))
    }
    const channels = valueOf(await a.call('channels.list', undefined))
    const file = join(await tempDir(), 'team.age')
    a.dialogs.answer(file)
    expect(
      valueOf(
        await a.call('backup.create', {
          protection: { kind: 'passphrase', passphrase: PASSPHRASE }
        })
      )
    ).toMatchObject({ saved: true, channelCount: 3 })

    const b = await start()
    expect(b.service).not.toBe(a.service)
    b.dialogs.answer(file)
    const opened = valueOf(await b.call('backup.open', undefined))
    if (opened.status !== 'locked') throw new Error('a passphrase backup is locked')
    const preview = ready(
      valueOf(
        await b.call('backup.unlock', {
          token: opened.token,
          key: { kind: 'passphrase', passphrase: PASSPHRASE }
        })
      )
    )
    expect(preview.added).toHaveLength(3)
    expect(
      valueOf(await b.call('backup.restore', { token: preview.token, replace: [] }))
    ).toMatchObject({
      added: 3,
      channelCount: 3
    })

    const restored = valueOf(await b.call('channels.list', undefined))
    const strip = (list: typeof channels) => list.map(({ secretStatus: _s, ...record }) => record)
    expect(strip(restored)).toEqual(strip(channels))
    for (const channel of channels) {
      const secret = await secretTool(a.service, channel.id)
      expect(isValidKey(secret, 'accessKeySecret')).toBe(true)
      expect(await secretTool(b.service, channel.id)).toBe(secret)
    }
    expect(restored.every((c) => c.secretStatus === 'present')).toBe(true)
    expect((await a.app.audit.list(1))[0]).toMatchObject({
      action: 'backup',
      count: 3,
      kind: 'passphrase'
    })
    expect((await b.app.audit.list(1))[0]).toMatchObject({ action: 'restore', count: 3 })
    const written =
      (await readFile(join(b.dataDir, 'channels.json'), 'utf8')) +
      (await readFile(join(b.dataDir, 'audit.jsonl'), 'utf8'))
    expect(written).not.toMatch(/csk_/)
  })

  it('the data file deleted: recovery, keychain untouched, this computer’s key restores everything', async () => {
    const a = await start()
    for (const name of ['One', 'Two']) valueOf(await a.call('channels.create', makeInput({ name })))
    const file = join(await tempDir(), 'here.age')
    a.dialogs.answer(file)
    valueOf(await a.call('backup.create', { protection: { kind: 'thisComputer' } }))
    const before = valueOf(await a.call('channels.list', undefined))
    const keychain = await a.keychain()
    await a.stop()
    await rm(join(a.dataDir, 'channels.json'))

    const again = await start({ dataDir: a.dataDir, service: a.service, dialogs: a.dialogs })
    expect(again.app.recovery).toMatchObject({ problem: 'missing' })
    expect(await again.keychain()).toEqual(keychain)
    again.dialogs.answer(file)
    const preview = ready(valueOf(await again.call('backup.open', undefined)))
    valueOf(await again.call('backup.restore', { token: preview.token, replace: [] }))
    expect(
      valueOf(await again.call('channels.list', undefined)).map((c) => [c.id, c.secretStatus])
    ).toEqual(before.map((c) => [c.id, 'present']))
    expect(await again.keychain()).toEqual(keychain)
    // Only one app owns the folder at a time: the first one was stopped above.
    apps.splice(apps.indexOf(a), 1)
  })
})
