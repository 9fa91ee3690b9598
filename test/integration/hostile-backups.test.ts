/**
 * Hostile backups (issue 12): a wrong passphrase or key, a truncated file, one flipped byte, a
 * zero-byte file, a file that is not age, a payload with a bad checksum, a hostile name or
 * domain, duplicate ids, 100,000 channels, a newer version. Each gets a clear, coded error (or,
 * for a channel that breaks a rule, its reason in the preview and nothing to restore), and the
 * data file and the real keychain are byte-for-byte and entry-for-entry as they were. The table
 * is written to test-results/reliability.json (docs/backup.md quotes it).
 */
import { readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { armor, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/shared/backup'
import type { Result } from '../../src/shared/errors'
import { formatKey } from '../../src/shared/keys'
import type { MessageCode } from '../../src/shared/messages'
import { valueOf } from '../support/app-harness'
import { recordFigures } from '../support/figures'
import { makeInput, makeRecord } from '../support/fixtures'
import { requireKeyring, startKeyringApp, type KeyringApp } from '../support/keyring-app'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs('cam-hostile-')
const PASSPHRASE = 'the right passphrase here'
const good = (name: string) => ({
  ...makeRecord({ name }),
  accessKeySecret: formatKey(
    'accessKeySecret',
    name.padEnd(32, 'x').slice(0, 32).replace(/\W/g, 'x')
  )
})

let app: KeyringApp
let identity: string
let recipient: string
let dir: string
const table: Array<{ case: string; outcome: string; bytes: number; ms: number }> = []

const payload = (channels: unknown[], extra: object = {}) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: '2025-03-01T09:00:00.000Z',
    appVersion: 'test',
    channels,
    ...extra
  })

async function toRecipient(text: string): Promise<Uint8Array> {
  const e = new Encrypter()
  e.addRecipient(recipient)
  return e.encrypt(text)
}

async function toPassphrase(text: string): Promise<Uint8Array> {
  const e = new Encrypter()
  e.setScryptWorkFactor(10)
  e.setPassphrase(PASSPHRASE)
  return e.encrypt(text)
}

interface Case {
  readonly name: string
  readonly file: () => Promise<Uint8Array | string>
  /** How it is opened: this computer's key (the default), a passphrase or an identity. */
  readonly key?: { kind: 'passphrase'; passphrase: string } | { kind: 'identity'; identity: string }
  /** The code of the error, at whichever step it comes. */
  readonly code: MessageCode
}

const flip = (bytes: Uint8Array, at: number): Uint8Array => {
  const copy = Uint8Array.from(bytes)
  copy[at] ^= 0x01
  return copy
}

const CASES: readonly Case[] = [
  {
    name: 'wrong passphrase',
    file: () => toPassphrase(payload([good('A')])),
    key: { kind: 'passphrase', passphrase: 'not the passphrase' },
    code: 'backup.wrongPassphrase'
  },
  {
    name: 'wrong identity',
    file: async () => {
      const other = await identityToRecipient(await generateX25519Identity())
      const e = new Encrypter()
      e.addRecipient(other)
      return e.encrypt(payload([good('A')]))
    },
    key: { kind: 'identity', identity: '' },
    code: 'backup.wrongKey'
  },
  {
    name: 'truncated file (half of it)',
    file: async () => {
      const bytes = await toRecipient(payload([good('A'), good('B')]))
      return bytes.subarray(0, Math.floor(bytes.length / 2))
    },
    code: 'backup.damaged'
  },
  {
    name: 'one flipped byte in the payload',
    file: async () => {
      const bytes = await toRecipient(payload([good('A')]))
      return flip(bytes, bytes.length - 20)
    },
    code: 'backup.damaged'
  },
  {
    name: 'one flipped byte in the header MAC',
    file: async () => {
      const bytes = await toRecipient(payload([good('A')]))
      const mac = Buffer.from(bytes).indexOf('\n--- ') + 8
      return flip(bytes, mac)
    },
    code: 'backup.damaged'
  },
  { name: 'zero-byte file', file: async () => new Uint8Array(), code: 'backup.empty' },
  {
    name: 'not an age file (plain JSON)',
    file: async () => payload([good('A')]),
    code: 'backup.notAge'
  },
  {
    name: 'armor with broken base64',
    file: async () =>
      armor
        .encode(await toRecipient(payload([good('A')])))
        .replace(/\n[A-Za-z0-9+/]{10}/, '\n!!!!!!!!!!'),
    code: 'backup.damaged'
  },
  {
    name: 'decrypts, but is not a backup',
    file: () => toRecipient('{"hello":"world"}'),
    code: 'backup.notBackup'
  },
  {
    name: 'a newer version',
    file: () => toRecipient(payload([good('A')], { version: BACKUP_VERSION + 1 })),
    code: 'backup.newerVersion'
  },
  {
    name: 'duplicate ids',
    file: async () => {
      const a = good('A')
      return toRecipient(payload([a, { ...a, name: 'A again' }]))
    },
    code: 'backup.duplicateIds'
  },
  {
    name: '100,000 channels',
    file: async () => {
      const one = good('Many')
      const channels = Array.from({ length: 100_000 }, () => one)
      return toRecipient(payload(channels))
    },
    code: 'backup.tooManyChannels'
  },
  {
    name: 'a secret with a bad checksum',
    file: () => toRecipient(payload([{ ...good('A'), accessKeySecret: `csk_${'A'.repeat(38)}` }])),
    code: 'backup.nothingToRestore'
  },
  {
    name: 'an APPKEY with a bad checksum',
    file: () => toRecipient(payload([{ ...good('A'), appKey: `cak_${'A'.repeat(23)}` }])),
    code: 'backup.nothingToRestore'
  },
  {
    name: 'a hostile name (bidi override, control character)',
    file: () =>
      toRecipient(
        payload([
          { ...good('A'), name: 'Pay\u202egnp.exe' },
          { ...good('B'), name: 'x\u0000' }
        ])
      ),
    code: 'backup.nothingToRestore'
  },
  {
    name: 'a hostile domain (javascript:, a path)',
    file: () =>
      toRecipient(
        payload([
          { ...good('A'), appType: 'WEB', platforms: [], domains: ['javascript:alert(1)'] },
          { ...good('B'), appType: 'WEB', platforms: [], domains: ['https://a.example/../etc'] }
        ])
      ),
    code: 'backup.nothingToRestore'
  },
  {
    name: 'a channel with an extra field (a smuggled path)',
    file: () => toRecipient(payload([{ ...good('A'), path: '/etc/passwd' }])),
    code: 'backup.nothingToRestore'
  }
]

