/**
 * Back Up… and Restore from Backup… through the dispatcher (SPEC §9, issue 12): every
 * protection, the preview's four kinds, keep / replace, all-or-nothing when a step fails, and
 * the audit entries. The keychain is a MemoryVault here; test/integration/backup-keyring.test.ts
 * does the round trip on the real keyring, test/integration/age-cli.test.ts with the age CLI.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption'
import { describe, expect, it } from 'vitest'
import { BACKUP_VERSION, type RestoreOpened, type RestorePreview } from '../../src/shared/backup'
import { BACKUP_KEY_ACCOUNT } from '../../src/main/backup/backup-key'
import { startApp, valueOf, type AppHarness } from '../support/app-harness'
import { FileDialogs } from '../support/file-dialogs'
import { makeInput } from '../support/fixtures'
import { MemoryVault } from '../support/memory-vault'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs('cam-backup-')
const PASSPHRASE = 'correct horse battery staple'

async function app(dialogs = new FileDialogs(), vault = new MemoryVault(), dir?: string) {
  const h = await startApp(dir ?? (await tempDir()), { vault, chooseFile: dialogs.choose })
  return { h, dialogs, vault }
}

/** An app with three channels (APP, Mini Program, WEB). */
async function populated() {
  const a = await app()
  for (const input of [
    makeInput({ name: 'Shop app', platforms: ['ANDROID', 'IOS'] }),
    makeInput({ name: '北京 Mini', appType: 'MINI_PROGRAM', platforms: ['WECHAT'] }),
    makeInput({
      name: 'Site',
      appType: 'WEB',
      platforms: [],
      domains: ['https://shop.example.com']
    })
  ]) {
    valueOf(await a.h.call('channels.create', input))
  }
  return a
}

async function backUp(h: AppHarness, dialogs: FileDialogs, protection: object): Promise<string> {
  const file = join(await tempDir(), 'team.age')
  dialogs.answer(file)
  const result = valueOf(await h.call('backup.create', { protection } as never))
  expect(result).toMatchObject({ saved: true, fileName: 'team.age', channelCount: 3, leftOut: [] })
  return file
}

function ready(opened: RestoreOpened): RestorePreview {
  if (opened.status !== 'ready') throw new Error(`expected a preview, got ${opened.status}`)
  return opened.preview
}

describe('Back Up…', () => {
  it('asks where, writes one owner-only age file after the audit entry, and holds every secret', async () => {
    const { h, dialogs, vault } = await populated()
    const file = await backUp(h, dialogs, { kind: 'passphrase', passphrase: PASSPHRASE })

    expect(dialogs.requests).toEqual([
      { kind: 'save', purpose: 'backup', defaultName: expect.stringMatching(/\.age$/) }
    ])
    const bytes = await readFile(file)
    expect(bytes.subarray(0, 22).toString()).toBe('age-encryption.org/v1\n')
    expect((await stat(file)).mode & 0o777).toBe(0o600)
    for (const secret of vault.entries.values()) expect(bytes.includes(secret)).toBe(false)

    const decrypter = new Decrypter()
    decrypter.addPassphrase(PASSPHRASE)
    const payload = JSON.parse(await decrypter.decrypt(bytes, 'text'))
    expect(payload).toMatchObject({
      format: 'collection-api-manager-backup',
      version: BACKUP_VERSION,
      appVersion: 'test'
    })
    const channels = valueOf(await h.call('channels.list', undefined))
    expect(payload.channels).toEqual(
      channels.map(({ secretStatus: _s, ...record }) => ({
        ...record,
        accessKeySecret: vault.entries.get(record.id)
      }))
    )
    const [entry] = await h.app.audit.list(1)
    expect(entry).toMatchObject({ action: 'backup', count: 3, kind: 'passphrase' })
    expect(JSON.stringify(await h.app.audit.list())).not.toContain(PASSPHRASE)
    expect(h.log.lines.join('\n')).not.toContain(PASSPHRASE)
    await h.app.dispose()
  })

  it('a cancelled dialog writes nothing and audits nothing', async () => {
    const { h } = await populated()
    const before = (await h.app.audit.list()).length
    expect(
      valueOf(await h.call('backup.create', { protection: { kind: 'thisComputer' } }))
    ).toEqual({ saved: false })
    expect(await h.app.audit.list()).toHaveLength(before)
    await h.app.dispose()
  })

  it('refuses a recipient with a bad checksum (next to the field), and an empty list', async () => {
    const { h, dialogs } = await populated()
    const good = await identityToRecipient(await generateX25519Identity())
    const typo = `${good.slice(0, -1)}${good.endsWith('q') ? 'p' : 'q'}`
    expect(
      await h.call('backup.create', {
        protection: { kind: 'recipients', recipients: [good, typo] }
      })
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'backup.recipientInvalid',
        fieldErrors: { 'protection.recipients.1': { code: 'backup.recipientInvalid' } }
      }
    })
    expect(dialogs.requests).toEqual([])
    await h.app.dispose()
  })

  it('leaves out, and names, a channel whose secret is missing on this computer', async () => {
    const { h, dialogs, vault } = await populated()
    const [first] = valueOf(await h.call('channels.list', undefined))
    vault.entries.delete(first.id)
    dialogs.answer(join(await tempDir(), 'b.age'))
    expect(
      valueOf(await h.call('backup.create', { protection: { kind: 'thisComputer' } }))
    ).toMatchObject({
      saved: true,
      channelCount: 2,
      leftOut: ['Shop app']
    })
    await h.app.dispose()
  })

  it('refuses with nothing to back up, and in recovery mode', async () => {
    const { h } = await app()
    expect(await h.call('backup.create', { protection: { kind: 'thisComputer' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'backup.nothingToBackUp' }
    })
    await h.app.dispose()
  })
})

