/**
 * Crash test (issue 5): a child process applies a stream of changes through the real
 * services (test/reliability/crash-child.ts: durable lowdb store, backups, the real
 * keychain through keytar) and reports each acknowledged change; this test SIGKILLs it at
 * random moments CRASH_KILLS times. After every kill the data file must parse and validate
 * and hold every acknowledged change (at most the one change in flight may or may not be
 * there), every record must still have its secret in the keychain, and every backup must
 * be good. A secret a kill left without its record (a create killed half-way) is never deleted:
 * a final start must list exactly those as secrets without a channel.
 *
 * SIGKILL models a crash of the app, not a power cut: the page cache survives it. Power-cut
 * durability rests on the fsync order checked in test/main/durable-file.test.ts.
 *
 * Run inside a D-Bus session with an unlocked keyring (see README).
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BACKUP_DIR_NAME, parseBackupName } from '../../src/main/recovery/backups'
import { decodeStoreText } from '../../src/main/store/json-store-adapter'
import { MIGRATIONS, type StoreData } from '../../src/main/store/store-file'
import type { KeytarLike } from '../../src/main/vault/secret-vault'
import { buildChild, type ChildBundle } from '../support/build-child'
import { recordFigures } from '../support/figures'
import { seededRandom } from '../support/seeded-random'

/** How many times the child is killed per run. */
const CRASH_KILLS = 200
/** Share of kills aimed at start-up (loading, backup, reconcile) rather than the change stream. */
const STARTUP_KILL_SHARE = 0.15
/** After the child is ready, it is killed after a random delay up to this. */
const MAX_KILL_DELAY_MS = 150

const keytar = createRequire(import.meta.url)('keytar') as KeytarLike
const service = `cam-crash-${randomUUID()}`
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)

type Line =
  | { t: 'ready'; channels: number; reconcile: { orphans: string[] } | null }
  | { t: 'recovery'; problem: string; detail: unknown }
  | { t: 'begin'; op: Op; id?: string; name?: string }
  | { t: 'ack'; op: Op; id: string; name?: string; secretUpdatedAt?: string }
type Op = 'create' | 'update' | 'rotate' | 'remove'

interface Expected {
  name: string
  secretUpdatedAt: string
}

let child: ChildBundle
let dataDir: string

const random = seededRandom

/** Run the child once; kill it as planned; resolve with every complete line it printed. */
function runChild(
  mode: 'run' | 'verify',
  runSeed: number,
  kill: { atStartupMs?: number; afterReadyMs?: number }
): Promise<{ lines: Line[]; killed: boolean; code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const proc = spawn(process.execPath, [child.file], {
      env: {
        ...process.env,
        CAM_DATA_DIR: dataDir,
        CAM_KEYCHAIN_SERVICE: service,
        CAM_SEED: String(runSeed),
        CAM_MODE: mode
      },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let stderr = ''
    let killed = false
    const killNow = (): void => {
      killed = proc.kill('SIGKILL') || killed
    }
    if (kill.atStartupMs !== undefined) setTimeout(killNow, kill.atStartupMs)
    proc.stdout.setEncoding('utf8')
    proc.stdout.on('data', (chunk: string) => {
      const wasReady = out.includes('"t":"ready"')
      out += chunk
      if (!wasReady && out.includes('"t":"ready"') && kill.afterReadyMs !== undefined) {
        setTimeout(killNow, kill.afterReadyMs)
      }
    })
    proc.stderr.setEncoding('utf8')
    proc.stderr.on('data', (chunk: string) => void (stderr += chunk))
    proc.on('error', fail)
    proc.on('close', (code) => {
      // Only complete lines count: a torn last line was never acknowledged.
      const complete = out.slice(0, out.lastIndexOf('\n') + 1)
      const lines = complete
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Line)
      done({ lines, killed, code, stderr })
    })
  })
}

