/**
 * A SecretVault decorator that remembers whether the keychain answered the last call, so
 * the app can show a banner ("the keychain is locked: unlock it") without asking it again.
 */
import { AppError } from '../../shared/errors'
import type { MessageCode } from '../../shared/messages'
import { keychainHelp, type SecretVault } from './secret-vault'

export type KeychainState = 'checking' | 'available' | 'unavailable'

export interface KeychainStatus {
  readonly state: KeychainState
  /** When unavailable: what to install or unlock, in the words of the user's OS (a message code). */
  readonly message?: MessageCode
}

/** Passes every call through and records its outcome. */
export class ObservedVault implements SecretVault {
  readonly #inner: SecretVault
  readonly #platform: NodeJS.Platform
  #status: KeychainStatus = { state: 'checking' }

  constructor(inner: SecretVault, platform: NodeJS.Platform = process.platform) {
    this.#inner = inner
    this.#platform = platform
  }

  /** The outcome of the last call ('checking' before the first one settles). */
  get status(): KeychainStatus {
    return this.#status
  }

  get(account: string): Promise<string | null> {
    return this.#observe(() => this.#inner.get(account))
  }

  set(account: string, secret: string): Promise<void> {
    return this.#observe(() => this.#inner.set(account, secret))
  }

  delete(account: string): Promise<boolean> {
    return this.#observe(() => this.#inner.delete(account))
  }

  accounts(): Promise<string[]> {
    return this.#observe(() => this.#inner.accounts())
  }

  readAll(): Promise<Map<string, string>> {
    return this.#observe(() => this.#inner.readAll())
  }

  async #observe<T>(call: () => Promise<T>): Promise<T> {
    try {
      const result = await call()
      this.#status = { state: 'available' }
      return result
    } catch (error) {
      // KeytarVault already words the fix for this OS; any other failure gets the same help.
      const message =
        error instanceof AppError && error.code === 'KEYCHAIN_UNAVAILABLE'
          ? error.messageCode
          : keychainHelp(this.#platform)
      this.#status = { state: 'unavailable', message }
      throw error
    }
  }
}
