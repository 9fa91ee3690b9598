/**
 * The composition root for main-process services, Electron-free so both the Electron
 * entry and a browser end-to-end harness build the app the same way.
 */
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { userInfo } from 'node:os'
import { z } from 'zod'
import type { Language } from '../shared/i18n/languages'
import type { AppInfo, AppStatus, RecoveryStatus } from '../shared/ipc/contract'
import { AuditLog } from './audit/audit-log'
import { AuditService } from './audit/audit-export'
import { BackupService } from './backup/backup-service'
import type { ChannelService, ReconcileReport } from './channels/channel-service'
import type { AppDeps } from './deps'
import { createHandlers, type IpcServices } from './ipc/handlers'
import type { IpcHandlers } from './ipc/handle'
import { generateKey } from './keys/generate'
import { LeakService } from './leaks/leak-service'
import { RetiredSecrets } from './leaks/retired-secrets'
import { consoleLogger } from './log'
import { DataSession } from './recovery/data-session'
import { SdkService } from './sdk/sdk-service'
import { SettingsStore } from './settings/settings-store'
import { ObservedVault } from './vault/observed-vault'
import { KeytarVault, type SecretVault } from './vault/secret-vault'

export const DEFAULT_KEYCHAIN_SERVICE = 'Collection API Manager'
export const DEFAULT_SECRET_TIMEOUT_MS = 30_000

/**
 * What the Electron entry (or a test, or the browser harness) gives the composition root; every
 * dependency it leaves out gets its default here, once.
 */
export type AppServicesOptions = Partial<Omit<AppDeps, 'vault' | 'audit'>> & {
  readonly dataDir: string
  readonly keychainService: string
  readonly clipboard: AppDeps['clipboard']
  readonly appVersion: string
  /** The keychain; defaults to the OS keychain through keytar under `keychainService`. */
  readonly vault?: SecretVault
  /** The OS user the audit log names (defaults to this process's user). */
  readonly user?: string
  /** The OS language for app.info (Electron's `app.getLocale()`); omitted outside Electron. */
  readonly locale?: string
  /** Called with the page's language (app.setLanguage); index.ts rebuilds the native menu. */
  readonly onLanguage?: (language: Language) => void
}

export interface AppServices {
  /** The channel service; throws an AppError RECOVERY_REQUIRED while the data file is damaged. */
  readonly service: ChannelService
  /** The data session: normal or recovery mode, backups, recovery actions. */
  readonly session: DataSession
  readonly audit: AuditLog
  /** The leak check (leaks.check / leaks.cancel). */
  readonly leaks: LeakService
  /** The organisation's settings (settings.json in the data folder). */
  readonly settings: SettingsStore
  /** Encrypted backup and restore (the contract's `backup` namespace). */
  readonly backup: BackupService
  readonly handlers: IpcHandlers
  /** What is wrong with the data file while in recovery mode (null in normal mode). */
  readonly recovery: RecoveryStatus | null
  /**
   * Settles when the current store's start-up reconcile is done: its report, or null if the
   * keychain was unavailable or the app is in recovery mode. The reconcile is kept off the
   * start-up path (shortly after the first list is served); reading this starts it at once.
   */
  readonly reconciled: Promise<ReconcileReport | null>
  /** Mode and keychain state (what app.status answers). */
  status(): AppStatus
  dispose(): Promise<void>
}

export interface AppSettings {
  readonly keychainService: string
  readonly secretTimeoutMs: number
  /** Ask for Touch ID before a secret is revealed or copied (macOS; off by default). */
  readonly requireReauth: boolean
}

const settingsSchema = z.object({
  CAM_KEYCHAIN_SERVICE: z
    .string()
    .trim()
    .max(200, { error: 'CAM_KEYCHAIN_SERVICE must be at most 200 characters.' })
    .optional()
    .transform((s) => (s ? s : DEFAULT_KEYCHAIN_SERVICE)),
  CAM_SECRET_TIMEOUT_MS: z
    .string()
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (!s) return DEFAULT_SECRET_TIMEOUT_MS
      const ms = Number(s)
      if (!/^\d+$/.test(s) || ms < 100 || ms > 600_000) {
        ctx.addIssue({
          code: 'custom',
          message:
            'CAM_SECRET_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000.'
        })
        return z.NEVER
      }
      return ms
    }),
  CAM_REQUIRE_REAUTH: z
    .enum(['', '0', '1', 'false', 'true'], {
      error:
        'CAM_REQUIRE_REAUTH must be 1 or true to turn re-authentication on, 0 or false to leave it off.'
    })
    .optional()
    .transform((s) => s === '1' || s === 'true')
})

