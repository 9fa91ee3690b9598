/**
 * Helpers for the packaging tests: electron-builder's own view of our configuration, the
 * production dependency tree, the built out/ tree, and ASAR archives.
 * Packages can't be produced here (Electron's runtime download is blocked), so these tests
 * check everything a package is made from, with electron-builder's own code where it exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve, sep } from 'node:path'
import type * as ConfigModule from 'app-builder-lib/out/util/config/config'
import type * as BuilderUtil from 'builder-util'
import type { Configuration } from 'electron-builder'

export const ROOT = resolve(import.meta.dirname, '../..')
export const CONFIG_FILE = 'electron-builder.yml'

const require = createRequire(import.meta.url)

/** electron-builder's config loader and validator: the code `electron-builder` itself runs. */
export const builderConfig: typeof ConfigModule = require('app-builder-lib/out/util/config/config')
const builderUtil: typeof BuilderUtil = require('builder-util')

/** A quiet debug logger, as electron-builder passes to validateConfiguration. */
export const debugLogger = new builderUtil.DebugLogger(false)

/** The configuration exactly as electron-builder loads it (file, `extends`, package.json). */
export async function loadBuilderConfig(): Promise<Configuration> {
  return builderConfig.getConfig(ROOT, join(ROOT, CONFIG_FILE), null)
}

export interface PackageJson {
  readonly name: string
  readonly productName?: string
  readonly version: string
  readonly main: string
  readonly type?: string
  readonly scripts: Readonly<Record<string, string>>
  readonly dependencies: Readonly<Record<string, string>>
  readonly devDependencies: Readonly<Record<string, string>>
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T
}

export const packageJson = (): PackageJson => readJson<PackageJson>('package.json')

/** A package that ships: its name and its folder relative to the project root. */
export interface ProductionPackage {
  readonly name: string
  readonly dir: string
}

/**
 * Every package that ships with the app, from package-lock.json: the entries npm does not
 * mark `dev` (electron-builder collects the same tree with `npm ls --omit=dev`).
 */
export function productionPackages(): ProductionPackage[] {
  const lock = readJson<{ packages: Record<string, { dev?: boolean }> }>('package-lock.json')
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith('node_modules/') && entry.dev !== true)
    .map(([path]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 13), dir: path }))
}

/** Files under `dir` (relative to ROOT, '/'-separated), not descending into nested node_modules. */
export function walkFiles(dir: string, skip: (relPath: string) => boolean = () => false): string[] {
  const found: string[] = []
  const visit = (absDir: string): void => {
    for (const entry of readdirSync(absDir, { withFileTypes: true })) {
      const abs = join(absDir, entry.name)
      const rel = relative(ROOT, abs).split(sep).join('/')
      if (skip(rel)) continue
      if (entry.isDirectory()) visit(abs)
      else if (entry.isFile()) found.push(rel)
    }
  }
  visit(join(ROOT, dir))
  return found
}

/** A production package that contains native code, and the `.node` files it has built. */
export interface NativeModule extends ProductionPackage {
  readonly reason: 'binding.gyp' | 'gypfile' | '.node file'
  readonly binaries: readonly string[]
}

/** Production packages with native code: a binding.gyp, `gypfile: true`, or a `.node` file. */
export function nativeModules(): NativeModule[] {
  const natives: NativeModule[] = []
  for (const pkg of productionPackages()) {
    if (!existsSync(join(ROOT, pkg.dir))) continue
    // node-gyp leaves a copy of each binary among its intermediates (Release/obj.target,
    // Release/.deps); electron-builder drops those, so only the loadable binaries count.
    const binaries = walkFiles(
      pkg.dir,
      (rel) =>
        rel.startsWith(`${pkg.dir}/node_modules/`) || /\/Release\/(obj\.target|\.deps)$/.test(rel)
    ).filter((file) => file.endsWith('.node'))
    const manifest = readJson<{ gypfile?: boolean }>(`${pkg.dir}/package.json`)
    const reason = existsSync(join(ROOT, pkg.dir, 'binding.gyp'))
      ? 'binding.gyp'
      : manifest.gypfile === true
        ? 'gypfile'
        : binaries.length > 0
          ? '.node file'
          : null
    if (reason) natives.push({ ...pkg, reason, binaries })
  }
  return natives
}

/** The built out/ tree must exist: the test command builds it before running the tests. */
export function requireBuiltOut(): void {
  const main = packageJson().main
  if (!existsSync(join(ROOT, main))) {
    throw new Error(
      `${main} does not exist: the packaging tests check the built app. ` +
        'Run `npm run build` first (scripts/test-all.sh does it before the tests).'
    )
  }
}

/** One file in an ASAR archive's header. */
export interface AsarEntry {
  readonly path: string
  /** Stored next to the archive, in app.asar.unpacked, rather than inside it. */
  readonly unpacked: boolean
  /** Has the per-file hash that Electron's ASAR integrity check relies on. */
  readonly hasIntegrity: boolean
  readonly offset: number
  readonly size: number
}

interface AsarNode {
  files?: Record<string, AsarNode>
  unpacked?: boolean
  integrity?: unknown
  link?: string
  offset?: string
  size?: number
}

/** An ASAR archive opened for reading: its file list and its files' contents. */
export interface AsarArchive {
  readonly entries: readonly AsarEntry[]
  read(path: string): Buffer
}

/**
 * Read an ASAR archive. Layout: a 4-byte pickle holding the header size, then a pickle whose
 * payload is a length-prefixed JSON tree of the files, then the packed files' bytes.
 */
export function openAsar(archive: string): AsarArchive {
  const bytes = readFileSync(archive)
  const headerPickleSize = bytes.readUInt32LE(4)
  const jsonLength = bytes.readUInt32LE(12)
  if (16 + jsonLength > 8 + headerPickleSize) throw new Error(`${archive}: malformed ASAR header`)
  const root = JSON.parse(bytes.subarray(16, 16 + jsonLength).toString('utf8')) as AsarNode
  const dataStart = 8 + headerPickleSize
  const entries: AsarEntry[] = []
  const visit = (node: AsarNode, prefix: string): void => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name
      if (child.files) visit(child, path)
      else if (child.link === undefined) {
        entries.push({
          path,
          unpacked: child.unpacked === true,
          hasIntegrity: child.integrity !== undefined,
          offset: Number(child.offset ?? 0),
          size: child.size ?? 0
        })
      }
    }
  }
  visit(root, '')
  return {
    entries,
    read(path) {
      const entry = entries.find((e) => e.path === path)
      if (!entry || entry.unpacked) throw new Error(`${path} is not packed in ${archive}`)
      return bytes.subarray(dataStart + entry.offset, dataStart + entry.offset + entry.size)
    }
  }
}

/** True for a regular file (used where a test needs to know a path is really there). */
export function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile()
}
