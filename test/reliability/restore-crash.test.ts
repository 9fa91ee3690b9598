/**
 * A SIGKILL at random points during a restore (issue 12), RESTORE_CRASH_KILLS times (100 by
 * default; set the variable to run more). Each round the parent makes a backup that replaces
 * five channels (new records and secrets), fills in one channel's missing secret and adds two
 * new channels, and the child (test/reliability/restore-crash-child.ts: the real services on
 * the real keychain) restores it until it is killed at a random moment — or, for some rounds,
 * during the start-up that finishes or undoes the restore before. After the next start the data
 * file and the keychain must be exactly as before the restore or exactly as after it: never a
 * record without its secret, never a secret deleted or overwritten by a restore that did not
 * happen, never an undo copy or a journal left behind; a restore that was acknowledged is there.
 *
 * Run inside a D-Bus session with an unlocked keyring (see README).
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Encrypter, identityToRecipient } from 'age-encryption'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppServices } from '../../src/main/app-services'
import { BACKUP_KEY_ACCOUNT } from '../../src/main/backup/backup-key'
import { RESTORE_JOURNAL_FILE, UNDO_ACCOUNT_PREFIX } from '../../src/main/backup/restore-journal'
import { generateKey } from '../../src/main/keys/generate'
import { decodeStoreText } from '../../src/main/store/json-store-adapter'
import { MIGRATIONS } from '../../src/main/store/store-file'
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/shared/backup'
import type { ChannelRecord } from '../../src/shared/channel'
import { buildChild, type ChildBundle } from '../support/build-child'
import { FakeClipboard, silentLogger } from '../support/fakes'
import { recordFigures } from '../support/figures'
import { makeFields } from '../support/fixtures'
import { keytar, requireKeyring } from '../support/keyring-app'
import { seededRandom } from '../support/seeded-random'

const KILLS = Number(process.env.RESTORE_CRASH_KILLS ?? 100)
/** Share of rounds killed during start-up (finishing or undoing the restore before). */
const STARTUP_KILL_SHARE = 0.15
const REPLACED = 5
const ADDED = 2
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000)
const service = `cam-restore-crash-${randomUUID()}`

let child: ChildBundle
let dataDir: string
/** Where the rounds' backup files are made (outside the data folder). */
let filesDir: string
let recipient: string

interface State {
  readonly records: ReadonlyMap<string, ChannelRecord>
  readonly keychain: ReadonlyMap<string, string>
}

type Line = { t: 'ready' } | { t: 'begin' } | { t: 'applied'; result: unknown } | { t: 'recovery' }

async function readState(): Promise<State & { journal: boolean; undo: number }> {
  const path = join(dataDir, 'channels.json')
  // Throws (and fails the test) if the file does not parse and keep every rule.
  const data = decodeStoreText(await readFile(path, 'utf8'), path, MIGRATIONS)
  const keychain = new Map(
    (await keytar.findCredentials(service)).map((c) => [c.account, c.password])
  )
  const journal = await stat(join(dataDir, RESTORE_JOURNAL_FILE)).then(
    () => true,
    () => false
  )
  const undo = [...keychain.keys()].filter((a) => a.startsWith(UNDO_ACCOUNT_PREFIX)).length
  return { records: new Map(data.channels.map((c) => [c.id, c])), keychain, journal, undo }
}

/** A record with its keys in one order, whoever built it. */
const sortedKeys = (record: ChannelRecord): object =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))

const canonical = (state: State): string =>
  JSON.stringify({
    records: [...state.records.values()].sort((a, b) => a.id.localeCompare(b.id)).map(sortedKeys),
    keychain: [...state.keychain].sort(([a], [b]) => a.localeCompare(b))
  })

