/**
 * Main's handler table, derived from the contract: method `ns.name` is `services.ns.name(input)`.
 * Nothing here lists a method; `IpcServices` makes the type checker name any method a service
 * lacks, or implements with the wrong input or result.
 */
import {
  IPC_METHODS,
  splitName,
  type IpcMethod,
  type IpcParsedInput,
  type IpcResults,
  type NameOf,
  type NamespaceOf
} from '../../shared/ipc/contract'
import type { IpcHandlers } from './handle'

/** The services main hands out, one per contract namespace, each with one method per contract method. */
export type IpcServices = {
  readonly [NS in NamespaceOf<IpcMethod>]: {
    readonly [M in IpcMethod as NamespaceOf<M> extends NS ? NameOf<M> : never]: (
      input: IpcParsedInput<M>
    ) => Promise<IpcResults[M]>
  }
}

type AnyService = Readonly<Record<string, (input: unknown) => Promise<unknown>>>

/**
 * The handler table the dispatcher calls after validating input. The service is looked up at
 * each call, so a namespace may be a getter (`channels` throws RECOVERY_REQUIRED in recovery mode).
 */
export function createHandlers(services: IpcServices): IpcHandlers {
  const table: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const method of IPC_METHODS) {
    const [ns, name] = splitName(method)
    table[method] = (input) => {
      const service = services[ns] as unknown as AnyService
      return service[name].call(service, input)
    }
  }
  return table as IpcHandlers
}
