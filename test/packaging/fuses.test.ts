/**
 * Electron fuses (security issue, checklist item 19): configured in electron-builder.yml,
 * where electron-builder flips them in the packaged binary right before signing.
 * packed-app.test.ts checks that electron-builder really flips them in a packed binary.
 */
import type { Configuration } from 'electron-builder'
import { beforeAll, describe, expect, it } from 'vitest'
import { FUSE_WIRE_INDEX, REQUIRED_FUSES } from './fuse-policy'
import { loadBuilderConfig } from './support'

let config: Configuration
beforeAll(async () => {
  config = await loadBuilderConfig()
})

describe('Electron fuses for packaged builds', () => {
  it('are configured where electron-builder applies them (electronFuses)', () => {
    expect(config.electronFuses).toBeDefined()
  })

  it.each(Object.entries(REQUIRED_FUSES))('%s is set to %s', (fuse, secure) => {
    const fuses: Record<string, unknown> = { ...config.electronFuses }
    expect(fuses[fuse]).toBe(secure)
  })

  it('run-as-node, NODE_OPTIONS and inspect arguments are off', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false
    })
  })

  it('cookie encryption, ASAR integrity and only-load-from-ASAR are on', () => {
    expect(config.electronFuses).toMatchObject({
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true
    })
  })

  it('names only fuses the installed @electron/fuses knows (a typo would be ignored)', () => {
    const { resetAdHocDarwinSignature: _reset, ...fuses } = config.electronFuses ?? {}
    for (const name of Object.keys(fuses)) expect(FUSE_WIRE_INDEX, name).toHaveProperty(name)
  })

  it('ASAR integrity has an archive to check: ASAR is on', () => {
    expect(config.asar).toBe(true)
    expect(config.disableAsarIntegrity ?? false).toBe(false)
  })
})
