/**
 * electron-builder.yml: valid by electron-builder's own schema, and asking for the packages
 * issue 7 lists (macOS dmg + zip for arm64 and x64 with hardened runtime, Windows NSIS for
 * x64 and arm64, Linux AppImage, deb and rpm), with ASAR on and keytar rebuilt.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import type { Configuration, TargetConfiguration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'
import { builderConfig, debugLogger, isFile, loadBuilderConfig, packageJson, ROOT } from './support'

const require = createRequire(import.meta.url)
const schema = require('app-builder-lib/scheme.json') as object

let config: Configuration
beforeAll(async () => {
  config = await loadBuilderConfig()
})

/** Target name → architectures, from a platform's `target` list. */
function targetsOf(platform: 'mac' | 'win' | 'linux'): Record<string, string[]> {
  const targets = config[platform]?.target
  const list = (Array.isArray(targets) ? targets : [targets]) as Array<TargetConfiguration | string>
  return Object.fromEntries(
    list.map((t) => (typeof t === 'string' ? [t, []] : [t.target, [...(t.arch ?? [])].map(String)]))
  )
}

describe('electron-builder configuration: schema', () => {
  it("passes electron-builder's own validation (the check `electron-builder` runs first)", async () => {
    await expect(
      builderConfig.validateConfiguration(structuredClone(config), debugLogger)
    ).resolves.toBeUndefined()
  })

  it('passes app-builder-lib/scheme.json strictly: no type coercion, no unknown keys', () => {
    // electron-builder validates with `coerceTypes: true`; without it, `asar: "true"` or
    // `hardenedRuntime: "yes"` are errors here instead of being silently converted.
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    const valid = validate(structuredClone(config))
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([])
    expect(valid).toBe(true)
  })

  it('the validation is not vacuous: a misspelt fuse or a wrong type is rejected', async () => {
    const misspelt = {
      ...structuredClone(config),
      electronFuses: { runAsnode: false }
    } as Configuration
    await expect(builderConfig.validateConfiguration(misspelt, debugLogger)).rejects.toThrow(
      /electronFuses/
    )
    const unknownKey = { ...structuredClone(config), hardendRuntime: true } as Configuration
    await expect(builderConfig.validateConfiguration(unknownKey, debugLogger)).rejects.toThrow(
      /hardendRuntime/
    )
    const wrongType = { ...structuredClone(config), asar: 'yes' } as unknown as Configuration
    await expect(builderConfig.validateConfiguration(wrongType, debugLogger)).rejects.toThrow(
      /asar/
    )
  })
})

describe('electron-builder configuration: identity and scripts', () => {
  it('names the app as package.json does, with a reverse-DNS app id', () => {
    expect(config.appId).toBe('com.collectionapimanager.app')
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/)
    expect(config.productName).toBe('Collection API Manager')
    expect(packageJson().productName).toBe(config.productName)
  })

  it('has the npm scripts the electron-vite template names, each building first', () => {
    const { scripts } = packageJson()
    expect(scripts['build:unpack']).toBe('npm run build && electron-builder --dir')
    expect(scripts['build:mac']).toBe('npm run build && electron-builder --mac')
    expect(scripts['build:win']).toBe('npm run build && electron-builder --win')
    expect(scripts['build:linux']).toBe('npm run build && electron-builder --linux')
  })

  it('does not rebuild native modules on npm install (Electron headers cannot be fetched here)', () => {
    const { scripts } = packageJson()
    expect(scripts['postinstall'] ?? '').not.toMatch(/install-app-deps|electron-rebuild/)
  })

  it('runs no rebuild before dev or start: keytar is N-API, one build loads in Node and Electron', () => {
    const { scripts } = packageJson()
    for (const hook of ['predev', 'prestart', 'prebuild', 'pretest'])
      expect(scripts[hook] ?? '', hook).not.toMatch(/install-app-deps|electron-rebuild|rebuild/)
    // Packaging still rebuilds it against the packaged Electron's headers.
    expect(config.npmRebuild).toBe(true)
  })
})

describe('electron-builder configuration: packages', () => {
  it('macOS: dmg and zip for arm64 and x64, hardened runtime, entitlements', () => {
    expect(targetsOf('mac')).toEqual({ dmg: ['arm64', 'x64'], zip: ['arm64', 'x64'] })
    expect(config.mac?.hardenedRuntime).toBe(true)
    expect(config.mac?.entitlements).toBe('build/entitlements.mac.plist')
    expect(config.mac?.entitlementsInherit).toBe('build/entitlements.mac.plist')
    expect(config.mac?.notarize).not.toBe(false)
  })

  it('macOS entitlements grant only what Electron needs (JIT), nothing else', () => {
    const plist = readFileSync(join(ROOT, 'build/entitlements.mac.plist'), 'utf8')
    const withoutComments = plist.replace(/<!--[\s\S]*?-->/g, '')
    const granted = [...withoutComments.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map(
      (m) => m[1]
    )
    const keys = [...withoutComments.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])
    expect(granted).toEqual(['com.apple.security.cs.allow-jit'])
    expect(keys).toEqual(granted)
  })

  it('Windows: NSIS installers for x64 and arm64, one per architecture', () => {
    expect(targetsOf('win')).toEqual({ nsis: ['x64', 'arm64'] })
    expect(config.nsis?.buildUniversalInstaller).toBe(false)
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false)
  })

  it('Linux: AppImage, deb and rpm; the rpm depends on libsecret like the deb does', () => {
    expect(targetsOf('linux')).toEqual({ AppImage: ['x64'], deb: ['x64'], rpm: ['x64'] })
    expect(config.rpm?.depends).toContain('libsecret')
    // deb keeps electron-builder's default list, which already has libsecret-1-0.
    expect(config.deb?.depends).toBeUndefined()
  })

  it('packs the app into ASAR and unpacks native modules and runtime resources', () => {
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'resources/**']))
  })

  it('rebuilds native modules (keytar) for the packaged Electron, from prebuilt or source', () => {
    expect(config.npmRebuild).not.toBe(false)
  })

  it('publishes nothing itself: CI attaches the packages to a draft release', () => {
    expect(config.publish).toBeNull()
  })

  it('every file the configuration names exists', () => {
    const paths = [
      config.mac?.icon,
      config.mac?.entitlements,
      config.mac?.entitlementsInherit,
      config.win?.icon
    ]
    for (const path of paths) expect(isFile(join(ROOT, String(path))), String(path)).toBe(true)
    expect(isFile(join(ROOT, String(config.linux?.icon), '512x512.png'))).toBe(true)
  })
})
