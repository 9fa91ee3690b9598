/**
 * The app the component tests drive: the real main services (createAppServices on a temp data
 * folder, an in-memory vault for the OS keychain, a fake clipboard), the real IPC dispatcher
 * and the real preload API, joined by a transport that copies every value the way Electron's
 * IPC does. Faults go in where they happen in the app: in the transport (an answer main never
 * gives this page, a call that rejects, a call held until released), in the keychain (the
 * vault's hooks) or in the data file (its writes fail).
 *
 * Every createAppServices / createDispatcher / createApi call of the jsdom suite is in this
 * file, so a change of their signatures is made here once.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import type { ChannelRecord, ChannelView, CreateChannelInput } from '@shared/channel'
import type { AppErrorData, Result } from '@shared/errors'
import type { Language } from '@shared/i18n/languages'
import type { IpcMethod } from '@shared/ipc/contract'
import type { IpcEvent, IpcEventPayload } from '@shared/ipc/contract'
import type { MenuCommand } from '@shared/ipc/events'

const MENU_COMMAND_CHANNEL: IpcEvent = 'menu.command'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import { createDispatcher } from '../../src/main/ipc/handle'
import { generateKey, type RandomInt } from '../../src/main/keys/generate'
import { DurableTextFile } from '../../src/main/store/durable-file'
import { encodeStoreData } from '../../src/main/store/json-store-adapter'
import { createApi, type Transport } from '../../src/preload/api'
import { FakeClipboard, FaultyFile, silentLogger } from '../support/fakes'
import { FileDialogs } from '../support/file-dialogs'
import { MemoryVault } from '../support/memory-vault'
import { seededRandom } from '../support/seeded-random'

/** The page's origin in the packaged app (the dispatcher is told to trust it). */
const APP_URL = 'app://app/index.html'
/** Every clock reading main takes moves one minute on from 2025-03-01 09:00 UTC. */
const CLOCK_START = Date.UTC(2025, 2, 1, 9, 0)
const CLOCK_STEP_MS = 60_000

export const APP_VERSION = '0.1.0-test'
export const KEYCHAIN_SERVICE = 'collection-api-manager-test'
export const AUDIT_USER = 'admin'

export interface AppUnderTestOptions {
  /** Files put in the data folder before main starts (path relative to it → text). */
  readonly files?: Readonly<Record<string, string>>
  /** Secrets already in the keychain (channel id → secret), e.g. for channels in `files`. */
  readonly secrets?: ReadonlyMap<string, string>
  readonly secretTimeoutMs?: number
  /** The OS language main reports in app.info (absent: main does not say). */
  readonly locale?: string
  /** Whom the audit log names. */
  readonly user?: string
  /** Where main's save / open dialogs are answered (test/support/file-dialogs.ts). */
  readonly dialogs?: FileDialogs
}

export interface AppUnderTest {
  readonly services: AppServices
  /** The preload's API over the transport: what `window.api` is in the app. */
  readonly api: ReturnType<typeof createApi>
  readonly vault: MemoryVault
  readonly clipboard: FakeClipboard
  /** The data file under the store: set `failWrites` to make its writes fail. */
  readonly file: FaultyFile
  readonly dataDir: string
  /** Every language the page told main it speaks (app.setLanguage), in order. */
  readonly languages: readonly Language[]
  /** Every folder main asked the OS to open. */
  readonly opened: readonly string[]
  /** Main's save / open dialogs: queue the path the "user" picks (none: cancelled). */
  readonly dialogs: FileDialogs
  /** The inputs of every call of `method` the page made, as main received them. */
  calls(method: IpcMethod): readonly unknown[]
  /** Make the next call of `method` answer `error` without reaching main. */
  failNext(method: IpcMethod, error: AppErrorData): void
  /** Make the next call of `method` reject, as IPC does when main does not answer. */
  rejectNext(method: IpcMethod): void
  /**
   * Hold every call of `method` (after the first `after` calls the page made) until the
   * returned function is called.
   */
  hold(method: IpcMethod, after?: number): () => void
  /** Lose the next push of `event` on its way to the page. */
  dropNextEvent(event: IpcEvent): void
  /**
   * Hold every push of `event` until the returned function is called, which delivers them
   * newest first (events arriving out of order), letting the page handle each before the next.
   */
  holdEvents(event: IpcEvent): () => Promise<void>
  /** How many pushes of `event` main made. */
  eventsSent(event: IpcEvent): number
  /** Make every keychain call fail (a locked or missing keychain), or work again. */
  setKeychainAvailable(available: boolean): void
  /** Play main's native menu sending a command to the page. */
  menuCommand(command: MenuCommand): void
  /** How many menu-command subscriptions are live. */
  menuListeners(): number
  /** Play main sending an event to the page (webContents.send), e.g. leaks.progress. */
  emit<E extends IpcEvent>(event: E, payload: IpcEventPayload<E>): void
  /** Create a channel through the dispatcher, as the page would; not counted in calls(). */
  create(
    input: Partial<CreateChannelInput> & Pick<CreateChannelInput, 'name'>
  ): Promise<ChannelView>
  /** What the keychain holds for a channel. */
  secretOf(id: string): string | undefined
}

