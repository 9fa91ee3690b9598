/**
 * Encrypted backups (SPEC §9): what the renderer may send for Back Up… and Restore from
 * Backup…, what main answers, and the backup file's inner JSON. The file is age
 * (age-encryption.org/v1): protected by a passphrase (age's scrypt) or made for age public keys
 * (`age1…`, X25519, which Debian's `age` reads). Secrets never cross IPC for a backup or a
 * restore: main reads them from the keychain and writes them back; the renderer sees names and
 * counts. A passphrase or a pasted age secret key travels renderer → main once, is used, and is
 * never stored or logged. Pure.
 */
import { z } from 'zod'
import type { AppType } from './channel'
import { msg, type AnyMessage } from './messages'

export const BACKUP_FORMAT = 'collection-api-manager-backup'
/**
 * The inner format this version writes; a newer one is refused with a clear error. Version 2
 * (issue 15) adds each channel's `disabledAt`; a version-1 backup restores with every channel
 * enabled.
 */
export const BACKUP_VERSION = 2
export const MIN_PASSPHRASE_LENGTH = 12
export const MAX_PASSPHRASE_LENGTH = 1024
export const MAX_RECIPIENTS = 20
/** The most channels one backup may hold (the app is built and measured for 10,000). */
export const MAX_BACKUP_CHANNELS = 50_000
/** The largest backup file main reads, in MB (50,000 channels take about 25 MB). */
export const MAX_BACKUP_FILE_MB = 64

/** An X25519 age public key: `age1` and 58 bech32 characters (its checksum is checked in main). */
export const AGE_RECIPIENT_PATTERN = /^age1[02-9ac-hj-np-z]{58}$/
/** An X25519 age secret key, as `age-keygen` writes it. */
export const AGE_IDENTITY_PATTERN = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/

const codePoints = (s: string): number => [...s].length

const passphraseSchema = z
  .string({ error: msg('backup.passphraseTooShort') })
  // A cap before counting, so a huge payload fails fast; the limit is in characters.
  .max(MAX_PASSPHRASE_LENGTH * 4, msg('backup.passphraseTooLong'))
  .refine((s) => codePoints(s) >= MIN_PASSPHRASE_LENGTH, msg('backup.passphraseTooShort'))
  .refine((s) => codePoints(s) <= MAX_PASSPHRASE_LENGTH, msg('backup.passphraseTooLong'))

/** One age public key, trimmed. */
export const recipientSchema = z
  .string({ error: msg('backup.recipientInvalid') })
  .max(256, msg('backup.recipientInvalid'))
  .transform((s) => s.trim())
  .pipe(z.string().regex(AGE_RECIPIENT_PATTERN, msg('backup.recipientInvalid')))

/** An age secret key pasted once to open a backup, trimmed. */
export const identitySchema = z
  .string({ error: msg('backup.identityInvalid') })
  .max(256, msg('backup.identityInvalid'))
  .transform((s) => s.trim())
  .pipe(z.string().regex(AGE_IDENTITY_PATTERN, msg('backup.identityInvalid')))

/** How a new backup is protected. */
export const backupProtectionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('passphrase'), passphrase: passphraseSchema }),
    z.strictObject({
      kind: z.literal('recipients'),
      recipients: z
        .array(recipientSchema, { error: msg('backup.noRecipients') })
        .min(1, msg('backup.noRecipients'))
        .max(MAX_RECIPIENTS, msg('backup.tooManyRecipients'))
    }),
    // This computer's backup key: restores here without a passphrase.
    z.strictObject({ kind: z.literal('thisComputer') })
  ],
  { error: msg('request.invalid') }
)
export type BackupProtection = z.input<typeof backupProtectionSchema>
export type ProtectionKind = BackupProtection['kind']
export const PROTECTION_KINDS = ['passphrase', 'recipients', 'thisComputer'] as const

export const backupCreateInputSchema = z.strictObject({ protection: backupProtectionSchema })

export type BackupCreateResult =
  | { readonly saved: false }
  | {
      readonly saved: true
      /** The file's name (not its folder), for the toast. */
      readonly fileName: string
      readonly channelCount: number
      readonly bytes: number
      /** Channels left out because this computer has no AccessKeySecret for them. */
      readonly leftOut: readonly string[]
    }

/** A restore under way: main holds the decrypted backup under this token until it is applied. */
const tokenSchema = z.uuid({ error: msg('backup.expired') })

/** How to open a backup that this computer's key does not open. */
export const unlockKeySchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('passphrase'), passphrase: z.string().max(4096) }),
    z.strictObject({ kind: z.literal('identity'), identity: identitySchema }),
    // Main asks for the age secret key's file with its own open dialog and reads it itself.
    z.strictObject({ kind: z.literal('identityFile') })
  ],
  { error: msg('request.invalid') }
)
export type UnlockKey = z.input<typeof unlockKeySchema>

