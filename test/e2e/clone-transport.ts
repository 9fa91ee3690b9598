/**
 * An IPC transport for the harness that costs the page what Electron's does (issue 16), for
 * the benchmark's first-paint and change figures. The harness's usual transport, a Playwright
 * binding, carries every value as JSON over the DevTools protocol: at 50,000 channels that is
 * seconds no Electron user ever waits. Here:
 *
 * - the page's `ipcRenderer.invoke` posts the call to a worker, which sends it to the harness
 *   over loopback HTTP; the harness runs it through the real dispatcher;
 * - main's pushes (`webContents.send`) reach the worker as server-sent events;
 * - the worker posts each answer and event to the page: a structured clone, deserialised on
 *   the page's main thread, as Electron's renderer deserialises an IPC message;
 * - the page then copies the value once more (`structuredClone`), standing in for the copy
 *   contextBridge makes from the preload's world into the page's (Electron's own
 *   measurements put that copy at or above a structured clone).
 *
 * What the page's main thread pays is therefore what an Electron renderer pays. The work off
 * it (JSON over HTTP, the worker's parse and serialise) stands in for main's serialisation
 * and the transfer between processes; it is somewhat slower than Electron's, so latencies
 * measured through this transport are an upper bound.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

const PREFIX = '/__cam-ipc'
const WORKER_PATH = `${PREFIX}/worker.js`

/** The worker: calls go out over fetch, events come in over EventSource, both posted to the page. */
const WORKER_SOURCE = `
self.onmessage = async (message) => {
  const { id, method, input } = message.data
  try {
    const response = await fetch('${PREFIX}/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method, input })
    })
    if (!response.ok) throw new Error('HTTP ' + response.status)
    const text = await response.text()
    const fetched = performance.timeOrigin + performance.now()
    const result = JSON.parse(text)
    const parsed = performance.timeOrigin + performance.now()
    self.postMessage({ id, result, fetched, parsed })
  } catch (error) {
    self.postMessage({ id, error: String(error) })
  }
}
const events = new EventSource('${PREFIX}/events')
events.onmessage = (message) => {
  const { channel, payload } = JSON.parse(message.data)
  self.postMessage({ event: channel, payload })
}
`

/**
 * Runs in the page before the preload: defines the `__camIpcInvoke` the electron stand-in
 * calls, and hands pushed events to `__camIpcSend`, which the stand-in defines. For the
 * benchmark, it marks each call's steps on the page's timeline (performance marks named
 * `ipc:<method>:<step>`): sent; answered (the worker has the answer); parsed (the worker
 * parsed it); received (deserialised on the page's main thread); copied.
 */
export const CLONE_TRANSPORT_INIT = `(() => {
  const worker = new Worker('${WORKER_PATH}')
  const waiting = new Map()
  let next = 0
  worker.onmessage = (message) => {
    const data = message.data
    if (data.event !== undefined) {
      window.__camIpcSend?.(data.event, structuredClone(data.payload))
      return
    }
    const call = waiting.get(data.id)
    waiting.delete(data.id)
    if (data.error !== undefined) return call.reject(new Error(data.error))
    const at = (absolute) => ({ startTime: absolute - performance.timeOrigin })
    performance.mark('ipc:' + call.method + ':answered', at(data.fetched))
    performance.mark('ipc:' + call.method + ':parsed', at(data.parsed))
    performance.mark('ipc:' + call.method + ':received')
    const value = structuredClone(data.result)
    performance.mark('ipc:' + call.method + ':copied')
    call.resolve(value)
  }
  Object.defineProperty(window, '__camIpcInvoke', {
    value: (method, input) =>
      new Promise((resolve, reject) => {
        const id = next++
        waiting.set(id, { method, resolve, reject })
        performance.mark('ipc:' + method + ':sent')
        worker.postMessage({ id, method, input })
      }),
    writable: false,
    configurable: false
  })
})()`

type Dispatch = (method: string, input: unknown) => Promise<unknown>

/** The transport's HTTP side, mounted on the harness's renderer server. */
export class CloneTransportServer {
  readonly #origin: string
  readonly #dispatch: Dispatch
  readonly #streams = new Set<ServerResponse>()

  /** `dispatch` runs a call as the page's own top-level frame would make it. */
  constructor(origin: string, dispatch: Dispatch) {
    this.#origin = origin
    this.#dispatch = dispatch
  }

  /**
   * Answer a request for the transport; false for any other request. Only the page's own
   * origin may call (a worker's fetch and EventSource send it).
   */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    headers: Readonly<Record<string, string>>
  ): boolean {
    const path = new URL(req.url ?? '/', this.#origin).pathname
    if (!path.startsWith(`${PREFIX}/`)) return false
    const origin = req.headers.origin
    if (path === WORKER_PATH) {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' })
      res.end(WORKER_SOURCE)
    } else if (origin !== undefined && origin !== this.#origin) {
      res.writeHead(403).end()
    } else if (path === `${PREFIX}/events` && req.method === 'GET') {
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive'
      })
      res.write(': open\n\n')
      this.#streams.add(res)
      req.on('close', () => this.#streams.delete(res))
    } else if (path === `${PREFIX}/invoke` && req.method === 'POST') {
      void this.#invoke(req, res, headers)
    } else {
      res.writeHead(404).end()
    }
    return true
  }

  /** Push an event to every page connected, as `webContents.send` does. */
  deliver(channel: string, payload: unknown): void {
    const line = `data: ${JSON.stringify({ channel, payload })}\n\n`
    for (const stream of this.#streams) stream.write(line)
  }

  /** End the event streams (the server cannot close while they are open). */
  close(): void {
    for (const stream of this.#streams) stream.end()
    this.#streams.clear()
  }

  async #invoke(
    req: IncomingMessage,
    res: ServerResponse,
    headers: Readonly<Record<string, string>>
  ): Promise<void> {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const { method, input } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        method: string
        input?: unknown
      }
      const result = await this.#dispatch(method, input)
      res.writeHead(200, { ...headers, 'content-type': 'application/json' })
      res.end(JSON.stringify(result))
    } catch {
      res.writeHead(400).end()
    }
  }
}
