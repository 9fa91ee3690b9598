import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAppServices } from '../../src/main/app-services'
import {
  createDispatcher,
  validationError,
  type Dispatch,
  type IpcEventLike,
  type IpcHandlers
} from '../../src/main/ipc/handle'
import { MemoryVault } from '../support/memory-vault'
import { AppError, type Result } from '../../src/shared/errors'
import { IPC_METHODS, type IpcMethod } from '../../src/shared/ipc/contract'
import { formatKey } from '../../src/shared/keys'
import { makeFields, makeInput } from '../support/fixtures'
import { FakeClipboard, recordingLogger } from '../support/fakes'
import { useTempDirs } from '../support/temp-dir'
import { english } from '../support/english'

const tempDir = useTempDirs()
const APP_URL = 'app://bundle/index.html'
const trustedEvent: IpcEventLike = { senderFrame: { url: APP_URL } }
const isTrustedSender = (event: IpcEventLike): boolean => event.senderFrame?.url === APP_URL

const huge = 'x'.repeat(1_000_000)
const many = <T>(item: T): T[] => Array.from({ length: 10_000 }, () => item)
const json = (text: string): unknown => JSON.parse(text)

/** Payloads no method may accept. */
const generic: Array<[string, unknown]> = [
  ['null', null],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a string', 'hello'],
  ['a huge string', huge],
  ['a boolean', true],
  ['an empty array', []],
  ['an array of 10,000 items', many({})],
  ['a __proto__ object', json('{"__proto__":{"polluted":true}}')],
  ['a constructor object', json('{"constructor":{"prototype":{"polluted":true}}}')]
]

const validId = '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'

function fieldsPayloads(base: Record<string, unknown>): Array<[string, unknown]> {
  return [
    ['an empty object', {}],
    ['missing name', { ...base, name: undefined }],
    ['name of the wrong type', { ...base, name: 7 }],
    ['a huge name', { ...base, name: huge }],
    ['quick tracking false', { ...base, collectedByQuickTracking: false }],
    ['quick tracking as text', { ...base, collectedByQuickTracking: 'true' }],
    ['unknown appType', { ...base, appType: 'DESKTOP' }],
    ['platforms not an array', { ...base, platforms: 'ANDROID' }],
    ['10,000 platforms', { ...base, platforms: many('ANDROID') }],
    [
      '10,000 domains',
      { ...base, appType: 'WEB', platforms: [], domains: many('https://a.example') }
    ],
    [
      'a huge domain',
      { ...base, appType: 'WEB', platforms: [], domains: [`https://${huge}.example`] }
    ],
    ['a domain object', { ...base, appType: 'WEB', platforms: [], domains: [{ toString: 'x' }] }],
    ['an extra field', { ...base, extra: 1 }],
    [
      'a smuggled secret',
      { ...base, accessKeySecret: formatKey('accessKeySecret', 'A'.repeat(32)) }
    ],
    ['a smuggled appKey', { ...base, appKey: 'cak_mine' }],
    [
      '__proto__ with valid fields',
      json(JSON.stringify(base).replace('{', '{"__proto__":{"isAdmin":true},'))
    ],
    [
      'constructor with valid fields',
      json(JSON.stringify(base).replace('{', '{"constructor":{"name":"x"},'))
    ]
  ]
}

function idPayloads(extra: Record<string, unknown> = {}): Array<[string, unknown]> {
  return [
    ['an empty object', { ...extra }],
    ['a numeric id', { id: 123, ...extra }],
    ['a null id', { id: null, ...extra }],
    ['a non-uuid id', { id: 'not-a-uuid', ...extra }],
    ['a huge id', { id: huge, ...extra }],
    ['an id array', { id: [validId], ...extra }],
    ['an extra field', { id: validId, evil: true, ...extra }],
    [
      '__proto__ next to the id',
      json(
        `{"__proto__":{"x":1},"id":"${validId}"${extra.field ? `,"field":"${String(extra.field)}"` : ''}}`
      )
    ]
  ]
}

const noInputPayloads: Array<[string, unknown]> = [
  ['an empty object', {}],
  ['zero', 0],
  ['an empty string', ''],
  ['false', false]
]

