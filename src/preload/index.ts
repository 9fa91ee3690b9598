import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { z } from 'zod'
import { createApi } from './api'

// The page's CSP has no 'unsafe-eval': tell zod (bundled here for the contract's event schemas)
// not to even probe `new Function`, which the browser would report as a violation.
z.config({ jitless: true })

// The only place the renderer's bridge is built. `contextIsolation` is always on, so
// exposing through contextBridge is the one supported path. The event is never passed on:
// it carries `sender` (ipcRenderer itself).
contextBridge.exposeInMainWorld(
  'api',
  createApi({
    invoke: (method, input) => ipcRenderer.invoke(method, input),
    on: (channel, listener) => {
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
      ipcRenderer.on(channel, forward)
      return () => {
        ipcRenderer.removeListener(channel, forward)
      }
    }
  })
)
