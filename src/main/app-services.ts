/**
 * The composition root for main-process services, Electron-free so both the Electron
 * entry and a browser end-to-end harness build the app the same way.
 */
import { randomUUID } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { userInfo } from 'node:os'
import { z } from 'zod'
import { AuditLog } from './audit/audit-log'
import { ChannelService, type ReconcileReport } from './channels/channel-service'
import type { Clipboard } from './clipboard/secret-clipboard'
import { createHandlers } from './ipc/handlers'
import type { IpcHandlers } from './ipc/handle'
import { generateKey } from './keys/generate'
import { consoleLogger, type Logger } from './log'
import { ChannelStore } from './store/channel-store'
import { KeytarVault, type SecretVault } from './vault/secret-vault'

export const DEFAULT_KEYCHAIN_SERVICE = 'Collection API Manager'
export const DEFAULT_SECRET_TIMEOUT_MS = 30_000

export interface AppServicesOptions {
  readonly dataDir: string
  readonly keychainService: string
  readonly clipboard: Clipboard
  readonly appVersion: string
  readonly secretTimeoutMs?: number
  readonly user?: string
  readonly vault?: SecretVault
  readonly now?: () => Date
  readonly log?: Logger
}

export interface AppServices {
  readonly service: ChannelService
  readonly audit: AuditLog
  readonly handlers: IpcHandlers
  /** Settles when the start-up reconcile is done: its report, or null if the keychain was unavailable. */
  readonly reconciled: Promise<ReconcileReport | null>
  dispose(): Promise<void>
}

export interface AppSettings {
  readonly keychainService: string
  readonly secretTimeoutMs: number
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
    })
})

/** Settings from the environment (CAM_KEYCHAIN_SERVICE, CAM_SECRET_TIMEOUT_MS); throws on an invalid value. */
export function readSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>
): AppSettings {
  const parsed = settingsSchema.safeParse({
    CAM_KEYCHAIN_SERVICE: env.CAM_KEYCHAIN_SERVICE,
    CAM_SECRET_TIMEOUT_MS: env.CAM_SECRET_TIMEOUT_MS
  })
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(' '))
  return {
    keychainService: parsed.data.CAM_KEYCHAIN_SERVICE,
    secretTimeoutMs: parsed.data.CAM_SECRET_TIMEOUT_MS
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

/** Open the store (StoreLoadError propagates) and wire every service; reconcile runs in the background. */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const log = options.log ?? consoleLogger
  const now = options.now ?? (() => new Date())
  const secretTimeoutMs = options.secretTimeoutMs ?? DEFAULT_SECRET_TIMEOUT_MS
  await mkdir(options.dataDir, { recursive: true })

  const store = new ChannelStore({ dataDir: options.dataDir })
  await store.open()
  const audit = new AuditLog({ dataDir: options.dataDir, user: options.user ?? currentUser(), now })
  const service = new ChannelService({
    store,
    vault: options.vault ?? new KeytarVault(options.keychainService),
    audit,
    clipboard: options.clipboard,
    generateKey: (kind) => generateKey(kind),
    now,
    newId: () => randomUUID(),
    secretTimeoutMs,
    log
  })
  const handlers = createHandlers(service, audit, {
    version: options.appVersion,
    dataFile: store.filePath,
    keychainService: options.keychainService,
    secretTimeoutMs
  })

  // A locked or missing keychain must not stop the app from showing the list; the
  // records show 'unknown' secret status and each keychain action reports the fix.
  const reconciled = service.reconcile().catch((error: unknown) => {
    log.warn('Start-up reconcile skipped: the keychain is not available.', error)
    return null
  })

  return {
    service,
    audit,
    handlers,
    reconciled,
    dispose: async () => {
      await reconciled
      await service.dispose()
    }
  }
}
