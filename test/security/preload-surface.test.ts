/**
 * Checklist 20: the renderer gets named methods only. Every function the preload exposes
 * calls exactly one contract method, fixed in the preload, whatever arguments it is given:
 * there is no raw ipcRenderer, no generic invoke/send, no event subscription.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApi } from '../../src/preload/api'
import { IPC_METHODS } from '../../src/shared/ipc/contract'

const ROOT = join(import.meta.dirname, '../..')

/** Every function in the exposed object, by its path (`channels.create`). */
function leaves(value: unknown, path: string[] = []): Array<[string, unknown]> {
  if (typeof value === 'function') return [[path.join('.'), value]]
  if (value === null || typeof value !== 'object') return [[path.join('.'), value]]
  return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]))
}

describe('preload surface', () => {
  const calls: Array<[string, unknown]> = []
  const api = createApi(async (method, input) => {
    calls.push([method, input])
    return { ok: true, value: null }
  })

  it('exposes only functions, none of them a generic transport', () => {
    const all = leaves(api)
    expect(all.length).toBeGreaterThan(0)
    for (const [path, value] of all) {
      expect(typeof value, path).toBe('function')
      expect(path).not.toMatch(/ipc|invoke|send|emit|^on$|\.on$|require|electron|process/i)
    }
  })

  it('maps each function to one contract method that the caller cannot choose', async () => {
    // A generic object most methods accept, and arguments that try to pick another method.
    const generic = { id: 'x', confirm: true, backupId: 'b', name: 'n' }
    const attempts: unknown[][] = [
      [generic, 'appKey'],
      ['app.info', generic],
      ['channels.remove', { id: 'x' }],
      [generic, 'y', 'z'],
      []
    ]
    for (const [path, fn] of leaves(api)) {
      const methods = new Set<string>()
      for (const args of attempts) {
        calls.length = 0
        try {
          await (fn as (...a: unknown[]) => Promise<unknown>)(...args)
        } catch {
          // A preload method may reject arguments of the wrong shape; it must not call anything else then.
        }
        expect(calls.length, path).toBeLessThanOrEqual(1)
        for (const [method] of calls) methods.add(method)
      }
      expect(methods.size, `${path} always calls the same, single method`).toBe(1)
      expect(IPC_METHODS, path).toContain([...methods][0])
    }
  })

  it('is handed to the page through contextBridge only, as `api`', () => {
    const preload = readFileSync(join(ROOT, 'src/preload/index.ts'), 'utf8')
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(preload).toMatch(/exposeInMainWorld\(\s*'api',\s*createApi\(/)
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/)
  })
})
