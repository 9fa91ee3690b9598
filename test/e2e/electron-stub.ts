/**
 * A stand-in for the `electron` module that the real preload (src/preload/index.ts) is
 * bundled against when it runs in a plain Chromium page. It keeps the preload's code path
 * intact and swaps only the transport: `ipcRenderer.invoke` goes to a Playwright binding
 * that carries the call to the real main-process dispatcher, and what main would push with
 * `webContents.send` arrives through `__camIpcSend`, which only the harness calls
 * (`LaunchedApp.send`).
 */
type Binding = (method: string, input: unknown) => Promise<unknown>

/** The part of Electron's IpcRendererEvent a listener can get here. */
export interface IpcRendererEvent {
  readonly sender: unknown
}

type Listener = (event: IpcRendererEvent, payload: unknown) => void

declare global {
  interface Window {
    readonly __camIpcInvoke: Binding
    readonly __camIpcSend?: (channel: string, payload: unknown) => void
  }
}

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    // Like contextBridge: the page gets a frozen copy it cannot reconfigure.
    Object.defineProperty(window, key, {
      value: Object.freeze(api),
      writable: false,
      configurable: false
    })
  }
}

const listeners = new Map<string, Set<Listener>>()

/** The part of Electron's ipcRenderer the preload uses. */
interface IpcRendererStub {
  invoke(channel: string, input: unknown): Promise<unknown>
  on(channel: string, listener: Listener): IpcRendererStub
  removeListener(channel: string, listener: Listener): IpcRendererStub
}

export const ipcRenderer: IpcRendererStub = {
  invoke(channel: string, input: unknown): Promise<unknown> {
    return window.__camIpcInvoke(channel, input)
  },
  on(channel: string, listener: Listener): IpcRendererStub {
    const set = listeners.get(channel) ?? new Set<Listener>()
    set.add(listener)
    listeners.set(channel, set)
    return ipcRenderer
  },
  removeListener(channel: string, listener: Listener): IpcRendererStub {
    listeners.get(channel)?.delete(listener)
    return ipcRenderer
  }
}

// What `webContents.send(channel, payload)` in main does: deliver to this page's listeners.
Object.defineProperty(window, '__camIpcSend', {
  value: (channel: string, payload: unknown): void => {
    for (const listener of [...(listeners.get(channel) ?? [])]) {
      listener({ sender: ipcRenderer }, payload)
    }
  },
  writable: false,
  configurable: false
})
