/**
 * The IPC contract: every method the renderer may call (its zod input schema and its result
 * type) and every event main sends it. This is the one place IPC is described: main's handler
 * table, the preload's named methods (`api.channels.create(…)`) and any test double are all
 * derived from `ipcMethods` and `ipcEvents`.
 *
 * To add a method `ns.name`:
 *   1. add it to `ipcMethods` below: `'ns.name': { input: schema, result: returns<Result>() }`;
 *   2. implement `name(input)` on the service main hands out as `ns` (src/main/app-services.ts,
 *      `IpcServices` in src/main/ipc/handlers.ts — the type checker names what is missing).
 * The preload exposes it as `api.ns.name(input)` with no further edit. Its words (errors it
 * can answer) go in src/shared/messages.ts and the renderer's zh-CN resources.
 */
import { z } from 'zod'
import {
  auditFilterSchema,
  DEFAULT_AUDIT_PAGE,
  MAX_AUDIT_PAGE,
  type AuditExportResult,
  type AuditPage
} from '../audit'
import {
  backupCreateInputSchema,
  backupRestoreInputSchema,
  backupTokenInputSchema,
  backupUnlockInputSchema,
  type BackupCreateResult,
  type ReadRecipientsResult,
  type RestoreOpened,
  type RestoreResult
} from '../backup'
import {
  channelIdInputSchema,
  channelViewSchema,
  copyInputSchema,
  createChannelInputSchema,
  updateChannelInputSchema,
  type ChannelView
} from '../channel'
import { identifyKey, KEY_KINDS, CHECKSUM_LENGTH } from '../keys'
import type { Result } from '../errors'
import { LANGUAGES, type Language } from '../i18n/languages'
import { leakProgressSchema, type LeakCheckResult } from '../leaks'
import { msg, type AnyMessage } from '../messages'
import { SNIPPET_IDS, type SnippetId } from '../sdk/snippets'
import { settingsPatchSchema, type Settings } from '../settings'
import { MENU_COMMANDS } from './events'

const noInput = z.undefined({ error: msg('request.noInput') })

/**
 * A backup's id is its file name in `<data folder>/backups/`: a sequence number that only
 * grows (so a clock set back cannot reorder backups) and the UTC time it was taken.
 */
export const BACKUP_ID_PATTERN = /^channels-\d{6,12}-\d{8}T\d{9}Z\.json$/
const backupIdSchema = z
  .string({ error: msg('request.unknownBackup') })
  .max(64, { error: msg('request.unknownBackup') })
  .regex(BACKUP_ID_PATTERN, { error: msg('request.unknownBackup') })

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

/**
 * What is wrong with the data file (the app never changes a damaged file). `missing`: there is
 * no data file, but this app's keychain entries or good backups say there was one.
 */
export const DATA_FILE_PROBLEMS = [
  'corrupt',
  'invalid',
  'future-version',
  'unreadable',
  'missing'
] as const
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
  /** What was found, as a message for the screen. Never holds a secret. */
  readonly detail: AnyMessage
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
  /**
   * Where the damaged file was kept (`channels.json.damaged-<time>`, next to the data file);
   * absent when the data file was missing.
   */
  readonly damagedFile?: string
  readonly channelCount: number
}

export interface StartEmptyResult {
  /** Where the damaged file was kept (absent when it was missing); the channel list is now empty. */
  readonly damagedFile?: string
}

/** The keychain entries of this app that belong to no channel (never deleted on their own). */
export interface OrphanSecrets {
  /** False until the start-up keychain check has run (then `ids` is empty). */
  readonly checked: boolean
  /** Their accounts (channel ids), in keychain order. */
  readonly ids: readonly string[]
}

/** What an edit answers: the channel, and `unchanged: true` when nothing differed (not saved). */
export type ChannelUpdateResult = ChannelView & { readonly unchanged?: true }

export type ExportListResult =
  | { readonly saved: false }
  | { readonly saved: true; readonly fileName: string; readonly count: number }

const SECRET_SHAPE = new RegExp(
  `^${KEY_KINDS.accessKeySecret.prefix}_[0-9A-Za-z]{${KEY_KINDS.accessKeySecret.bodyLength + CHECKSUM_LENGTH}}$`
)

/** A pasted AccessKeySecret: trimmed, shaped like one, with a checksum that matches. */
const pastedSecretSchema = z
  .string({ error: msg('secret.badFormat') })
  .max(256, msg('secret.badFormat'))
  .transform((s) => s.trim())
  .superRefine((s, ctx) => {
    const kind = identifyKey(s)
    if (kind === 'accessKeySecret') return
    const code =
      kind !== null
        ? msg('secret.notSecret')
        : SECRET_SHAPE.test(s)
          ? msg('secret.badChecksum')
          : msg('secret.badFormat')
    ctx.addIssue({ code: 'custom', message: code })
  })

