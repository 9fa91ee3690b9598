/**
 * Backup and restore at N channels (issue 12), through the real services on a real data
 * folder: Back Up… (read every secret, encrypt with age, audit, atomic write) for a public key
 * and for a passphrase (age's scrypt at its default work factor, 18), the backup file's size,
 * opening it (decrypt, check every channel by the create rules, the preview) and applying it on
 * a new computer (every secret written, one store write). The keychain is a MemoryVault here;
 * `keychainWriteMs` is what one write costs on the real keychain when the bench runs inside a
 * keyring session (it multiplies: a restore writes one secret per channel).
 */
import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import { generateKey } from '../../src/main/keys/generate'
import { encodeStoreData } from '../../src/main/store/json-store-adapter'
import type { KeytarLike } from '../../src/main/vault/secret-vault'
import { MAX_BACKUP_CHANNELS, type RestoreOpened } from '../../src/shared/backup'
import { FakeClipboard, silentLogger } from '../../test/support/fakes'
import { FileDialogs } from '../../test/support/file-dialogs'
import { MemoryVault } from '../../test/support/memory-vault'
import { generateRecords, storeDataOf } from '../lib/generate-data'
import { time } from '../lib/measure'
import { summarise, type Summary } from '../lib/stats'

export type BackupResults =
  | { readonly available: false; readonly reason: string }
  | {
      readonly available: true
      /** Back Up… to one age public key (this computer's), ms. */
      readonly backupToKey: Summary
      /** Back Up… with a passphrase (scrypt work factor 18), ms. */
      readonly backupWithPassphrase: Summary
      readonly fileBytes: number
      /** Restore step 1 (with this computer's key): read, decrypt, check, preview, ms. */
      readonly open: Summary
      /** Restore step 1 with the passphrase (scrypt again), ms. */
      readonly openWithPassphrase: Summary
      /** Restore step 3 on an empty computer: N secrets (MemoryVault) and one store write, ms. */
      readonly apply: Summary
      /** The preview's size as it crosses IPC (no secret in it). */
      readonly previewBytes: number
      /** One keytar setPassword on the real keyring, ms (null outside a keyring session). */
      readonly keychainWriteMs: number | null
    }

const PASSPHRASE = 'a benchmark passphrase of some length'

async function start(
  dataDir: string,
  vault: MemoryVault,
  dialogs: FileDialogs
): Promise<AppServices> {
  const app = await createAppServices({
    dataDir,
    keychainService: 'cam-bench',
    clipboard: new FakeClipboard(),
    appVersion: 'bench',
    user: 'bench',
    vault,
    log: silentLogger,
    chooseFile: dialogs.choose
  })
  await app.reconciled
  return app
}

/** A data folder of `count` channels and a vault with each one's secret. */
async function seeded(base: string, count: number): Promise<{ dir: string; vault: MemoryVault }> {
  const dir = await mkdtemp(join(base, 'cam-bench-backup-'))
  const records = generateRecords(count)
  await writeFile(join(dir, 'channels.json'), encodeStoreData(storeDataOf(records)))
  const vault = new MemoryVault()
  for (const record of records) vault.entries.set(record.id, generateKey('accessKeySecret'))
  return { dir, vault }
}

/** What one write to the real keychain costs, when there is one. */
async function keychainWriteMs(): Promise<number | null> {
  try {
    const keytar = createRequire(import.meta.url)('keytar') as KeytarLike
    const service = `cam-bench-${randomUUID()}`
    await keytar.findCredentials(service)
    const started = performance.now()
    const n = 50
    for (let i = 0; i < n; i++)
      await keytar.setPassword(service, randomUUID(), generateKey('accessKeySecret'))
    const ms = (performance.now() - started) / n
    for (const { account } of await keytar.findCredentials(service)) {
      await keytar.deletePassword(service, account)
    }
    return Math.round(ms * 100) / 100
  } catch {
    return null
  }
}

export async function benchBackup(
  base: string,
  count: number,
  runs: number
): Promise<BackupResults> {
  if (count > MAX_BACKUP_CHANNELS) {
    return { available: false, reason: `over the backup limit of ${MAX_BACKUP_CHANNELS}` }
  }
  await mkdir(base, { recursive: true })
  const { dir, vault } = await seeded(base, count)
  const files = await mkdtemp(join(base, 'cam-bench-files-'))
  const dialogs = new FileDialogs()
  const source = await start(dir, vault, dialogs)
  const cleanup: string[] = [dir, files]
  try {
    const create = async (protection: object, file: string): Promise<void> => {
      dialogs.answer(file)
      const result = await source.handlers['backup.create']({ protection } as never)
      if (!result.saved) throw new Error('the backup was not written')
    }
    const keyFile = join(files, 'key.age')
    const passFile = join(files, 'pass.age')
    const backupToKey: number[] = []
    const backupWithPassphrase: number[] = []
    for (let i = 0; i < runs; i++) {
      backupToKey.push(await time(() => create({ kind: 'thisComputer' }, keyFile)))
    }
    // scrypt dominates and does not depend on the size: a few samples tell its cost.
    for (let i = 0; i < Math.min(runs, 3); i++) {
      backupWithPassphrase.push(
        await time(() => create({ kind: 'passphrase', passphrase: PASSPHRASE }, passFile))
      )
    }
    const fileBytes = (await stat(keyFile)).size

    // A new computer with this computer's key (copied over, as a second app on it has it).
    const open: number[] = []
    const openWithPassphrase: number[] = []
    const apply: number[] = []
    let previewBytes = 0
    for (let i = 0; i < runs; i++) {
      const target = await mkdtemp(join(base, 'cam-bench-restore-'))
      cleanup.push(target)
      const fresh = new MemoryVault()
      fresh.entries.set('cam-backup-identity', vault.entries.get('cam-backup-identity')!)
      const app = await start(target, fresh, dialogs)
      let opened: RestoreOpened | undefined
      dialogs.answer(keyFile)
      open.push(await time(async () => (opened = await app.handlers['backup.open'](undefined))))
      if (opened?.status !== 'ready') throw new Error('the backup did not open')
      const preview = opened.preview
      previewBytes = Buffer.byteLength(JSON.stringify(preview))
      apply.push(
        await time(() => app.handlers['backup.restore']({ token: preview.token, replace: [] }))
      )
      if (i < Math.min(runs, 3)) {
        dialogs.answer(passFile)
        const locked = await app.handlers['backup.open'](undefined)
        if (locked.status !== 'locked') throw new Error('a passphrase backup is locked')
        openWithPassphrase.push(
          await time(() =>
            app.handlers['backup.unlock']({
              token: locked.token,
              key: { kind: 'passphrase', passphrase: PASSPHRASE }
            })
          )
        )
      }
      await app.dispose()
    }
    return {
      available: true,
      backupToKey: summarise(backupToKey),
      backupWithPassphrase: summarise(backupWithPassphrase),
      fileBytes,
      open: summarise(open),
      openWithPassphrase: summarise(openWithPassphrase),
      apply: summarise(apply),
      previewBytes,
      keychainWriteMs: await keychainWriteMs()
    }
  } finally {
    await source.dispose()
    for (const path of cleanup) await rm(path, { recursive: true, force: true })
  }
}
