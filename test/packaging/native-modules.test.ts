/**
 * Native modules cannot be loaded from inside an ASAR archive. Every production package
 * with native code (a binding.gyp, `gypfile: true` or a built `.node` file) must have its
 * binaries matched by `asarUnpack`, by electron-builder's own matcher — explicitly, without
 * relying on electron-builder's "smart unpack" guess.
 */
import { join, resolve } from 'node:path'
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { loadBuilderConfig, nativeModules, packageJson, ROOT, type NativeModule } from './support'

type GetFileMatchers = (
  config: Configuration,
  name: 'asarUnpack',
  defaultDestination: string,
  options: {
    macroExpander: (p: string) => string
    customBuildOptions: object
    globalOutDir: string
    defaultSrc: string
  }
) => Array<{ createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean }> | null

const require = createRequire(import.meta.url)
const { getFileMatchers } = require('app-builder-lib/out/fileMatcher') as {
  getFileMatchers: GetFileMatchers
}

let config: Configuration
let natives: NativeModule[]

beforeAll(async () => {
  config = await loadBuilderConfig()
  natives = nativeModules()
})

/** Would electron-builder put this project-relative file in app.asar.unpacked (for a platform)? */
function unpacked(rel: string, platform: 'mac' | 'win' | 'linux'): boolean {
  const matchers = getFileMatchers(config, 'asarUnpack', '/app', {
    macroExpander: (p) => p,
    customBuildOptions: config[platform] ?? {},
    globalOutDir: resolve(ROOT, 'dist'),
    defaultSrc: ROOT
  })
  if (!matchers?.[0]) return false
  return matchers[0].createFilter()(join(ROOT, rel), { isDirectory: () => false })
}

describe('native modules and asarUnpack', () => {
  it('finds the native modules among the production dependencies (keytar at least)', () => {
    expect(natives.map((m) => m.name)).toContain('keytar')
    expect(Object.keys(packageJson().dependencies)).toContain('keytar')
  })

  it('keytar is built here: its .node binary exists', () => {
    const keytar = natives.find((m) => m.name === 'keytar')
    expect(keytar?.binaries).toEqual(
      expect.arrayContaining(['node_modules/keytar/build/Release/keytar.node'])
    )
  })

  it.each(['linux', 'mac', 'win'] as const)(
    'every native binary is listed for unpacking (%s)',
    (platform) => {
      const missing: string[] = []
      for (const module of natives) {
        // A binding.gyp package not built yet still gets its binary at build/Release/*.node.
        const binaries =
          module.binaries.length > 0
            ? module.binaries
            : [`${module.dir}/build/Release/${module.name}.node`]
        for (const binary of binaries)
          if (!unpacked(binary, platform)) missing.push(`${binary} (${module.reason})`)
      }
      expect(missing).toEqual([])
    }
  )

  it('the matcher is not vacuous: JavaScript next to the binary stays packed', () => {
    expect(unpacked('node_modules/keytar/lib/keytar.js', 'linux')).toBe(false)
    expect(unpacked('out/main/index.js', 'linux')).toBe(false)
  })
})
