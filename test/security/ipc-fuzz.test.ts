/**
 * Property-based tests of the IPC boundary: every contract method (IPC_METHODS, so a new
 * method is covered the day it is added) gets FUZZ_RUNS_TOTAL generated payloads in total,
 * sent through the real dispatcher to the real services (createAppServices: the store file
 * in a temp dir, a memory vault, a fake clipboard).
 *
 * Each invalid payload must come back as a typed VALIDATION envelope, reach no handler, and
 * leave every file in the data folder, the vault, the clipboard and Object.prototype exactly
 * as they were. Where a family can produce valid input, the schema decides, and a valid call
 * must come back as a well-formed envelope too. No exception may escape.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isAppUrl } from '../../src/main/app-protocol'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import {
  createDispatcher,
  type Dispatch,
  type IpcEventLike,
  type IpcHandlers
} from '../../src/main/ipc/handle'
import type { Logger } from '../../src/main/log'
import { MemoryVault } from '../support/memory-vault'
import { ERROR_CODES, type Result } from '../../src/shared/errors'
import { IPC_METHODS, ipcMethods, type IpcMethod } from '../../src/shared/ipc/contract'
import { formatKey } from '../../src/shared/keys'
import { isMessage, isMessageCode } from '../../src/shared/messages'
import { FakeClipboard } from '../support/fakes'
import { makeInput } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'
import { FUZZ_RUNS_TOTAL, FUZZ_SEED } from './fuzz-config'
import {
  FORBIDDEN_IN_NAME,
  hostileKey,
  hostileValue,
  oddString,
  withOddCharacter
} from './hostile-values'

const tempDir = useTempDirs('cam-fuzz-')
const APP_PAGE = 'app://renderer/index.html'
const trusted: IpcEventLike = { senderFrame: { url: APP_PAGE } }

interface Seeds {
  readonly app: string
  readonly mini: string
  readonly web: string
}

/**
 * A valid input per method with an object input, as variants to start mutations from.
 * Methods whose input is `undefined` need none. A new method with an object input must get
 * an entry here (the "examples" test below fails until it does).
 */