// Taken before any test fakes the timers: React runs the page's effects on the real one.
const realSetImmediate = setImmediate

/**
 * Let the page finish handling an answer. Main answers from real I/O callbacks, so React renders
 * it outside act() and runs its effects (e.g. the reveal's hide timer) a moment after the DOM
 * shows the result; a test that then moves fake time must wait for them.
 */
export const pageSettled = (): Promise<void> =>
  new Promise((done) => realSetImmediate(() => done()))

const running = new Set<() => Promise<void>>()

afterEach(async () => {
  // Unmount first, so nothing on the page calls main while it shuts down.
  cleanup()
  const stops = [...running]
  running.clear()
  await Promise.all(stops.map((stop) => stop()))
})

/** Start main on a fresh temp folder; it is shut down and deleted after the test. */
export async function startApp(options: AppUnderTestOptions = {}): Promise<AppUnderTest> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cam-renderer-'))
  for (const [path, text] of Object.entries(options.files ?? {})) {
    await mkdir(dirname(join(dataDir, path)), { recursive: true })
    await writeFile(join(dataDir, path), text, 'utf8')
  }
  const vault = new MemoryVault()
  for (const [id, secret] of options.secrets ?? []) vault.entries.set(id, secret)
  const dialogs = options.dialogs ?? new FileDialogs()
  const clipboard = new FakeClipboard()
  const languages: Language[] = []
  const opened: string[] = []
  let tick = CLOCK_START
  let file: FaultyFile | undefined
  let stopped = false
  const inFlight = new Set<Promise<unknown>>()
  // Disposed and removed after each test, also when a test fails half-way.
  const started: { services?: AppServices } = {}
  // What main pushes to the page: to the transport's listeners, as webContents.send does.
  const pushed = new Map<string, Set<(payload: unknown) => void>>()
  const dropped = new Map<string, number>()
  const heldEvents = new Map<string, unknown[]>()
  const sent = new Map<string, number>()
  const deliver = (event: string, payload: unknown): void => {
    for (const listener of pushed.get(event) ?? []) listener(structuredClone(payload))
  }
  running.add(async () => {
    stopped = true
    // Calls the page made before the test ended finish first, as they would in the app.
    await Promise.allSettled(inFlight)
    await started.services?.dispose()
    await rm(dataDir, { recursive: true, force: true })
  })

  const services = await createAppServices({
    dataDir,
    keychainService: KEYCHAIN_SERVICE,
    clipboard,
    appVersion: APP_VERSION,
    secretTimeoutMs: options.secretTimeoutMs,
    user: options.user ?? AUDIT_USER,
    vault,
    now: () => new Date((tick += CLOCK_STEP_MS)),
    log: silentLogger,
    // The tests' words for the keychain are Linux's, whichever OS runs them.
    platform: 'linux',
    locale: options.locale,
    onLanguage: (language) => void languages.push(language),
    openPath: async (path) => void opened.push(path),
    chooseFile: dialogs.choose,
    // A cheap scrypt for passphrase backups: age's default (18) costs about a second each.
    backupScryptLogN: 10,
    storeFile: (path) => (file = new FaultyFile(new DurableTextFile(path))),
    emit: (event, payload) => {
      sent.set(event, (sent.get(event) ?? 0) + 1)
      const drop = dropped.get(event) ?? 0
      if (drop > 0) dropped.set(event, drop - 1)
      else if (heldEvents.has(event)) heldEvents.get(event)?.push(payload)
      else deliver(event, payload)
    }
  })
  started.services = services
  if (!file) throw new Error('createAppServices did not open the data file')
  const dispatch = createDispatcher(services.handlers, {
    isTrustedSender: () => true,
    log: silentLogger
  })
  const call = (method: string, input: unknown): Promise<Result<unknown>> =>
    dispatch({ senderFrame: { url: APP_URL } }, method, input)

  const inputs = new Map<IpcMethod, unknown[]>()
  const failures = new Map<IpcMethod, AppErrorData[]>()
  const rejections = new Set<IpcMethod>()
  const gates = new Map<IpcMethod, { readonly after: number; readonly open: Promise<void> }>()
  const listeners = pushed

  const transport: Transport = {
    invoke: async (channel, input) => {
      const method = channel as IpcMethod
      const made = [...(inputs.get(method) ?? []), structuredClone(input)]
      inputs.set(method, made)
      const gate = gates.get(method)
      if (gate && made.length > gate.after) await gate.open
      if (stopped || rejections.delete(method)) {
        throw new Error(`Error invoking remote method '${channel}': no answer from main`)
      }
      const failure = failures.get(method)?.shift()
      if (failure) return structuredClone({ ok: false, error: failure })
      const answer = call(channel, structuredClone(input))
      inFlight.add(answer)
      try {
        return structuredClone(await answer)
      } finally {
        inFlight.delete(answer)
      }
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set()
      listeners.set(channel, set)
      set.add(listener)
      return () => {
        set.delete(listener)
      }
    }
  }

  return {
    services,
    api: createApi(transport),
    vault,
    clipboard,
    file,
    dataDir,
    languages,
    opened,
    dialogs,
    calls: (method) => inputs.get(method) ?? [],
    failNext: (method, error) => {
      failures.set(method, [...(failures.get(method) ?? []), error])
    },
    rejectNext: (method) => {
      rejections.add(method)
    },
    hold: (method, after = 0) => {
      let release = (): void => undefined
      const open = new Promise<void>((resolve) => {
        release = () => {
          gates.delete(method)
          resolve()
        }
      })
      gates.set(method, { after, open })
      return () => release()
    },
    dropNextEvent: (event) => {
      dropped.set(event, (dropped.get(event) ?? 0) + 1)
    },
    holdEvents: (event) => {
      heldEvents.set(event, [])
      return async () => {
        const held = heldEvents.get(event) ?? []
        heldEvents.delete(event)
        for (const payload of held.reverse()) {
          deliver(event, payload)
          await pageSettled()
        }
      }
    },
    eventsSent: (event) => sent.get(event) ?? 0,
    setKeychainAvailable: (available) => {
      // What keytar throws when no Secret Service answers; main words the fix itself.
      vault.fault = available
        ? undefined
        : () => new Error('org.freedesktop.DBus.Error.ServiceUnknown: no Secret Service')
    },
    menuCommand: (command) => {
      for (const listener of listeners.get(MENU_COMMAND_CHANNEL) ?? []) {
        listener(structuredClone(command))
      }
    },
    menuListeners: () => listeners.get(MENU_COMMAND_CHANNEL)?.size ?? 0,
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(structuredClone(payload))
    },
    create: async (input) => {
      const result = await call('channels.create', {
        collectedByQuickTracking: true,
        appType: 'APP',
        platforms: input.appType === 'WEB' ? [] : ['ANDROID'],
        domains: [],
        ...input
      } satisfies CreateChannelInput)
      if (!result.ok) throw new Error(`create failed: ${result.error.code} ${result.error.message}`)
      return result.value as ChannelView
    },
    secretOf: (id) => vault.entries.get(id)
  }
}

