/**
 * A damaged data file (issue 5): kept untouched, the services start in recovery mode, and
 * the user restores a backup, starts empty or opens the data folder. Each kind of damage.
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { englishOf } from '../support/english'
import { describe, expect, it } from 'vitest'
import { MemoryVault } from '../support/memory-vault'
import type { IpcInput, IpcMethod } from '../../src/shared/ipc/contract'
import { startApp, valueOf, type AppHarness } from '../support/app-harness'
import { makeInput, makeRecord } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'
import { CURRENT_SCHEMA_VERSION } from '../../src/main/store/store-file'

const tempDir = useTempDirs()
const DATA = 'channels.json'
const someId = '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'

/** A valid call of every channel method: each must answer RECOVERY_REQUIRED in recovery mode. */
const channelCalls: { [M in IpcMethod]?: IpcInput<M> } = {
  'channels.list': undefined,
  'channels.snapshot': {},
  'channels.get': { id: someId },
  'channels.create': makeInput({ name: 'During recovery' }),
  'channels.update': { ...makeInput(), id: someId },
  'channels.remove': { id: someId },
  'channels.revealSecret': { id: someId },
  'channels.copy': { id: someId, field: 'appKey' },
  'channels.rotateSecret': { id: someId }
}

/** Two channels and their secrets, then a restart (which keeps a backup), then a third channel. */
async function populated(): Promise<{ dir: string; vault: MemoryVault; names: string[] }> {
  const dir = await tempDir()
  const vault = new MemoryVault()
  const first = await startApp(dir, { vault })
  for (const name of ['Alpha', 'Beta'])
    valueOf(await first.call('channels.create', makeInput({ name })))
  await first.app.dispose()
  const second = await startApp(dir, { vault })
  valueOf(await second.call('channels.create', makeInput({ name: 'Gamma' })))
  await second.app.dispose()
  return { dir, vault, names: ['Alpha', 'Beta', 'Gamma'] }
}

const DAMAGE: ReadonlyArray<
  [string, 'corrupt' | 'invalid' | 'future-version' | 'unreadable', (good: string) => string | null]
