/**
 * Long session (issue 5): 10,000 mixed operations in one process leave the data file
 * valid, the secret store in agreement with it, and memory flat. The child runs with
 * --expose-gc so heap figures are taken after full collections. It uses a MemoryVault (the
 * keychain's behaviour under load is covered by test/integration/concurrency-keytar.test.ts)
 * and puts its data folder on /dev/shm when there is one: fsync cost is not what this
 * test measures, and the crash test exercises the disk.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildChild, type ChildBundle } from '../support/build-child'
import { recordFigures } from '../support/figures'

const OPERATIONS = 10_000
/** Heap growth tolerated between the first steady-state sample and the end, after gc. */
const MAX_HEAP_GROWTH_MB = 8

let child: ChildBundle
let dataDir: string

beforeAll(async () => {
  child = await buildChild('test/reliability/long-session-child.ts')
  dataDir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'cam-long-'))
}, 60_000)

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true })
  await child.dispose()
})

describe('long session', () => {
  it(`${OPERATIONS} mixed operations: file valid, secrets in agreement, memory flat`, async () => {
    const output = await new Promise<string>((done, fail) => {
      const proc = spawn(process.execPath, ['--expose-gc', child.file], {
        env: { ...process.env, CAM_DATA_DIR: dataDir, CAM_OPERATIONS: String(OPERATIONS) },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let out = ''
      let err = ''
      proc.stdout.on('data', (c: Buffer) => void (out += c.toString()))
      proc.stderr.on('data', (c: Buffer) => void (err += c.toString()))
      proc.on('error', fail)
      proc.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`exit ${code}: ${err}`))))
    })
    const result = JSON.parse(output) as {
      operations: number
      counts: Record<string, number>
      unexpected: string[]
      channelsAtEnd: number
      fileMatchesSession: boolean
      vaultMatchesFile: boolean
      auditEntries: number
      backupsKept: number
      gcExposed: boolean
      heapGrowthMb: number
    }
    await recordFigures('longSession', { ...result, vault: 'MemoryVault' })
    console.info(`[reliability] long session: ${JSON.stringify(result)}`)

    expect(result.unexpected).toEqual([])
    expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(OPERATIONS)
    expect(result.fileMatchesSession).toBe(true)
    expect(result.vaultMatchesFile).toBe(true)
    expect(result.channelsAtEnd).toBeGreaterThan(100)
    expect(result.backupsKept).toBeGreaterThan(0)
    expect(result.gcExposed).toBe(true)
    expect(result.heapGrowthMb).toBeLessThan(MAX_HEAP_GROWTH_MB)
  }, 180_000)
})
