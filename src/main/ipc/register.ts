/**
 * The only file that talks to `ipcMain`: one `handle` per contract method, each going
 * through the dispatcher. Electron is not imported; the caller passes `ipcMain`.
 */
import { IPC_METHODS } from '../../shared/ipc/contract'
import type { Dispatch, IpcEventLike } from './handle'

/** The part of Electron's `ipcMain` used here. */
export interface IpcMainLike<E extends IpcEventLike = IpcEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void
  removeHandler?(channel: string): void
}

/** Register every contract method on `ipcMain`; returns a function that unregisters them. */
export function registerIpc<E extends IpcEventLike>(
  ipcMain: IpcMainLike<E>,
  dispatch: Dispatch<E>
): () => void {
  for (const method of IPC_METHODS) {
    ipcMain.handle(method, (event, input) => dispatch(event, method, input))
  }
  return () => {
    for (const method of IPC_METHODS) ipcMain.removeHandler?.(method)
  }
}
