import type { SecretVault } from '../../src/main/vault/secret-vault'

export type VaultOperation = 'get' | 'set' | 'delete' | 'accounts' | 'readAll'

/**
 * An in-memory vault for tests, with hooks that make any call fail: `fault` before the
 * call has any effect, `faultAfter` once it took effect (a keychain that stored the
 * secret but timed out answering).
 */
export class MemoryVault implements SecretVault {
  readonly entries = new Map<string, string>()
  /** Return an Error to make that call fail with the entries unchanged. */
  fault: ((operation: VaultOperation, account?: string) => Error | undefined) | undefined
  /** Return an Error to make that call fail after it changed the entries. */
  faultAfter: ((operation: VaultOperation, account?: string) => Error | undefined) | undefined

  async get(account: string): Promise<string | null> {
    this.#check(this.fault, 'get', account)
    const secret = this.entries.get(account) ?? null
    this.#check(this.faultAfter, 'get', account)
    return secret
  }

  async set(account: string, secret: string): Promise<void> {
    this.#check(this.fault, 'set', account)
    this.entries.set(account, secret)
    this.#check(this.faultAfter, 'set', account)
  }

  async delete(account: string): Promise<boolean> {
    this.#check(this.fault, 'delete', account)
    const deleted = this.entries.delete(account)
    this.#check(this.faultAfter, 'delete', account)
    return deleted
  }

  async accounts(): Promise<string[]> {
    this.#check(this.fault, 'accounts')
    const accounts = [...this.entries.keys()]
    this.#check(this.faultAfter, 'accounts')
    return accounts
  }

  async readAll(): Promise<Map<string, string>> {
    this.#check(this.fault, 'readAll')
    const entries = new Map(this.entries)
    this.#check(this.faultAfter, 'readAll')
    return entries
  }

  #check(hook: MemoryVault['fault'], operation: VaultOperation, account?: string): void {
    const error = hook?.(operation, account)
    if (error) throw error
  }
}
