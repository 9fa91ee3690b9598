/**
 * Every settled call, reported to a listener: how the keychain banner and the recovery screen
 * learn that something changed without every caller telling them. The calls to wrap come from
 * the contract; subscriptions (`onName`) pass through as they are. A call never rejects: the
 * preload turns a transport failure into an envelope.
 */
import type { Result } from '@shared/errors'
import { IPC_METHODS, splitName, type IpcMethod } from '@shared/ipc/contract'
import type { Api } from './api-context'

export type SettledListener = (method: IpcMethod, result: Result<unknown>) => void

type Members = Readonly<Record<string, unknown>>

/** The same API, with each call's result also handed to `onSettled`. */
export function observeApi(api: Api, onSettled: SettledListener): Api {
  const observed: Record<string, Record<string, unknown>> = {}
  for (const [ns, members] of Object.entries(api as unknown as Readonly<Record<string, Members>>)) {
    observed[ns] = { ...members }
  }
  for (const method of IPC_METHODS) {
    const [ns, name] = splitName(method)
    const call = (api as unknown as Readonly<Record<string, Members>>)[ns][name] as (
      input?: unknown
    ) => Promise<Result<unknown>>
    observed[ns][name] = async (input?: unknown) => {
      const result = await call(input)
      onSettled(method, result)
      return result
    }
  }
  return observed as unknown as Api
}
