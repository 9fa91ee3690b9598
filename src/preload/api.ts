/**
 * The renderer's whole view of the app: named methods only, each a call to one contract
 * method, and named subscriptions to main's events, each returning its unsubscribe. Nothing
 * here hands out `ipcRenderer`, a generic "send" or a generic "on".
 */
import type { CopyInput, CreateChannelInput, UpdateChannelInput } from '../shared/channel'
import type { Language } from '../shared/i18n/languages'
import type { IpcInput, IpcMethod, IpcResult } from '../shared/ipc/contract'
import { isMenuCommand, MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/ipc/events'

/** The transport the preload sends through: Electron's `ipcRenderer` in the app. */
export interface Transport {
  /** `ipcRenderer.invoke`. */
  readonly invoke: (method: string, input: unknown) => Promise<unknown>
  /** `ipcRenderer.on` for one channel, with only the payload passed on; returns the unsubscribe. */
  readonly on: (channel: string, listener: (payload: unknown) => void) => () => void
}

/** Build the API object over a transport. */
export function createApi(transport: Transport) {
  const call = <M extends IpcMethod>(method: M, input: IpcInput<M>): Promise<IpcResult<M>> =>
    transport.invoke(method, input) as Promise<IpcResult<M>>

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
      status: () => call('app.status', undefined),
      /** Tell main the page's language, so the native menu speaks it too. */
      setLanguage: (language: Language) => call('app.setLanguage', { language })
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
    },
    menu: {
      /**
       * Hear the native menu's commands (Create App API, Find, About). Anything main sends
       * that is not a known command is dropped. Returns the unsubscribe.
       */
      onCommand: (listener: (command: MenuCommand) => void): (() => void) => {
        if (typeof listener !== 'function') return () => undefined
        return transport.on(MENU_COMMAND_CHANNEL, (payload) => {
          if (isMenuCommand(payload)) listener(payload)
        })
      }
    }
  } as const
}

export type Api = ReturnType<typeof createApi>