export interface OpenDataFolderResult {
  /** The folder that was opened in the OS file manager. */
  readonly path: string
}

/** Where `sdk.saveHarmonyConfig` saved the file, or that the user cancelled the dialog. */
export type SavedSdkFile =
  { readonly saved: true; readonly path: string } | { readonly saved: false }
/**
 * The channel list at one revision, or a part of it. Every committed change after it arrives
 * as a `channels.changed` event numbered revision + 1, + 2, …; the page applies those instead
 * of asking for the list again.
 */
export interface ChannelSnapshot {
  readonly revision: number
  /** How many channels the list has at this revision. */
  readonly total: number
  /**
   * The channels asked for, in creation order (all of them unless `skip`/`limit` were given);
   * views never hold a secret.
   */
  readonly channels: readonly ChannelView[]
}

/** The largest part of a snapshot one call sends. */
export const SNAPSHOT_PART_MAX = 100_000

const snapshotCount = (max: number) =>
  z
    .number({ error: msg('request.invalid') })
    .int({ error: msg('request.invalid') })
    .nonnegative({ error: msg('request.invalid') })
    .max(max, { error: msg('request.invalid') })

/**
 * A snapshot in parts, newest first, so the first rows show before a long list has crossed:
 * the first call gives `limit`; each next one the revision the first answer carried and how
 * many of the newest channels the page has (`skip`). Main keeps the list of the last
 * revision it began: a part of it is that revision's, whatever changed since. An answer with
 * another revision means that list is gone: begin again.
 */
const snapshotInputSchema = z.strictObject(
  {
    revision: snapshotCount(Number.MAX_SAFE_INTEGER).optional(),
    skip: snapshotCount(Number.MAX_SAFE_INTEGER).optional(),
    limit: snapshotCount(SNAPSHOT_PART_MAX)
      .min(1, { error: msg('request.invalid') })
      .optional()
  },
  { error: msg('request.invalid') }
)
export type SnapshotRequest = z.output<typeof snapshotInputSchema>

/**
 * What one committed change did to the list (`channels.changed`). A view carries a record's
 * whole state, so applying the same change twice is harmless; revisions count up by one, so
 * a page that sees a gap (a lost or reordered event) knows to ask for a snapshot.
 */
const idList = z.array(z.string()).optional()

export const channelsChangedSchema = z.strictObject({
  revision: z.number().int().positive(),
  /** Created or changed channels, whole (a create is appended to the list, in creation order). */
  upserted: z.array(channelViewSchema),
  /** Ids of removed channels. */
  removed: z.array(z.string()),
  /**
   * Channels whose only change is what is known of their secret (the reconcile), their ids by
   * new status: at 100,000 channels, lists of ids cross IPC several times faster than an
   * object with 100,000 keys.
   */
  secretStatus: z
    .strictObject({ present: idList, missing: idList, unknown: idList } satisfies Record<
      ChannelView['secretStatus'],
      z.ZodType
    >)
    .optional(),
  /** The whole list was replaced (a recovery action): take a new snapshot. */
  reload: z.literal(true).optional()
})
export type ChannelsChanged = z.output<typeof channelsChangedSchema>

/** A method's result type, as a value the type checker reads and nothing else does. */
const returns = <T>(): T => undefined as T

