/**
 * The one IPC wrapper. Every call from the renderer comes through `dispatch`, which
 * checks the sender, parses the `unknown` input with the contract's zod schema, runs the
 * handler and turns every outcome into the result envelope. It never throws: thrown
 * errors lose their fields across Electron IPC (SPEC §5).
 */
import type { z } from 'zod'
import { AppError, err, ok, type AppErrorData, type Result } from '../../shared/errors'
import { isMessageCode, type AnyMessage, type MessageParams } from '../../shared/messages'
import {
  ipcMethods,
  type IpcMethod,
  type IpcParsedInput,
  type IpcResults
} from '../../shared/ipc/contract'
import { consoleLogger, describeError, type Logger } from '../log'

/** The structural subset of Electron's IpcMainInvokeEvent the wrapper reads. */
export interface IpcEventLike {
  readonly senderFrame: { readonly url: string } | null
}

/** One implementation per contract method; the type checker makes the list complete. */
export type IpcHandlers = {
  readonly [M in IpcMethod]: (input: IpcParsedInput<M>) => Promise<IpcResults[M]>
}

export interface DispatcherOptions<E extends IpcEventLike = IpcEventLike> {
  /** True only for frames showing the app's own content. */
  readonly isTrustedSender: (event: E) => boolean
  /**
   * Called once for every call refused because of its sender (index.ts writes it to the
   * audit log). It must not throw; if it does, the refusal still stands.
   */
  readonly onRejected?: (event: E, method: string) => void
  readonly log?: Logger
}

export type Dispatch<E extends IpcEventLike = IpcEventLike> = (
  event: E,
  method: string,
  input: unknown
) => Promise<Result<unknown>>

// Enough for a form to show every row's error; a hostile payload cannot grow the reply.
const MAX_FIELD_ERRORS = 100

/** True for a method of the contract (never for prototype names such as `toString`). */
export const isIpcMethod = (method: unknown): method is IpcMethod =>
  typeof method === 'string' && Object.hasOwn(ipcMethods, method)

/** A method name as it may appear in a log line: known methods verbatim, anything else quoted and cut short. */
const methodForLog = (method: unknown): string =>
  isIpcMethod(method) ? method : JSON.stringify(String(method).slice(0, 64))

/** Plain scalar parameters only: an issue's params come from our own schemas. */
function paramsOf(issue: z.core.$ZodIssue): MessageParams | undefined {
  if (issue.code !== 'custom' || !issue.params) return undefined
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(issue.params)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = value
  }
  return Object.keys(params).length > 0 ? params : undefined
}

/**
 * What an issue says, as a message. The shared schemas give every issue a message code; any
 * other message (zod's own, for a payload the UI never sends) becomes the generic
 * `request.invalid`, so a reply never repeats a key or value of the input.
 */
function messageOfIssue(issue: z.core.$ZodIssue): AnyMessage {
  if (!isMessageCode(issue.message)) return { code: 'request.invalid' }
  const params = paramsOf(issue)
  return params ? { code: issue.message, params } : { code: issue.message }
}

/** Turn zod issues into a VALIDATION error: the first message on top, each field's first message by path. */
export function validationError(issues: readonly z.core.$ZodIssue[]): AppError {
  // A Map, then fromEntries: a path can never reach an object's prototype.
  const fieldErrors = new Map<string, AnyMessage>()
  for (const issue of issues) {
    if (issue.path.length === 0) continue
    const key = issue.path.map(String).join('.')
    if (fieldErrors.has(key)) continue
    if (fieldErrors.size >= MAX_FIELD_ERRORS) break
    fieldErrors.set(key, messageOfIssue(issue))
  }
  const first: AnyMessage = issues[0] ? messageOfIssue(issues[0]) : { code: 'request.invalid' }
  const options = fieldErrors.size > 0 ? { fieldErrors: Object.fromEntries(fieldErrors) } : {}
  return issues.length > 1
    ? new AppError('VALIDATION', 'request.andMore', {
        ...options,
        params: { problem: first, count: issues.length - 1 }
      })
    : AppError.of('VALIDATION', first, options)
}

/** Build the dispatcher every IPC method is registered with. */
export function createDispatcher<E extends IpcEventLike = IpcEventLike>(
  handlers: IpcHandlers,
  options: DispatcherOptions<E>
): Dispatch<E> {
  const log = options.log ?? consoleLogger

  const trusted = (event: E): boolean => {
    try {
      return event.senderFrame !== null && options.isTrustedSender(event)
    } catch {
      return false
    }
  }

  return run

  async function run(event: E, method: string, input: unknown): Promise<Result<unknown>> {
    try {
      if (!trusted(event)) {
        log.warn(`Refused IPC ${methodForLog(method)} from an untrusted sender.`)
        try {
          options.onRejected?.(event, String(method))
        } catch (error) {
          log.error('Could not record a refused IPC call.', describeError(error))
        }
        return err({ code: 'FORBIDDEN', message: 'request.untrustedSender' })
      }
      if (!isIpcMethod(method)) {
        return err({ code: 'FORBIDDEN', message: 'request.unknownMethod' })
      }
      const parsed = ipcMethods[method].input.safeParse(input)
      if (!parsed.success) return err(validationError(parsed.error.issues).toData())
      // The schema and the handler come from the same mapped type; TS cannot correlate them.
      const handler = handlers[method] as (input: unknown) => Promise<unknown>
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof AppError) return err(error.toData())
      log.error(`IPC ${methodForLog(method)} failed.`, describeError(error))
      return err({ code: 'INTERNAL', message: 'app.internal' } satisfies AppErrorData)
    }
  }
}
