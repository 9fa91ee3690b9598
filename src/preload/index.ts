// First: it configures zod before the contract's schemas are constructed (see the file).
import './zod-jitless'
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { createApi } from './api'

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