/** A child started on the folder; `kill` ends it; `lines` settles with what it printed. */
function startChild() {
  const proc = spawn(process.execPath, [child.file], {
    env: { ...process.env, CAM_DATA_DIR: dataDir, CAM_KEYCHAIN_SERVICE: service },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let out = ''
  let stderr = ''
  const waiters: Array<{ t: string; done: () => void }> = []
  proc.stdout.setEncoding('utf8')
  proc.stdout.on('data', (chunk: string) => {
    out += chunk
    for (const waiter of [...waiters]) {
      if (out.includes(`"t":"${waiter.t}"`)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.done()
      }
    }
  })
  proc.stderr.setEncoding('utf8')
  proc.stderr.on('data', (chunk: string) => void (stderr += chunk))
  let killed = false
  const closed = new Promise<{ lines: Line[]; code: number | null }>((done) =>
    proc.on('close', (code) => {
      const complete = out.slice(0, out.lastIndexOf('\n') + 1)
      done({
        lines: complete
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Line),
        code
      })
    })
  )
  return {
    proc,
    closed,
    stderr: () => stderr,
    killed: () => killed,
    kill: () => void (killed = proc.kill('SIGKILL') || killed),
    printed: (t: string) =>
      new Promise<boolean>((done) => {
        if (out.includes(`"t":"${t}"`)) return done(true)
        waiters.push({ t, done: () => done(true) })
        void closed.then(() => done(out.includes(`"t":"${t}"`)))
      })
  }
}

/** The backup of round `k` over `state`, and the state it makes when applied. */
async function plan(
  k: number,
  state: State,
  base: readonly string[]
): Promise<{ file: string; replace: string[]; after: State }> {
  const at = new Date(Date.UTC(2025, 0, 1) + k * 60_000).toISOString()
  const records = new Map(state.records)
  const keychain = new Map(state.keychain)
  const channels: Array<ChannelRecord & { accessKeySecret: string }> = []
  const [filled, ...replaced] = base
  const fill = { ...state.records.get(filled)!, accessKeySecret: generateKey('accessKeySecret') }
  channels.push(fill)
  keychain.set(filled, fill.accessKeySecret)
  for (const [i, id] of replaced.entries()) {
    const record = { ...state.records.get(id)!, name: `Round ${k} channel ${i}`, updatedAt: at }
    const secret = generateKey('accessKeySecret')
    channels.push({ ...record, accessKeySecret: secret })
    records.set(id, record)
    keychain.set(id, secret)
  }
  for (let j = 0; j < ADDED; j++) {
    const record: ChannelRecord = {
      ...makeFields({ name: `Added ${k}-${j}` }),
      id: randomUUID(),
      appKey: generateKey('appKey'),
      accessKeyId: generateKey('accessKeyId'),
      createdAt: at,
      updatedAt: at,
      secretUpdatedAt: at,
      disabledAt: null
    }
    const secret = generateKey('accessKeySecret')
    channels.push({ ...record, accessKeySecret: secret })
    records.set(record.id, record)
    keychain.set(record.id, secret)
  }
  const encrypter = new Encrypter()
  encrypter.addRecipient(recipient)
  const file = join(filesDir, `round-${k}.age`)
  await writeFile(
    file,
    await encrypter.encrypt(
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: at,
        appVersion: 't',
        channels
      })
    )
  )
  return { file, replace: replaced, after: { records, keychain } }
}

beforeAll(async () => {
  await requireKeyring()
  child = await buildChild('test/reliability/restore-crash-child.ts')
  dataDir = await mkdtemp(join(tmpdir(), 'cam-restore-crash-'))
  filesDir = await mkdtemp(join(tmpdir(), 'cam-restore-files-'))
  const app = await createAppServices({
    dataDir,
    keychainService: service,
    clipboard: new FakeClipboard(),
    appVersion: 'restore-crash',
    user: 'restore-crash',
    log: silentLogger
  })
  await app.reconciled
  for (let i = 0; i <= REPLACED; i++) await app.service.create(makeFields({ name: `Base ${i}` }))
  await app.backup.publicKey()
  await app.dispose()
  recipient = await identityToRecipient((await keytar.getPassword(service, BACKUP_KEY_ACCOUNT))!)
}, 60_000)

afterAll(async () => {
  for (const { account } of await keytar.findCredentials(service)) {
    await keytar.deletePassword(service, account)
  }
  await rm(dataDir, { recursive: true, force: true })
  await rm(filesDir, { recursive: true, force: true })
  await child.dispose()
})