/** Stored channel records with keys and secrets from a seeded generator (fast and repeatable). */
export function storedChannels(
  count: number,
  fields: (index: number) => Partial<ChannelRecord>
): { readonly records: ChannelRecord[]; readonly secrets: Map<string, string> } {
  const next = seededRandom(count)
  const random: RandomInt = (min, max) => min + Math.floor(next() * (max - min))
  const records: ChannelRecord[] = []
  const secrets = new Map<string, string>()
  for (let index = 0; index < count; index++) {
    const at = new Date(CLOCK_START - (count - index) * CLOCK_STEP_MS).toISOString()
    const record: ChannelRecord = {
      id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
      name: `Channel ${index}`,
      collectedByQuickTracking: true,
      appType: 'APP',
      platforms: ['ANDROID'],
      domains: [],
      appKey: generateKey('appKey', random),
      accessKeyId: generateKey('accessKeyId', random),
      createdAt: at,
      updatedAt: at,
      secretUpdatedAt: at,
      disabledAt: null,
      ...fields(index)
    }
    records.push(record)
    secrets.set(record.id, generateKey('accessKeySecret', random))
  }
  return { records, secrets }
}

/** The data file's text for these records, as main writes it. */
export function storeText(records: readonly ChannelRecord[]): string {
  return encodeStoreData({ schemaVersion: 2, channels: records })
}
