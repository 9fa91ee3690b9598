import { describe, expect, it } from 'vitest'
import { KeytarVault, keychainHelp, type KeytarLike } from '../../src/main/vault/secret-vault'
import { MemoryVault } from '../support/memory-vault'
import { AppError } from '../../src/shared/errors'

/** A keytar stand-in backed by a map keyed by service and account. */
function fakeKeytar(): KeytarLike & { store: Map<string, string> } {
  const store = new Map<string, string>()
  const key = (s: string, a: string): string => `${s}\u0000${a}`
  return {
    store,
    getPassword: async (s, a) => store.get(key(s, a)) ?? null,
    setPassword: async (s, a, p) => void store.set(key(s, a), p),
    deletePassword: async (s, a) => store.delete(key(s, a)),
    findCredentials: async (s) =>
      [...store]
        .filter(([k]) => k.startsWith(`${s}\u0000`))
        .map(([k, password]) => ({ account: k.split('\u0000')[1], password }))
  }
}

describe('MemoryVault', () => {
  it('gets, sets, deletes and lists', async () => {
    const vault = new MemoryVault()
    expect(await vault.get('a')).toBeNull()
    await vault.set('a', 's1')
    await vault.set('a', 's2')
    await vault.set('b', 's3')
    expect(await vault.get('a')).toBe('s2')
    expect(await vault.accounts()).toEqual(['a', 'b'])
    expect(await vault.delete('a')).toBe(true)
    expect(await vault.delete('a')).toBe(false)
  })

  it('fails on demand without changing its entries', async () => {
    const vault = new MemoryVault()
    vault.fault = (op) => (op === 'set' ? new Error('locked') : undefined)
    await expect(vault.set('a', 's')).rejects.toThrow('locked')
    expect(vault.entries.size).toBe(0)
    expect(await vault.get('a')).toBeNull()
  })
})

describe('KeytarVault', () => {
  it('keeps entries under its own service name', async () => {
    const keytar = fakeKeytar()
    const mine = new KeytarVault('svc-a', { load: () => keytar })
    const other = new KeytarVault('svc-b', { load: () => keytar })
    await mine.set('id1', 'secret1')
    await other.set('id2', 'secret2')
    expect(await mine.get('id1')).toBe('secret1')
    expect(await mine.get('id2')).toBeNull()
    expect(await mine.accounts()).toEqual(['id1'])
    expect(await mine.delete('id1')).toBe(true)
    expect(await other.accounts()).toEqual(['id2'])
  })

  it('loads keytar only on first use', async () => {
    let loads = 0
    const keytar = fakeKeytar()
    const vault = new KeytarVault('svc', { load: () => (loads++, keytar) })
    expect(loads).toBe(0)
    await vault.get('x')
    await vault.get('y')
    expect(loads).toBe(1)
  })

  it('refuses an empty service name', () => {
    expect(() => new KeytarVault('  ')).toThrow(/service name/)
  })

  it.each([
    ['linux', /gnome-keyring/],
    ['darwin', /login keychain/],
    ['win32', /Credential Manager/]
  ] as const)(
    'maps a keychain failure on %s to KEYCHAIN_UNAVAILABLE naming the fix',
    async (platform, fix) => {
      const failing: KeytarLike = {
        ...fakeKeytar(),
        setPassword: () =>
          Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
        findCredentials: () => Promise.reject(new Error('org.freedesktop.secrets was not provided'))
      }
      const vault = new KeytarVault('svc', { load: () => failing, platform })
      const error = await vault.set('id', 'csk_secret').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).code).toBe('KEYCHAIN_UNAVAILABLE')
      expect((error as AppError).message).toMatch(fix)
      expect((error as AppError).message).not.toContain('csk_secret')
      await expect(vault.accounts()).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' })
    }
  )

  it('maps a keytar that cannot load to KEYCHAIN_UNAVAILABLE', async () => {
    const vault = new KeytarVault('svc', {
      load: () => {
        throw new Error('libsecret-1.so.0: cannot open shared object file')
      },
      platform: 'linux'
    })
    await expect(vault.get('x')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' })
  })

  it('has a help text for every OS family', () => {
    expect(keychainHelp('freebsd')).toBe('keychain.unavailableLinux')
  })
})
