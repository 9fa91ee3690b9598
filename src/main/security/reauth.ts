/**
 * Optional re-authentication before a secret is revealed or copied, where the OS offers it
 * (macOS Touch ID through Electron's `systemPreferences`). Off by default: the channel
 * service receives an `authenticate` function only when the setting is on, and asks it
 * before reading the secret from the keychain.
 */
import { AppError } from '../../shared/errors'

/** Ask the user to prove presence; resolves false when they cancel or fail. Never rejects. */
export type Authenticate = (reason: string) => Promise<boolean>

/** The part of Electron's `systemPreferences` used here (macOS only). */
export interface TouchIdPreferences {
  canPromptTouchID(): boolean
  promptTouchID(reason: string): Promise<void>
}

/**
 * Touch ID on a Mac that has it; null anywhere else (other OSes, no sensor, no enrolled
 * finger), so the setting can be shown only where it works.
 */
export function touchIdAuthenticator(
  systemPreferences: TouchIdPreferences,
  platform: NodeJS.Platform = process.platform
): Authenticate | null {
  if (platform !== 'darwin') return null
  try {
    if (!systemPreferences.canPromptTouchID()) return null
  } catch {
    return null
  }
  return async (reason) => {
    try {
      await systemPreferences.promptTouchID(reason)
      return true
    } catch {
      // Cancelled, too many attempts, or the sensor is unavailable: no secret either way.
      return false
    }
  }
}

export interface ReauthGateOptions {
  /** The OS prompt; null or undefined where there is none. */
  readonly authenticate?: Authenticate | null
  /** The user's setting, read on every call so it takes effect at once. */
  readonly isEnabled: () => boolean
  /** After a confirmed prompt, how long another reveal/copy needs none (0: always ask). */
  readonly graceMs?: number
  readonly now?: () => number
}

export interface ReauthGate {
  /** Resolves when the action may go ahead; throws an AppError FORBIDDEN when the user did not confirm. */
  require(reason: string): Promise<void>
}

/** One gate for every secret action: prompts are shared while one is open, and a grace period is optional. */
export function createReauthGate(options: ReauthGateOptions): ReauthGate {
  const now = options.now ?? (() => Date.now())
  const graceMs = options.graceMs ?? 0
  let confirmedAt = Number.NEGATIVE_INFINITY
  let inFlight: Promise<boolean> | undefined

  return {
    async require(reason) {
      const authenticate = options.authenticate
      if (!options.isEnabled() || !authenticate) return
      if (graceMs > 0 && now() - confirmedAt < graceMs) return
      // Two clicks while the prompt is open share one prompt.
      inFlight ??= authenticate(reason)
        .catch(() => false)
        .finally(() => {
          inFlight = undefined
        })
      const confirmed = await inFlight
      if (!confirmed) throw new AppError('FORBIDDEN', 'secret.reauthRefused')
      confirmedAt = now()
    }
  }
}

/**
 * The gate as the `authenticate(reason)` function the channel service takes: true when the
 * action may go ahead (setting off, no OS prompt, or confirmed), false when the user did not
 * confirm.
 */
export function asAuthenticate(gate: ReauthGate): Authenticate {
  return (reason) =>
    gate.require(reason).then(
      () => true,
      () => false
    )
}
