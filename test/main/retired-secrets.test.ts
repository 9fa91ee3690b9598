/**
 * Retired-secret fingerprints: an append-only, fsynced file of SHA-256 fingerprints, written by
 * Update before the old secret is replaced, and never the secret itself.
 */
import { createHash } from 'node:crypto'
import { appendFile, mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppServices } from '../../src/main/app-services'
import {
  RETIRED_SECRETS_FILE_NAME,
  RetiredSecrets,
  secretFingerprint
} from '../../src/main/leaks/retired-secrets'
import { generateKey } from '../../src/main/keys/generate'
import { MemoryVault } from '../support/memory-vault'
import { makeFields } from '../support/fixtures'
import { FakeClipboard, recordingLogger } from '../support/fakes'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs('cam-retired-')

function makeLog(dataDir: string): RetiredSecrets {
  let t = Date.parse('2025-01-01T00:00:00.000Z')
  return new RetiredSecrets({ dataDir, now: () => new Date((t += 1000)) })
}

describe('RetiredSecrets', () => {
  it('is empty before anything is recorded', async () => {
    expect((await makeLog(await tempDir()).load()).size).toBe(0)
  })

  it('appends one line per retired secret: the channel, when, and the SHA-256, never the secret', async () => {
    const dir = await tempDir()
    const log = makeLog(dir)
    const first = generateKey('accessKeySecret')
    const second = generateKey('accessKeySecret')
    await log.record({ channelId: 'c1', channelName: 'Shop app', secret: first })
    await log.record({ channelId: 'c2', channelName: '商城', secret: second })

    const text = await readFile(join(dir, RETIRED_SECRETS_FILE_NAME), 'utf8')
    expect(text).not.toContain(first)
    expect(text).not.toContain(second)
    expect(text).not.toMatch(/csk_/)
    const lines = text.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        channelId: 'c1',
        channelName: 'Shop app',
        sha256: createHash('sha256').update(first).digest('hex'),
        retiredAt: '2025-01-01T00:00:01.000Z'
      },
      {
        channelId: 'c2',
        channelName: '商城',
        sha256: createHash('sha256').update(second).digest('hex'),
        retiredAt: '2025-01-01T00:00:02.000Z'
      }
    ])
    // Owner-only, like the audit log.
    if (process.platform !== 'win32') {
      expect((await stat(join(dir, RETIRED_SECRETS_FILE_NAME))).mode & 0o777).toBe(0o600)
    }

    const loaded = await makeLog(dir).load()
    expect(loaded.get(secretFingerprint(first))).toMatchObject({ channelId: 'c1' })
    expect(loaded.get(secretFingerprint(second))).toMatchObject({ channelName: '商城' })
  })

  it('keeps every line when appends race, and the latest wins for a secret recorded twice', async () => {
    const dir = await tempDir()
    const log = makeLog(dir)
    const secrets = Array.from({ length: 40 }, () => generateKey('accessKeySecret'))
    await Promise.all(
      secrets.map((secret, i) => log.record({ channelId: `c${i}`, channelName: 'x', secret }))
    )
    await log.record({ channelId: 'c0', channelName: 'again', secret: secrets[0] })
    const loaded = await makeLog(dir).load()
    expect(loaded.size).toBe(40)
    expect(loaded.get(secretFingerprint(secrets[0]))?.channelName).toBe('again')
  })

  it('skips a torn or foreign line, and starts a new line after a torn one', async () => {
    const dir = await tempDir()
    const log = makeLog(dir)
    const kept = generateKey('accessKeySecret')
    await log.record({ channelId: 'c1', channelName: 'One', secret: kept })
    const file = join(dir, RETIRED_SECRETS_FILE_NAME)
    await appendFile(file, '{"channelId":"c2","channelName":"To')
    const after = generateKey('accessKeySecret')
    await log.record({ channelId: 'c3', channelName: 'Three', secret: after })
    await appendFile(
      file,
      '{"hello":1}\n{"channelId":"c4","channelName":"x","sha256":"nothex","retiredAt":"t"}\n'
    )
    const loaded = await log.load()
    expect([...loaded.values()].map((r) => r.channelId)).toEqual(['c1', 'c3'])
  })

  it('fails when the data folder cannot hold the file', async () => {
    const dir = await tempDir()
    // A folder where the file should be: appending to it fails.
    await mkdir(join(dir, RETIRED_SECRETS_FILE_NAME))
    await expect(
      makeLog(dir).record({ channelId: 'c', channelName: 'n', secret: 'csk_x' })
    ).rejects.toThrow()
  })
})

describe('Update writes down the old secret’s fingerprint first', () => {
  async function start(options: { failFingerprints?: boolean } = {}) {
    const dataDir = await tempDir()
    const vault = new MemoryVault()
    const log = recordingLogger()
    const real = new RetiredSecrets({ dataDir })
    const app = await createAppServices({
      dataDir,
      keychainService: 'svc',
      clipboard: new FakeClipboard(),
      appVersion: '1.0.0',
      user: 'alice',
      vault,
      log,
      retiredSecrets: options.failFingerprints
        ? {
            record: () => Promise.reject(new Error('EROFS: read-only file system')),
            load: () => real.load()
          }
        : real
    })
    await app.reconciled
    return { app, vault, log, dataDir, retired: real }
  }

  it('records the fingerprint of the secret Update replaces, with the channel’s name then', async () => {
    const { app, vault, retired } = await start()
    const channel = await app.service.create(makeFields({ name: 'Shop app' }))
    const before = vault.entries.get(channel.id) as string
    await app.service.rotateSecret({ id: channel.id })
    const after = vault.entries.get(channel.id) as string
    expect(after).not.toBe(before)

    const loaded = await retired.load()
    expect(loaded.size).toBe(1)
    expect(loaded.get(secretFingerprint(before))).toMatchObject({
      channelId: channel.id,
      channelName: 'Shop app'
    })
    expect(loaded.has(secretFingerprint(after))).toBe(false)
    await app.dispose()
  })

  it('refuses the Update, with nothing changed, when the fingerprint cannot be written', async () => {
    const { app, vault, log } = await start({ failFingerprints: true })
    const channel = await app.service.create(makeFields({ name: 'Shop app' }))
    const before = vault.entries.get(channel.id) as string
    await expect(app.service.rotateSecret({ id: channel.id })).rejects.toMatchObject({
      code: 'STORAGE',
      messageCode: 'leaks.fingerprintNotSaved'
    })
    expect(vault.entries.get(channel.id)).toBe(before)
    expect((await app.service.get({ id: channel.id })).secretUpdatedAt).toBe(
      channel.secretUpdatedAt
    )
    expect((await app.audit.list()).map((e) => e.action)).toEqual(['create'])
    expect(log.lines.join('\n')).toContain('Could not write the fingerprint')
    expect(log.lines.join('\n')).not.toContain(before)
    await app.dispose()
  })

  it('records nothing for a channel whose secret is missing', async () => {
    const { app, vault, retired } = await start()
    const channel = await app.service.create(makeFields({ name: 'Shop app' }))
    vault.entries.delete(channel.id)
    await app.service.rotateSecret({ id: channel.id })
    expect((await retired.load()).size).toBe(0)
    await app.dispose()
  })
})
