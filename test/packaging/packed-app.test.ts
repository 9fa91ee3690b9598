/**
 * A real `electron-builder --linux dir` run over this repository, with a stand-in for the
 * Electron runtime (which cannot be downloaded here): a file carrying Electron's fuse wire
 * where the binary would be. Everything else is electron-builder's own packaging — the file
 * set, the production node_modules, app.asar and app.asar.unpacked, the fuse flipping — so
 * this checks what a package would really contain, on every machine the tests run on.
 * Native modules are not rebuilt for Electron here (npmRebuild=false): that step needs
 * Electron's headers and runs in the release workflow.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { getCurrentFuseWire } from '@electron/fuses'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FUSE_WIRE_INDEX, REQUIRED_FUSES } from './fuse-policy'
import {
  nativeModules,
  openAsar,
  packageJson,
  productionPackages,
  requireBuiltOut,
  ROOT,
  type AsarArchive
} from './support'

const run = promisify(execFile)
const require = createRequire(import.meta.url)
// The fuse wire's marker and states, from the @electron/fuses that electron-builder uses.
const { SENTINEL, FuseState } = require('@electron/fuses/dist/constants') as {
  SENTINEL: string
  FuseState: { ENABLE: number; DISABLE: number }
}

/** Electron's own defaults on the fuse wire: the insecure settings the build must flip. */
const ELECTRON_DEFAULT_WIRE = '10110001'
const EXECUTABLE = 'collection-api-manager'

let work = ''
let appOutDir = ''
let asar: AsarArchive

/** A stand-in Electron distribution: what electron-builder copies, renames and fuses. */
async function makeStandInElectron(dir: string): Promise<void> {
  await mkdir(join(dir, 'resources'), { recursive: true })
  const wire = Buffer.concat([
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE, 'latin1')
  ])
  await writeFile(
    join(dir, 'electron'),
    Buffer.concat([Buffer.from('stand-in for the Electron binary\n'), wire]),
    {
      mode: 0o755
    }
  )
  await writeFile(join(dir, 'chrome-sandbox'), '')
  await writeFile(join(dir, 'LICENSE'), 'stand-in')
  await writeFile(join(dir, 'LICENSES.chromium.html'), 'stand-in')
  await writeFile(join(dir, 'version'), require('electron/package.json').version as string)
}

beforeAll(async () => {
  requireBuiltOut()
  work = await mkdtemp(join(tmpdir(), 'cam-pack-'))
  const electronDist = join(work, 'electron-dist')
  const output = join(work, 'dist')
  await makeStandInElectron(electronDist)
  const cli = require.resolve('electron-builder/cli.js')
  try {
    await run(
      process.execPath,
      [
        cli,
        '--linux',
        'dir',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        '-c.npmRebuild=false',
        `-c.directories.output=${output}`
      ],
      {
        cwd: ROOT,
        timeout: 180_000,
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, FORCE_COLOR: '0' }
      }
    )
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    throw new Error(`electron-builder --linux dir failed:\n${stdout}\n${stderr}`)
  }
  appOutDir = join(output, 'linux-unpacked')
  asar = openAsar(join(appOutDir, 'resources', 'app.asar'))
}, 240_000)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

const appFiles = (): string[] =>
  asar.entries.map((e) => e.path).filter((p) => !p.startsWith('node_modules/'))

describe('packed app (electron-builder --linux dir, stand-in Electron)', () => {
  it('packs the app into resources/app.asar', () => {
    expect(existsSync(join(appOutDir, EXECUTABLE))).toBe(true)
    expect(asar.entries.length).toBeGreaterThan(10)
  })

  it("app.asar holds the entry points: package.json's main, the preload, the renderer, the icon", () => {
    const files = appFiles()
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/index.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
        'resources/icon.png'
      ])
    )
    const packed = JSON.parse(asar.read('package.json').toString('utf8')) as Record<string, unknown>
    expect(packed['main']).toBe(packageJson().main)
    expect(packed['type']).toBe('module')
  })

  it('ships no sources, tests, docs, scripts, TypeScript or source maps', () => {
    const files = asar.entries.map((e) => e.path)
    expect(appFiles().filter((p) => !/^(out|resources)\//.test(p) && p !== 'package.json')).toEqual(
      []
    )
    expect(files.filter((p) => /\.(ts|tsx|mts|cts|map)$/.test(p))).toEqual([])
  })

  it('the packed package.json has no scripts and no devDependencies', () => {
    const packed = JSON.parse(asar.read('package.json').toString('utf8')) as Record<string, unknown>
    expect(packed['scripts']).toBeUndefined()
    expect(packed['devDependencies']).toBeUndefined()
  })

  it('ships exactly the production dependency tree, and no devDependency', () => {
    const shipped = new Set(
      asar.entries
        .map((e) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(e.path)?.[1])
        .filter((name): name is string => name !== undefined)
    )
    const production = new Set(productionPackages().map((p) => p.name))
    expect([...shipped].sort()).toEqual([...production].sort())
    const { dependencies, devDependencies } = packageJson()
    for (const name of Object.keys(dependencies)) expect(shipped, name).toContain(name)
    for (const name of Object.keys(devDependencies)) {
      if (!production.has(name)) expect(shipped, name).not.toContain(name)
    }
  })

  it('every native binary is unpacked next to the archive, where Electron loads it from', () => {
    const binaries = asar.entries.filter((e) => e.path.endsWith('.node'))
    const expected = nativeModules().flatMap((m) => m.binaries)
    expect(binaries.map((e) => e.path).sort()).toEqual([...expected].sort())
    for (const binary of binaries) {
      expect(binary.unpacked, binary.path).toBe(true)
      expect(
        existsSync(join(appOutDir, 'resources', 'app.asar.unpacked', binary.path)),
        binary.path
      ).toBe(true)
    }
  })

  it('records a hash for every packed file (what ASAR integrity validation checks)', () => {
    const packed = asar.entries.filter((e) => !e.unpacked)
    expect(packed.filter((e) => !e.hasIntegrity).map((e) => e.path)).toEqual([])
  })

  it('electron-builder flips the fuses in the binary, from Electron’s defaults to the secure values', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, EXECUTABLE))
    for (const [fuse, secure] of Object.entries(REQUIRED_FUSES)) {
      const index = FUSE_WIRE_INDEX[fuse]!
      const expected = secure ? FuseState.ENABLE : FuseState.DISABLE
      expect(ELECTRON_DEFAULT_WIRE[index], `${fuse} default`).toBeDefined()
      expect(wire[index], fuse).toBe(expected)
    }
    // The stand-in started insecure: run-as-node on, cookie encryption off.
    expect(ELECTRON_DEFAULT_WIRE[FUSE_WIRE_INDEX['runAsNode']!]).toBe('1')
    expect(ELECTRON_DEFAULT_WIRE[FUSE_WIRE_INDEX['enableCookieEncryption']!]).toBe('0')
  })
})
