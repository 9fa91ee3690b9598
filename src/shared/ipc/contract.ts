/**
 * The IPC contract: every method the renderer may call, its zod input schema and its
 * result type. This is the one place IPC is described.
 *
 * To add a method:
 *   1. add its input schema to `ipcInputs` and its result type to `IpcResults` below;
 *   2. implement it in main (`src/main/ipc/handlers.ts` must cover every method — the
 *      type checker enforces it);
 *   3. expose it as a named method in `src/preload/api.ts`.
 */
import { z } from 'zod'
import type { AuditEntry } from '../audit'
import {
  channelIdInputSchema,
  copyInputSchema,
  createChannelInputSchema,
  updateChannelInputSchema,
  type ChannelView
} from '../channel'
import type { Result } from '../errors'
import { LANGUAGES, type Language } from '../i18n/languages'
import { MESSAGE_TEXTS } from '../messages'

const noInput = z.undefined({ error: MESSAGE_TEXTS.request.noInput })

/**
 * A backup's id is its file name in `<data folder>/backups/`: a sequence number that only
 * grows (so a clock set back cannot reorder backups) and the UTC time it was taken.
 */
export const BACKUP_ID_PATTERN = /^channels-\d{6,12}-\d{8}T\d{9}Z\.json$/
const backupIdSchema = z
  .string({ error: MESSAGE_TEXTS.request.unknownBackup })
  .max(64, { error: MESSAGE_TEXTS.request.unknownBackup })
  .regex(BACKUP_ID_PATTERN, { error: MESSAGE_TEXTS.request.unknownBackup })

export const ipcInputs = {
  'channels.list': noInput,
  'channels.get': channelIdInputSchema,
  'channels.create': createChannelInputSchema,
  'channels.update': updateChannelInputSchema,
  'channels.remove': channelIdInputSchema,
  'channels.revealSecret': channelIdInputSchema,
  'channels.copy': copyInputSchema,
  'channels.rotateSecret': channelIdInputSchema,
  'audit.list': noInput,
  'app.info': noInput,
  'app.status': noInput,
  'app.setLanguage': z.strictObject({
    language: z.enum(LANGUAGES, { error: MESSAGE_TEXTS.request.unknownLanguage })
  }),
  'recovery.status': noInput,
  'recovery.restoreBackup': z.strictObject({ backupId: backupIdSchema.optional() }),
  'recovery.startEmpty': z.strictObject({
    confirm: z.literal(true, { error: MESSAGE_TEXTS.request.confirmStartEmpty })
  }),
  'recovery.openDataFolder': noInput
} as const satisfies Record<string, z.ZodType>

export interface AppInfo {
  readonly version: string
  /** Runtime versions for the About dialog; electron/chrome are null outside Electron (tests). */
  readonly runtime: {
    readonly electron: string | null
    readonly chrome: string | null
    readonly node: string
  }
  readonly dataDir: string
  readonly dataFile: string
  /** Which OS keychain holds the secrets, in words. */
  readonly keychainBackend: string
  readonly keychainService: string
  /** How long a revealed secret stays visible, and the clipboard holds a copied one. */
  readonly secretTimeoutMs: number
  /**
   * The OS language as Electron reports it (`app.getLocale()`), e.g. `zh-CN`; the page speaks
   * it unless the user chose a language. Absent where main does not know it (tests, harness).
   */
  readonly locale?: string
}

/**
 * What the banner shows. Poll it after start-up and after a keychain error: the keychain
 * state changes with every keychain call.
 */
export interface AppStatus {
  /** 'recovery' while the data file is damaged: every channels.* method answers RECOVERY_REQUIRED; see recovery.status. */
  readonly mode: 'normal' | 'recovery'
  /**
   * Whether the OS keychain answered the last call made to it: 'checking' until the first
   * call (the start-up check) settles. The list works either way; View, Copy of the secret,
   * Update, Create and Remove need it.
   */
  readonly keychain: 'checking' | 'available' | 'unavailable'
  /** When keychain is 'unavailable': what to install or unlock, worded for the user's OS. */
  readonly keychainMessage?: string
}

