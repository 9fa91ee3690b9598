/**
 * 200 concurrent creates through the IPC dispatcher with colliding names, against the real
 * keychain (keytar on gnome-keyring) and the real data file (issue 5): exactly the unique
 * names succeed, the rest answer CONFLICT, and file and keychain agree afterwards.
 * Run inside a D-Bus session with an unlocked keyring (see README).
 */
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppServices, type AppServices } from '../../src/main/app-services'
import { createDispatcher } from '../../src/main/ipc/handle'
import type { KeytarLike } from '../../src/main/vault/secret-vault'
import { nameKey } from '../../src/shared/channel'
import { FakeClipboard, recordingLogger } from '../support/fakes'
import { recordFigures } from '../support/figures'
import { makeInput } from '../support/fixtures'
import { collidingNames } from '../support/load'

const REQUESTS = 200
const UNIQUE = 80
const keytar = createRequire(import.meta.url)('keytar') as KeytarLike
const service = `cam-load-${randomUUID()}`
let dataDir: string
let app: AppServices | undefined

beforeAll(async () => {
  await keytar.findCredentials(service).catch((error: unknown) => {
    throw new Error(
      `No usable keychain (${String(error)}). Run inside dbus-run-session (see README).`
    )
  })
  dataDir = await mkdtemp(join(tmpdir(), 'cam-load-'))
})

afterAll(async () => {
  await app?.dispose()
  for (const { account } of await keytar.findCredentials(service)) {
    await keytar.deletePassword(service, account)
  }
  await rm(dataDir, { recursive: true, force: true })
})

describe('concurrent creates on the real keychain', () => {
  it(`${REQUESTS} creates over ${UNIQUE} names: ${UNIQUE} win, the rest CONFLICT, file and keychain agree`, async () => {
    app = await createAppServices({
      dataDir,
      keychainService: service,
      clipboard: new FakeClipboard(),
      appVersion: 'load',
      user: 'load',
      log: recordingLogger()
    })
    expect(await app.reconciled).not.toBeNull()
    const dispatch = createDispatcher(app.handlers, { isTrustedSender: () => true })
    const names = collidingNames(REQUESTS, UNIQUE)

    const started = performance.now()
    const results = await Promise.all(
      names.map((name) =>
        dispatch({ senderFrame: { url: 'app://load/' } }, 'channels.create', makeInput({ name }))
      )
    )
    const elapsedMs = Math.round(performance.now() - started)

    const won = results.filter((r) => r.ok).length
    const conflicts = results.filter((r) => !r.ok && r.error.code === 'CONFLICT').length
    const file = JSON.parse(await readFile(join(dataDir, 'channels.json'), 'utf8')) as {
      channels: Array<{ id: string; name: string }>
    }
    const fileIds = file.channels.map((c) => c.id).sort()
    const keychainIds = (await keytar.findCredentials(service)).map((c) => c.account).sort()
    await recordFigures('concurrency', {
      requests: REQUESTS,
      uniqueNames: UNIQUE,
      succeeded: won,
      conflicts,
      otherErrors: REQUESTS - won - conflicts,
      recordsInFile: fileIds.length,
      entriesInKeychain: keychainIds.length,
      vault: 'keytar (gnome-keyring)',
      elapsedMs,
      meanCreateMs: Math.round((elapsedMs / UNIQUE) * 10) / 10
    })

    expect(won).toBe(UNIQUE)
    expect(conflicts).toBe(REQUESTS - UNIQUE)
    expect(fileIds).toHaveLength(UNIQUE)
    expect(keychainIds).toEqual(fileIds)
    expect(new Set(file.channels.map((c) => nameKey(c.name))).size).toBe(UNIQUE)
  }, 120_000)
})
