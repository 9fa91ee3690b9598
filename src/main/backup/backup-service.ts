/**
 * Back Up… and Restore from Backup… (SPEC §9), the `backup` namespace of the contract.
 *
 * Back up: main asks where (its save dialog), reads every secret from the keychain in one
 * call, writes the audit entry, then one age file (atomic, 0600). Restore is three calls, none
 * of which carries a secret to the renderer: `open` (main's open dialog; a file made to this
 * computer's key opens at once), `unlock` (a passphrase or an age secret key, used once) and
 * `restore` (the user's keep/replace choices). Between them the decrypted backup stays in main
 * under a token, for at most RESTORE_TTL_MS, and only one at a time.
 */
import { basename } from 'node:path'
import { Encrypter } from 'age-encryption'
import {
  AGE_IDENTITY_PATTERN,
  AGE_RECIPIENT_PATTERN,
  MAX_BACKUP_FILE_MB,
  type BackupCreateResult,
  type BackupProtection,
  type ReadRecipientsResult,
  type RestoreOpened,
  type RestorePreview,
  type RestoreResult,
  type UnlockKey
} from '../../shared/backup'
import type { ChannelRecord } from '../../shared/channel'
import { AppError } from '../../shared/errors'
import type { AppDeps } from '../deps'
import { describeError } from '../log'
import { keychainHelp } from '../vault/secret-vault'
import { decryptAge, encryptAge, readAge, type AgeLock } from './age-file'
import { BackupKey } from './backup-key'
import { buildPayload, parsePayload, type ParsedBackup } from './backup-payload'
import { isEmptyBatch } from './restore-apply'
import { RestoreJournal } from './restore-journal'
import { planRestore, type RestoreBatch } from './restore-plan'
import { readUserFile, writeUserFile } from './user-file'

/** How long an opened backup (and the secrets in it) stays in main without being applied. */
export const RESTORE_TTL_MS = 15 * 60 * 1000
const MAX_BACKUP_BYTES = MAX_BACKUP_FILE_MB * 1024 * 1024
const MAX_KEY_FILE_BYTES = 1024 * 1024

/** The channels and the keychain at one moment (taken one at a time with keychain changes). */
export interface RestoreSnapshot {
  readonly records: readonly ChannelRecord[]
  readonly keychain: ReadonlyMap<string, string>
}

/** What the backup service needs of the data session. */
export interface BackupTarget {
  /** For a backup: the channels and their secrets; RECOVERY_REQUIRED while the file is damaged. */
  backupSnapshot(): Promise<RestoreSnapshot>
  /** For a restore: as above, or no channels while the data file is damaged. */
  restoreSnapshot(): Promise<RestoreSnapshot>
  /** Apply the batch `build` makes from the state at that moment, all-or-nothing. */
  applyRestore(
    build: (snapshot: RestoreSnapshot) => RestoreBatch,
    journal: RestoreJournal
  ): Promise<{ readonly channelCount: number; readonly damagedFile?: string }>
}

export type BackupServiceDeps = Pick<
  AppDeps,
  | 'vault'
  | 'audit'
  | 'now'
  | 'log'
  | 'newId'
  | 'clipboard'
  | 'platform'
  | 'chooseFile'
  | 'appVersion'
  | 'backupScryptLogN'
  | 'dataDir'
>

interface Opened {
  readonly fileName: string
  readonly binary: Uint8Array
  readonly lock: AgeLock
  readonly openedAt: number
  parsed?: ParsedBackup
}

const stamp = (at: Date): string =>
  at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')

const tooLarge = (): AppError =>
  new AppError('VALIDATION', 'backup.tooLarge', { params: { max: MAX_BACKUP_FILE_MB } })

export class BackupService {
  readonly #d: BackupServiceDeps
  readonly #target: BackupTarget
  readonly #key: BackupKey
  readonly #journal: RestoreJournal
  #opened: { token: string; value: Opened } | undefined

  constructor(deps: BackupServiceDeps, target: BackupTarget) {
    this.#d = deps
    this.#target = target
    this.#key = new BackupKey(deps.vault, deps.platform)
    this.#journal = new RestoreJournal(deps.dataDir, deps.now)
  }

