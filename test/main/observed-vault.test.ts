import { describe, expect, it } from 'vitest'
import { ObservedVault } from '../../src/main/vault/observed-vault'
import { KeytarVault, keychainHelp } from '../../src/main/vault/secret-vault'
import { MemoryVault } from '../support/memory-vault'

describe('MemoryVault faultAfter', () => {
  it('fails after the change took effect', async () => {
    const vault = new MemoryVault()
    vault.faultAfter = (op) => (op === 'set' ? new Error('timed out') : undefined)
    await expect(vault.set('a', 's')).rejects.toThrow('timed out')
    expect(vault.entries.get('a')).toBe('s')
  })
})

describe('ObservedVault', () => {
  it('is checking until the first call, then follows the outcome of the last call', async () => {
    const inner = new MemoryVault()
    const vault = new ObservedVault(inner, 'linux')
    expect(vault.status).toEqual({ state: 'checking' })
    await vault.set('a', 's')
    expect(vault.status).toEqual({ state: 'available' })
    inner.fault = () => new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
    await expect(vault.get('a')).rejects.toThrow('autolaunch')
    expect(vault.status).toEqual({ state: 'unavailable', message: keychainHelp('linux') })
    inner.fault = undefined
    expect(await vault.accounts()).toEqual(['a'])
    expect(await vault.delete('a')).toBe(true)
    expect(vault.status).toEqual({ state: 'available' })
  })

  it.each(['darwin', 'win32', 'linux'] as const)(
    'keeps the KeytarVault message, which names the fix on %s',
    async (platform) => {
      const keytar = new KeytarVault('svc', {
        platform,
        load: () => {
          throw new Error('no keychain')
        }
      })
      const vault = new ObservedVault(keytar, 'linux')
      await expect(vault.accounts()).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' })
      expect(vault.status).toEqual({ state: 'unavailable', message: keychainHelp(platform) })
    }
  )
})