/** Hostile filters of audit.list and audit.export, next to the fields in `base`. */
function auditFilterPayloads(base: object): Array<[string, unknown]> {
  return [
    ['a channel id that is not one', { ...base, channelId: 'not-a-uuid' }],
    ['a channel id object', { ...base, channelId: { $ne: '' } }],
    ['actions as text', { ...base, actions: 'copy' }],
    ['an unknown action', { ...base, actions: ['copy', 'delete-everything'] }],
    ['too many actions', { ...base, actions: Array.from({ length: 100 }, () => 'copy') }],
    ['a from that is no instant', { ...base, from: 'yesterday' }],
    ['a from as a number', { ...base, from: 1714550400000 }],
    ['a to of a date only', { ...base, to: '2024-05-01' }],
    [
      'a to before the from',
      { ...base, from: '2024-05-02T00:00:00.000Z', to: '2024-05-01T00:00:00.000Z' }
    ],
    ['a search of the wrong type', { ...base, search: ['x'] }],
    ['a huge search', { ...base, search: huge }]
  ]
}

const backupId = 'channels-000001-20240501T080000000Z.json'

const hostile: Record<IpcMethod, Array<[string, unknown]>> = {
  'channels.list': noInputPayloads,
  'channels.snapshot': [
    ['nothing', undefined],
    ['zero', 0],
    ['an empty string', ''],
    ['false', false],
    ['an extra field', { extra: 1 }],
    ['a negative skip', { skip: -1 }],
    ['a fractional skip', { skip: 1.5 }],
    ['a skip as text', { skip: '10' }],
    ['a zero limit', { limit: 0 }],
    ['a huge limit', { limit: 1e9 }],
    ['a revision as text', { revision: 'latest' }],
    ['a NaN revision', { revision: Number.NaN }]
  ],
  'audit.list': [
    ['nothing', undefined],
    ['zero', 0],
    ['an empty string', ''],
    ['false', false],
    ['a cursor that is not one', { before: 'x' }],
    ['a cursor object', { before: {} }],
    ['a huge cursor', { before: huge }],
    ['a negative limit', { limit: -1 }],
    ['a limit over the page size', { limit: 1001 }],
    ['a fractional limit', { limit: 1.5 }],
    ['a limit as text', { limit: '10' }],
    ['an extra field', { limit: 5, evil: true }],
    ...auditFilterPayloads({ limit: 5 })
  ],
  'audit.export': [
    ['nothing', undefined],
    ['a smuggled path', { path: '/etc/passwd' }],
    ['a cursor (an export takes every entry)', { before: '1:0' }],
    ...auditFilterPayloads({})
  ],
  'channels.orphans': noInputPayloads,
  'backup.publicKey': noInputPayloads,
  'backup.copyPublicKey': noInputPayloads,
  'backup.readRecipients': noInputPayloads,
  'backup.open': noInputPayloads,
  'channels.enterSecret': [
    ['nothing', undefined],
    ...idPayloads({ secret: formatKey('accessKeySecret', 'A'.repeat(32)) }),
    ['no secret', { id: validId }],
    ['a secret with a wrong checksum', { id: validId, secret: `csk_${'A'.repeat(38)}` }],
    ['an APPKEY for a secret', { id: validId, secret: formatKey('appKey', 'A'.repeat(17)) }],
    ['a secret of the wrong type', { id: validId, secret: 7 }],
    ['a huge secret', { id: validId, secret: huge }]
  ],
  'channels.deleteOrphan': [
    ['nothing', undefined],
    ...idPayloads({ confirm: true }),
    ['no confirmation', { id: validId }],
    ['confirm false', { id: validId, confirm: false }],
    ['confirm as text', { id: validId, confirm: 'true' }]
  ],
  'channels.exportList': [
    ['nothing', undefined],
    ['an empty object', {}],
    ['an unknown format', { format: 'xlsx' }],
    ['a format in other case', { format: 'CSV' }],
    ['a smuggled path', { format: 'csv', path: '/etc/passwd' }]
  ],
  'backup.create': [
    ['nothing', undefined],
    ['an empty object', {}],
    ['no kind', { protection: {} }],
    ['an unknown kind', { protection: { kind: 'plain' } }],
    ['a short passphrase', { protection: { kind: 'passphrase', passphrase: 'short' } }],
    ['a huge passphrase', { protection: { kind: 'passphrase', passphrase: huge } }],
    ['a passphrase of the wrong type', { protection: { kind: 'passphrase', passphrase: 7 } }],
    ['no recipients', { protection: { kind: 'recipients', recipients: [] } }],
    ['a recipient that is not one', { protection: { kind: 'recipients', recipients: ['age1x'] } }],
    [
      'an age secret key as a recipient',
      { protection: { kind: 'recipients', recipients: [`AGE-SECRET-KEY-1${'Q'.repeat(58)}`] } }
    ],
    [
      '21 recipients',
      {
        protection: {
          kind: 'recipients',
          recipients: Array.from({ length: 21 }, () => `age1${'q'.repeat(58)}`)
        }
      }
    ],
    ['a smuggled path', { protection: { kind: 'thisComputer' }, path: '/tmp/x.age' }],
    [
      'a smuggled path in the protection',
      { protection: { kind: 'thisComputer', path: '/tmp/x.age' } }
    ]
  ],
  'backup.unlock': [
    ['nothing', undefined],
    ['an empty object', {}],
    ['a bad token', { token: 'x', key: { kind: 'passphrase', passphrase: 'a long passphrase' } }],
    ['no key', { token: validId }],
    ['an unknown key kind', { token: validId, key: { kind: 'magic' } }],
    ['a huge passphrase', { token: validId, key: { kind: 'passphrase', passphrase: huge } }],
    [
      'an identity that is not one',
      { token: validId, key: { kind: 'identity', identity: 'AGE-SECRET-KEY-1x' } }
    ],
    ['a smuggled key path', { token: validId, key: { kind: 'identityFile', path: '/etc/passwd' } }]
  ],
  'backup.restore': [
    ['nothing', undefined],
    ['an empty object', {}],
    ['a bad token', { token: 'x', replace: [] }],
    ['no choices', { token: validId }],
    ['choices that are not ids', { token: validId, replace: ['x'] }],
    ['choices not in a list', { token: validId, replace: validId }],
    ['an extra field', { token: validId, replace: [], all: true }]
  ],
  'backup.discard': [
    ['nothing', undefined],
    ['an empty object', {}],
    ['a bad token', { token: 'x' }],
    ['an extra field', { token: validId, evil: true }]
  ],
  'app.info': noInputPayloads,
  'app.status': noInputPayloads,
  'recovery.status': noInputPayloads,
  'recovery.openDataFolder': noInputPayloads,
  'leaks.check': noInputPayloads,
  'leaks.cancel': noInputPayloads,
  'recovery.restoreBackup': [
    ['nothing', undefined],
    ['a relative path', { backupId: '../channels.json' }],
    ['an absolute path', { backupId: '/etc/passwd' }],
    ['a backup id under a folder', { backupId: `backups/${backupId}` }],
    ['a backup id with a parent step', { backupId: `../${backupId}` }],
    ['a Windows path', { backupId: `..\\${backupId}` }],
    ['a backup id with a NUL byte', { backupId: `${backupId}\u0000` }],
    ['a backup id with a newline', { backupId: `${backupId}\n` }],
    ['the data file name', { backupId: 'channels.json' }],
    ['a numeric id', { backupId: 1 }],
    ['a null id', { backupId: null }],
    ['an id array', { backupId: [backupId] }],
    ['a huge id', { backupId: huge }],
    ['an extra field', { backupId, evil: true }]
  ],
  'app.setLanguage': [
    ['nothing', undefined],
    ['an empty object', {}],
    ['an unknown language', { language: 'fr' }],
    ['a bare tag', { language: 'zh' }],
    ['a language in another case', { language: 'ZH-cn' }],
    ['a prototype name', { language: '__proto__' }],
    ['a language array', { language: ['en'] }],
    ['a huge language', { language: huge }],
    ['an extra field', { language: 'en', evil: true }]
  ],
  'recovery.startEmpty': [
    ['nothing', undefined],
    ['an empty object', {}],
    ['confirm false', { confirm: false }],
    ['confirm as text', { confirm: 'true' }],
    ['confirm as 1', { confirm: 1 }],
    ['an extra field', { confirm: true, force: true }]
  ],
  'channels.create': [
    ['nothing', undefined],
    ...fieldsPayloads(makeInput() as Record<string, unknown>)
  ],
  'channels.update': [
    ['nothing', undefined],
    ['no id', makeInput()],
    ['a bad id', { ...makeInput(), id: 'nope' }],
    ...fieldsPayloads({ ...makeInput(), id: validId })
  ],
  'channels.get': [['nothing', undefined], ...idPayloads()],
  'channels.remove': [['nothing', undefined], ...idPayloads()],
  'channels.revealSecret': [['nothing', undefined], ...idPayloads()],
  'channels.rotateSecret': [['nothing', undefined], ...idPayloads()],
  'channels.disable': [['nothing', undefined], ...idPayloads()],
  'channels.enable': [['nothing', undefined], ...idPayloads()],
  'channels.copy': [
    ['nothing', undefined],
    ...idPayloads({ field: 'appKey' }),
    ['no field', { id: validId }],
    ['an unknown field', { id: validId, field: 'password' }],
    ['a prototype field name', { id: validId, field: '__proto__' }],
    ['a method field name', { id: validId, field: 'toString' }],
    ['a huge field name', { id: validId, field: huge }]
  ],
  'channels.copyKeys': [
    ['nothing', undefined],
    ...idPayloads({ withSecret: false }),
    ['no withSecret', { id: validId }],
    ['withSecret as text', { id: validId, withSecret: 'true' }],
    ['withSecret as 1', { id: validId, withSecret: 1 }]
  ],
  'settings.get': noInputPayloads,
  'settings.update': [
    ['nothing', undefined],
    ['an unknown setting', { accessKeySecret: 'x' }],
    ['a domain with a path', { collectionDomain: 'https://a.example.com/p' }],
    ['a domain without a scheme', { collectionDomain: 'a.example.com' }],
    ['a numeric domain', { collectionDomain: 1 }],
    ['a javascript: SDK address', { webSdkUrl: 'javascript:alert(1)' }],
    ['a huge SDK address', { webSdkUrl: `https://${huge}` }],
    ['__proto__', json('{"__proto__":{"x":1}}')]
  ],
  'sdk.copySnippet': [
    ['nothing', undefined],
    ...idPayloads({ snippet: 'android', language: 'en' }),
    ['no snippet', { id: validId, language: 'en' }],
    ['an unknown snippet', { id: validId, snippet: 'windows', language: 'en' }],
    ['a prototype snippet name', { id: validId, snippet: '__proto__', language: 'en' }],
    ['an unknown language', { id: validId, snippet: 'android', language: 'fr' }]
  ],
  'sdk.saveHarmonyConfig': [['nothing', undefined], ...idPayloads()]
}