/** Settings from the environment (CAM_KEYCHAIN_SERVICE, CAM_SECRET_TIMEOUT_MS, CAM_REQUIRE_REAUTH); throws on an invalid value. */
export function readSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>
): AppSettings {
  const parsed = settingsSchema.safeParse({
    CAM_KEYCHAIN_SERVICE: env.CAM_KEYCHAIN_SERVICE,
    CAM_SECRET_TIMEOUT_MS: env.CAM_SECRET_TIMEOUT_MS,
    CAM_REQUIRE_REAUTH: env.CAM_REQUIRE_REAUTH?.trim().toLowerCase()
  })
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(' '))
  return {
    keychainService: parsed.data.CAM_KEYCHAIN_SERVICE,
    secretTimeoutMs: parsed.data.CAM_SECRET_TIMEOUT_MS,
    requireReauth: parsed.data.CAM_REQUIRE_REAUTH
  }
}

/** The OS user name for the audit log; never fails start-up. */
export function currentUser(): string {
  try {
    return userInfo().username
  } catch {
    // userInfo() throws when the uid has no passwd entry (some containers).
    return process.env.USER ?? process.env.USERNAME ?? 'unknown'
  }
}

/**
 * Open the data folder and wire every service, without a keychain call: reconcile runs in the
 * background shortly after the first list is served. A damaged
 * data file does not make this throw: the services start in recovery mode (`recovery` says
 * what happened) and the file stays untouched until the user chooses what to do.
 */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const platform = options.platform ?? process.platform
  const now = options.now ?? (() => new Date())
  const audit = new AuditLog({ dataDir: options.dataDir, user: options.user ?? currentUser(), now })
  const deps: AppDeps = {
    ...options,
    platform,
    now,
    log: options.log ?? consoleLogger,
    secretTimeoutMs: options.secretTimeoutMs ?? DEFAULT_SECRET_TIMEOUT_MS,
    generateKey: options.generateKey ?? ((kind) => generateKey(kind)),
    newId: options.newId ?? (() => randomUUID()),
    emit: options.emit ?? (() => undefined),
    retiredSecrets: options.retiredSecrets ?? new RetiredSecrets({ dataDir: options.dataDir, now }),
    vault: new ObservedVault(
      options.vault ?? new KeytarVault(options.keychainService, { platform }),
      platform
    ),
    audit
  }
  await mkdir(deps.dataDir, { recursive: true })
  const session = await DataSession.open(deps)
  const settings = await SettingsStore.open(deps)
  const sdk = new SdkService({
    channel: (id) => session.channels().get({ id }),
    settings,
    clipboard: deps.clipboard,
    chooseFile: deps.chooseFile
  })
  const backup = new BackupService(deps, session)
  const appInfo: AppInfo = {
    version: options.appVersion,
    runtime: {
      electron: process.versions.electron ?? null,
      chrome: process.versions.chrome ?? null,
      node: process.versions.node
    },
    dataDir: deps.dataDir,
    dataFile: session.filePath,
    keychainBackend: keychainBackendName(platform),
    keychainService: options.keychainService,
    secretTimeoutMs: deps.secretTimeoutMs,
    ...(options.locale ? { locale: options.locale } : {})
  }
  const leaks = new LeakService({
    ...deps,
    channels: () => session.channels().list()
  })
  // One service per contract namespace; the handler table is derived from the contract.
  const services: IpcServices = {
    // Looked up at each call: RECOVERY_REQUIRED while the data file is damaged.
    get channels() {
      return session.channels()
    },
    audit: new AuditService({ ...deps, auditLog: audit }),
    app: {
      info: async () => appInfo,
      status: async () => session.appStatus(),
      setLanguage: async ({ language }) => {
        options.onLanguage?.(language)
        return { language }
      }
    },
    recovery: session,
    leaks,
    settings: {
      get: async () => settings.get(),
      update: (patch) => settings.update(patch)
    },
    sdk,
    backup
  }
  const handlers = createHandlers(services)

  return {
    get service() {
      return session.channels()
    },
    session,
    audit,
    leaks,
    settings,
    backup,
    handlers,
    get recovery() {
      return session.recovery
    },
    get reconciled() {
      return session.reconciled
    },
    status: () => session.appStatus(),
    dispose: async () => {
      backup.dispose()
      await session.dispose()
      // An action's entry still being appended is on disk before the app stops.
      await audit.idle()
    }
  }
}

/** The OS keychain keytar talks to on a platform, as a user would name it. */
export function keychainBackendName(platform: NodeJS.Platform): string {
  switch (platform) {
    case 'darwin':
      return 'macOS Keychain'
    case 'win32':
      return 'Windows Credential Manager'
    default:
      return 'Secret Service (libsecret: GNOME Keyring, KWallet)'
  }
}
