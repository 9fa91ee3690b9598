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
  /**
   * Resolves when the action may go ahead; throws an AppError FORBIDDEN when the user did not
   * confirm. `scope` names the request (the action and the channel, e.g. `reveal:<id>`): only a
   * call with the same scope shares a prompt that is open; it defaults to `reason`.
   */
  require(reason: string, scope?: string): Promise<void>
}

/**
 * One gate for every secret action. A prompt is shared only by calls for the same action on
 * the same channel (a double click): a prompt confirmed to reveal one channel's secret never
 * releases another channel's, or a copy. Prompts for different requests are asked one after
 * another, never at once. A grace period is optional (off by default).
 */
export function createReauthGate(options: ReauthGateOptions): ReauthGate {
  const now = options.now ?? (() => Date.now())
  const graceMs = options.graceMs ?? 0
  let confirmedAt = Number.NEGATIVE_INFINITY
  const inFlight = new Map<string, Promise<boolean>>()
  // The OS shows one prompt at a time: the next request's prompt starts when this settles.
  let queue: Promise<unknown> = Promise.resolve()

  const prompt = (authenticate: Authenticate, reason: string): Promise<boolean> => {
    const answer = queue.then(() => authenticate(reason)).catch(() => false)
    queue = answer
    return answer
  }

  return {
    async require(reason, scope = reason) {
      const authenticate = options.authenticate
      if (!options.isEnabled() || !authenticate) return
      if (graceMs > 0 && now() - confirmedAt < graceMs) return
      let answer = inFlight.get(scope)
      if (answer === undefined) {
        answer = prompt(authenticate, reason).finally(() => inFlight.delete(scope))
        inFlight.set(scope, answer)
      }
      const confirmed = await answer
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