interface Harness {
  dispatch: Dispatch
  calls: string[]
  snapshot: () => Promise<string>
  seededId: string
}

async function setup(): Promise<Harness> {
  const dataDir = await tempDir()
  const vault = new MemoryVault()
  const clipboard = new FakeClipboard()
  const opened: string[] = []
  const app = await createAppServices({
    dataDir,
    keychainService: 'svc',
    clipboard,
    appVersion: '1.0.0',
    user: 'alice',
    vault,
    log: recordingLogger(),
    openPath: async (path) => void opened.push(path)
  })
  await app.reconciled
  const seeded = await app.service.create(makeFields({ name: 'Seed' }))
  const real = app.handlers
  const calls: string[] = []
  // Record which handlers run: a hostile payload must never reach one.
  const handlers = Object.fromEntries(
    IPC_METHODS.map((m) => [
      m,
      (input: unknown) => (calls.push(m), (real[m] as (i: unknown) => Promise<unknown>)(input))
    ])
  ) as unknown as IpcHandlers
  const snapshot = async (): Promise<string> =>
    JSON.stringify({
      files: (await readdir(dataDir, { recursive: true })).sort(),
      data: await readFile(join(dataDir, 'channels.json'), 'utf8'),
      audit: await readFile(join(dataDir, 'audit.jsonl'), 'utf8'),
      vault: [...vault.entries],
      clipboard: clipboard.text,
      opened
    })
  return {
    dispatch: createDispatcher(handlers, { isTrustedSender, log: recordingLogger() }),
    calls,
    snapshot,
    seededId: seeded.id
  }
}

