/**
 * The services against the real OS keychain (keytar on gnome-keyring via D-Bus) and the
 * real data files. Run inside a D-Bus session with an unlocked keyring; see README.
 * Every run uses its own keychain service name and deletes its entries afterwards.
 */
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import type { KeytarLike } from '../../src/main/vault/secret-vault'
import { isValidKey } from '../../src/shared/keys'
import { FakeClipboard, recordingLogger } from '../support/fakes'
import { makeFields } from '../support/fixtures'

const keytar = createRequire(import.meta.url)('keytar') as KeytarLike
const service = `cam-test-${randomUUID()}`
let dataDir: string
const open: AppServices[] = []

async function start(): Promise<AppServices> {
  const app = await createAppServices({
    dataDir,
    keychainService: service,
    clipboard: new FakeClipboard(),
    appVersion: 'test',
    user: 'integration',
    log: recordingLogger()
  })
  open.push(app)
  expect(await app.reconciled).not.toBeNull()
  return app
}

const files = async (): Promise<string> =>
  (await readFile(join(dataDir, 'channels.json'), 'utf8')) +
  (await readFile(join(dataDir, 'audit.jsonl'), 'utf8'))

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cam-integration-'))
  // Fail fast with a clear reason if the test is not run inside an unlocked keyring session.
  await keytar.findCredentials(service).catch((error: unknown) => {
    throw new Error(
      `No usable keychain (${String(error)}). Run inside: dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets; npx vitest run --project integration'`
    )
  })
})

afterAll(async () => {
  await Promise.all(open.map((app) => app.dispose()))
  for (const { account } of await keytar.findCredentials(service))
    await keytar.deletePassword(service, account)
  await rm(dataDir, { recursive: true, force: true })
})

describe('ChannelService on the real keychain and data file', () => {
  const secrets: string[] = []
  let appId: string
  let webId: string

  it('create stores the secret in the keychain only', async () => {
    const app = await start()
    const created = await app.service.create(
      makeFields({ name: 'Real app', platforms: ['ANDROID', 'IOS'] })
    )
    const web = await app.service.create(
      makeFields({
        name: 'Real site',
        appType: 'WEB',
        platforms: [],
        domains: ['https://shop.example.com']
      })
    )
    appId = created.id
    webId = web.id

    const secret = await keytar.getPassword(service, created.id)
    expect(secret !== null && isValidKey(secret, 'accessKeySecret')).toBe(true)
    secrets.push(secret!)
    expect((await keytar.findCredentials(service)).map((c) => c.account).sort()).toEqual(
      [appId, webId].sort()
    )
    expect(await files()).not.toContain(secret)
  })

  it('reveal returns what the keychain holds', async () => {
    const app = await start()
    expect(await app.service.revealSecret({ id: appId })).toEqual({ secret: secrets[0] })
  })

  it('rotate replaces the secret and the old one is gone from the keychain', async () => {
    const app = await start()
    const before = await app.service.get({ id: appId })
    const rotated = await app.service.rotateSecret({ id: appId })
    const fresh = await keytar.getPassword(service, appId)
    expect(fresh).not.toBeNull()
    expect(fresh).not.toBe(secrets[0])
    secrets.push(fresh!)
    expect(rotated.secretUpdatedAt >= before.secretUpdatedAt).toBe(true)
    const stored = (await keytar.findCredentials(service)).map((c) => c.password)
    expect(stored).not.toContain(secrets[0])
    expect(await app.service.revealSecret({ id: appId })).toEqual({ secret: fresh })
  })

  it('a restart on the same folder sees the same channels and secrets', async () => {
    const app = await start()
    const list = await app.service.list()
    expect(list.map((c) => c.name).sort()).toEqual(['Real app', 'Real site'])
    expect(list.every((c) => c.secretStatus === 'present')).toBe(true)
    expect(await app.service.revealSecret({ id: appId })).toEqual({ secret: secrets[1] })
    expect((await app.audit.list()).map((e) => e.action)).toEqual([
      'reveal',
      'reveal',
      'rotate',
      'reveal',
      'create',
      'create'
    ])
  })

  it('reconcile at start lists a stray entry (never deletes it) and flags a missing secret', async () => {
    const stray = randomUUID()
    await keytar.setPassword(service, stray, 'stray')
    await keytar.deletePassword(service, webId)
    const app = await start()
    expect(await keytar.getPassword(service, stray)).toBe('stray')
    expect((await app.service.orphans()).ids).toContain(stray)
    expect((await app.service.get({ id: webId })).secretStatus).toBe('missing')
    await expect(app.service.revealSecret({ id: webId })).rejects.toMatchObject({
      code: 'SECRET_MISSING'
    })
    const reissued = await app.service.rotateSecret({ id: webId })
    expect(reissued.secretStatus).toBe('present')
    expect(await keytar.getPassword(service, webId)).not.toBeNull()
  })

  it('remove deletes the record and the keychain entry', async () => {
    const app = await start()
    await app.service.remove({ id: appId })
    expect(await keytar.getPassword(service, appId)).toBeNull()
    const again = await start()
    expect((await again.service.list()).map((c) => c.id)).toEqual([webId])
  })

  it('no secret ever reached the data file or the audit log', async () => {
    const text = await files()
    for (const secret of secrets) expect(text).not.toContain(secret)
    expect(text).not.toMatch(/csk_/)
  })
})