describe('this computer’s backup key', () => {
  it('is made once, kept in the keychain under a name that is no channel id, and copied as its public key', async () => {
    const { h, vault } = await app()
    const { recipient } = valueOf(await h.call('backup.publicKey', undefined))
    expect(recipient).toMatch(/^age1[02-9ac-hj-np-z]{58}$/)
    expect(valueOf(await h.call('backup.publicKey', undefined)).recipient).toBe(recipient)
    expect([...vault.entries.keys()]).toEqual([BACKUP_KEY_ACCOUNT])
    expect(vault.entries.get(BACKUP_KEY_ACCOUNT)).toMatch(/^AGE-SECRET-KEY-1/)
    expect(valueOf(await h.call('backup.copyPublicKey', undefined))).toEqual({ recipient })
    // Not listed as a secret without a channel.
    await h.app.dispose()
    const again = await startApp(h.dataDir, { vault })
    expect(valueOf(await again.call('channels.orphans', undefined))).toEqual({
      checked: true,
      ids: []
    })
    await again.app.dispose()
  })

  it('a backup made to it opens without a passphrase and brings a lost data file back', async () => {
    const { h, dialogs, vault } = await populated()
    const before = valueOf(await h.call('channels.list', undefined))
    const file = await backUp(h, dialogs, { kind: 'thisComputer' })
    const secrets = new Map(vault.entries)
    await h.app.dispose()
    await rm(join(h.dataDir, 'channels.json'))
    await rm(join(h.dataDir, 'backups'), { recursive: true })

    const b = await app(dialogs, vault, h.dataDir)
    expect(b.h.app.recovery).toMatchObject({
      problem: 'missing',
      detail: { code: 'store.missingWithSecrets', params: { count: 3 } }
    })
    dialogs.answer(file)
    const preview = ready(valueOf(await b.h.call('backup.open', undefined)))
    expect(preview).toMatchObject({
      protection: 'recipients',
      total: 3,
      sameId: [],
      nameClashes: [],
      invalid: []
    })
    // Their secrets are still in the keychain (never deleted): they are kept.
    expect(preview.added.map((c) => [c.name, c.secret])).toEqual([
      ['Shop app', 'kept'],
      ['北京 Mini', 'kept'],
      ['Site', 'kept']
    ])
    const result = valueOf(await b.h.call('backup.restore', { token: preview.token, replace: [] }))
    expect(result).toEqual({ added: 3, replaced: 0, secretsFilled: 0, skipped: 0, channelCount: 3 })
    expect(valueOf(await b.h.call('app.status', undefined)).mode).toBe('normal')
    const after = valueOf(await b.h.call('channels.list', undefined))
    expect(after.map(({ secretStatus: _s, ...r }) => r)).toEqual(
      before.map(({ secretStatus: _s, ...r }) => r)
    )
    expect(new Map(vault.entries)).toEqual(secrets)
    await b.h.app.dispose()
  })
})

