/**
 * Where AccessKeySecrets live: the OS keychain in the app (KeytarVault); tests use an
 * in-memory one (test/support/memory-vault.ts). One entry per channel: account = channel id.
 */
import { createRequire } from 'node:module'
import { AppError } from '../../shared/errors'

export interface SecretVault {
  /** The secret for `account`, or null when there is none. */
  get(account: string): Promise<string | null>
  /** Create or replace the secret for `account`. */
  set(account: string, secret: string): Promise<void>
  /** Delete the entry; false when there was none. */
  delete(account: string): Promise<boolean>
  /** Every account stored under this vault's service. */
  accounts(): Promise<string[]>
  /**
   * Every account with its secret, in one keychain call (a backup of 10,000 channels cannot
   * afford 10,000 reads). The map never leaves main.
   */
  readAll(): Promise<Map<string, string>>
}

/** The subset of keytar's API this app uses. */
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>
  setPassword(service: string, account: string, password: string): Promise<void>
  deletePassword(service: string, account: string): Promise<boolean>
  findCredentials(service: string): Promise<Array<{ account: string; password: string }>>
}

/** What to do when the keychain cannot be used, in the words of each OS (a message code). */
export function keychainHelp(
  platform: NodeJS.Platform
): 'keychain.unavailableMac' | 'keychain.unavailableWindows' | 'keychain.unavailableLinux' {
  switch (platform) {
    case 'darwin':
      return 'keychain.unavailableMac'
    case 'win32':
      return 'keychain.unavailableWindows'
    default:
      return 'keychain.unavailableLinux'
  }
}

const loadKeytar = (): KeytarLike => createRequire(import.meta.url)('keytar') as KeytarLike

/** The OS keychain via keytar. keytar is loaded on first use so a broken install fails late and clearly. */
export class KeytarVault implements SecretVault {
  readonly serviceName: string
  readonly #load: () => KeytarLike
  readonly #platform: NodeJS.Platform
  #keytar: KeytarLike | undefined

  constructor(
    serviceName: string,
    options: { load?: () => KeytarLike; platform?: NodeJS.Platform } = {}
  ) {
    if (serviceName.trim() === '') throw new Error('The keychain service name must not be empty.')
    this.serviceName = serviceName
    this.#load = options.load ?? loadKeytar
    this.#platform = options.platform ?? process.platform
  }

  get(account: string): Promise<string | null> {
    return this.#call((k) => k.getPassword(this.serviceName, account))
  }

  set(account: string, secret: string): Promise<void> {
    return this.#call((k) => k.setPassword(this.serviceName, account, secret))
  }

  delete(account: string): Promise<boolean> {
    return this.#call((k) => k.deletePassword(this.serviceName, account))
  }

  async accounts(): Promise<string[]> {
    // keytar has no "list accounts" call; findCredentials also returns the passwords,
    // which are dropped here and never leave this function.
    const credentials = await this.#call((k) => k.findCredentials(this.serviceName))
    return credentials.map((c) => c.account)
  }

  async readAll(): Promise<Map<string, string>> {
    const credentials = await this.#call((k) => k.findCredentials(this.serviceName))
    return new Map(credentials.map((c) => [c.account, c.password]))
  }

  async #call<T>(operation: (keytar: KeytarLike) => Promise<T>): Promise<T> {
    try {
      this.#keytar ??= this.#load()
      return await operation(this.#keytar)
    } catch (cause) {
      // keytar's errors (D-Bus, Secret Service, Security framework) carry no secret,
      // but they are kept only as the cause for the log; the user sees what to do.
      throw new AppError('KEYCHAIN_UNAVAILABLE', keychainHelp(this.#platform), { cause })
    }
  }
}
