/**
 * The renderer's whole view of the app: named methods only, each a call to one
 * contract method. Nothing here hands out `ipcRenderer` or a generic "send".
 */
import type { CopyInput, CreateChannelInput, UpdateChannelInput } from '../shared/channel'
import type { IpcInput, IpcMethod, IpcResult } from '../shared/ipc/contract'

/** The transport the preload sends through: Electron's `ipcRenderer.invoke` in the app. */
export type Invoke = (method: string, input: unknown) => Promise<unknown>

/** Build the API object over a transport. */
export function createApi(invoke: Invoke) {
  const call = <M extends IpcMethod>(method: M, input: IpcInput<M>): Promise<IpcResult<M>> =>
    invoke(method, input) as Promise<IpcResult<M>>

  return {
    channels: {
      list: () => call('channels.list', undefined),
      get: (id: string) => call('channels.get', { id }),
      create: (input: CreateChannelInput) => call('channels.create', input),
      update: (input: UpdateChannelInput) => call('channels.update', input),
      remove: (id: string) => call('channels.remove', { id }),
      revealSecret: (id: string) => call('channels.revealSecret', { id }),
      copy: (id: string, field: CopyInput['field']) => call('channels.copy', { id, field }),
      rotateSecret: (id: string) => call('channels.rotateSecret', { id })
    },
    audit: {
      list: () => call('audit.list', undefined)
    },
    app: {
      info: () => call('app.info', undefined),
      /** Mode (normal/recovery) and keychain state, for the banner. */
      status: () => call('app.status', undefined)
    },
    recovery: {
      /** Why the app is in recovery mode, with the good backups; null in normal mode. */
      status: () => call('recovery.status', undefined),
      /** Restore a backup (default: the newest good one); the damaged file is kept aside. */
      restoreBackup: (backupId?: string) =>
        call('recovery.restoreBackup', backupId === undefined ? {} : { backupId }),
      /** Start with no channels; the damaged file is kept aside. Needs `{ confirm: true }`. */
      startEmpty: (input: { readonly confirm: true }) =>
        call('recovery.startEmpty', { confirm: input.confirm }),
      /** Show the data folder in the OS file manager. */
      openDataFolder: () => call('recovery.openDataFolder', undefined)
    }
  } as const
}

export type Api = ReturnType<typeof createApi>