export const ipcMethods = {
  /** Every channel, in creation order; views never hold a secret. */
  'channels.list': { input: noInput, result: returns<readonly ChannelView[]>() },
  /** The list and its revision: what the page loads at start and after a gap or a recovery. */
  'channels.snapshot': { input: snapshotInputSchema, result: returns<ChannelSnapshot>() },
  'channels.get': { input: channelIdInputSchema, result: returns<ChannelView>() },
  'channels.create': { input: createChannelInputSchema, result: returns<ChannelView>() },
  /** Edit; an edit that changes nothing writes and records nothing and answers `unchanged`. */
  'channels.update': {
    input: updateChannelInputSchema,
    result: returns<ChannelUpdateResult>()
  },
  'channels.remove': { input: channelIdInputSchema, result: returns<{ readonly id: string }>() },
  'channels.revealSecret': {
    input: channelIdInputSchema,
    result: returns<{ readonly secret: string }>()
  },
  /** Main puts the key on the clipboard; a copied secret never reaches the renderer. */
  'channels.copy': { input: copyInputSchema, result: returns<{ readonly field: string }>() },
  'channels.rotateSecret': { input: channelIdInputSchema, result: returns<ChannelView>() },
  /** Disable a channel: listed, keys kept, its secret not viewed or copied until enabled. */
  'channels.disable': { input: channelIdInputSchema, result: returns<ChannelView>() },
  /** Enable a disabled channel again. */
  'channels.enable': { input: channelIdInputSchema, result: returns<ChannelView>() },
  /**
   * Enter the AccessKeySecret of a channel whose secret is missing on this computer (checked
   * against the key format and checksum; CONFLICT when the channel has one).
   */
  'channels.enterSecret': {
    input: z.strictObject({ id: channelIdInputSchema.shape.id, secret: pastedSecretSchema }),
    result: returns<ChannelView>()
  },
  /** Keychain entries of this app with no channel ("Secrets without a channel"). */
  'channels.orphans': { input: noInput, result: returns<OrphanSecrets>() },
  /** Delete one secret without a channel, after the user confirmed. */
  'channels.deleteOrphan': {
    input: z.strictObject({
      id: channelIdInputSchema.shape.id,
      confirm: z.literal(true, { error: msg('request.invalid') })
    }),
    result: returns<{ readonly id: string }>()
  },
  /** Export List…: main asks where (save dialog) and writes CSV or JSON, never a secret. */
  'channels.exportList': {
    input: z.strictObject({ format: z.enum(['csv', 'json'], { error: msg('request.invalid') }) }),
    result: returns<ExportListResult>()
  },
  /**
   * The audit log, newest first, a page at a time; with a filter (channel, actions, from
   * inclusive / to exclusive, search), only the entries it keeps, and `total` counts those.
   */
  'audit.list': {
    input: auditFilterSchema.safeExtend({
      before: z
        .string({ error: msg('request.invalid') })
        .regex(/^\d{1,12}:\d{1,12}$/, msg('request.invalid'))
        .optional(),
      limit: z
        .int({ error: msg('request.invalid') })
        .min(1, msg('request.invalid'))
        .max(MAX_AUDIT_PAGE, msg('request.invalid'))
        .default(DEFAULT_AUDIT_PAGE)
    }),
    result: returns<AuditPage>()
  },
  /** Export the entries the filter keeps as CSV, where the user picks in main's save dialog. */
  'audit.export': { input: auditFilterSchema, result: returns<AuditExportResult>() },
  'app.info': { input: noInput, result: returns<AppInfo>() },
  'app.status': { input: noInput, result: returns<AppStatus>() },
  /** The page's language changed (or was first settled): main words the native menu in it. */
  'app.setLanguage': {
    input: z.strictObject({
      language: z.enum(LANGUAGES, { error: msg('request.unknownLanguage') })
    }),
    result: returns<{ readonly language: Language }>()
  },
  /** null in normal mode. */
  'recovery.status': { input: noInput, result: returns<RecoveryStatus | null>() },
  /**
   * Recovery mode only (else CONFLICT): keeps the damaged file as channels.json.damaged-<time>,
   * puts the chosen backup (default: the newest good one) in its place and reopens.
   * NOT_FOUND when there is no such good backup; STORAGE when the files could not be written
   * (then nothing changed and the app stays in recovery mode).
   */
  'recovery.restoreBackup': {
    input: z.strictObject({ backupId: backupIdSchema.optional() }),
    result: returns<RestoreBackupResult>()
  },
  /** Recovery mode only (else CONFLICT): keeps the damaged file aside, then starts with no channels. */
  'recovery.startEmpty': {
    input: z.strictObject({
      confirm: z.literal(true, { error: msg('request.confirmStartEmpty') })
    }),
    result: returns<StartEmptyResult>()
  },
  /** Opens the data folder in the OS file manager, in either mode. */
  'recovery.openDataFolder': { input: noInput, result: returns<OpenDataFolderResult>() },
  /**
   * Leak check: main asks the user for a folder (its own dialog; the page never sends a path),
   * scans it, sending leaks.progress, and answers with the hits (a secret in them masked).
   * CONFLICT while a check runs; RECOVERY_REQUIRED while the data file is damaged.
   */
  'leaks.check': { input: noInput, result: returns<LeakCheckResult>() },
  /** Stop the running leak check: it answers with what it found so far. */
  'leaks.cancel': { input: noInput, result: returns<{ readonly cancelled: boolean }>() },
  /**
   * Main puts the channel's APPKEY and AccessKeyId on the clipboard as one text, and its
   * AccessKeySecret too when `withSecret` (then audited and cleared like a copied secret).
   */
  'channels.copyKeys': {
    input: channelIdInputSchema.extend({
      withSecret: z.boolean({ error: msg('request.invalid') })
    }),
    result: returns<{ readonly withSecret: boolean }>()
  },
  /** The organisation's settings (the data collection domain and what the SDK setup needs). */
  'settings.get': { input: noInput, result: returns<Settings>() },
  /** Change the settings the input names; answers all of them. */
  'settings.update': { input: settingsPatchSchema, result: returns<Settings>() },
  /**
   * Main writes one of the channel's SDK setup snippets (src/shared/sdk), its comments in
   * `language`, to the clipboard. A snippet holds no secret: not audited.
   */
  'sdk.copySnippet': {
    input: channelIdInputSchema.extend({
      snippet: z.enum(SNIPPET_IDS, { error: msg('sdk.notForChannel') }),
      language: z.enum(LANGUAGES, { error: msg('request.unknownLanguage') })
    }),
    result: returns<{ readonly snippet: SnippetId }>()
  },
  /** Save the channel's HarmonyOS qtconfig.json where the user picks in main's save dialog. */
  'sdk.saveHarmonyConfig': {
    input: channelIdInputSchema,
    result: returns<SavedSdkFile>()
  },
  /**
   * Back Up…: main asks where (save dialog), reads every secret from the keychain and writes one
   * age file (atomic, owner-only), after the audit entry. `{ saved: false }` when cancelled.
   */
  'backup.create': { input: backupCreateInputSchema, result: returns<BackupCreateResult>() },
  /** This computer's backup key (its age public key); made and kept in the keychain on first use. */
  'backup.publicKey': { input: noInput, result: returns<{ readonly recipient: string }>() },
  /** Put this computer's public key on the clipboard. */
  'backup.copyPublicKey': { input: noInput, result: returns<{ readonly recipient: string }>() },
  /** Read age public keys (age1… lines) from a file the user picks in main's open dialog. */
  'backup.readRecipients': { input: noInput, result: returns<ReadRecipientsResult>() },
  /**
   * Restore from Backup…, step 1: main asks for the file (open dialog) and reads it; with this
   * computer's key it opens at once ('ready'), else it waits for a key ('locked').
   */
  'backup.open': { input: noInput, result: returns<RestoreOpened>() },
  /**
   * Step 2 when locked: open it with a passphrase or an age secret key, used once ('locked'
   * again when the key file dialog was cancelled).
   */
  'backup.unlock': { input: backupUnlockInputSchema, result: returns<RestoreOpened>() },
  /** Step 3: apply the preview all-or-nothing (secrets first, then one store write). */
  'backup.restore': { input: backupRestoreInputSchema, result: returns<RestoreResult>() },
  /** Forget an opened backup (the dialog closed): its secrets leave main's memory. */
  'backup.discard': {
    input: backupTokenInputSchema,
    result: returns<{ readonly discarded: boolean }>()
  }
} as const satisfies Record<`${string}.${string}`, { input: z.ZodType; result: unknown }>

