import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_KEYCHAIN_SERVICE,
  DEFAULT_SECRET_TIMEOUT_MS,
  createAppServices,
  keychainBackendName,
  currentUser,
  readSettingsFromEnv
} from '../../src/main/app-services'
import { AppError } from '../../src/shared/errors'
import { MemoryVault } from '../support/memory-vault'
import { makeFields } from '../support/fixtures'
import { FakeClipboard, recordingLogger } from '../support/fakes'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

describe('readSettingsFromEnv', () => {
  it('has defaults', () => {
    expect(readSettingsFromEnv({})).toEqual({
      keychainService: DEFAULT_KEYCHAIN_SERVICE,
      secretTimeoutMs: DEFAULT_SECRET_TIMEOUT_MS,
      requireReauth: false
    })
    expect(readSettingsFromEnv({ CAM_KEYCHAIN_SERVICE: '  ', CAM_SECRET_TIMEOUT_MS: '' })).toEqual({
      keychainService: 'Collection API Manager',
      secretTimeoutMs: 30_000,
      requireReauth: false
    })
  })

  it('reads both variables', () => {
    expect(
      readSettingsFromEnv({ CAM_KEYCHAIN_SERVICE: ' cam-e2e ', CAM_SECRET_TIMEOUT_MS: '1500' })
    ).toEqual({
      keychainService: 'cam-e2e',
      secretTimeoutMs: 1500,
      requireReauth: false
    })
  })

  it('turns re-authentication on only when asked, and refuses a value it does not know', () => {
    expect(readSettingsFromEnv({ CAM_REQUIRE_REAUTH: '1' }).requireReauth).toBe(true)
    expect(readSettingsFromEnv({ CAM_REQUIRE_REAUTH: ' TRUE ' }).requireReauth).toBe(true)
    expect(readSettingsFromEnv({ CAM_REQUIRE_REAUTH: '0' }).requireReauth).toBe(false)
    expect(readSettingsFromEnv({ CAM_REQUIRE_REAUTH: 'false' }).requireReauth).toBe(false)
    expect(() => readSettingsFromEnv({ CAM_REQUIRE_REAUTH: 'yes please' })).toThrow(
      /CAM_REQUIRE_REAUTH must be 1 or true/
    )
  })

  it.each(['abc', '-5', '1.5', '1e3', '99', '600001', '0x10'])(
    'rejects CAM_SECRET_TIMEOUT_MS=%s',
    (value) => {
      expect(() => readSettingsFromEnv({ CAM_SECRET_TIMEOUT_MS: value })).toThrow(
        /CAM_SECRET_TIMEOUT_MS/
      )
    }
  )

  it('rejects an absurdly long service name', () => {
    expect(() => readSettingsFromEnv({ CAM_KEYCHAIN_SERVICE: 'x'.repeat(201) })).toThrow(
      /CAM_KEYCHAIN_SERVICE/
    )
  })
})

describe('createAppServices', () => {
  const base = async (vault = new MemoryVault()) => ({
    dataDir: join(await tempDir(), 'nested', 'userData'),
    keychainService: 'cam-unit',
    clipboard: new FakeClipboard(),
    appVersion: '9.9.9',
    user: 'bob',
    vault,
    log: recordingLogger()
  })

  it('wires the services, handlers and app info, creating the data folder', async () => {
    const options = await base()
    const app = await createAppServices(options)
    expect(await app.reconciled).toEqual({ orphans: [], missingSecrets: [] })
    expect(await app.handlers['app.info'](undefined)).toEqual({
      version: '9.9.9',
      runtime: { electron: null, chrome: null, node: process.versions.node },
      dataDir: options.dataDir,
      dataFile: join(options.dataDir, 'channels.json'),
      keychainBackend: keychainBackendName(process.platform),
      keychainService: 'cam-unit',
      secretTimeoutMs: 30_000
    })
    const view = await app.handlers['channels.create'](makeFields())
    expect(view.secretStatus).toBe('present')
    expect((await app.handlers['audit.list']({ limit: 10 })).entries[0]).toMatchObject({
      user: 'bob',
      action: 'create'
    })
    await app.dispose()
  })

  it('starts even when the keychain is unavailable, and reconcile reports null', async () => {
    const vault = new MemoryVault()
    vault.fault = () => new Error('Cannot autolaunch D-Bus')
    const options = await base(vault)
    const app = await createAppServices(options)
    expect(await app.reconciled).toBeNull()
    expect(await app.service.list()).toEqual([])
    expect(options.log.lines.join('\n')).toContain('reconcile skipped')
    expect(app.status()).toEqual({
      mode: 'normal',
      keychain: 'unavailable',
      keychainMessage: expect.stringMatching(/^keychain\.unavailable(Mac|Windows|Linux)$/)
    })
    await app.dispose()
  })

  it('reconciles at start: orphans are listed and kept, missing secrets are flagged', async () => {
    const vault = new MemoryVault()
    const options = await base(vault)
    const first = await createAppServices(options)
    const kept = await first.service.create(makeFields({ name: 'kept' }))
    const lost = await first.service.create(makeFields({ name: 'lost' }))
    await first.dispose()
    vault.entries.delete(lost.id)
    vault.entries.set('11111111-2222-4333-8444-555555555555', 'orphan')

    const second = await createAppServices(options)
    expect(await second.reconciled).toEqual({
      orphans: ['11111111-2222-4333-8444-555555555555'],
      missingSecrets: [lost.id]
    })
    expect(vault.entries.get('11111111-2222-4333-8444-555555555555')).toBe('orphan')
    expect((await second.service.get({ id: kept.id })).secretStatus).toBe('present')
    expect((await second.service.get({ id: lost.id })).secretStatus).toBe('missing')
    await second.dispose()
  })

  it('starts in recovery mode on a damaged file instead of throwing, and leaves it alone', async () => {
    const options = await base()
    const dir = options.dataDir.replace(/nested.*/, '')
    await writeFile(join(dir, 'channels.json'), '{"schemaVersion":1,"channels":[')
    const app = await createAppServices({ ...options, dataDir: dir })
    expect(app.recovery).toMatchObject({ problem: 'corrupt', dataFile: join(dir, 'channels.json') })
    expect(() => app.service).toThrow(AppError)
    expect(await app.reconciled).toBeNull()
    await app.dispose()
    expect(await readFile(join(dir, 'channels.json'), 'utf8')).toBe(
      '{"schemaVersion":1,"channels":['
    )
  })

  it('currentUser names someone', () => {
    expect(currentUser().length).toBeGreaterThan(0)
  })
})

describe('keychainBackendName', () => {
  it('names the keychain keytar uses on each OS', () => {
    expect(keychainBackendName('darwin')).toBe('macOS Keychain')
    expect(keychainBackendName('win32')).toBe('Windows Credential Manager')
    expect(keychainBackendName('linux')).toMatch(/^Secret Service/)
  })
})
