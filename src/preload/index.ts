import { contextBridge, ipcRenderer } from 'electron'
import { createApi } from './api'

// The only place the renderer's bridge is built. `contextIsolation` is always on, so
// exposing through contextBridge is the one supported path.
contextBridge.exposeInMainWorld(
  'api',
  createApi((method, input) => ipcRenderer.invoke(method, input))
)