describe('IPC dispatcher', () => {
  describe('hostile payloads are VALIDATION errors and change nothing', () => {
    let h: Harness
    let before: string
    beforeAll(async () => {
      h = await setup()
      before = await h.snapshot()
    })

    for (const method of IPC_METHODS) {
      describe(method, () => {
        it.each([...generic, ...hostile[method]])('%s', async (_label, payload) => {
          const result = await h.dispatch(trustedEvent, method, payload)
          expect(result.ok).toBe(false)
          if (result.ok) return
          expect(result.error.code).toBe('VALIDATION')
          expect(result.error.message.length).toBeGreaterThan(0)
          expect(result.error.message.length).toBeLessThan(1000)
          expect(JSON.stringify(result).length).toBeLessThan(20_000)
          expect(h.calls).toEqual([])
          expect(await h.snapshot()).toBe(before)
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
          expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
        })
      })
    }
  })

  it('valid calls reach the handler and come back as { ok: true, value }', async () => {
    const h = await setup()
    const list = await h.dispatch(trustedEvent, 'channels.list', undefined)
    expect(list).toMatchObject({ ok: true, value: [{ id: h.seededId, name: 'Seed' }] })
    expect(await h.dispatch(trustedEvent, 'app.info', undefined)).toMatchObject({
      ok: true,
      value: { version: '1.0.0', keychainService: 'svc', secretTimeoutMs: 30_000 }
    })
    expect(await h.dispatch(trustedEvent, 'app.status', undefined)).toEqual({
      ok: true,
      value: { mode: 'normal', keychain: 'available' }
    })
    expect(await h.dispatch(trustedEvent, 'recovery.status', undefined)).toEqual({
      ok: true,
      value: null
    })
    expect(await h.dispatch(trustedEvent, 'recovery.startEmpty', { confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    const created = await h.dispatch(
      trustedEvent,
      'channels.create',
      makeInput({ name: '  Second  ' })
    )
    expect(created).toMatchObject({ ok: true, value: { name: 'Second' } })
    const copied = await h.dispatch(trustedEvent, 'channels.copy', {
      id: h.seededId,
      field: 'accessKeySecret'
    })
    expect(copied).toEqual({ ok: true, value: { field: 'accessKeySecret' } })
    const audit = (await h.dispatch(trustedEvent, 'audit.list', {})) as Result<{
      entries: Array<{ action: string }>
    }>
    expect(audit.ok && audit.value.entries.map((e) => e.action)).toEqual([
      'copy',
      'create',
      'create'
    ])
  })

  it('field errors are keyed by path, e.g. domains.1, under a readable message', async () => {
    const h = await setup()
    const result = await h.dispatch(
      trustedEvent,
      'channels.create',
      makeInput({
        name: '',
        appType: 'WEB',
        platforms: [],
        domains: ['https://a.example', 'ftp://b.example']
      })
    )
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        // Codes, for the renderer to word in the user's language.
        message: 'request.andMore',
        params: { problem: { code: 'channelName.required' }, count: 1 },
        fieldErrors: {
          name: { code: 'channelName.required' },
          'domains.1': { code: 'domain.protocol' }
        }
      }
    })
    if (!result.ok) expect(english(result.error)).toBe('Enter a Channel Name. (and 1 more problem)')
  })

  it('maps AppErrors from the service to their envelope', async () => {
    const h = await setup()
    expect(
      await h.dispatch(trustedEvent, 'channels.create', makeInput({ name: 'seed' }))
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fieldErrors: { name: { code: 'channelName.taken' } } }
    })
    expect(await h.dispatch(trustedEvent, 'channels.get', { id: validId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })

  describe('senders', () => {
    it.each(IPC_METHODS)('refuses %s from an untrusted frame with FORBIDDEN', async (method) => {
      const h = await setup()
      const before = await h.snapshot()
      for (const event of [
        { senderFrame: { url: 'https://evil.example/' } },
        { senderFrame: null }
      ]) {
        expect(await h.dispatch(event, method, { id: h.seededId })).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' }
        })
      }
      expect(h.calls).toEqual([])
      expect(await h.snapshot()).toBe(before)
    })

    it('treats a sender check that throws as untrusted', async () => {
      const dispatch = createDispatcher({} as IpcHandlers, {
        isTrustedSender: () => {
          throw new Error('frame destroyed')
        },
        log: recordingLogger()
      })
      expect(await dispatch(trustedEvent, 'channels.list', undefined)).toMatchObject({
        error: { code: 'FORBIDDEN' }
      })
    })
  })

  it.each([
    'channels.export',
    'ipcRenderer',
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty'
  ])('refuses the unknown method %j', async (method) => {
    const h = await setup()
    expect(await h.dispatch(trustedEvent, method, undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' }
    })
    expect(h.calls).toEqual([])
  })

  describe('unexpected failures', () => {
    const secret = formatKey('accessKeySecret', 'L'.repeat(32))
    const throwing = (thrown: unknown): IpcHandlers =>
      Object.fromEntries(
        IPC_METHODS.map((m) => [
          m,
          async () => {
            throw thrown
          }
        ])
      ) as unknown as IpcHandlers

    it.each([
      ['an Error', new Error(`db exploded near ${secret} at /home/alice`)],
      ['a TypeError', new TypeError(`cannot read ${secret}`)],
      ['a string', `raw ${secret}`],
      ['undefined', undefined]
    ])(
      'turns %s into INTERNAL without leaking its text, and logs it redacted',
      async (_label, thrown) => {
        const log = recordingLogger()
        const dispatch = createDispatcher(throwing(thrown), { isTrustedSender, log })
        const result = await dispatch(trustedEvent, 'channels.list', undefined)
        expect(result).toEqual({
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'app.internal'
          }
        })
        expect(JSON.stringify(result)).not.toContain('exploded')
        expect(log.lines.join('\n')).toContain('channels.list')
      }
    )

    it('redacts secrets from what it logs', async () => {
      const lines: string[] = []
      const { createLogger } = await import('../../src/main/log')
      const log = createLogger({
        info: (...a: unknown[]) => void lines.push(a.join(' ')),
        warn: (...a: unknown[]) => void lines.push(a.join(' ')),
        error: (...a: unknown[]) => void lines.push(a.join(' '))
      })
      const dispatch = createDispatcher(throwing(new Error(`boom ${secret}`)), {
        isTrustedSender,
        log
      })
      await dispatch(trustedEvent, 'channels.list', undefined)
      expect(lines.join('\n')).toContain('boom [redacted]')
      expect(lines.join('\n')).not.toContain(secret)
    })

    it('passes an AppError thrown by a handler through as its envelope', async () => {
      const dispatch = createDispatcher(
        throwing(new AppError('KEYCHAIN_UNAVAILABLE', 'keychain.unavailableMac')),
        {
          isTrustedSender,
          log: recordingLogger()
        }
      )
      expect(await dispatch(trustedEvent, 'channels.list', undefined)).toEqual({
        ok: false,
        error: { code: 'KEYCHAIN_UNAVAILABLE', message: 'keychain.unavailableMac' }
      })
    })
  })

  it('validationError caps the number of field errors, and never repeats an unknown message', () => {
    const issues = Array.from({ length: 500 }, (_, i) => ({
      code: 'custom' as const,
      path: ['domains', i],
      message: 'y'.repeat(5000),
      input: undefined
    }))
    const error = validationError(issues)
    expect(Object.keys(error.fieldErrors ?? {})).toHaveLength(100)
    expect(error.toData().message).toBe('request.andMore')
    expect(error.toData().params).toEqual({ problem: { code: 'request.invalid' }, count: 499 })
    expect(Object.values(error.fieldErrors ?? {})).toEqual(
      Array.from({ length: 100 }, () => ({ code: 'request.invalid' }))
    )
  })
})
