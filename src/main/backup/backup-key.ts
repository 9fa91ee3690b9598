/**
 * "This computer's backup key" (SPEC §9): one age identity (X25519, `AGE-SECRET-KEY-1…`) kept
 * in the keychain under the app's service, so a backup made to it restores here without a
 * passphrase. Its account name is not UUID-shaped, so the keychain check never counts it as a
 * channel's secret. The identity is read when needed and never kept in memory or sent to the
 * renderer; only its public key (`age1…`) is shown.
 */
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { AGE_IDENTITY_PATTERN } from '../../shared/backup'
import { AppError } from '../../shared/errors'
import { keychainHelp, type SecretVault } from '../vault/secret-vault'

/** The keychain account of this computer's backup key. */
export const BACKUP_KEY_ACCOUNT = 'cam-backup-identity'

export class BackupKey {
  readonly #vault: SecretVault
  readonly #platform: NodeJS.Platform

  constructor(vault: SecretVault, platform: NodeJS.Platform) {
    this.#vault = vault
    this.#platform = platform
  }

  /** The identity, made and stored on first use when `create`; null when there is none yet. */
  async identity(create: boolean): Promise<string | null> {
    const stored = await this.#keychain(() => this.#vault.get(BACKUP_KEY_ACCOUNT))
    if (stored !== null) {
      // Something else under that name: never overwrite it (it may be a secret someone needs).
      if (!AGE_IDENTITY_PATTERN.test(stored)) throw this.#unavailable()
      return stored
    }
    if (!create) return null
    await this.#keychain(async () =>
      this.#vault.set(BACKUP_KEY_ACCOUNT, await generateX25519Identity())
    )
    // Read back what the keychain kept: that is the key later restores will use.
    return this.identity(false)
  }

  /** The public key (`age1…`) backups are made to; makes the key on first use. */
  async recipient(): Promise<string> {
    const identity = await this.identity(true)
    if (identity === null) throw this.#unavailable()
    return identityToRecipient(identity)
  }

  async #keychain<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (error) {
      throw this.#unavailable(error)
    }
  }

  #unavailable(cause?: unknown): AppError {
    const help = cause instanceof AppError ? cause.said : { code: keychainHelp(this.#platform) }
    return new AppError('KEYCHAIN_UNAVAILABLE', 'backup.keyUnavailable', {
      params: { help },
      ...(cause === undefined ? {} : { cause })
    })
  }
}
