/**
 * What would ship: the `files` globs of electron-builder.yml evaluated by electron-builder's
 * own file matcher (the one it copies the app with, default exclusions included) over the
 * repository's files and over paths that could appear later. Nothing under src/, test/,
 * docs/, bench/, scripts/ or build/, no TypeScript, no source map, no config may ship;
 * out/**, resources/** and package.json must.
 * packed-app.test.ts checks the same on a real ASAR archive.
 */
import { readdirSync, type Stats } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadBuilderConfig, requireBuiltOut, ROOT } from './support'

interface Matcher {
  createFilter(): (file: string, stat: Pick<Stats, 'isDirectory'>) => boolean
}
type GetMainFileMatchers = (
  appDir: string,
  destination: string,
  macroExpander: (pattern: string) => string,
  platformSpecificBuildOptions: object,
  platformPackager: object,
  outDir: string,
  isElectronCompile: boolean
) => Matcher[]

const require = createRequire(import.meta.url)
// @internal in app-builder-lib, but it is exactly the function packaging uses.
const { getMainFileMatchers } = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers: GetMainFileMatchers
}

/** Files that must never ship, as a path test. */
const FORBIDDEN: ReadonlyArray<readonly [string, RegExp]> = [
  ['sources', /^src\//],
  ['tests', /^test\//],
  ['docs', /^docs\//],
  ['benchmarks', /^bench\//],
  ['scripts', /^scripts\//],
  ['build resources', /^build\//],
  ['CI', /^\.(github|ci)\//],
  ['TypeScript', /\.(ts|tsx|mts|cts)$/],
  ['source maps', /\.map$/],
  ['TypeScript configs', /(^|\/)tsconfig[^/]*\.json$/],
  ['tool configs', /^(electron\.vite|vitest|eslint)\.config\.|^\.prettier|^electron-builder\./],
  ['lockfile and env', /^(package-lock\.json|\.env|\.npmrc)/]
]

let config: Configuration

/**
 * electron-builder's own answer to "would this project-relative file be copied into the
 * app?" for a platform, with the given configuration (ours by default).
 */
function shipper(
  platform: 'mac' | 'win' | 'linux',
  from: Configuration = config
): (rel: string) => boolean {
  // getMainFileMatchers adds its default patterns to the configuration's arrays: use a copy.
  const cfg = structuredClone(from)
  const platformPackager = {
    info: {
      projectDir: ROOT,
      buildResourcesDir: resolve(ROOT, cfg.directories?.buildResources ?? 'build'),
      config: cfg,
      isPrepackedAppAsar: false,
      debugLogger: { isEnabled: false }
    }
  }
  const outDir = resolve(ROOT, cfg.directories?.output ?? 'dist')
  const [matcher] = getMainFileMatchers(
    ROOT,
    '/app',
    (p) => p,
    cfg[platform] ?? {},
    platformPackager,
    outDir,
    false
  )
  if (!matcher) throw new Error('electron-builder returned no file matcher')
  const filter = matcher.createFilter()
  return (rel) => {
    // electron-builder walks folders and skips a folder its filter rejects: check every parent.
    const parts = rel.split('/')
    for (let i = 1; i < parts.length; i++) {
      if (!filter(join(ROOT, ...parts.slice(0, i)), { isDirectory: () => true })) return false
    }
    return filter(join(ROOT, ...parts), { isDirectory: () => false })
  }
}

/** Every file in the project except node_modules (shipped separately) and .git. */
function projectFiles(dir = ''): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name
    if (rel === 'node_modules' || rel === '.git') return []
    return entry.isDirectory() ? projectFiles(rel) : [rel]
  })
}

beforeAll(async () => {
  requireBuiltOut()
  config = await loadBuilderConfig()
})

describe.each(['linux', 'mac', 'win'] as const)('files that would ship (%s)', (platform) => {
  let ships: (rel: string) => boolean
  beforeAll(() => {
    ships = shipper(platform)
  })
  it('the app itself ships: package.json, the built out/ tree and the runtime resources', () => {
    const required = [
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'resources/icon.png'
    ]
    for (const file of required) expect(ships(file), file).toBe(true)
    const built = projectFiles('out').filter((f) => !f.endsWith('.map'))
    expect(built.length).toBeGreaterThan(3)
    for (const file of built) expect(ships(file), file).toBe(true)
  })

  it('no source, test, doc, script, build resource or config file in the repository ships', () => {
    const shipped = projectFiles().filter((file) => ships(file))
    const offending = shipped.flatMap((file) =>
      FORBIDDEN.filter(([, pattern]) => pattern.test(file)).map(([what]) => `${file} (${what})`)
    )
    expect(offending).toEqual([])
    // The allow-list: nothing but the app, its resources and its manifest.
    expect(shipped.filter((f) => !/^(out|resources)\//.test(f) && f !== 'package.json')).toEqual([])
  })

  it('files that do not exist yet would not ship either', () => {
    const probes = [
      'src/main/new-feature.ts',
      'src/renderer/src/View.tsx',
      'test/main/new.test.ts',
      'test/fixtures/channels.json',
      'docs/decisions.md',
      'bench/list.bench.ts',
      'bench/results/latest.json',
      'scripts/release.mjs',
      '.github/workflows/ci.yml',
      'out/main/index.js.map',
      'out/renderer/assets/index.js.map',
      'out/main/types.d.ts',
      'tsconfig.json',
      'tsconfig.node.tsbuildinfo',
      'electron.vite.config.ts',
      'vitest.config.ts',
      'eslint.config.js',
      'electron-builder.yml',
      'README.md',
      '.env',
      '.npmrc',
      'coverage/index.html',
      'test-results/vitest.json',
      'dist/linux-unpacked/resources/app.asar',
      'build/icon.icns'
    ]
    expect(probes.filter((file) => ships(file))).toEqual([])
  })

  it('the check is not vacuous: electron-builder’s default `files` would ship the sources', () => {
    const { files: _files, ...defaults } = config
    const defaultShips = shipper(platform, defaults)
    expect(defaultShips('src/main/index.ts')).toBe(true)
    expect(defaultShips('test/main/generate.test.ts')).toBe(true)
  })
})