/**
 * Events main sends the renderer, each with the zod schema its payload must pass. The preload
 * exposes `ns.name` as `api.ns.onName(listener)`, which returns its unsubscribe and drops any
 * payload that does not pass.
 */
export const ipcEvents = {
  /** The native menu asks the page to do something. */
  'menu.command': z.enum(MENU_COMMANDS),
  /** How far the running leak check is (a few times a second while it runs, and at its end). */
  'leaks.progress': leakProgressSchema,
  /**
   * The start-up keychain check ended (or a restore changed what it found): the list's secret
   * statuses are known now. Counts of channels without their secret and of secrets without a
   * channel.
   */
  'channels.secretsChecked': z.strictObject({
    missing: z.int().min(0),
    orphans: z.int().min(0)
  }),
  /** A committed change to the channel list (see `ChannelsChanged`). */
  'channels.changed': channelsChangedSchema
} as const satisfies Record<`${string}.${string}`, z.ZodType>

export type IpcMethod = keyof typeof ipcMethods
export type IpcInput<M extends IpcMethod> = z.input<(typeof ipcMethods)[M]['input']>
export type IpcParsedInput<M extends IpcMethod> = z.output<(typeof ipcMethods)[M]['input']>
export type IpcResults = { readonly [M in IpcMethod]: (typeof ipcMethods)[M]['result'] }
export type IpcResult<M extends IpcMethod> = Result<IpcResults[M]>

export const IPC_METHODS = Object.keys(ipcMethods) as readonly IpcMethod[]

export type IpcEvent = keyof typeof ipcEvents
export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEvents)[E]>
export const IPC_EVENTS = Object.keys(ipcEvents) as readonly IpcEvent[]

/** The namespace of a method or event: `channels` of `channels.create`. */
export type NamespaceOf<K extends string> = K extends `${infer NS}.${string}` ? NS : never
/** The name of a method or event within its namespace: `create` of `channels.create`. */
export type NameOf<K extends string> = K extends `${string}.${infer N}` ? N : never

/** Split `ns.name` into its two parts. */
export function splitName<K extends IpcMethod | IpcEvent>(
  key: K
): readonly [NamespaceOf<K>, NameOf<K>] {
  const dot = key.indexOf('.')
  return [key.slice(0, dot) as NamespaceOf<K>, key.slice(dot + 1) as NameOf<K>]
}
