/**
 * Leak check speed (issue 15): a generated tree of 10,000 text files / 200 MB with keys of every
 * kind in it (current, retired, public, unknown, near misses), checked by the real LeakService
 * (scan, classification against a keychain, audit entry), next to `grep -rE` with the same
 * pattern over the same tree as the floor. The tree is read once before timing, so both read
 * from the page cache; samples of the two alternate.
 */
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AuditLog } from '../../src/main/audit/audit-log'
import { generateKey } from '../../src/main/keys/generate'
import { LeakService } from '../../src/main/leaks/leak-service'
import { RetiredSecrets } from '../../src/main/leaks/retired-secrets'
import { scanFolder } from '../../src/main/leaks/scan-folder'
import { silentLogger } from '../../src/main/log'
import { ObservedVault } from '../../src/main/vault/observed-vault'
import { MemoryVault } from '../../test/support/memory-vault'
import type { ChannelRecord } from '../../src/shared/channel'
import { KEY_PATTERN } from '../../src/shared/keys'
import type { LeakReport } from '../../src/shared/leaks'
import { generateRecords, seededRandom } from '../lib/generate-data'
import { time } from '../lib/measure'
import { ratios, summarise, type Summary } from '../lib/stats'

export interface LeakTreeSpec {
  readonly files: number
  readonly bytes: number
}

export interface LeakResults {
  readonly tree: LeakTreeSpec & { readonly folders: number; readonly keysPlanted: number }
  /** The whole check as the user waits for it (LeakService.check). */
  readonly check: Summary
  /** The folder scan alone (scanFolder: walk, read, match, checksum). */
  readonly scanOnly: Summary
  /** `grep -rE '<KEY_PATTERN>' <tree>`, LC_ALL=C: the floor. */
  readonly grep: Summary
  /** `grep -rnoE`: every match with its line number, as the check reports them. */
  readonly grepEveryMatch: Summary
  readonly ratio: { readonly ofMedians: number; readonly pairedMedian: number }
  readonly filesPerSecond: number
  readonly megabytesPerSecond: number
  readonly grepFilesPerSecond: number
  readonly grepMegabytesPerSecond: number
  /** What the check found (it must find every planted key). */
  readonly found: Pick<LeakReport, 'filesScanned' | 'bytesScanned' | 'totalHits' | 'counts'>
}

const MB = 1024 * 1024
export const LEAK_TREE: LeakTreeSpec = { files: 10_000, bytes: 200 * MB }

const IDENTIFIERS = [
  'const',
  'return',
  'function',
  'import',
  'export',
  'config',
  'channel',
  'cache_key',
  'cak_config',
  'cid_lookup',
  'csk_len',
  'appKey',
  'accessKeyId',
  'trackDomain',
  'aplus_queue',
  'setMetaInfo',
  'userId',
  'event',
  'payload',
  'timestamp',
  'await',
  'fetch',
  'response',
  'status'
]
const COMMENTS = ['// 初始化采集 SDK', '# 数据采集域名', '/* 渠道配置 */', '// TODO: 上报事件']

/** A pool of code-like lines, some with Chinese comments and near-key words. */
function linePool(random: ReturnType<typeof seededRandom>): string[] {
  const pick = <T>(list: readonly T[]): T => list[random.int(0, list.length)]
  const lines: string[] = []
  for (let i = 0; i < 4000; i++) {
    const words = Array.from({ length: random.int(4, 14) }, () => pick(IDENTIFIERS))
    let line = `${'  '.repeat(random.int(0, 4))}${words.join(random.next() < 0.5 ? ' ' : '.')} = "${random.int(0, 1e9).toString(36)}";`
    if (random.next() < 0.05) line += ` ${pick(COMMENTS)}`
    lines.push(line)
  }
  return lines
}

interface PlantedKeys {
  readonly channels: readonly ChannelRecord[]
  readonly vault: MemoryVault
  readonly retired: RetiredSecrets
  /** Text to plant, one per planted key. */
  readonly plants: readonly string[]
}

/** Channels with current secrets, retired fingerprints, and the keys to sprinkle in the tree. */
export async function plantKeys(dataDir: string): Promise<PlantedKeys> {
  const channels = generateRecords(20, 7)
  const vault = new MemoryVault()
  const retired = new RetiredSecrets({ dataDir })
  const plants: string[] = []
  for (const [index, channel] of channels.entries()) {
    const secret = generateKey('accessKeySecret')
    vault.entries.set(channel.id, secret)
    const old = generateKey('accessKeySecret')
    await retired.record({ channelId: channel.id, channelName: channel.name, secret: old })
    plants.push(
      `ACCESS_KEY_SECRET=${secret}`,
      `secret: "${old}"`,
      `appKey: '${channel.appKey}'`,
      `"accessKeyId": "${channel.accessKeyId}"`
    )
    if (index % 2 === 0) plants.push(`key=${generateKey('accessKeySecret')}`)
    // A near miss: the right shape, a wrong checksum.
    plants.push(
      `token=${channel.accessKeyId.slice(0, -1)}${channel.accessKeyId.endsWith('0') ? '1' : '0'}`
    )
  }
  return { channels, vault, retired, plants }
}

