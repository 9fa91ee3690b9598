/**
 * Main answers every call with a result envelope, but the transport itself can still reject
 * (no handler, a crashed main process). The UI should never be left with a stuck spinner or
 * an unhandled rejection, so each method turns a rejection into an INTERNAL envelope. Every
 * settled call is also reported to `onSettled`, which is how the keychain banner and the
 * recovery screen learn that something changed without every caller telling them.
 */
import type { Result } from '@shared/errors'
import type { IpcMethod } from '@shared/ipc/contract'
import { MESSAGE_TEXTS } from '@shared/messages'
import type { Api } from './api-context'

export const UNREACHABLE_MESSAGE = MESSAGE_TEXTS.app.unreachable

export type SettledListener = (method: IpcMethod, result: Result<unknown>) => void

/** The same API, with every method's rejection turned into an error envelope. */
export function guardApi(api: Api, onSettled: SettledListener = () => undefined): Api {
  async function settle<T>(method: IpcMethod, call: () => Promise<Result<T>>): Promise<Result<T>> {
    let result: Result<T>
    try {
      result = await call()
    } catch {
      result = {
        ok: false,
        error: { code: 'INTERNAL', message: UNREACHABLE_MESSAGE, messageCode: 'app.unreachable' }
      }
    }
    onSettled(method, result)
    return result
  }

  return {
    channels: {
      list: () => settle('channels.list', () => api.channels.list()),
      get: (id) => settle('channels.get', () => api.channels.get(id)),
      create: (input) => settle('channels.create', () => api.channels.create(input)),
      update: (input) => settle('channels.update', () => api.channels.update(input)),
      remove: (id) => settle('channels.remove', () => api.channels.remove(id)),
      revealSecret: (id) => settle('channels.revealSecret', () => api.channels.revealSecret(id)),
      copy: (id, field) => settle('channels.copy', () => api.channels.copy(id, field)),
      rotateSecret: (id) => settle('channels.rotateSecret', () => api.channels.rotateSecret(id))
    },
    audit: {
      list: () => settle('audit.list', () => api.audit.list())
    },
    app: {
      info: () => settle('app.info', () => api.app.info()),
      status: () => settle('app.status', () => api.app.status()),
      setLanguage: (language) => settle('app.setLanguage', () => api.app.setLanguage(language))
    },
    recovery: {
      status: () => settle('recovery.status', () => api.recovery.status()),
      restoreBackup: (backupId) =>
        settle('recovery.restoreBackup', () => api.recovery.restoreBackup(backupId)),
      startEmpty: (input) => settle('recovery.startEmpty', () => api.recovery.startEmpty(input)),
      openDataFolder: () => settle('recovery.openDataFolder', () => api.recovery.openDataFolder())
    },
    // A subscription, not a call: nothing to settle.
    menu: {
      onCommand: (listener) => api.menu.onCommand(listener)
    }
  }
}
