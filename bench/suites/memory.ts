/**
 * Memory of the main services (createAppServices with a MemoryVault) per 1,000 channels,
 * measured in a fresh `node --expose-gc` process per size so nothing else is on the heap:
 * heap used and external memory (Buffers) after full collections, before and after the
 * services opened the data file, served a list and made one create.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { createAppServices } from '../../src/main/app-services'
import { silentLogger } from '../../src/main/log'
import { MemoryVault } from '../../test/support/memory-vault'
import { gc } from '../lib/measure'
import { round } from '../lib/stats'
import { seedDataFile } from './main-process'

export interface MemoryResults {
  /** V8 heap used by the services, in MB per 1,000 channels. */
  readonly heapMbPer1k: number
  /** Memory outside the V8 heap (the encoded data file's bytes), in MB per 1,000 channels. */
  readonly externalMbPer1k: number
  readonly heapMb: number
  readonly externalMb: number
}

const MB = 1024 * 1024

/** Heap and external memory after full collections, each in a fresh macrotask (garbage still on the stack of the current one would survive). */
async function settle(): Promise<{ heap: number; external: number }> {
  for (let i = 0; i < 4; i++) {
    await new Promise((done) => setTimeout(done, 20))
    gc()
  }
  const { heapUsed, external } = process.memoryUsage()
  return { heap: heapUsed, external }
}

/** Runs in the child: measure, print one JSON line. */
export async function memoryProbe(base: string, count: number): Promise<void> {
  const dir = await mkdtemp(join(base, `cam-bench-mem-${count}-`))
  try {
    await seedDataFile(dir, count)
    const before = await settle()
    let clip = ''
    const app = await createAppServices({
      dataDir: dir,
      keychainService: 'cam-bench',
      clipboard: { readText: () => clip, writeText: (t) => void (clip = t) },
      appVersion: 'bench',
      user: 'bench',
      vault: new MemoryVault(),
      log: silentLogger
    })
    await app.service.list()
    await app.service.create({
      name: 'Memory probe',
      collectedByQuickTracking: true,
      appType: 'WEB',
      platforms: [],
      domains: ['https://probe.example.com']
    })
    await app.reconciled
    const after = await settle()
    const heapMb = (after.heap - before.heap) / MB
    const externalMb = (after.external - before.external) / MB
    const result: MemoryResults = {
      heapMb: round(heapMb, 2),
      externalMb: round(externalMb, 2),
      heapMbPer1k: round((heapMb / count) * 1000, 3),
      externalMbPer1k: round((externalMb / count) * 1000, 3)
    }
    await app.dispose()
    process.stdout.write(`${JSON.stringify(result)}\n`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Run the probe for `count` channels in a fresh process (this bundle with --memory-probe). */
export function benchMemory(base: string, count: number): Promise<MemoryResults> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', process.argv[1], '--memory-probe', String(count), '--dir', base],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    )
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? ''
      if (code !== 0) return reject(new Error(`memory probe exited with ${code}: ${out}`))
      try {
        resolve(JSON.parse(line) as MemoryResults)
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    })
  })
}