async function readStore(): Promise<StoreData | null> {
  const path = join(dataDir, 'channels.json')
  const text = await readFile(path, 'utf8').catch((error: { code?: string }) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  // Throws (and fails the test) if the file does not parse or validate.
  return text === null ? null : decodeStoreText(text, path, MIGRATIONS)
}

beforeAll(async () => {
  await keytar.findCredentials(service).catch((error: unknown) => {
    throw new Error(
      `No usable keychain (${String(error)}). Run inside: dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets; npx vitest run --project integration'`
    )
  })
  child = await buildChild('test/reliability/crash-child.ts')
  dataDir = await mkdtemp(join(tmpdir(), 'cam-crash-'))
}, 60_000)

afterAll(async () => {
  for (const { account } of await keytar.findCredentials(service)) {
    await keytar.deletePassword(service, account)
  }
  await rm(dataDir, { recursive: true, force: true })
  await child.dispose()
})

describe('crash test', () => {
  it(`survives ${CRASH_KILLS} SIGKILLs with no acknowledged change lost`, async () => {
    const next = random(seed)
    const model = new Map<string, Expected>()
    const problems: string[] = []
    const figures = {
      seed,
      kills: 0,
      killsDuringStartup: 0,
      acknowledgedChanges: 0,
      acknowledgedByOp: { create: 0, update: 0, rotate: 0, remove: 0 } as Record<Op, number>,
      inFlightChangesFoundApplied: 0,
      losses: 0,
      recordsWithoutSecret: 0,
      orphanedSecretsFoundAfterKills: 0,
      orphanedSecretsDeleted: 0,
      staleTempFilesFound: 0,
      backupsChecked: 0,
      channelsAtEnd: 0,
      durationMs: 0
    }
    const started = performance.now()
    const orphansSeen = new Set<string>()

    for (let k = 0; k < CRASH_KILLS; k++) {
      const atStartup = next() < STARTUP_KILL_SHARE
      const run = await runChild('run', seed * 1000 + k, {
        ...(atStartup
          ? { atStartupMs: Math.floor(next() * 250) }
          : { afterReadyMs: Math.floor(next() * MAX_KILL_DELAY_MS) })
      })
      if (run.lines.some((l) => l.t === 'recovery')) {
        throw new Error(
          `After kill ${k} the app found a damaged data file: ${JSON.stringify(run.lines)}`
        )
      }
      if (!run.killed || run.code !== null) {
        throw new Error(`Child ${k} exited on its own (code ${run.code}): ${run.stderr}`)
      }
      figures.kills++
      if (!run.lines.some((l) => l.t === 'ready')) figures.killsDuringStartup++

      // Apply every acknowledged change to the model; remember the one in flight.
      let inFlight: Extract<Line, { t: 'begin' }> | undefined
      for (const line of run.lines) {
        if (line.t === 'begin') inFlight = line
        if (line.t !== 'ack') continue
        inFlight = undefined
        figures.acknowledgedChanges++
        figures.acknowledgedByOp[line.op]++
        const current = model.get(line.id)
        switch (line.op) {
          case 'create':
            model.set(line.id, { name: line.name!, secretUpdatedAt: line.secretUpdatedAt! })
            break
          case 'update':
            if (current) current.name = line.name!
            break
          case 'rotate':
            if (current) current.secretUpdatedAt = line.secretUpdatedAt!
            break
          case 'remove':
            model.delete(line.id)
            break
        }
      }

      // The data file parses, validates and holds every acknowledged change.
      const data = await readStore()
      const onDisk = new Map((data?.channels ?? []).map((c) => [c.id, c]))
      let inFlightApplied = false
      for (const [id, want] of model) {
        const got = onDisk.get(id)
        if (!got) {
          if (inFlight?.op === 'remove' && inFlight.id === id) inFlightApplied = true
          else problems.push(`kill ${k}: acknowledged channel ${id} is missing`)
          continue
        }
        if (got.name !== want.name) {
          if (inFlight?.op === 'update' && inFlight.id === id && got.name === inFlight.name) {
            inFlightApplied = true
          } else problems.push(`kill ${k}: ${id} has name ${got.name}, acknowledged ${want.name}`)
        }
        if (got.secretUpdatedAt !== want.secretUpdatedAt) {
          if (
            inFlight?.op === 'rotate' &&
            inFlight.id === id &&
            got.secretUpdatedAt >= want.secretUpdatedAt
          ) {
            inFlightApplied = true
          } else problems.push(`kill ${k}: ${id} lost an acknowledged Update of its secret`)
        }
      }
      for (const [id, got] of onDisk) {
        if (model.has(id)) continue
        if (inFlight?.op === 'create' && got.name === inFlight.name && !inFlightApplied) {
          inFlightApplied = true
        } else problems.push(`kill ${k}: unexpected channel ${id} (${got.name}) on disk`)
      }
      if (inFlightApplied) figures.inFlightChangesFoundApplied++
      // The next run starts from what is on disk (an in-flight change may have landed).
      model.clear()
      for (const [id, c] of onDisk)
        model.set(id, { name: c.name, secretUpdatedAt: c.secretUpdatedAt })

      // No record without its secret; count the orphans, which every later start must keep.
      const accounts = new Set((await keytar.findCredentials(service)).map((c) => c.account))
      for (const id of onDisk.keys()) {
        if (!accounts.has(id)) {
          figures.recordsWithoutSecret++
          problems.push(`kill ${k}: channel ${id} has no secret in the keychain`)
        }
      }
      for (const account of accounts) {
        if (!onDisk.has(account) && !orphansSeen.has(account)) {
          orphansSeen.add(account)
          figures.orphanedSecretsFoundAfterKills++
        }
      }

      // Every backup is whole and valid; count temp files a killed write left behind.
      const backupDir = join(dataDir, BACKUP_DIR_NAME)
      for (const name of await readdir(backupDir).catch(() => [] as string[])) {
        if (name.endsWith('.tmp')) {
          figures.staleTempFilesFound++
          continue
        }
        if (!parseBackupName(name)) continue
        const path = join(backupDir, name)
        decodeStoreText(await readFile(path, 'utf8'), path, MIGRATIONS)
        figures.backupsChecked++
      }
      figures.staleTempFilesFound += (await readdir(dataDir)).filter((n) =>
        n.endsWith('.tmp')
      ).length
    }

    // A last, quiet start: it must load, reconcile, and leave keychain and file in agreement.
    const verify = await runChild('verify', 0, {})
    expect(verify.stderr).toBe('')
    expect(verify.lines[0]).toMatchObject({ t: 'ready' })
    const ready = verify.lines[0] as Extract<Line, { t: 'ready' }>
    const data = await readStore()
    const ids = (data?.channels ?? []).map((c) => c.id).sort()
    const accounts = (await keytar.findCredentials(service)).map((c) => c.account).sort()
    const listed = [...(ready.reconcile?.orphans ?? [])].sort()
    figures.orphanedSecretsDeleted = [...orphansSeen].filter((id) => !accounts.includes(id)).length
    figures.channelsAtEnd = ids.length
    figures.losses = problems.length
    figures.durationMs = Math.round(performance.now() - started)
    await recordFigures('crash', figures)
    console.info(`[reliability] crash: ${JSON.stringify(figures)}`)

    expect(problems).toEqual([])
    // The keychain holds every record's secret and, besides, exactly the listed orphans; none
    // of the orphans a kill left behind was deleted.
    expect(accounts).toEqual([...ids, ...listed].sort())
    expect(figures.orphanedSecretsDeleted).toBe(0)
    for (const id of orphansSeen) expect(listed).toContain(id)
    expect(figures.kills).toBe(CRASH_KILLS)
    expect(figures.acknowledgedChanges).toBeGreaterThan(CRASH_KILLS)
    expect(await readdir(dataDir)).not.toContainEqual(expect.stringMatching(/\.tmp$/))
  }, 240_000)
})