> = [
  ['truncated JSON', 'corrupt', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['an empty file (torn write by another tool)', 'corrupt', () => ''],
  ['binary garbage', 'corrupt', () => '\u0000\u0001\u00ff garbage'],
  [
    'a wrongly typed field',
    'invalid',
    (good) => good.replace(/"platforms":\s*\[/, '"platforms": 7, "x": [')
  ],
  [
    'a record missing its AccessKeyId',
    'invalid',
    (good) => good.replace(/"accessKeyId":\s*"[^"]*",/, '')
  ],
  ['an array instead of an object', 'invalid', () => '[]'],
  [
    'a future schemaVersion',
    'future-version',
    (good) => good.replace(/"schemaVersion":\s*\d+/, '"schemaVersion": 7')
  ],
  ['a folder where the file should be', 'unreadable', () => null]
]

/** Damage the data file; returns its bytes (null for the folder case). */
async function damage(dir: string, make: (good: string) => string | null): Promise<Buffer | null> {
  const path = join(dir, DATA)
  const text = make(await readFile(path, 'utf8'))
  if (text === null) {
    await rm(path)
    await mkdir(path)
    await writeFile(join(path, 'note.txt'), 'not a data file')
    return null
  }
  await writeFile(path, text)
  return readFile(path)
}

async function expectRecoveryMode(h: AppHarness): Promise<void> {
  expect(valueOf(await h.call('app.status', undefined))).toMatchObject({ mode: 'recovery' })
  for (const [method, input] of Object.entries(channelCalls)) {
    const result = await h.call(method as IpcMethod, input as never)
    expect(result, method).toMatchObject({ ok: false, error: { code: 'RECOVERY_REQUIRED' } })
    if (!result.ok) expect(result.error.message).toBe('recovery.required')
  }
}

describe('a damaged data file', () => {
  describe.each(DAMAGE)('%s', (_label, problem, make) => {
    it(`starts in recovery mode (${problem}), keeps the file and every secret untouched`, async () => {
      const { dir, vault } = await populated()
      const secrets = new Map(vault.entries)
      const bytes = await damage(dir, make)
      const before = (await readdir(dir, { recursive: true })).sort()

      const h = await startApp(dir, { vault })

      expect(h.app.recovery).not.toBeNull()
      const status = valueOf(await h.call('recovery.status', undefined))
      expect(status).toEqual({
        problem,
        detail: expect.objectContaining({ code: expect.stringMatching(/^store\./) }),
        dataFile: join(dir, DATA),
        dataDir: dir,
        // The first write in a new folder kept Alpha; the restart kept Alpha and Beta.
        backups: [
          expect.objectContaining({ channelCount: 2, schemaVersion: CURRENT_SCHEMA_VERSION }),
          expect.objectContaining({ channelCount: 1, schemaVersion: CURRENT_SCHEMA_VERSION })
        ],
        detectedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/)
      })
      expect(englishOf(status!.detail).length).toBeGreaterThan(20)
      if (problem === 'future-version') expect(englishOf(status!.detail)).toMatch(/newer version/)
      await expectRecoveryMode(h)
      // Nothing reconciled away: the keychain was only asked whether it works.
      expect(new Map(vault.entries)).toEqual(secrets)
      expect(valueOf(await h.call('app.status', undefined))).toMatchObject({
        keychain: 'available'
      })
      await h.app.dispose()
      if (bytes) expect(await readFile(join(dir, DATA))).toEqual(bytes)
      expect((await readdir(dir, { recursive: true })).sort()).toEqual(before)
    })

    it('restore the newest good backup: damaged file kept aside, normal mode again', async () => {
      const { dir, vault } = await populated()
      const bytes = await damage(dir, make)
      const h = await startApp(dir, { vault })
      const [newest] = h.app.recovery!.backups

      const restored = valueOf(await h.call('recovery.restoreBackup', {}))

      expect(restored).toEqual({
        restored: newest,
        damagedFile: expect.stringMatching(/channels\.json\.damaged-\d{8}T\d{9}Z$/),
        channelCount: 2
      })
      const kept = restored.damagedFile!
      if (bytes) expect(await readFile(kept)).toEqual(bytes)
      else expect((await stat(kept)).isDirectory()).toBe(true)
      expect(valueOf(await h.call('app.status', undefined))).toMatchObject({ mode: 'normal' })
      expect(valueOf(await h.call('recovery.status', undefined))).toBeNull()
      const list = valueOf(await h.call('channels.list', undefined))
      expect(list.map((c) => c.name)).toEqual(['Alpha', 'Beta'])
      // Gamma exists only in the damaged file: its secret is kept, listed without a channel.
      expect((await h.app.reconciled)?.orphans).toHaveLength(1)
      expect(vault.entries.size).toBe(3)
      // The restored app works normally.
      expect((await h.call('channels.create', makeInput({ name: 'Delta' }))).ok).toBe(true)
      await h.app.dispose()

      // Never deleted on its own, even once the damaged copy is gone.
      await rm(kept, { recursive: true })
      const last = await startApp(dir, { vault })
      expect((await last.app.reconciled)?.orphans).toHaveLength(1)
      expect(vault.entries.size).toBe(4)
      await last.app.dispose()
    })

    it('start empty after confirmation: damaged file kept aside, empty list, secrets kept', async () => {
      const { dir, vault } = await populated()
      const bytes = await damage(dir, make)
      const h = await startApp(dir, { vault })

      const result = await h.call('recovery.startEmpty', { confirm: true })

      const { damagedFile } = valueOf(result)
      if (bytes) expect(await readFile(damagedFile!)).toEqual(bytes)
      expect(valueOf(await h.call('channels.list', undefined))).toEqual([])
      expect(JSON.parse(await readFile(join(dir, DATA), 'utf8'))).toEqual({
        schemaVersion: CURRENT_SCHEMA_VERSION,
        channels: []
      })
      expect((await h.app.reconciled)?.orphans).toHaveLength(3)
      expect(vault.entries.size).toBe(3)
      await h.app.dispose()
    })
  })
})

describe('recovery actions', () => {
  it('restores a chosen older backup', async () => {
    const { dir, vault } = await populated()
    // A third start keeps a backup with all three channels.
    await (await startApp(dir, { vault })).app.dispose()
    await damage(dir, () => '{')
    const h = await startApp(dir, { vault })
    const backups = h.app.recovery!.backups
    expect(backups.map((b) => b.channelCount)).toEqual([3, 2, 1])
    const restored = valueOf(await h.call('recovery.restoreBackup', { backupId: backups[1].id }))
    expect(restored.channelCount).toBe(2)
    expect(valueOf(await h.call('channels.list', undefined)).map((c) => c.name)).toEqual([
      'Alpha',
      'Beta'
    ])
    await h.app.dispose()
  })

  it('NOT_FOUND for an unknown backup or when there is none; nothing changes', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, DATA), 'not json')
    const h = await startApp(dir)
    expect(h.app.recovery!.backups).toEqual([])
    expect(await h.call('recovery.restoreBackup', {})).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'recovery.noBackup' }
    })
    expect(
      await h.call('recovery.restoreBackup', {
        backupId: 'channels-000001-20240501T080000000Z.json'
      })
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await readFile(join(dir, DATA), 'utf8')).toBe('not json')
    expect(await readdir(dir)).toEqual([DATA])
    await expectRecoveryMode(h)
    await h.app.dispose()
  })

  it('a failed write during restore leaves the damaged file in place and stays in recovery', async () => {
    const { dir, vault } = await populated()
    await damage(dir, () => '{"schemaVersion":1,"channels":[')
    const h = await startApp(dir, { vault })
    h.file.failWrites = true
    expect(await h.call('recovery.restoreBackup', {})).toMatchObject({
      ok: false,
      error: { code: 'STORAGE', message: 'recovery.notWritten' }
    })
    expect(await readFile(join(dir, DATA), 'utf8')).toBe('{"schemaVersion":1,"channels":[')
    await expectRecoveryMode(h)
    h.file.failWrites = false
    expect((await h.call('recovery.restoreBackup', {})).ok).toBe(true)
    await h.app.dispose()
  })

  it('restore and start empty are refused in normal mode', async () => {
    const h = await startApp(await tempDir())
    expect(await h.call('recovery.restoreBackup', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(await h.call('recovery.startEmpty', { confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(valueOf(await h.call('recovery.status', undefined))).toBeNull()
    await h.app.dispose()
  })

  it('start empty needs the literal confirmation', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, DATA), '{')
    const h = await startApp(dir)
    for (const input of [{}, { confirm: false }, { confirm: 'yes' }]) {
      expect(await h.call('recovery.startEmpty', input as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' }
      })
    }
    expect(await readFile(join(dir, DATA), 'utf8')).toBe('{')
    await h.app.dispose()
  })

  it('open data folder calls the injected openPath with the data folder, in either mode', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, DATA), '{')
    const h = await startApp(dir)
    expect(valueOf(await h.call('recovery.openDataFolder', undefined))).toEqual({ path: dir })
    expect(h.opened).toEqual([dir])
    await h.app.dispose()
  })

  it('a start on a folder with stray temp files from a killed write removes them', async () => {
    const dir = await tempDir()
    const h = await startApp(dir)
    valueOf(await h.call('channels.create', makeInput()))
    await h.app.dispose()
    const stray = `.${DATA}.0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6.tmp`
    await writeFile(join(dir, stray), '{"schemaVersion":1,"chan')
    const again = await startApp(dir)
    expect(again.app.recovery).toBeNull()
    expect(await readdir(dir)).not.toContain(stray)
    expect(again.log.lines.join('\n')).toContain('Removed 1 temp files')
    await again.app.dispose()
  })

  it('a backup made by this app restores records exactly as they were', async () => {
    const dir = await tempDir()
    const records = [makeRecord({ name: 'One' }), makeRecord({ name: 'Two' })]
    await writeFile(join(dir, DATA), JSON.stringify({ schemaVersion: 1, channels: records }))
    await (await startApp(dir)).app.dispose()
    await writeFile(join(dir, DATA), 'garbage')
    const h = await startApp(dir)
    valueOf(await h.call('recovery.restoreBackup', {}))
    const list = valueOf(await h.call('channels.list', undefined))
    expect(list.map(({ secretStatus: _s, ...record }) => record)).toEqual(records)
    // Their secrets were never in this keychain: shown as missing, with Update to issue new ones.
    expect(list.map((c) => c.secretStatus)).toEqual(['missing', 'missing'])
    await h.app.dispose()
  })
})

describe('open data folder outside Electron', () => {
  it('answers INTERNAL with the folder path when no openPath was given', async () => {
    const { createAppServices } = await import('../../src/main/app-services')
    const { FakeClipboard, recordingLogger } = await import('../support/fakes')
    const dir = await tempDir()
    const app = await createAppServices({
      dataDir: dir,
      keychainService: 'x',
      clipboard: new FakeClipboard(),
      appVersion: 't',
      vault: new MemoryVault(),
      log: recordingLogger()
    })
    await expect(app.handlers['recovery.openDataFolder'](undefined)).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining(dir)
    })
    await app.dispose()
  })
})