const VALID_EXAMPLES: Readonly<Record<string, (seeds: Seeds) => readonly unknown[]>> = {
  'channels.snapshot': () => [{ limit: 500 }, { revision: 0, skip: 500, limit: 10_000 }],
  'channels.get': (s) => [{ id: s.app }, { id: s.web }],
  'channels.create': () => [
    makeInput({ name: 'Fuzz app' }),
    makeInput({ name: 'Fuzz mini', appType: 'MINI_PROGRAM', platforms: ['WECHAT', 'ALIPAY'] }),
    makeInput({
      name: 'Fuzz web',
      appType: 'WEB',
      platforms: [],
      domains: ['https://fuzz.example.com']
    })
  ],
  'channels.update': (s) => [
    { ...makeInput({ name: 'Seed app' }), id: s.app },
    {
      ...makeInput({
        name: 'Seed web',
        appType: 'WEB',
        platforms: [],
        domains: ['https://shop.example.com']
      }),
      id: s.web
    }
  ],
  'channels.remove': (s) => [{ id: s.mini }],
  'channels.revealSecret': (s) => [{ id: s.app }],
  'channels.copy': (s) => [
    { id: s.app, field: 'accessKeySecret' },
    { id: s.web, field: 'appKey' },
    { id: s.mini, field: 'accessKeyId' }
  ],
  'channels.rotateSecret': (s) => [{ id: s.web }],
  'channels.disable': (s) => [{ id: s.mini }],
  'channels.enable': (s) => [{ id: s.mini }],
  'recovery.restoreBackup': () => [{ backupId: 'channels-000001-20240501T080000000Z.json' }],
  'recovery.startEmpty': () => [{ confirm: true }],
  'app.setLanguage': () => [{ language: 'en' }, { language: 'zh-CN' }],
  'channels.copyKeys': (s) => [
    { id: s.app, withSecret: false },
    { id: s.web, withSecret: true }
  ],
  'settings.update': () => [
    { collectionDomain: 'https://collect.example.com' },
    { standbyDomain: null, webSdkUrl: 'https://cdn.example.com/sdk.js' }
  ],
  'sdk.copySnippet': (s) => [
    { id: s.app, snippet: 'android', language: 'en' },
    { id: s.mini, snippet: 'miniprogram.WECHAT', language: 'zh-CN' },
    { id: s.web, snippet: 'web', language: 'en' }
  ],
  'sdk.saveHarmonyConfig': (s) => [{ id: s.app }],
  // (`{}` is valid too; the mutations need a key to work on.)
  'audit.list': () => [
    { limit: 5 },
    { before: '1:0', limit: 2 },
    {
      limit: 50,
      actions: ['create', 'copy'],
      from: '2024-05-01T00:00:00.000Z',
      to: '2030-01-01T00:00:00+08:00',
      search: 'seed'
    },
    { channelId: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', limit: 10 }
  ],
  // (No dialog answers in this test: a valid export is cancelled and writes nothing.)
  'audit.export': () => [
    { actions: ['create'] },
    { search: 'Seed', from: '2024-05-01T00:00:00.000Z' }
  ],
  'channels.enterSecret': (s) => [
    { id: s.app, secret: formatKey('accessKeySecret', 'E'.repeat(32)) }
  ],
  'channels.deleteOrphan': () => [{ id: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', confirm: true }],
  'channels.exportList': () => [{ format: 'csv' }, { format: 'json' }],
  'backup.create': () => [
    { protection: { kind: 'passphrase', passphrase: 'a long enough passphrase' } },
    { protection: { kind: 'thisComputer' } },
    {
      protection: {
        kind: 'recipients',
        recipients: ['age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p']
      }
    }
  ],
  'backup.unlock': () => [
    {
      token: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
      key: { kind: 'passphrase', passphrase: 'a long enough passphrase' }
    },
    { token: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', key: { kind: 'identityFile' } }
  ],
  'backup.restore': (s) => [{ token: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', replace: [s.app] }],
  'backup.discard': () => [{ token: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' }]
}

/** Methods whose whole input is `undefined` (or may be). */
const takesNoInput = (method: IpcMethod): boolean =>
  ipcMethods[method].input.safeParse(undefined).success

const isValid = (method: IpcMethod, payload: unknown): boolean =>
  ipcMethods[method].input.safeParse(payload).success

/** Set an own, enumerable property, even one named `__proto__`. */
function withKey(base: unknown, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

/** Replace every string in a JSON-shaped value. */
function mapStrings(value: unknown, replace: (s: string) => string): unknown {
  if (typeof value === 'string') return replace(value)
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, replace))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace)]))
  }
  return value
}

interface World {
  readonly services: AppServices
  readonly dispatch: Dispatch
  readonly seeds: Seeds
  /** Handlers reached, in order. */
  readonly calls: string[]
  /** Methods refused because of their sender. */
  readonly rejected: string[]
  /** Every error-level log line (an INTERNAL failure logs one). */
  readonly errors: string[]
  snapshot(): Promise<string>
}

let world: World
let sent = 0
const prototypeKeys = (): string =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join('|')
const cleanPrototypes = prototypeKeys()

beforeAll(async () => {
  const dataDir = await tempDir()
  const vault = new MemoryVault()
  const clipboard = new FakeClipboard()
  const opened: string[] = []
  const errors: string[] = []
  const log: Logger = {
    info: () => {},
    warn: () => {},
    error: (message) => void errors.push(message)
  }
  // What main's folder picker answers for leaks.check: a small folder with a key in it.
  const leakFolder = join(await tempDir(), 'project')
  await mkdir(leakFolder, { recursive: true })
  await writeFile(join(leakFolder, 'config.txt'), `appKey=${formatKey('appKey', 'F'.repeat(17))}\n`)
  const services = await createAppServices({
    dataDir,
    keychainService: 'cam-fuzz',
    chooseFile: async (request) => (request.kind === 'folder' ? leakFolder : null),
    vault,
    clipboard,
    appVersion: 'fuzz',
    user: 'fuzz',
    log,
    openPath: async (path) => void opened.push(path)
  })
  await services.reconciled
  const app = await services.service.create(makeInput({ name: 'Seed app' }) as never)
  const mini = await services.service.create(
    makeInput({ name: 'Seed mini', appType: 'MINI_PROGRAM', platforms: ['WECHAT'] }) as never
  )
  const web = await services.service.create(
    makeInput({
      name: 'Seed web',
      appType: 'WEB',
      platforms: [],
      domains: ['https://shop.example.com']
    }) as never
  )
  clipboard.writeText('what the user copied')

  const calls: string[] = []
  const rejected: string[] = []
  const handlers = Object.fromEntries(
    IPC_METHODS.map((m) => [
      m,
      (input: unknown) => {
        calls.push(m)
        return (services.handlers[m] as (i: unknown) => Promise<unknown>)(input)
      }
    ])
  ) as unknown as IpcHandlers

  const snapshot = async (): Promise<string> => {
    const names = (await readdir(dataDir, { recursive: true })).sort()
    const files: Array<[string, string]> = []
    for (const name of names) {
      const path = join(dataDir, name)
      if ((await stat(path)).isFile()) files.push([name, await readFile(path, 'utf8')])
    }
    return JSON.stringify({
      files,
      vault: [...vault.entries].sort(),
      clipboard: clipboard.text,
      opened: opened.length
    })
  }

  world = {
    services,
    dispatch: createDispatcher(handlers, {
      isTrustedSender: (event) => event.senderFrame !== null && isAppUrl(event.senderFrame.url),
      onRejected: (_event, method) => void rejected.push(method),
      log
    }),
    seeds: { app: app.id, mini: mini.id, web: web.id },
    calls,
    rejected,
    errors,
    snapshot
  }
}, 60_000)

afterAll(async () => {
  await world?.services.dispose()
})

/** The envelope every call answers with, whatever happened. */
function expectEnvelope(result: Result<unknown>): void {
  expect(typeof result).toBe('object')
  expect(result).not.toBeNull()
  if (result.ok) {
    expect(Object.keys(result).sort()).toEqual(['ok', 'value'])
  } else {
    expect(Object.keys(result).sort()).toEqual(['error', 'ok'])
    expect(ERROR_CODES).toContain(result.error.code)
    // A catalogued code, never words taken from the input.
    expect(isMessageCode(result.error.message), result.error.message).toBe(true)
    const fieldErrors = result.error.fieldErrors
    if (fieldErrors !== undefined) {
      expect(Object.getPrototypeOf(fieldErrors)).toBe(Object.prototype)
      expect(Object.keys(fieldErrors).length).toBeLessThanOrEqual(100)
      for (const message of Object.values(fieldErrors)) expect(isMessage(message)).toBe(true)
    }
    expect(JSON.stringify(result).length).toBeLessThan(20_000)
  }
  // It must survive Electron's structured clone unchanged.
  expect(structuredClone(result)).toEqual(result)
}

function expectNoPollution(): void {
  expect(prototypeKeys()).toBe(cleanPrototypes)
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
}

/** Send a payload that must be refused as VALIDATION without any effect. */
async function expectRejected(method: IpcMethod, payload: unknown): Promise<void> {
  const before = await world.snapshot()
  const calls = world.calls.length
  const errors = world.errors.length
  const result = await world.dispatch(trusted, method, payload)
  sent++
  expectEnvelope(result)
  expect(result.ok ? 'ok' : result.error.code).toBe('VALIDATION')
  expect(world.calls.length).toBe(calls)
  expect(world.errors.length).toBe(errors)
  expect(await world.snapshot()).toBe(before)
  expectNoPollution()
}

/** Send a payload whose validity the schema decides. */
async function expectAnswered(method: IpcMethod, payload: unknown): Promise<void> {
  if (!isValid(method, payload)) return expectRejected(method, payload)
  const calls = world.calls.length
  const errors = world.errors.length
  const result = await world.dispatch(trusted, method, payload)
  sent++
  expectEnvelope(result)
  if (!result.ok) expect(result.error.code).not.toBe('INTERNAL')
  expect(world.calls.length).toBe(calls + 1)
  expect(world.errors.length).toBe(errors)
  expectNoPollution()
}

const perMethod = Math.ceil(FUZZ_RUNS_TOTAL / IPC_METHODS.length)
const share = (fraction: number): number => Math.max(1, Math.ceil(perMethod * fraction))
const SHARES = {
  anyValue: 0.25,
  extraKey: 0.15,
  replacedField: 0.2,
  missingKey: 0.1,
  oddUnicode: 0.2,
  sender: 0.1
}
const options = (numRuns: number): fc.Parameters<unknown> =>
  FUZZ_SEED === undefined ? { numRuns } : { numRuns, seed: FUZZ_SEED }

/** A URL for a frame that is not the app page, or one that is (the oracle below tells them apart). */
const senderUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'file:///etc/passwd',
    'app://renderer.evil.example/index.html',
    'app://evil/renderer',
    'app://user@renderer/index.html',
    'https://renderer/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/index.html',
    'data:text/html,hi',
    'javascript:void 0',
    ''
  ),
  fc
    .tuple(fc.constantFrom('app', 'APP', 'apps', 'file', 'https'), oddString)
    .map(([s, host]) => `${s}://${host}/index.html`),
  fc.string()
)

