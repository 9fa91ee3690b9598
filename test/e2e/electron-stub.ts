/**
 * A stand-in for the `electron` module that the real preload (src/preload/index.ts) is
 * bundled against when it runs in a plain Chromium page. It keeps the preload's code path
 * intact and swaps only the transport: `ipcRenderer.invoke` goes to a Playwright binding
 * that carries the call to the real main-process dispatcher.
 */
type Binding = (method: string, input: unknown) => Promise<unknown>

declare global {
  interface Window {
    readonly __camIpcInvoke: Binding
  }
}

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    // Like contextBridge: the page gets a frozen copy it cannot reconfigure.
    Object.defineProperty(window, key, { value: Object.freeze(api), writable: false, configurable: false })
  }
}

export const ipcRenderer = {
  invoke(channel: string, input: unknown): Promise<unknown> {
    return window.__camIpcInvoke(channel, input)
  }
}
