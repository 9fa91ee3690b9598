import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LogMessage } from 'electron-log'
import { afterAll, describe, expect, it } from 'vitest'
import {
  createAppLogger,
  createElectronLogger,
  describeError,
  redact,
  redactDetail,
  redactionHook
} from '../../src/main/log'
import { generateKey } from '../../src/main/keys/generate'
import { formatKey, keyChecksum } from '../../src/shared/keys'

const secret = generateKey('accessKeySecret')
const appKey = generateKey('appKey')
const accessKeyId = generateKey('accessKeyId')

/** A key of the right shape whose checksum is wrong. */
function badChecksum(key: string): string {
  const last = key.at(-1) === 'A' ? 'B' : 'A'
  return key.slice(0, -1) + last
}

describe('redact (checklist: secrets never reach a log)', () => {
  it('redacts every key kind with a valid checksum', () => {
    expect(redact(`secret=${secret} app=${appKey} id=${accessKeyId}.`)).toBe(
      'secret=[redacted] app=[redacted] id=[redacted].'
    )
  })

  it('leaves an AppKey/AccessKeyId look-alike with a wrong checksum alone (the check is exact)', () => {
    const fakeId = badChecksum(accessKeyId)
    const fakeApp = badChecksum(appKey)
    expect(redact(`${fakeId} ${fakeApp}`)).toBe(`${fakeId} ${fakeApp}`)
  })

  it.each([
    ['a secret with a wrong checksum', badChecksum(secret)],
    ['a truncated secret', secret.slice(0, 20)],
    ['a secret with extra characters', `${secret}XYZ`],
    ['a bare prefix', 'csk_'],
    ['a short token', 'csk_abc']
  ])('redacts any csk_ token: %s', (_label, token) => {
    expect(redact(`value ${token} end`)).toBe('value [redacted] end')
  })

  it.each([
    ['glued to a word', (k: string) => `token${k}`],
    ['inside JSON', (k: string) => JSON.stringify({ secret: k })],
    ['in a URL', (k: string) => `https://x.example/?k=${k}&y=1`],
    ['after a newline', (k: string) => `line\n${k}`],
    ['twice', (k: string) => `${k}${k}`]
  ])('redacts keys %s', (_label, wrap) => {
    for (const key of [secret, appKey, accessKeyId]) {
      const text = redact(wrap(key))
      expect(text).not.toContain(key)
      expect(text).toContain('[redacted]')
    }
  })

  it('leaves text without keys unchanged and is fast on long input', () => {
    expect(redact('nothing here; cak_ cid_ but no keys')).toBe(
      'nothing here; cak_ cid_ but no keys'
    )
    const long = `${'cid_'.repeat(50_000)}${secret}`
    expect(redact(long).endsWith('[redacted]')).toBe(true)
  })

  it('recognises a key built from any body, as the checksum defines', () => {
    const body = 'Q'.repeat(20)
    const key = formatKey('accessKeyId', body)
    expect(key.endsWith(keyChecksum('cid', body))).toBe(true)
    expect(redact(key)).toBe('[redacted]')
  })

  it('redacts error messages, stacks and causes', () => {
    const error = new Error(`outer ${secret}`, { cause: new Error(`inner ${accessKeyId}`) })
    const text = describeError(error)
    expect(text).not.toContain(secret)
    expect(text).not.toContain(accessKeyId)
    expect(text).toContain('Caused by:')
    expect(describeError(secret)).toBe('[redacted]')
    expect(describeError({ secret })).toBe('{"secret":"[redacted]"}')
    expect(describeError(Object.create(null))).toBe('{}')
  })

  it('redacts log details of every type', () => {
    expect(redactDetail(secret)).toBe('[redacted]')
    expect(redactDetail({ nested: [secret] })).toBe('{"nested":["[redacted]"]}')
    expect(redactDetail(42)).toBe(42)
    expect(redactDetail(undefined)).toBeUndefined()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(redactDetail(cyclic)).toBe('[unserialisable]')
    expect(redactDetail({ n: 1n })).toBe('[unserialisable]')
  })
})

describe('electron-log as the one logger', () => {
  const dirs: string[] = []
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
  })

  it('loads outside Electron (its Node entry needs no Electron runtime)', async () => {
    const module = await import('electron-log/node.js')
    expect(typeof module.default.create).toBe('function')
  })

  it('redacts everything on its way to every transport, in the in-memory transport of a test', () => {
    const messages: LogMessage[] = []
    const log = createAppLogger({
      console: false,
      transports: { memory: (m) => void messages.push(m) }
    })
    log.error(`failed with ${secret}`, new Error(`boom ${accessKeyId}`), { appKey }, secret, 7)
    log.warn('plain warning')
    expect(messages.map((m) => m.level)).toEqual(['error', 'warn'])
    const text = JSON.stringify(messages.map((m) => m.data))
    for (const key of [secret, appKey, accessKeyId]) expect(text).not.toContain(key)
    expect(text).toContain('[cam] failed with [redacted]')
    expect(messages[0].data.at(-1)).toBe(7)
  })

  it('redacts direct electron-log calls too, through the hook', () => {
    const messages: LogMessage[] = []
    const log = createAppLogger({
      console: false,
      transports: { memory: (m) => void messages.push(m) }
    })
    log.electronLog.info('direct', secret)
    expect(JSON.stringify(messages[0].data)).not.toContain(secret)
    expect(log.electronLog.hooks).toContain(redactionHook)
  })

  it('installs the hook once per instance', () => {
    const log = createAppLogger({ console: false })
    createElectronLogger(log.electronLog)
    expect(log.electronLog.hooks.filter((h) => h === redactionHook)).toHaveLength(1)
  })

  it('writes a redacted log file where it is told to', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cam-log-'))
    dirs.push(dir)
    const file = join(dir, 'logs', 'main.log')
    const log = createAppLogger({ console: false, filePath: () => file })
    log.info(`saved ${secret}`)
    log.error('failed', new Error(`with ${appKey}`))
    const text = await readFile(file, 'utf8')
    expect(text).toContain('[cam] saved [redacted]')
    expect(text).not.toContain(secret)
    expect(text).not.toContain(appKey)
  })

  it('writes redacted, formatted lines to the console transport', () => {
    const printed: unknown[] = []
    const log = createAppLogger()
    // electron-log keeps its own reference to console.*; capture at its write step instead.
    log.electronLog.transports.console.writeFn = ({ message }) => void printed.push(...message.data)
    log.error(`x ${secret}`, { appKey })
    const text = JSON.stringify(printed)
    expect(text).toContain('[cam] x [redacted]')
    expect(text).not.toContain(secret)
    expect(text).not.toContain(appKey)
  })
})