describe('restore crash test', () => {
  it(`a restore killed ${KILLS} times at random: all of it or none of it, every time`, async () => {
    const next = seededRandom(seed)
    const problems: string[] = []
    const base = [...(await readState()).records.keys()]
    const figures = {
      seed,
      kills: 0,
      killsDuringStartup: 0,
      killsDuringRestore: 0,
      restoresAcknowledgedBeforeKill: 0,
      foundAll: 0,
      foundNone: 0,
      foundPartial: 0,
      recordsWithoutSecret: 0,
      leftoverUndoCopies: 0,
      leftoverJournals: 0,
      rounds: 0,
      firstRestoreMs: 0,
      channelsAtEnd: 0,
      keychainEntriesAtEnd: 0,
      durationMs: 0
    }
    const started = performance.now()
    let pending: { before: string; after: string; acknowledged: boolean } | undefined
    let maxDelayMs = 0

    const check = async (round: number): Promise<State> => {
      const state = await readState()
      if (state.journal) {
        figures.leftoverJournals++
        problems.push(`round ${round}: a restore journal is left`)
      }
      if (state.undo > 0) {
        figures.leftoverUndoCopies += state.undo
        problems.push(`round ${round}: ${state.undo} undo copies are left`)
      }
      for (const id of state.records.keys()) {
        if (!state.keychain.has(id) && id !== base[0]) {
          figures.recordsWithoutSecret++
          problems.push(`round ${round}: ${id} has no secret`)
        }
      }
      if (pending) {
        const now = canonical(state)
        if (now === pending.after) figures.foundAll++
        else if (now === pending.before && !pending.acknowledged) figures.foundNone++
        else {
          figures.foundPartial++
          problems.push(
            `round ${round}: neither all nor none of the restore${pending.acknowledged ? ' (it was acknowledged)' : ''}`
          )
        }
        pending = undefined
      }
      return state
    }

    // Round 0 is not killed; a later round whose restore ends before its kill counts no kill.
    for (let k = 0; figures.kills < KILLS; k++) {
      if (k > KILLS * 3) throw new Error(`only ${figures.kills} kills in ${k} rounds`)
      const run = startChild()
      // Round 0 runs to the end, to learn how long a restore takes.
      const atStartup = k > 0 && next() < STARTUP_KILL_SHARE
      if (atStartup) {
        // While it loads and finishes or undoes the round before (it never exits on its own
        // before a `go`, so this kill always lands).
        setTimeout(run.kill, Math.floor(next() * 400))
        await run.closed
        figures.kills++
        figures.killsDuringStartup++
        continue
      }
      if (!(await run.printed('ready')))
        throw new Error(`child ${k} did not start: ${run.stderr()}`)
      const state = await check(k)
      // The first channel's secret goes missing here: the restore fills it in.
      await keytar.deletePassword(service, base[0])
      const before = { records: state.records, keychain: new Map(state.keychain) }
      before.keychain.delete(base[0])
      const round = await plan(k, before, base)
      // One command, then end of input, so the child exits when it is done.
      run.proc.stdin.end(`go ${round.file} ${round.replace.join(',')}\n`)
      // The kill lands at a random moment of the restore itself (after the file was opened).
      const begun = await run.printed('begin')
      const began = performance.now()
      if (k > 0 && begun) setTimeout(run.kill, Math.floor(next() * maxDelayMs))
      const applied = await run.printed('applied')
      const tookMs = performance.now() - began
      const { lines } = await run.closed
      const acknowledged = applied && lines.some((l) => l.t === 'applied')
      if (run.killed()) {
        figures.kills++
        figures.killsDuringRestore++
        if (acknowledged) figures.restoresAcknowledgedBeforeKill++
      } else if (!acknowledged) {
        throw new Error(`child ${k} exited on its own: ${run.stderr()}`)
      } else {
        // Finished before its kill: aim the next kills within a restore's duration as measured.
        if (k === 0) figures.firstRestoreMs = Math.round(tookMs)
        // A little past the end, so some kills land between the store write and the cleanup.
        maxDelayMs = Math.max(10, Math.round(tookMs * 1.15))
      }
      pending = { before: canonical(before), after: canonical(round.after), acknowledged }
      await rm(round.file)
    }

    // A last start finishes or undoes the last round; then it is checked like every other.
    figures.rounds = figures.killsDuringStartup + figures.foundAll + figures.foundNone
    const last = startChild()
    if (!(await last.printed('ready'))) throw new Error(`the last start failed: ${last.stderr()}`)
    const end = await check(KILLS + 1)
    last.proc.stdin.end()
    await last.closed
    figures.channelsAtEnd = end.records.size
    figures.keychainEntriesAtEnd = end.keychain.size
    figures.durationMs = Math.round(performance.now() - started)
    await recordFigures('restoreCrash', figures)
    console.info(`[reliability] restore crash: ${JSON.stringify(figures)}`)

    expect(problems).toEqual([])
    expect(figures.kills).toBe(KILLS)
    expect(figures.foundPartial).toBe(0)
    expect(figures.foundAll + figures.foundNone).toBeGreaterThan(KILLS - figures.killsDuringStartup)
  }, 600_000)
})