/** What is wrong with the data file (the app never changes a damaged file). */
export const DATA_FILE_PROBLEMS = ['corrupt', 'invalid', 'future-version', 'unreadable'] as const
export type DataFileProblem = (typeof DATA_FILE_PROBLEMS)[number]

/** One good backup of the data file: it loaded and validated when it was taken, and again just now. */
export interface BackupSummary {
  /** Pass to recovery.restoreBackup. */
  readonly id: string
  /** When it was taken (ISO, UTC). */
  readonly createdAt: string
  readonly channelCount: number
  /** The format version it was written in (older ones are upgraded when restored). */
  readonly schemaVersion: number
  readonly bytes: number
}

/** Why the app is in recovery mode and what it can offer. */
export interface RecoveryStatus {
  /**
   * corrupt: not JSON (truncated, empty, garbage); invalid: JSON but not a channel list this
   * version understands; future-version: written by a newer app version (update the app);
   * unreadable: the file cannot be read at all (it is a folder, an I/O error, permissions).
   */
  readonly problem: DataFileProblem
  /** One or two sentences on what was found, for the screen. Never holds a secret. */
  readonly message: string
  /** The damaged file, left exactly as it was found. */
  readonly dataFile: string
  /** The data folder (what recovery.openDataFolder opens). */
  readonly dataDir: string
  /** Good backups, newest first; empty when there is none. */
  readonly backups: readonly BackupSummary[]
  /** When the damage was found (ISO). */
  readonly detectedAt: string
}

export interface RestoreBackupResult {
  /** The backup now in place; the app is in normal mode again. */
  readonly restored: BackupSummary
  /** Where the damaged file was kept (`channels.json.damaged-<time>`, next to the data file). */
  readonly damagedFile: string
  readonly channelCount: number
}

export interface StartEmptyResult {
  /** Where the damaged file was kept; the channel list is now empty. */
  readonly damagedFile: string
}

export interface OpenDataFolderResult {
  /** The folder that was opened in the OS file manager. */
  readonly path: string
}

export interface IpcResults {
  'channels.list': readonly ChannelView[]
  'channels.get': ChannelView
  'channels.create': ChannelView
  'channels.update': ChannelView
  'channels.remove': { readonly id: string }
  'channels.revealSecret': { readonly secret: string }
  'channels.copy': { readonly field: string }
  'channels.rotateSecret': ChannelView
  'audit.list': readonly AuditEntry[]
  'app.info': AppInfo
  'app.status': AppStatus
  /** The page's language changed (or was first settled): main words the native menu in it. */
  'app.setLanguage': { readonly language: Language }
  /** null in normal mode. */
  'recovery.status': RecoveryStatus | null
  /**
   * Recovery mode only (else CONFLICT): keeps the damaged file as channels.json.damaged-<time>,
   * puts the chosen backup (default: the newest good one) in its place and reopens.
   * NOT_FOUND when there is no such good backup; STORAGE when the files could not be written
   * (then nothing changed and the app stays in recovery mode).
   */
  'recovery.restoreBackup': RestoreBackupResult
  /** Recovery mode only (else CONFLICT): keeps the damaged file aside, then starts with no channels. */
  'recovery.startEmpty': StartEmptyResult
  /** Opens the data folder in the OS file manager, in either mode. */
  'recovery.openDataFolder': OpenDataFolderResult
}

export type IpcMethod = keyof typeof ipcInputs
export type IpcInput<M extends IpcMethod> = z.input<(typeof ipcInputs)[M]>
export type IpcParsedInput<M extends IpcMethod> = z.output<(typeof ipcInputs)[M]>
export type IpcResult<M extends IpcMethod> = Result<IpcResults[M]>

export const IPC_METHODS = Object.keys(ipcInputs) as readonly IpcMethod[]

// Every method has a result type and every result type a method.
type _Exact = [IpcMethod] extends [keyof IpcResults]
  ? [keyof IpcResults] extends [IpcMethod]
    ? true
    : never
  : never
export const _contractIsExact: _Exact = true