  /** Back Up…: ask where, then write every channel with its secret to one age file. */
  async create({
    protection
  }: {
    readonly protection: BackupProtection
  }): Promise<BackupCreateResult> {
    const recipients = await this.#recipientsOf(protection)
    const { records } = await this.#target.backupSnapshot()
    if (records.length === 0) throw new AppError('CONFLICT', 'backup.nothingToBackUp')
    const now = this.#d.now()
    const path = await this.#d.chooseFile?.({
      kind: 'save',
      purpose: 'backup',
      defaultName: `collection-api-manager-backup-${stamp(now)}.age`
    })
    if (!path) return { saved: false }

    let snapshot: RestoreSnapshot
    try {
      // Taken again after the dialog: the user may have changed something meanwhile.
      snapshot = await this.#target.backupSnapshot()
    } catch (error) {
      if (error instanceof AppError && error.code !== 'KEYCHAIN_UNAVAILABLE') throw error
      throw new AppError('KEYCHAIN_UNAVAILABLE', 'backup.secretsUnavailable', {
        params: { help: error instanceof AppError ? error.said : { code: this.#help() } },
        cause: error
      })
    }
    const { payload, leftOut } = buildPayload(
      snapshot.records,
      snapshot.keychain,
      this.#d.appVersion ?? 'unknown',
      now
    )
    if (payload.channels.length === 0) throw new AppError('CONFLICT', 'backup.nothingToBackUp')
    const bytes = await encryptAge(
      JSON.stringify(payload),
      protection.kind === 'passphrase'
        ? { kind: 'passphrase', passphrase: protection.passphrase, logN: this.#d.backupScryptLogN }
        : { kind: 'recipients', recipients }
    )
    // Written before the secrets leave main in the file (SPEC §3.7): no entry, no backup.
    try {
      await this.#d.audit.record({
        action: 'backup',
        channelId: '',
        channelName: '',
        count: payload.channels.length,
        kind: protection.kind
      })
    } catch (error) {
      this.#d.log.error('Refused a backup: no audit entry.', describeError(error))
      throw new AppError('STORAGE', 'audit.notWritten', { cause: error })
    }
    await writeUserFile(path, bytes)
    this.#d.log.info(`Backed up ${payload.channels.length} channels (${protection.kind}).`)
    return {
      saved: true,
      fileName: basename(path),
      channelCount: payload.channels.length,
      bytes: bytes.length,
      leftOut
    }
  }

  /** This computer's backup key, as its public key. */
  async publicKey(): Promise<{ recipient: string }> {
    return { recipient: await this.#key.recipient() }
  }

  /** Put this computer's public key on the clipboard (it is not a secret). */
  async copyPublicKey(): Promise<{ recipient: string }> {
    const recipient = await this.#key.recipient()
    await this.#d.clipboard.writeText(recipient)
    return { recipient }
  }

  /** Age public keys from a file (one per line; `#` comments as age-keygen writes them). */
  async readRecipients(): Promise<ReadRecipientsResult> {
    const path = await this.#d.chooseFile?.({ kind: 'open', purpose: 'recipients' })
    if (!path) return { status: 'cancelled' }
    const text = (await readUserFile(path, MAX_KEY_FILE_BYTES, tooLarge)).toString('utf8')
    const found = new Set<string>()
    for (const line of text.split(/\r?\n/)) {
      // age-keygen's identity file says "# public key: age1…"; a recipients file lists them bare.
      for (const word of line
        .replace(/^#\s*public key:\s*/i, '')
        .trim()
        .split(/\s+/)) {
        if (AGE_RECIPIENT_PATTERN.test(word) && isRecipient(word)) found.add(word)
      }
    }
    if (found.size === 0) throw new AppError('VALIDATION', 'backup.recipientsFileEmpty')
    return { status: 'read', fileName: basename(path), recipients: [...found] }
  }

  /** Restore step 1: ask for the file; open it with this computer's key when it was made to it. */
  async open(): Promise<RestoreOpened> {
    const path = await this.#d.chooseFile?.({ kind: 'open', purpose: 'restore' })
    if (!path) return { status: 'cancelled' }
    const { binary, lock } = readAge(await readUserFile(path, MAX_BACKUP_BYTES, tooLarge))
    const token = this.#d.newId()
    const opened: Opened = {
      fileName: basename(path),
      binary,
      lock,
      openedAt: this.#d.now().getTime()
    }
    // One opened backup at a time: opening another forgets the first (and its secrets).
    this.#opened = { token, value: opened }
    if (lock === 'recipients') {
      const own = await this.#key.identity(false).catch(() => null)
      if (own !== null) {
        try {
          opened.parsed = parsePayload(await decryptAge(binary, lock, { identities: [own] }))
          return { status: 'ready', preview: await this.#preview(token, opened) }
        } catch (error) {
          // Made for other keys: ask for one. Anything else (damaged, not ours) is the answer.
          if (!(error instanceof AppError && error.messageCode === 'backup.wrongKey')) {
            this.#forget(token)
            throw error
          }
        }
      }
    }
    return {
      status: 'locked',
      token,
      fileName: opened.fileName,
      needs: lock === 'passphrase' ? 'passphrase' : 'identity'
    }
  }

  /** Restore step 2: open the backup with a passphrase or an age secret key, used once. */
  async unlock({
    token,
    key
  }: {
    readonly token: string
    readonly key: UnlockKey
  }): Promise<RestoreOpened> {
    const opened = this.#get(token)
    if (opened.parsed) return { status: 'ready', preview: await this.#preview(token, opened) }
    if (key.kind === 'passphrase' && opened.lock !== 'passphrase') {
      throw new AppError('VALIDATION', 'backup.needsIdentity')
    }
    if (key.kind !== 'passphrase' && opened.lock === 'passphrase') {
      throw new AppError('VALIDATION', 'backup.needsPassphrase')
    }
    let text: string
    if (key.kind === 'passphrase') {
      text = await decryptAge(opened.binary, opened.lock, { passphrase: key.passphrase })
    } else {
      const identities = key.kind === 'identity' ? [key.identity] : await this.#identitiesFromFile()
      if (identities === null)
        return { status: 'locked', token, fileName: opened.fileName, needs: 'identity' }
      text = await decryptAge(opened.binary, opened.lock, { identities })
    }
    try {
      opened.parsed = parsePayload(text)
    } catch (error) {
      // The file opened but is not a backup this version can use: nothing more to ask.
      this.#forget(token)
      throw error
    }
    return { status: 'ready', preview: await this.#preview(token, opened) }
  }

  /** Restore step 3: apply, all-or-nothing; `replace` lists same-id channels to replace. */
  async restore({
    token,
    replace
  }: {
    readonly token: string
    readonly replace: readonly string[]
  }): Promise<RestoreResult> {
    const opened = this.#get(token)
    const parsed = opened.parsed
    if (!parsed) throw new AppError('CONFLICT', 'backup.expired')
    const chosen = new Set(replace)
    let applied: RestoreBatch | undefined
    const outcome = await this.#target.applyRestore((snapshot) => {
      const { batch } = planRestore(parsed, snapshot.records, snapshot.keychain, chosen)
      if (isEmptyBatch(batch)) throw new AppError('CONFLICT', 'backup.nothingToRestore')
      applied = batch
      return batch
    }, this.#journal)
    this.#forget(token)
    if (!applied) throw new Error('applyRestore did not build the batch')
    const { added, replaced, secretsFilled, skipped } = applied
    await this.#d.audit
      .record({
        action: 'restore',
        channelId: '',
        channelName: '',
        count: added + replaced + secretsFilled
      })
      .catch((error: unknown) => this.#d.log.error('Could not audit a restore.', error))
    this.#d.log.info(
      `Restored from a backup: ${added} added, ${replaced} replaced, ${secretsFilled} secrets filled in, ${skipped} skipped.`
    )
    return {
      added,
      replaced,
      secretsFilled,
      skipped,
      channelCount: outcome.channelCount,
      ...(outcome.damagedFile === undefined ? {} : { damagedFile: outcome.damagedFile })
    }
  }

  /** Forget an opened backup. */
  async discard({ token }: { readonly token: string }): Promise<{ discarded: boolean }> {
    return { discarded: this.#forget(token) }
  }

  /** Forget whatever is open (the app is quitting). */
  dispose(): void {
    this.#opened = undefined
  }

  async #preview(token: string, opened: Opened): Promise<RestorePreview> {
    const parsed = opened.parsed as ParsedBackup
    const snapshot = await this.#target.restoreSnapshot()
    const plan = planRestore(parsed, snapshot.records, snapshot.keychain, new Set())
    return {
      token,
      fileName: opened.fileName,
      createdAt: parsed.createdAt,
      appVersion: parsed.appVersion,
      protection: opened.lock,
      total: parsed.channels.length,
      added: plan.added,
      sameId: plan.sameId,
      nameClashes: plan.nameClashes,
      invalid: plan.invalid
    }
  }

  /** The public keys to encrypt to; each checked by age itself (its bech32 checksum). */
  async #recipientsOf(protection: BackupProtection): Promise<string[]> {
    if (protection.kind === 'passphrase') return []
    if (protection.kind === 'thisComputer') return [await this.#key.recipient()]
    const bad = protection.recipients.findIndex((r) => !isRecipient(r))
    if (bad >= 0) {
      throw new AppError('VALIDATION', 'backup.recipientInvalid', {
        fieldErrors: { [`protection.recipients.${bad}`]: { code: 'backup.recipientInvalid' } }
      })
    }
    return [...new Set(protection.recipients)]
  }

  /** Age secret keys from a file the user picks; null when cancelled. */
  async #identitiesFromFile(): Promise<string[] | null> {
    const path = await this.#d.chooseFile?.({ kind: 'open', purpose: 'identity' })
    if (!path) return null
    const text = (await readUserFile(path, MAX_KEY_FILE_BYTES, tooLarge)).toString('utf8')
    const identities = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => AGE_IDENTITY_PATTERN.test(line))
    if (identities.length === 0) {
      throw new AppError('VALIDATION', 'backup.identityInvalid', {
        fieldErrors: { identity: { code: 'backup.identityInvalid' } }
      })
    }
    return identities
  }

  #get(token: string): Opened {
    const opened = this.#opened
    if (
      !opened ||
      opened.token !== token ||
      this.#d.now().getTime() - opened.value.openedAt > RESTORE_TTL_MS
    ) {
      if (opened && opened.token === token) this.#opened = undefined
      throw new AppError('CONFLICT', 'backup.expired')
    }
    return opened.value
  }

  #forget(token: string): boolean {
    if (this.#opened?.token !== token) return false
    this.#opened = undefined
    return true
  }

  #help() {
    return keychainHelp(this.#d.platform)
  }
}

/** True when age accepts `text` as an X25519 public key (its checksum included). */
function isRecipient(text: string): boolean {
  try {
    // Parses the key now (its bech32 checksum) and throws on a bad one.
    new Encrypter().addRecipient(text)
    return true
  } catch {
    return false
  }
}
