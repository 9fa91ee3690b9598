/**
 * The built out/ tree (what `npm run build` makes and the package ships): the entry point
 * package.json names, and every file the main process loads by path — the preload, the
 * renderer folder, the window icon — really exist where main will look for them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { packageJson, requireBuiltOut, ROOT } from './support'

const MAIN = join(ROOT, packageJson().main)
let mainCode = ''

beforeAll(() => {
  requireBuiltOut()
  mainCode = readFileSync(MAIN, 'utf8')
})

/** Paths main builds as `join(__dirname | import.meta.dirname, '<relative>')`. */
function pathsMainLoads(): string[] {
  const pattern =
    /\bjoin(?:\$\d+)?\(\s*(?:__dirname|import\.meta\.dirname)\s*,\s*(["'])([^"']+)\1\s*\)/g
  return [...mainCode.matchAll(pattern)].map((m) => m[2] ?? '')
}

/**
 * Bare module specifiers a bundle still imports or requires at run time. Static imports are
 * statements at the start of a line, so an import written inside a string (the SDK setup
 * snippets main copies) is not one.
 */
function runtimeImports(code: string): string[] {
  const patterns = [
    /^[ \t]*(?:import|export)\b[^;"']*?\bfrom\s*["']([^"'./][^"']*)["']/gm,
    /^[ \t]*import\s*["']([^"'./][^"']*)["']/gm,
    /\bimport\(\s*["']([^"'./][^"']*)["']\s*\)/g,
    /\brequire\(\s*["']([^"'./][^"']*)["']\s*\)/g,
    // createRequire(import.meta.url)("keytar")
    /\)\(\s*["']([^"'./][^"']*)["']\s*\)/g
  ]
  const names = patterns.flatMap((p) => [...code.matchAll(p)].map((m) => m[1] ?? ''))
  // A package's name is its first segment, or the first two for a scope.
  return [
    ...new Set(
      names.map((n) =>
        (n.startsWith('@') ? n.split('/').slice(0, 2) : n.split('/').slice(0, 1)).join('/')
      )
    )
  ]
}

const isBuiltin = (name: string): boolean =>
  name.startsWith('node:') || builtinModules.includes(name)

describe('built out/ tree', () => {
  it("has the entry point package.json's `main` names, as an ES module", () => {
    const pkg = packageJson()
    expect(pkg.main).toBe('./out/main/index.js')
    expect(existsSync(MAIN)).toBe(true)
    // "type": "module" makes out/main/index.js an ES module in Electron's Node.
    expect(pkg.type).toBe('module')
    expect(mainCode).toMatch(/^import\s/m)
  })

  it('main loads the preload, the renderer and the window icon from paths that exist', () => {
    const loaded = pathsMainLoads()
    expect(loaded).toEqual(
      expect.arrayContaining(['../preload/index.cjs', '../renderer', '../../resources/icon.png'])
    )
    for (const rel of loaded) {
      expect(existsSync(join(dirname(MAIN), rel)), `${rel} (from out/main)`).toBe(true)
    }
  })

  it('the renderer folder has index.html, and every asset it links exists', () => {
    const rendererDir = join(ROOT, 'out/renderer')
    expect(statSync(rendererDir).isDirectory()).toBe(true)
    const html = readFileSync(join(rendererDir, 'index.html'), 'utf8')
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '')
    const local = refs.filter((ref) => !/^[a-z]+:/i.test(ref) && !ref.startsWith('#'))
    expect(local.some((ref) => ref.endsWith('.js'))).toBe(true)
    for (const ref of local) {
      expect(existsSync(join(rendererDir, ref.replace(/^\.?\//, ''))), ref).toBe(true)
    }
  })

  it('the preload is one CommonJS file that requires nothing but electron (sandboxed preload)', () => {
    const preload = readFileSync(join(ROOT, 'out/preload/index.cjs'), 'utf8')
    expect(preload).not.toMatch(/^\s*import\s/m)
    expect(preload).not.toMatch(/\bimport\(/)
    expect(runtimeImports(preload)).toEqual(['electron'])
  })

  it('everything main imports at run time ships: a production dependency, electron or a Node built-in', () => {
    const { dependencies } = packageJson()
    const external = runtimeImports(mainCode).filter(
      (name) => !isBuiltin(name) && name !== 'electron'
    )
    expect(external).toContain('keytar')
    for (const name of external) expect(Object.keys(dependencies), name).toContain(name)
  })

  it('main is one bundle: its only bare imports are electron and the native keytar', () => {
    // A package imported from inside app.asar as an ES module is a path Electron has broken
    // (28, 29, 35); bundled, main loads nothing from node_modules but keytar's .node file.
    const external = runtimeImports(mainCode).filter((name) => !isBuiltin(name))
    expect(external.sort()).toEqual(['electron', 'keytar'])
    const { dependencies } = packageJson()
    const bundled = Object.keys(dependencies).filter((name) => name !== 'keytar')
    expect(bundled.length).toBeGreaterThan(0)
    for (const name of bundled) expect(external, name).not.toContain(name)
  })

  it('finds bare imports in each form a bundle writes them (the check above can fail)', () => {
    const sample = [
      'import { z } from "zod"',
      "import 'lowdb'",
      'const log = await import("electron-log/node.js")',
      'const keytar = createRequire(import.meta.url)("keytar")',
      'const p = require("@scope/pkg/sub")',
      'import { join } from "node:path"',
      'import local from "./chunk.js"'
    ].join('\n')
    expect(runtimeImports(sample).sort()).toEqual(
      ['@scope/pkg', 'electron-log', 'keytar', 'lowdb', 'node:path', 'zod'].sort()
    )
  })
})
