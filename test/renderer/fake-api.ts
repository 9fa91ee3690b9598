/**
 * An in-memory stand-in for main, typed as the real preload `Api`. It enforces the same
 * shared zod schemas and rules main does (uniqueness, immutable Application Type, secret
 * only in the "keychain"), answers with the same envelopes, records an audit log, and lets
 * a test make the next call of a method fail or hold it until released.
 * Every method is a `vi.fn`, so tests can assert how the UI called it.
 */
import { vi } from 'vitest'
import type { AuditAction, AuditEntry } from '@shared/audit'
import {
  channelIdInputSchema,
  copyInputSchema,
  createChannelInputSchema,
  MESSAGES,
  nameKey,
  updateChannelInputSchema,
  type ChannelRecord,
  type ChannelView,
  type CopyableField,
  type CreateChannelInput,
  type UpdateChannelInput
} from '@shared/channel'
import type { AppErrorData, FieldErrors, Result } from '@shared/errors'
import type { Language } from '@shared/i18n/languages'
import type { AppInfo, AppStatus, IpcMethod, RecoveryStatus } from '@shared/ipc/contract'
import type { MenuCommand } from '@shared/ipc/events'
import type { Api } from '@renderer/api/api-context'
import { dummySecret, testAccessKeyId, testAppKey, testTime, testUuid } from './fixtures'
import type { z } from 'zod'

export interface FakeApiOptions {
  readonly channels?: readonly ChannelView[]
  readonly secretTimeoutMs?: number
  readonly user?: string
  /** Start with the keychain unavailable (every secret operation fails with this message). */
  readonly keychainUnavailable?: string
  /** Start in recovery mode: the data file is damaged as described. */
  readonly recovery?: RecoveryStatus
  /** What a restored backup holds (default: no channels). */
  readonly backupChannels?: readonly ChannelView[]
  /** Entries already in the audit log. */
  readonly audit?: readonly AuditEntry[]
  /** The OS language main reports in app.info (absent: main does not say). */
  readonly osLocale?: string
}

export interface FakeApi {
  readonly api: Api
  /** The stored channels, as the list would return them. */
  readonly channels: () => readonly ChannelView[]
  /** What the keychain holds for a channel. */
  readonly secretOf: (id: string) => string | undefined
  /** What main last put on the clipboard. */
  readonly clipboard: () => string | null
  readonly auditEntries: () => readonly AuditEntry[]
  /** Make the next call of `method` answer with this error. */
  readonly failNext: (method: IpcMethod, error: AppErrorData) => void
  /** Make the next call of `method` throw (a transport failure). */
  readonly rejectNext: (method: IpcMethod) => void
  /** Hold calls of `method` until the returned function is called. */
  readonly hold: (method: IpcMethod) => () => void
  /** Make the keychain unavailable (with the fix main would name) or available again. */
  readonly setKeychain: (unavailableMessage: string | null) => void
  /** Play main's native menu sending a command to the page. */
  readonly menuCommand: (command: MenuCommand) => void
  /** How many menu-command subscriptions are live. */
  readonly menuListeners: () => number
  /** Every language the page told main it speaks (app.setLanguage), in order. */
  readonly languages: () => readonly Language[]
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value })
const fail = (error: AppErrorData): Result<never> => ({ ok: false, error })

/** zod issues as main's `fieldErrors`: the first message per path. */
function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.')
    out[path] ??= issue.message
  }
  return out
}

const validation = (error: z.ZodError): Result<never> =>
  fail({
    code: 'VALIDATION',
    message: 'Check the highlighted fields.',
    fieldErrors: fieldErrorsOf(error)
  })

const notFound = (): Result<never> =>
  fail({ code: 'NOT_FOUND', message: 'This channel no longer exists.' })

export const RECOVERY_REQUIRED_MESSAGE =
  'The channel data file is damaged, so channels cannot be shown or changed. Restore a backup or start empty first; the damaged file is kept.'

const KEYCHAIN_METHODS: ReadonlySet<IpcMethod> = new Set<IpcMethod>([
  'channels.create',
  'channels.remove',
  'channels.revealSecret',
  'channels.rotateSecret'
])

