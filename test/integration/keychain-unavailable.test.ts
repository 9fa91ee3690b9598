/**
 * Keychain unavailable, for real (issue 5): the real KeytarVault in a process whose D-Bus
 * session address points at a socket that does not exist (and no DISPLAY to autolaunch
 * one), so libsecret cannot reach any Secret Service. The app must still start and list
 * channels; every action that needs a secret answers KEYCHAIN_UNAVAILABLE with a message
 * that names the fix for this OS; app.status says so for the banner.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { englishOf } from '../support/english'
import { keychainHelp } from '../../src/main/vault/secret-vault'
import { buildChild, type ChildBundle } from '../support/build-child'
import { recordFigures } from '../support/figures'
import { makeRecord } from '../support/fixtures'

let child: ChildBundle
let dataDir: string
const records = [makeRecord({ name: 'Existing one' }), makeRecord({ name: 'Existing two' })]

beforeAll(async () => {
  child = await buildChild('test/integration/keychain-unavailable-child.ts')
  dataDir = await mkdtemp(join(tmpdir(), 'cam-no-dbus-'))
  await writeFile(
    join(dataDir, 'channels.json'),
    JSON.stringify({ schemaVersion: 1, channels: records })
  )
}, 60_000)

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
  await child.dispose()
})

function runWithoutDbus(): Promise<Record<string, unknown>> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/cam-no-bus',
    CAM_DATA_DIR: dataDir,
    CAM_KEYCHAIN_SERVICE: `cam-no-dbus-${randomUUID()}`
  }
  delete env.DISPLAY
  delete env.WAYLAND_DISPLAY
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child.file], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    proc.stdout.on('data', (c: Buffer) => void (out += c.toString()))
    proc.stderr.on('data', (c: Buffer) => void (err += c.toString()))
    proc.on('error', fail)
    proc.on('close', (code) =>
      code === 0
        ? done(JSON.parse(out) as Record<string, unknown>)
        : fail(new Error(`exit ${code}: ${err}`))
    )
  })
}

describe('no D-Bus session, so no Secret Service', () => {
  it('starts, lists, and answers KEYCHAIN_UNAVAILABLE with the fix for this OS', async () => {
    const started = performance.now()
    const r = await runWithoutDbus()
    const elapsedMs = Math.round(performance.now() - started)
    const help = keychainHelp(process.platform)
    const unavailable = { ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE', message: help } }

    expect(r.platform).toBe(process.platform)
    expect(r.reconciled).toBeNull()
    expect(r.list).toEqual({
      ok: true,
      value: records.map((record) => ({ ...record, secretStatus: 'unknown' }))
    })
    expect(r.status).toEqual({
      ok: true,
      value: { mode: 'normal', keychain: 'unavailable', keychainMessage: help }
    })
    for (const action of ['create', 'reveal', 'copySecret', 'rotate']) {
      // The renderer words the fix in the user's language from this code.
      expect(r[action], action).toEqual(unavailable)
    }
    if (process.platform === 'linux') expect(englishOf({ code: help })).toMatch(/gnome-keyring/)
    // What needs no secret still works.
    expect(r.copyAppKey).toEqual({ ok: true, value: { field: 'appKey' } })
    expect(r.get).toMatchObject({ ok: true, value: { id: records[0].id } })
    expect(r.update).toMatchObject({ ok: true, value: { name: 'Renamed without a keychain' } })
    // Remove deletes the record; its keychain entry is cleaned up by the next start that
    // reaches the keychain, and the banner keeps saying the keychain is unavailable.
    expect(r.remove).toEqual({ ok: true, value: { id: records[1].id } })
    expect(r.listAfter).toMatchObject({ ok: true, value: [{ id: records[0].id }] })
    expect(r.statusAfter).toMatchObject({ value: { keychain: 'unavailable' } })
    // Nothing was written in plain text instead: the data file holds records only.
    const file = await readFile(join(dataDir, 'channels.json'), 'utf8')
    expect(file).not.toMatch(/csk_/)
    expect(JSON.parse(file).channels).toMatchObject([{ name: 'Renamed without a keychain' }])

    await recordFigures('keychainUnavailable', {
      platform: process.platform,
      dbusSessionBusAddress: 'unix:path=/nonexistent/cam-no-bus',
      listedChannels: records.length,
      refusedWithKeychainUnavailable: ['create', 'reveal', 'copySecret', 'rotate'],
      stillWorking: ['list', 'get', 'copyAppKey', 'update', 'remove'],
      message: englishOf({ code: help }),
      childRunMs: elapsedMs
    })
  })
})
