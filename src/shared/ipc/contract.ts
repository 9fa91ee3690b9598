/**
 * The IPC contract: every method the renderer may call, its zod input schema and its
 * result type. This is the one place IPC is described.
 *
 * To add a method:
 *   1. add its input schema to `ipcInputs` and its result type to `IpcResults` below;
 *   2. implement it in main (`src/main/ipc/handlers.ts` must cover every method — the
 *      type checker enforces it);
 *   3. expose it as a named method in `src/preload/api.ts`.
 */
import { z } from 'zod'
import type { AuditEntry } from '../audit'
import {
  channelIdInputSchema,
  copyInputSchema,
  createChannelInputSchema,
  updateChannelInputSchema,
  type ChannelView
} from '../channel'
import type { Result } from '../errors'

const noInput = z.undefined({ error: 'This method takes no input.' })

export const ipcInputs = {
  'channels.list': noInput,
  'channels.get': channelIdInputSchema,
  'channels.create': createChannelInputSchema,
  'channels.update': updateChannelInputSchema,
  'channels.remove': channelIdInputSchema,
  'channels.revealSecret': channelIdInputSchema,
  'channels.copy': copyInputSchema,
  'channels.rotateSecret': channelIdInputSchema,
  'audit.list': noInput,
  'app.info': noInput
} as const satisfies Record<string, z.ZodType>

export interface AppInfo {
  readonly version: string
  readonly dataFile: string
  readonly keychainService: string
  /** How long a revealed secret stays visible, and the clipboard holds a copied one. */
  readonly secretTimeoutMs: number
}

export interface IpcResults {
  'channels.list': readonly ChannelView[]
  'channels.get': ChannelView
  'channels.create': ChannelView
  'channels.update': ChannelView
  'channels.remove': { readonly id: string }
  'channels.revealSecret': { readonly secret: string }
  'channels.copy': { readonly field: string }
  'channels.rotateSecret': ChannelView
  'audit.list': readonly AuditEntry[]
  'app.info': AppInfo
}

export type IpcMethod = keyof typeof ipcInputs
export type IpcInput<M extends IpcMethod> = z.input<(typeof ipcInputs)[M]>
export type IpcParsedInput<M extends IpcMethod> = z.output<(typeof ipcInputs)[M]>
export type IpcResult<M extends IpcMethod> = Result<IpcResults[M]>

export const IPC_METHODS = Object.keys(ipcInputs) as readonly IpcMethod[]

// Every method has a result type and every result type a method.
type _Exact = [IpcMethod] extends [keyof IpcResults]
  ? [keyof IpcResults] extends [IpcMethod]
    ? true
    : never
  : never
export const _contractIsExact: _Exact = true