/** Independent of isAppUrl: the app page is app://renderer, without credentials. */
function isAppPage(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      parsed.protocol === 'app:' &&
      parsed.hostname === 'renderer' &&
      parsed.port === '' &&
      parsed.username === '' &&
      parsed.password === ''
    )
  } catch {
    return false
  }
}

describe('IPC boundary fuzz', () => {
  it('has a valid example for every method that takes an object, and every example is valid', () => {
    const seeds = world.seeds
    for (const method of IPC_METHODS) {
      if (takesNoInput(method)) continue
      const examples = VALID_EXAMPLES[method]
      expect(examples, `add ${method} to VALID_EXAMPLES in ${import.meta.filename}`).toBeDefined()
      for (const example of examples?.(seeds) ?? [])
        expect(isValid(method, example), method).toBe(true)
    }
    for (const name of Object.keys(VALID_EXAMPLES)) expect(IPC_METHODS).toContain(name)
  })

  for (const method of IPC_METHODS) {
    describe(method, () => {
      const examples = (): fc.Arbitrary<unknown> => {
        const list = takesNoInput(method)
          ? [undefined]
          : (VALID_EXAMPLES[method]?.(world.seeds) ?? [{}])
        return fc.constantFrom(...list)
      }
      const noInput = takesNoInput(method)
      const definedHostile = hostileValue.filter((v) => v !== undefined)

      it('any value: wrong types, huge, deep, odd Unicode, polluting keys', async () => {
        await fc.assert(
          fc.asyncProperty(hostileValue, (payload) => expectAnswered(method, payload)),
          options(share(SHARES.anyValue))
        )
      }, 120_000)

      it('an extra key (including __proto__ and constructor) is always VALIDATION', async () => {
        const arbitrary = noInput
          ? definedHostile
          : fc
              .tuple(examples(), hostileKey, hostileValue)
              .filter(([example, key]) => !Object.prototype.hasOwnProperty.call(example, key))
              .map(([example, key, value]) => withKey(example, key, value))
        await fc.assert(
          fc.asyncProperty(arbitrary, (payload) => expectRejected(method, payload)),
          options(share(SHARES.extraKey))
        )
      }, 120_000)

      it('a field replaced by a hostile value', async () => {
        const arbitrary = noInput
          ? definedHostile
          : examples().chain((example) =>
              fc
                .tuple(fc.constantFrom(...Object.keys(example as object)), hostileValue)
                .map(([key, value]) => withKey(example, key, value))
            )
        await fc.assert(
          fc.asyncProperty(arbitrary, (payload) => expectAnswered(method, payload)),
          options(share(SHARES.replacedField))
        )
      }, 120_000)

      it('a required key missing is always VALIDATION', async () => {
        const arbitrary = noInput
          ? definedHostile
          : examples().chain((example) => {
              const keys = Object.keys(example as object)
              const required = keys.filter(
                (key) =>
                  !isValid(method, { ...(example as object), [key]: undefined }) &&
                  !isValid(
                    method,
                    Object.fromEntries(Object.entries(example as object).filter(([k]) => k !== key))
                  )
              )
              if (required.length === 0) return fc.constant(withKey(example, 'unexpected', true))
              return fc
                .subarray(required, { minLength: 1 })
                .map((drop) =>
                  Object.fromEntries(
                    Object.entries(example as object).filter(([k]) => !drop.includes(k))
                  )
                )
            })
        await fc.assert(
          fc.asyncProperty(arbitrary, (payload) => expectRejected(method, payload)),
          options(share(SHARES.missingKey))
        )
      }, 120_000)

      it('odd Unicode in every string (bidi overrides, zero-width, lone surrogates); control and bidi characters in a name are VALIDATION', async () => {
        const arbitrary = noInput
          ? oddString
          : examples().chain((example) => {
              const strings: string[] = []
              mapStrings(example, (s) => (strings.push(s), s))
              return fc
                .tuple(
                  ...strings.map((s) => fc.oneof(withOddCharacter(s), oddString, fc.constant(s)))
                )
                .map((replacements) => {
                  let i = 0
                  return mapStrings(example, () => replacements[i++])
                })
            })
        await fc.assert(
          fc.asyncProperty(arbitrary, async (payload) => {
            const name = (payload as { name?: unknown } | undefined)?.name
            if (typeof name === 'string' && FORBIDDEN_IN_NAME.test(name.normalize('NFC').trim())) {
              return expectRejected(method, payload)
            }
            return expectAnswered(method, payload)
          }),
          options(share(SHARES.oddUnicode))
        )
      }, 120_000)

      it('a call from any frame but the app page is FORBIDDEN, reported, and reaches no handler', async () => {
        const event = fc.oneof(
          {
            // The app page itself is not this property's business (the dispatcher tests cover it).
            arbitrary: senderUrl
              .filter((url) => !isAppPage(url))
              .map((url): IpcEventLike => ({ senderFrame: { url } })),
            weight: 9
          },
          { arbitrary: fc.constant<IpcEventLike>({ senderFrame: null }), weight: 1 }
        )
        const payload = fc.oneof(examples(), hostileValue)
        await fc.assert(
          fc.asyncProperty(event, payload, async (sender, input) => {
            const before = await world.snapshot()
            const calls = world.calls.length
            const rejected = world.rejected.length
            const result = await world.dispatch(sender, method, input)
            sent++
            expectEnvelope(result)
            expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN')
            expect(world.rejected.slice(rejected)).toEqual([method])
            expect(world.calls.length).toBe(calls)
            expect(await world.snapshot()).toBe(before)
            expectNoPollution()
          }),
          options(share(SHARES.sender))
        )
      }, 120_000)
    })
  }

  it(`sent at least FUZZ_RUNS_TOTAL (${FUZZ_RUNS_TOTAL}) generated payloads in all`, () => {
    expect(sent).toBeGreaterThanOrEqual(FUZZ_RUNS_TOTAL)
  })
})
