import { describe, expect, it } from 'vitest'
import type { Dispatch, IpcEventLike } from '../../src/main/ipc/handle'
import { registerIpc, type IpcMainLike } from '../../src/main/ipc/register'
import { IPC_METHODS } from '../../src/shared/ipc/contract'

describe('registerIpc', () => {
  it('registers exactly the contract methods, each routed through dispatch', async () => {
    const listeners = new Map<string, (event: IpcEventLike, ...args: unknown[]) => unknown>()
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => {
        expect(listeners.has(channel)).toBe(false)
        listeners.set(channel, listener)
      },
      removeHandler: (channel) => void listeners.delete(channel)
    }
    const seen: Array<[string, unknown]> = []
    const dispatch: Dispatch = async (_event, method, input) => {
      seen.push([method, input])
      return { ok: true, value: method }
    }
    const unregister = registerIpc(ipcMain, dispatch)
    expect([...listeners.keys()].sort()).toEqual([...IPC_METHODS].sort())

    const event = { senderFrame: { url: 'app://bundle/' } }
    await expect(
      listeners.get('channels.get')?.(event, { id: 'x' }, 'ignored extra arg')
    ).resolves.toEqual({
      ok: true,
      value: 'channels.get'
    })
    expect(seen).toEqual([['channels.get', { id: 'x' }]])

    unregister()
    expect(listeners.size).toBe(0)
  })
})