/** The data folder's files (names and bytes, the audit log aside) and every keychain entry. */
async function state(): Promise<string> {
  const entries = await readdir(app.dataDir, { recursive: true, withFileTypes: true })
  const files = await Promise.all(
    entries
      .filter((e) => e.isFile() && e.name !== 'audit.jsonl')
      .map(async (e) => {
        const path = join(e.parentPath, e.name)
        return [path, (await readFile(path)).toString('base64')]
      })
  )
  return JSON.stringify({ files: files.sort(), keychain: [...(await app.keychain())].sort() })
}

/** Open, unlock and apply `file` as far as it goes; the first error's message code. */
async function attempt(test: Case, file: string): Promise<string> {
  const failed = (result: Result<unknown>): string | null =>
    result.ok ? null : result.error.message
  app.dialogs.answer(file)
  const opened = await app.call('backup.open', undefined)
  if (!opened.ok) return opened.error.message
  let value = opened.value
  if (value.status === 'locked') {
    const key =
      test.key?.kind === 'identity'
        ? { kind: 'identity' as const, identity }
        : (test.key ?? { kind: 'passphrase' as const, passphrase: PASSPHRASE })
    const unlocked = await app.call('backup.unlock', { token: value.token, key })
    const code = failed(unlocked)
    if (code) return code
    if (!unlocked.ok) return 'unreachable'
    value = unlocked.value
  }
  if (value.status !== 'ready') return value.status
  const restored = await app.call('backup.restore', { token: value.preview.token, replace: [] })
  return failed(restored) ?? 'restored'
}

beforeAll(async () => {
  await requireKeyring()
  app = await startKeyringApp()
  dir = await tempDir()
  for (const name of ['Existing one', 'Existing two'])
    valueOf(await app.call('channels.create', makeInput({ name })))
  recipient = valueOf(await app.call('backup.publicKey', undefined)).recipient
  identity = await generateX25519Identity()
})

afterAll(async () => {
  await app.dispose()
  await recordFigures('hostileBackups', { cases: table })
  console.info(`[reliability] hostile backups: ${JSON.stringify(table)}`)
})

describe('hostile backups', () => {
  it.each(CASES)(
    '$name → $code, nothing changed',
    async (test) => {
      const file = join(dir, `${test.name.replace(/\W+/g, '-')}.age`)
      await writeFile(file, await test.file())
      const before = await state()
      const started = performance.now()
      const outcome = await attempt(test, file)
      table.push({
        case: test.name,
        outcome,
        bytes: (await stat(file)).size,
        ms: Math.round(performance.now() - started)
      })
      expect(outcome).toBe(test.code)
      expect(await state()).toBe(before)
    },
    60_000
  )

  it('a hostile channel is shown in the preview with its reason, never restored', async () => {
    const file = join(dir, 'mixed.age')
    await writeFile(
      file,
      await toRecipient(
        payload([
          { ...good('Bad'), domains: ['https://EVIL.example'], appType: 'WEB', platforms: [] },
          good('Fine')
        ])
      )
    )
    app.dialogs.answer(file)
    const opened = valueOf(await app.call('backup.open', undefined))
    if (opened.status !== 'ready') throw new Error('ready expected')
    expect(opened.preview.invalid).toEqual([
      {
        position: 1,
        name: 'Bad',
        problem: {
          code: 'backup.invalid',
          params: { path: 'domains.0', problem: { code: 'store.domainNotNormalised' } }
        }
      }
    ])
    expect(opened.preview.added.map((c) => c.name)).toEqual(['Fine'])
    valueOf(await app.call('backup.discard', { token: opened.preview.token }))
  })
})