describe('Restore from Backup…', () => {
  it('passphrase: locked until the right one; a wrong one is said next to the field', async () => {
    const a = await populated()
    const file = await backUp(a.h, a.dialogs, { kind: 'passphrase', passphrase: PASSPHRASE })
    const b = await app()
    b.dialogs.answer(file)
    const opened = valueOf(await b.h.call('backup.open', undefined))
    expect(opened).toEqual({
      status: 'locked',
      token: expect.any(String),
      fileName: 'team.age',
      needs: 'passphrase'
    })
    if (opened.status !== 'locked') return
    const token = opened.token
    expect(
      await b.h.call('backup.unlock', {
        token,
        key: { kind: 'passphrase', passphrase: 'wrong passphrase!' }
      })
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'backup.wrongPassphrase',
        fieldErrors: { passphrase: { code: 'backup.wrongPassphrase' } }
      }
    })
    const preview = ready(
      valueOf(
        await b.h.call('backup.unlock', {
          token,
          key: { kind: 'passphrase', passphrase: PASSPHRASE }
        })
      )
    )
    expect(preview.added.map((c) => [c.name, c.secret])).toEqual([
      ['Shop app', 'fromBackup'],
      ['北京 Mini', 'fromBackup'],
      ['Site', 'fromBackup']
    ])
    expect(JSON.stringify(preview)).not.toMatch(/csk_/)
    valueOf(await b.h.call('backup.restore', { token, replace: [] }))
    for (const channel of valueOf(await a.h.call('channels.list', undefined))) {
      expect(b.vault.entries.get(channel.id)).toBe(a.vault.entries.get(channel.id))
      expect(valueOf(await b.h.call('channels.get', { id: channel.id })).secretStatus).toBe(
        'present'
      )
    }
    expect((await b.h.app.audit.list(1))[0]).toMatchObject({ action: 'restore', count: 3 })
    // Applied once: the token is gone.
    expect(await b.h.call('backup.restore', { token, replace: [] })).toMatchObject({
      ok: false,
      error: { message: 'backup.expired' }
    })
    await a.h.app.dispose()
    await b.h.app.dispose()
  })

  it('recipients: any one of the age secret keys opens it, pasted or from a file; another key does not', async () => {
    const a = await populated()
    const alice = await generateX25519Identity()
    const bob = await generateX25519Identity()
    const file = await backUp(a.h, a.dialogs, {
      kind: 'recipients',
      recipients: [await identityToRecipient(alice), await identityToRecipient(bob)]
    })
    for (const key of [
      { kind: 'identity', identity: ` ${alice}\n` },
      { kind: 'identityFile' }
    ] as const) {
      const b = await app()
      const keyFile = join(await tempDir(), 'key.txt')
      await writeFile(keyFile, `# created: 2025-01-01\n# public key: age1…\n${bob}\n`)
      b.dialogs.answer(file)
      const opened = valueOf(await b.h.call('backup.open', undefined))
      expect(opened).toMatchObject({ status: 'locked', needs: 'identity' })
      if (opened.status !== 'locked') return
      const stranger = await generateX25519Identity()
      expect(
        await b.h.call('backup.unlock', {
          token: opened.token,
          key: { kind: 'identity', identity: stranger }
        })
      ).toMatchObject({ ok: false, error: { message: 'backup.wrongKey' } })
      expect(
        await b.h.call('backup.unlock', {
          token: opened.token,
          key: { kind: 'passphrase', passphrase: PASSPHRASE }
        })
      ).toMatchObject({ ok: false, error: { message: 'backup.needsIdentity' } })
      b.dialogs.answer(keyFile)
      const preview = ready(valueOf(await b.h.call('backup.unlock', { token: opened.token, key })))
      expect(preview.total).toBe(3)
      await b.h.app.dispose()
    }
    await a.h.app.dispose()
  })

  it('previews new, same id, name clash and invalid; keep fills a missing secret, replace brings the backup’s back', async () => {
    const a = await populated()
    const [shop, mini, site] = valueOf(await a.h.call('channels.list', undefined))
    const file = await backUp(a.h, a.dialogs, { kind: 'passphrase', passphrase: PASSPHRASE })
    const backedUp = new Map(a.vault.entries)

    // Here: Shop app edited and rotated since; Mini's secret missing; a new "site" (another id).
    valueOf(
      await a.h.call('channels.update', {
        ...makeInput({ name: 'Shop app 2', platforms: ['ANDROID'] }),
        id: shop.id
      })
    )
    valueOf(await a.h.call('channels.rotateSecret', { id: shop.id }))
    a.vault.entries.delete(mini.id)
    valueOf(await a.h.call('channels.remove', { id: site.id }))
    valueOf(await a.h.call('channels.create', makeInput({ name: 'SITE' })))
    const rotated = a.vault.entries.get(shop.id)

    a.dialogs.answer(file)
    const opened = valueOf(await a.h.call('backup.open', undefined))
    if (opened.status !== 'locked') throw new Error('locked expected')
    const preview = ready(
      valueOf(
        await a.h.call('backup.unlock', {
          token: opened.token,
          key: { kind: 'passphrase', passphrase: PASSPHRASE }
        })
      )
    )
    expect(preview.added).toEqual([])
    expect(preview.sameId).toEqual([
      {
        id: shop.id,
        name: 'Shop app',
        currentName: 'Shop app 2',
        recordDiffers: true,
        secret: 'different'
      },
      {
        id: mini.id,
        name: '北京 Mini',
        currentName: '北京 Mini',
        recordDiffers: false,
        secret: 'missingHere'
      }
    ])
    expect(preview.nameClashes).toEqual([{ id: site.id, name: 'Site', clashesWith: 'SITE' }])
    expect(preview.invalid).toEqual([])

    const result = valueOf(
      await a.h.call('backup.restore', { token: opened.token, replace: [shop.id] })
    )
    expect(result).toEqual({ added: 0, replaced: 1, secretsFilled: 1, skipped: 1, channelCount: 3 })
    expect(valueOf(await a.h.call('channels.get', { id: shop.id })).name).toBe('Shop app')
    expect(a.vault.entries.get(shop.id)).toBe(backedUp.get(shop.id))
    expect(a.vault.entries.get(shop.id)).not.toBe(rotated)
    expect(a.vault.entries.get(mini.id)).toBe(backedUp.get(mini.id))
    expect(valueOf(await a.h.call('channels.get', { id: mini.id })).secretStatus).toBe('present')
    // No undo copies are left behind.
    expect([...a.vault.entries.keys()].filter((k) => k.startsWith('cam-restore-undo:'))).toEqual([])
    await a.h.app.dispose()
  })

  it('all-or-nothing: a keychain or data file failure half-way puts every secret and record back', async () => {
    for (const failure of ['keychain', 'file'] as const) {
      const a = await populated()
      const file = await backUp(a.h, a.dialogs, { kind: 'thisComputer' })
      // Another computer that has a's backup key (copied over) and a channel of its own.
      const b = await app(new FileDialogs(), new MemoryVault())
      b.vault.entries.set(BACKUP_KEY_ACCOUNT, a.vault.entries.get(BACKUP_KEY_ACCOUNT)!)
      valueOf(await b.h.call('channels.create', makeInput({ name: 'Local' })))
      const before = {
        vault: new Map(b.vault.entries),
        file: await readFile(join(b.h.dataDir, 'channels.json'), 'utf8')
      }

      b.dialogs.answer(file)
      const preview = ready(valueOf(await b.h.call('backup.open', undefined)))
      let sets = 0
      if (failure === 'keychain') {
        // The third secret written fails.
        b.vault.fault = (op) =>
          op === 'set' && ++sets === 3 ? new Error('keychain locked') : undefined
      } else {
        b.h.file.failWrites = true
      }
      const result = await b.h.call('backup.restore', { token: preview.token, replace: [] })
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: failure === 'keychain' ? 'KEYCHAIN_UNAVAILABLE' : 'STORAGE',
          message: 'backup.restoreUndone'
        }
      })
      b.vault.fault = undefined
      b.h.file.failWrites = false
      expect(new Map(b.vault.entries)).toEqual(before.vault)
      expect(await readFile(join(b.h.dataDir, 'channels.json'), 'utf8')).toBe(before.file)
      expect(await stat(join(b.h.dataDir, 'restore-journal.json')).catch(() => null)).toBeNull()
      expect(valueOf(await b.h.call('channels.list', undefined)).map((c) => c.name)).toEqual([
        'Local'
      ])
      await a.h.app.dispose()
      await b.h.app.dispose()
    }
  })

  it('lists a channel that breaks a rule as invalid, with the reason, and restores the rest', async () => {
    const a = await populated()
    const [shop] = valueOf(await a.h.call('channels.list', undefined))
    a.vault.entries.set(shop.id, `csk_${'A'.repeat(38)}`) // not a valid checksum
    const file = await backUp(a.h, a.dialogs, { kind: 'thisComputer' })
    const b = await app(new FileDialogs(), new MemoryVault())
    // The same computer's key is needed: copy it over, as a second app on this computer has it.
    b.vault.entries.set(BACKUP_KEY_ACCOUNT, a.vault.entries.get(BACKUP_KEY_ACCOUNT)!)
    b.dialogs.answer(file)
    const preview = ready(valueOf(await b.h.call('backup.open', undefined)))
    expect(preview.invalid).toEqual([
      {
        position: 1,
        name: 'Shop app',
        problem: {
          code: 'backup.invalid',
          params: { path: 'accessKeySecret', problem: { code: 'backup.badSecret' } }
        }
      }
    ])
    expect(
      valueOf(await b.h.call('backup.restore', { token: preview.token, replace: [] }))
    ).toMatchObject({
      added: 2,
      skipped: 1
    })
    await a.h.app.dispose()
    await b.h.app.dispose()
  })

  it('a damaged data file plus a backup: everything back from the recovery screen', async () => {
    const a = await populated()
    const file = await backUp(a.h, a.dialogs, { kind: 'passphrase', passphrase: PASSPHRASE })
    const before = valueOf(await a.h.call('channels.list', undefined))
    await a.h.app.dispose()
    await writeFile(join(a.h.dataDir, 'channels.json'), '{"schemaVersion":1,"chan')
    const wiped = new MemoryVault()
    const b = await app(new FileDialogs(), wiped, a.h.dataDir)
    expect(b.h.app.recovery?.problem).toBe('corrupt')
    b.dialogs.answer(file)
    const opened = valueOf(await b.h.call('backup.open', undefined))
    if (opened.status !== 'locked') throw new Error('locked expected')
    const preview = ready(
      valueOf(
        await b.h.call('backup.unlock', {
          token: opened.token,
          key: { kind: 'passphrase', passphrase: PASSPHRASE }
        })
      )
    )
    const result = valueOf(await b.h.call('backup.restore', { token: preview.token, replace: [] }))
    expect(result).toMatchObject({
      added: 3,
      channelCount: 3,
      damagedFile: expect.stringMatching(/damaged-/)
    })
    expect(await readFile(result.damagedFile!, 'utf8')).toBe('{"schemaVersion":1,"chan')
    const after = valueOf(await b.h.call('channels.list', undefined))
    expect(after.map((c) => [c.id, c.name, c.secretStatus])).toEqual(
      before.map((c) => [c.id, c.name, 'present'])
    )
    for (const c of before) expect(wiped.entries.get(c.id)).toBe(a.vault.entries.get(c.id))
    await b.h.app.dispose()
  })

  it('forgets an opened backup on discard, and answers expired afterwards', async () => {
    const a = await populated()
    const file = await backUp(a.h, a.dialogs, { kind: 'thisComputer' })
    a.dialogs.answer(file)
    const preview = ready(valueOf(await a.h.call('backup.open', undefined)))
    expect(valueOf(await a.h.call('backup.discard', { token: preview.token }))).toEqual({
      discarded: true
    })
    expect(await a.h.call('backup.restore', { token: preview.token, replace: [] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'backup.expired' }
    })
    await mkdir(join(a.h.dataDir, 'x'), { recursive: true })
    await a.h.app.dispose()
  })
})