/** Build a fake api, optionally seeded with channels (those marked present get a secret). */
export function createFakeApi(options: FakeApiOptions = {}): FakeApi {
  const records = new Map<string, ChannelRecord>()
  const secrets = new Map<string, string>()
  const audit: AuditEntry[] = [...(options.audit ?? [])]
  const failures = new Map<IpcMethod, AppErrorData[]>()
  const rejections = new Set<IpcMethod>()
  const gates = new Map<IpcMethod, Promise<void>>()
  let clipboard: string | null = null
  let keychainError: string | null = options.keychainUnavailable ?? null
  let recovery: RecoveryStatus | null = options.recovery ?? null
  const menuListeners = new Set<(command: MenuCommand) => void>()
  const languages: Language[] = []
  let n = 10_000
  let minutes = 600
  const now = (): string => testTime(++minutes)

  for (const channel of options.channels ?? []) {
    const { secretStatus, ...record } = channel
    records.set(record.id, record)
    n += 1
    if (secretStatus === 'present') secrets.set(record.id, dummySecret(n))
  }

  const view = (record: ChannelRecord): ChannelView => ({
    ...record,
    secretStatus: secrets.has(record.id) ? 'present' : 'missing'
  })

  const record = (action: AuditAction, channel: ChannelRecord, field?: CopyableField): void => {
    audit.push({
      at: now(),
      user: options.user ?? 'admin',
      action,
      channelId: channel.id,
      channelName: channel.name,
      ...(field ? { field } : {})
    })
  }

  const nameTaken = (name: string, exceptId?: string): boolean =>
    [...records.values()].some((r) => r.id !== exceptId && nameKey(r.name) === nameKey(name))

  const conflict = (): Result<never> =>
    fail({
      code: 'CONFLICT',
      message: MESSAGES.nameTaken,
      fieldErrors: { name: MESSAGES.nameTaken }
    })

  async function run<T>(method: IpcMethod, body: () => Result<T>): Promise<Result<T>> {
    const gate = gates.get(method)
    if (gate) await gate
    if (rejections.delete(method)) throw new Error(`Fake transport failure in ${method}`)
    const queued = failures.get(method)?.shift()
    if (queued) return fail(queued)
    if (recovery && method.startsWith('channels.')) {
      return fail({ code: 'RECOVERY_REQUIRED', message: RECOVERY_REQUIRED_MESSAGE })
    }
    if (keychainError !== null && KEYCHAIN_METHODS.has(method)) {
      return fail({ code: 'KEYCHAIN_UNAVAILABLE', message: keychainError })
    }
    return body()
  }

  // Main reports the outcome of its last keychain call; the fake reports the keychain as it is.
  const status = (): AppStatus => ({
    mode: recovery ? 'recovery' : 'normal',
    ...(keychainError === null
      ? { keychain: 'available' as const }
      : { keychain: 'unavailable' as const, keychainMessage: keychainError })
  })

  const leaveRecovery = (restored: readonly ChannelView[]): string => {
    const damagedFile = `${recovery?.dataFile ?? 'channels.json'}.damaged-test`
    recovery = null
    records.clear()
    for (const channel of restored) {
      const { secretStatus: _status, ...rest } = channel
      records.set(rest.id, rest)
    }
    return damagedFile
  }

  const info: AppInfo = {
    version: '0.1.0-test',
    runtime: { electron: '45.5.0', chrome: '142.0.0.0', node: '22.20.0' },
    dataDir: '/tmp/collection-api-manager-test',
    dataFile: '/tmp/collection-api-manager-test/channels.json',
    keychainBackend: 'Secret Service (libsecret: GNOME Keyring, KWallet)',
    keychainService: 'collection-api-manager-test',
    secretTimeoutMs: options.secretTimeoutMs ?? 30_000,
    ...(options.osLocale === undefined ? {} : { locale: options.osLocale })
  }

  const api: Api = {
    channels: {
      list: vi.fn(() => run('channels.list', () => ok([...records.values()].map(view)))),
      get: vi.fn((id: string) =>
        run('channels.get', () => {
          const found = records.get(id)
          return found ? ok(view(found)) : notFound()
        })
      ),
      create: vi.fn((input: CreateChannelInput) =>
        run('channels.create', () => {
          const parsed = createChannelInputSchema.safeParse(input)
          if (!parsed.success) return validation(parsed.error)
          if (nameTaken(parsed.data.name)) return conflict()
          n += 1
          const at = now()
          const created: ChannelRecord = {
            id: testUuid(n),
            ...parsed.data,
            appKey: testAppKey(n),
            accessKeyId: testAccessKeyId(n),
            createdAt: at,
            updatedAt: at,
            secretUpdatedAt: at
          }
          secrets.set(created.id, dummySecret(n))
          records.set(created.id, created)
          record('create', created)
          return ok(view(created))
        })
      ),
      update: vi.fn((input: UpdateChannelInput) =>
        run('channels.update', () => {
          const parsed = updateChannelInputSchema.safeParse(input)
          if (!parsed.success) return validation(parsed.error)
          const existing = records.get(parsed.data.id)
          if (!existing) return notFound()
          if (parsed.data.appType !== existing.appType) {
            return fail({
              code: 'IMMUTABLE_FIELD',
              message: MESSAGES.appTypeImmutable,
              fieldErrors: { appType: MESSAGES.appTypeImmutable }
            })
          }
          if (nameTaken(parsed.data.name, existing.id)) return conflict()
          const { id: _id, ...fields } = parsed.data
          const updated: ChannelRecord = { ...existing, ...fields, updatedAt: now() }
          records.set(updated.id, updated)
          record('edit', updated)
          return ok(view(updated))
        })
      ),
      remove: vi.fn((id: string) =>
        run('channels.remove', () => {
          const parsed = channelIdInputSchema.safeParse({ id })
          if (!parsed.success) return validation(parsed.error)
          const existing = records.get(id)
          if (!existing) return notFound()
          secrets.delete(id)
          records.delete(id)
          record('remove', existing)
          return ok({ id })
        })
      ),
      revealSecret: vi.fn((id: string) =>
        run('channels.revealSecret', () => {
          const existing = records.get(id)
          if (!existing) return notFound()
          const secret = secrets.get(id)
          if (secret === undefined) {
            return fail({ code: 'SECRET_MISSING', message: 'This channel has no AccessKeySecret.' })
          }
          record('reveal', existing)
          return ok({ secret })
        })
      ),
      copy: vi.fn((id: string, field: CopyableField) =>
        run('channels.copy', () => {
          const parsed = copyInputSchema.safeParse({ id, field })
          if (!parsed.success) return validation(parsed.error)
          const existing = records.get(id)
          if (!existing) return notFound()
          if (field === 'accessKeySecret' && keychainError !== null) {
            return fail({ code: 'KEYCHAIN_UNAVAILABLE', message: keychainError })
          }
          const value = field === 'accessKeySecret' ? secrets.get(id) : existing[field]
          if (value === undefined) {
            return fail({ code: 'SECRET_MISSING', message: 'This channel has no AccessKeySecret.' })
          }
          clipboard = value
          record('copy', existing, field)
          return ok({ field })
        })
      ),
      rotateSecret: vi.fn((id: string) =>
        run('channels.rotateSecret', () => {
          const existing = records.get(id)
          if (!existing) return notFound()
          n += 1
          secrets.set(id, dummySecret(n))
          const rotated: ChannelRecord = { ...existing, secretUpdatedAt: now() }
          records.set(id, rotated)
          record('rotate', rotated)
          return ok(view(rotated))
        })
      )
    },
    audit: {
      list: vi.fn(() => run('audit.list', () => ok([...audit])))
    },
    app: {
      info: vi.fn(() => run('app.info', () => ok(info))),
      status: vi.fn(() => run('app.status', () => ok(status()))),
      setLanguage: vi.fn((language: Language) =>
        run('app.setLanguage', () => {
          languages.push(language)
          return ok({ language })
        })
      )
    },
    recovery: {
      status: vi.fn(() => run('recovery.status', () => ok(recovery))),
      restoreBackup: vi.fn((backupId?: string) =>
        run('recovery.restoreBackup', () => {
          if (!recovery) return fail({ code: 'CONFLICT', message: 'The data file is not damaged.' })
          const backups = recovery.backups
          const chosen =
            backupId === undefined ? backups[0] : backups.find((b) => b.id === backupId)
          if (!chosen) return fail({ code: 'NOT_FOUND', message: 'This backup does not exist.' })
          const damagedFile = leaveRecovery(options.backupChannels ?? [])
          return ok({ restored: chosen, damagedFile, channelCount: records.size })
        })
      ),
      startEmpty: vi.fn((input: { readonly confirm: true }) =>
        run('recovery.startEmpty', () => {
          if (input.confirm !== true) {
            return fail({ code: 'VALIDATION', message: 'Starting empty must be confirmed.' })
          }
          if (!recovery) return fail({ code: 'CONFLICT', message: 'The data file is not damaged.' })
          return ok({ damagedFile: leaveRecovery([]) })
        })
      ),
      openDataFolder: vi.fn(() =>
        run('recovery.openDataFolder', () => ok({ path: '/tmp/collection-api-manager-test' }))
      )
    },
    menu: {
      onCommand: vi.fn((listener: (command: MenuCommand) => void) => {
        menuListeners.add(listener)
        return () => {
          menuListeners.delete(listener)
        }
      })
    }
  }

  return {
    api,
    channels: () => [...records.values()].map(view),
    secretOf: (id) => secrets.get(id),
    clipboard: () => clipboard,
    auditEntries: () => [...audit],
    failNext: (method, error) => {
      failures.set(method, [...(failures.get(method) ?? []), error])
    },
    rejectNext: (method) => {
      rejections.add(method)
    },
    hold: (method) => {
      let release = (): void => undefined
      gates.set(
        method,
        new Promise<void>((resolve) => {
          release = () => {
            gates.delete(method)
            resolve()
          }
        })
      )
      return () => release()
    },
    setKeychain: (message) => {
      keychainError = message
    },
    menuCommand: (command) => menuListeners.forEach((listener) => listener(command)),
    menuListeners: () => menuListeners.size,
    languages: () => [...languages]
  }
}
