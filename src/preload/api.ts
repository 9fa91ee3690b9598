/**
 * The renderer's whole view of the app, derived from the contract (src/shared/ipc/contract.ts):
 * method `ns.name` is `api.ns.name(input)`, event `ns.name` is `api.ns.onName(listener)`, which
 * returns its unsubscribe. Nothing here hands out `ipcRenderer`, a generic "send" or a generic
 * "on", and nothing here lists a method: adding one to the contract adds it here.
 */
import { errorData } from '../shared/errors'
import {
  IPC_EVENTS,
  IPC_METHODS,
  ipcEvents,
  splitName,
  type IpcEvent,
  type IpcEventPayload,
  type IpcInput,
  type IpcMethod,
  type IpcResult,
  type NameOf,
  type NamespaceOf
} from '../shared/ipc/contract'

/** The transport the preload sends through: Electron's `ipcRenderer` in the app. */
export interface Transport {
  /** `ipcRenderer.invoke`. */
  readonly invoke: (method: string, input: unknown) => Promise<unknown>
  /** `ipcRenderer.on` for one channel, with only the payload passed on; returns the unsubscribe. */
  readonly on: (channel: string, listener: (payload: unknown) => void) => () => void
}

/** A method's call: no argument for a method without input. */
type Call<M extends IpcMethod> =
  IpcInput<M> extends undefined
    ? () => Promise<IpcResult<M>>
    : (input: IpcInput<M>) => Promise<IpcResult<M>>

type Subscribe<E extends IpcEvent> = (listener: (payload: IpcEventPayload<E>) => void) => () => void

type Namespace = NamespaceOf<IpcMethod> | NamespaceOf<IpcEvent>

/** The API object: one namespace per contract namespace. */
export type Api = {
  readonly [NS in Namespace]: {
    readonly [M in IpcMethod as NamespaceOf<M> extends NS ? NameOf<M> : never]: Call<M>
  } & {
    readonly [
      E in IpcEvent as NamespaceOf<E> extends NS ? `on${Capitalize<NameOf<E>>}` : never
    ]: Subscribe<E>
  }
}

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1)

/** Build the API object over a transport. */
export function createApi(transport: Transport): Api {
  const api: Record<string, Record<string, unknown>> = {}
  const namespace = (ns: string): Record<string, unknown> => (api[ns] ??= {})

  for (const method of IPC_METHODS) {
    const [ns, name] = splitName(method)
    namespace(ns)[name] = async (input?: unknown): Promise<unknown> => {
      try {
        return await transport.invoke(method, input)
      } catch {
        // Main answers every call with an envelope; only the transport itself can reject (no
        // handler yet, main crashed). The page gets an envelope either way, never a rejection.
        return { ok: false, error: errorData('INTERNAL', { code: 'app.unreachable' }) }
      }
    }
  }

  for (const event of IPC_EVENTS) {
    const [ns, name] = splitName(event)
    namespace(ns)[`on${capitalize(name)}`] = (listener: (payload: unknown) => void) => {
      if (typeof listener !== 'function') return () => undefined
      // Anything main sends that does not pass the contract's schema is dropped.
      return transport.on(event, (payload) => {
        const parsed = ipcEvents[event].safeParse(payload)
        if (parsed.success) listener(parsed.data)
      })
    }
  }

  for (const methods of Object.values(api)) Object.freeze(methods)
  return Object.freeze(api) as Api
}