/** Write the tree: `spec.files` files in 100 × 10 folders, `spec.bytes` in all. */
export async function writeTree(
  root: string,
  spec: LeakTreeSpec,
  plants: readonly string[]
): Promise<{ folders: number; keysPlanted: number }> {
  const random = seededRandom(15)
  const pool = linePool(random)
  // Exponentially distributed sizes (many small files, a few large), scaled to the total.
  const raw = Array.from({ length: spec.files }, () => -Math.log(1 - random.next()) + 0.05)
  const scale = spec.bytes / raw.reduce((a, b) => a + b, 0)
  const sizes = raw.map((r) => Math.max(64, Math.round(r * scale)))
  const extensions = ['ts', 'js', 'json', 'md', 'yml', 'txt', 'env', 'py']
  const folders = new Set<string>()
  let planted = 0
  for (let i = 0; i < spec.files; i++) {
    const folder = join(root, `pkg-${String(i % 100).padStart(2, '0')}`, `mod-${(i >> 7) % 10}`)
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true })
      folders.add(folder)
    }
    const parts: string[] = []
    let length = 0
    while (length < sizes[i]) {
      // About one file in twenty holds a key, somewhere in the middle.
      const line =
        planted < plants.length * 4 && random.next() < 0.0004
          ? plants[planted++ % plants.length]
          : pool[random.int(0, pool.length)]
      parts.push(line)
      length += Buffer.byteLength(line) + 1
    }
    await writeFile(
      join(folder, `file-${i}.${extensions[i % extensions.length]}`),
      `${parts.join('\n')}\n`
    )
  }
  return { folders: folders.size, keysPlanted: planted }
}

/** Run a command with its output thrown away; resolves with its exit code. */
function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, LC_ALL: 'C' }
    })
    child.on('error', reject)
    child.on('exit', (code) => resolve(code ?? -1))
  })
}

/** The leak check's figures on a generated tree under `baseDir`; `samples` of each subject. */
export async function benchLeaks(
  baseDir: string,
  samples: number,
  spec: LeakTreeSpec = LEAK_TREE
): Promise<LeakResults> {
  const dir = await mkdtemp(join(baseDir, 'cam-bench-leaks-'))
  try {
    const dataDir = join(dir, 'data')
    const root = join(dir, 'tree')
    await mkdir(dataDir, { recursive: true })
    const planted = await plantKeys(dataDir)
    const tree = await writeTree(root, spec, planted.plants)
    const leaks = new LeakService({
      vault: new ObservedVault(planted.vault, 'linux'),
      emit: () => undefined,
      now: () => new Date(),
      log: silentLogger,
      chooseFile: async () => root,
      audit: new AuditLog({ dataDir, user: 'bench' }),
      retiredSecrets: planted.retired,
      channels: async () => planted.channels
    })
    const pattern = KEY_PATTERN.source
    const grep = (): Promise<number> => run('grep', ['-rE', pattern, root])
    const grepEvery = (): Promise<number> => run('grep', ['-rnoE', pattern, root])
    let report: LeakReport | undefined
    const check = async (): Promise<void> => {
      const result = await leaks.check()
      if (!result.folderChosen) throw new Error('the bench picked no folder')
      report = result.report
    }

    // Read the tree once (page cache) and warm the JIT.
    if ((await grep()) !== 0) throw new Error('grep found no key in the tree')
    await check()
    await scanFolder(root)

    const subject: number[] = []
    const scanOnly: number[] = []
    const floor: number[] = []
    const every: number[] = []
    for (let i = 0; i < samples; i++) {
      subject.push(await time(check))
      floor.push(await time(grep))
      scanOnly.push(await time(() => scanFolder(root)))
      every.push(await time(grepEvery))
    }
    const found = report as LeakReport
    const checkSummary = summarise(subject)
    const grepSummary = summarise(floor)
    const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000)
    return {
      tree: { ...spec, ...tree },
      check: checkSummary,
      scanOnly: summarise(scanOnly),
      grep: grepSummary,
      grepEveryMatch: summarise(every),
      ratio: ratios(subject, floor),
      filesPerSecond: perSecond(found.filesScanned, checkSummary.median),
      megabytesPerSecond: perSecond(found.bytesScanned / MB, checkSummary.median),
      grepFilesPerSecond: perSecond(found.filesScanned, grepSummary.median),
      grepMegabytesPerSecond: perSecond(found.bytesScanned / MB, grepSummary.median),
      found: {
        filesScanned: found.filesScanned,
        bytesScanned: found.bytesScanned,
        totalHits: found.totalHits,
        counts: found.counts
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The figures as a few lines for the console. */
export function formatLeaks(results: LeakResults): string {
  const ms = (s: Summary): string => `${s.median.toFixed(0)} ms (p95 ${s.p95.toFixed(0)})`
  const { tree, found } = results
  return [
    `Leak check, ${tree.files.toLocaleString('en-US')} files / ${(tree.bytes / MB).toFixed(0)} MB in ${tree.folders} folders, ${tree.keysPlanted} keys planted:`,
    `  leak check (LeakService)   ${ms(results.check)}  ${results.filesPerSecond.toLocaleString('en-US')} files/s  ${results.megabytesPerSecond} MB/s`,
    `  folder scan only           ${ms(results.scanOnly)}`,
    `  grep -rE (floor)           ${ms(results.grep)}  ${results.grepFilesPerSecond.toLocaleString('en-US')} files/s  ${results.grepMegabytesPerSecond} MB/s`,
    `  grep -rnoE (every match)   ${ms(results.grepEveryMatch)}`,
    `  ${results.ratio.ofMedians <= 2 ? 'met' : 'MISSED'}: leak check ÷ grep -rE ≤ 2×: ${results.ratio.ofMedians}× (paired ${results.ratio.pairedMedian}×)`,
    `  found ${found.totalHits} keys: ${Object.entries(found.counts)
      .map(([status, count]) => `${count} ${status}`)
      .join(', ')}`
  ].join('\n')
}