export const backupUnlockInputSchema = z.strictObject({ token: tokenSchema, key: unlockKeySchema })
export const backupTokenInputSchema = z.strictObject({ token: tokenSchema })
export const backupRestoreInputSchema = z.strictObject({
  token: tokenSchema,
  /** Channels with the same id here whose record and secret the backup's replace ("keep" otherwise). */
  replace: z
    .array(z.uuid({ error: msg('request.unknownChannel') }))
    .max(MAX_BACKUP_CHANNELS, msg('request.invalid'))
})

/** A channel of the backup that is not on this computer: it is added. */
export interface RestoreNew {
  readonly id: string
  readonly name: string
  readonly appType: AppType
  /**
   * 'kept': this computer's keychain already holds a secret for this id (a secret without a
   * channel); that one is kept, being at least as new as the backup's.
   */
  readonly secret: 'fromBackup' | 'kept'
}

/** A channel with the same id here: kept as it is (default) or replaced by the backup's. */
export interface RestoreSameId {
  readonly id: string
  readonly name: string
  readonly currentName: string
  /** Whether the backup's record (name, platforms, domains, dates) differs from this one. */
  readonly recordDiffers: boolean
  /**
   * 'missingHere': this computer has no secret for it, and keeping fills in the backup's;
   * 'different': replacing brings back the backup's secret instead of the current one.
   */
  readonly secret: 'same' | 'different' | 'missingHere'
  /** Replacing is refused because the backup's name is another channel's here. */
  readonly replaceClashesWith?: string
}

/** A new channel whose name another channel has: skipped. */
export interface RestoreNameClash {
  readonly id: string
  readonly name: string
  readonly clashesWith: string
}

/** A channel of the backup that breaks a rule: skipped, with the reason. */
export interface RestoreInvalid {
  /** Its position in the backup (1-based, for the reader). */
  readonly position: number
  readonly name?: string
  readonly problem: AnyMessage
}

/** What a restore would do; it holds no secret. */
export interface RestorePreview {
  readonly token: string
  readonly fileName: string
  /** When the backup was made, and by which version of the app. */
  readonly createdAt: string
  readonly appVersion: string
  readonly protection: 'passphrase' | 'recipients'
  readonly total: number
  readonly added: readonly RestoreNew[]
  readonly sameId: readonly RestoreSameId[]
  readonly nameClashes: readonly RestoreNameClash[]
  readonly invalid: readonly RestoreInvalid[]
}

export type RestoreOpened =
  | { readonly status: 'cancelled' }
  | {
      readonly status: 'locked'
      readonly token: string
      readonly fileName: string
      /** What opens it: a passphrase, or an age secret key other than this computer's. */
      readonly needs: 'passphrase' | 'identity'
    }
  | { readonly status: 'ready'; readonly preview: RestorePreview }

export interface RestoreResult {
  readonly added: number
  readonly replaced: number
  /** Channels kept whose missing secret the backup filled in. */
  readonly secretsFilled: number
  readonly skipped: number
  /** Channels in the list now. */
  readonly channelCount: number
  /** Recovery mode: where the damaged data file was kept. */
  readonly damagedFile?: string
}

export type ReadRecipientsResult =
  | { readonly status: 'cancelled' }
  | { readonly status: 'read'; readonly fileName: string; readonly recipients: readonly string[] }

// ---- The file's inner JSON ------------------------------------------------------------------

/** The envelope of the decrypted JSON; channels are checked one by one (restore.ts). */
export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.int().min(1),
  createdAt: z.iso.datetime(),
  appVersion: z.string().max(64),
  channels: z.array(z.unknown())
})

/** One channel as a backup holds it: the stored record and its AccessKeySecret. */
export interface BackupChannel {
  readonly id: string
  readonly name: string
  readonly collectedByQuickTracking: true
  readonly appType: AppType
  readonly platforms: readonly string[]
  readonly domains: readonly string[]
  readonly appKey: string
  readonly accessKeyId: string
  readonly createdAt: string
  readonly updatedAt: string
  readonly secretUpdatedAt: string
  /** When it was disabled; null while enabled. Absent in a version-1 backup (enabled). */
  readonly disabledAt: string | null
  readonly accessKeySecret: string
}

export interface BackupPayload {
  readonly format: typeof BACKUP_FORMAT
  readonly version: typeof BACKUP_VERSION
  readonly createdAt: string
  readonly appVersion: string
  readonly channels: readonly BackupChannel[]
}
