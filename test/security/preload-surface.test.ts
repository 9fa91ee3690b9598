/**
 * Checklist 20: the renderer gets named methods only. Every function the preload exposes
 * calls exactly one contract method, fixed in the preload, whatever arguments it is given;
 * each event subscription (menu.onCommand, channels.onSecretsChecked, channels.onChanged,
 * leaks.onProgress) listens to one fixed channel, passes on only payloads its schema accepts
 * and returns its unsubscribe. There is no raw ipcRenderer, no generic
 * invoke/send/on. The built preload (out/preload/index.cjs, so `npm run build` first) is run as
 * Electron runs a sandboxed one, against recording stand-ins for contextBridge and ipcRenderer.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApi, type Transport } from '../../src/preload/api'
import { IPC_METHODS } from '../../src/shared/ipc/contract'
import { MENU_COMMANDS } from '../../src/shared/ipc/events'

const MENU_COMMAND_CHANNEL = 'menu.command'

const ROOT = join(import.meta.dirname, '../..')

/** Every function in the exposed object, by its path (`channels.create`). */
function leaves(value: unknown, path: string[] = []): Array<[string, unknown]> {
  if (typeof value === 'function') return [[path.join('.'), value]]
  if (value === null || typeof value !== 'object') return [[path.join('.'), value]]
  return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]))
}

/** The exposed subscriptions: named `on<Event>`, each bound to one event channel. */
const SUBSCRIPTIONS: Readonly<Record<string, string>> = {
  'menu.onCommand': MENU_COMMAND_CHANNEL,
  'leaks.onProgress': 'leaks.progress',
  'channels.onSecretsChecked': 'channels.secretsChecked',
  'channels.onChanged': 'channels.changed'
}

/** A payload each subscription passes on. */
const SAMPLE_PAYLOADS: Readonly<Record<string, unknown>> = {
  'menu.onCommand': MENU_COMMANDS[0],
  'channels.onSecretsChecked': { missing: 1, orphans: 0 },
  'channels.onChanged': { revision: 1, upserted: [], removed: ['x'] },
  'leaks.onProgress': {
    folder: '/home/me/app',
    filesScanned: 3,
    bytesScanned: 10,
    hits: 1,
    skipped: 0
  }
}

/** The channels something listens to right now. */
const listened = (map: ReadonlyMap<string, ReadonlySet<unknown>>): string[] =>
  [...map].filter(([, set]) => set.size > 0).map(([channel]) => channel)

/** A transport that records calls and subscriptions, and can play main sending an event. */
function recordingTransport() {
  const calls: Array<[string, unknown]> = []
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const transport: Transport = {
    invoke: async (method, input) => {
      calls.push([method, input])
      return { ok: true, value: null }
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set()
      set.add(listener)
      listeners.set(channel, set)
      return () => void set.delete(listener)
    }
  }
  const emit = (channel: string, payload: unknown): void =>
    listeners.get(channel)?.forEach((listener) => listener(payload))
  return { transport, calls, listeners, emit }
}

describe('preload surface', () => {
  const { transport, calls, listeners, emit } = recordingTransport()
  const api = createApi(transport)
  const callables = (): Array<[string, unknown]> =>
    leaves(api).filter(([path]) => !(path in SUBSCRIPTIONS))

  it('exposes only functions, none of them a generic transport', () => {
    const all = leaves(api)
    expect(all.length).toBeGreaterThan(0)
    for (const [path, value] of all) {
      expect(typeof value, path).toBe('function')
      expect(path).not.toMatch(/ipc|invoke|send|emit|^on$|\.on$|require|electron|process/i)
      if (/(^|\.)on[A-Z]/.test(path)) expect(SUBSCRIPTIONS, path).toHaveProperty([path])
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
    for (const [path, fn] of callables()) {
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

  it('subscribes each on<Event> to its one channel, whatever it is given, and unsubscribes', () => {
    calls.length = 0
    for (const [path, channel] of Object.entries(SUBSCRIPTIONS)) {
      const subscribe = leaves(api).find(([leaf]) => leaf === path)?.[1] as (
        listener: unknown
      ) => unknown
      expect(typeof subscribe, path).toBe('function')
      // Not a function: nothing is subscribed, and the unsubscribe still works.
      for (const junk of [undefined, 'menu.command', {}]) {
        const off = subscribe(junk)
        expect(typeof off).toBe('function')
        ;(off as () => void)()
      }
      expect(listened(listeners)).toEqual([])
      const heard: unknown[] = []
      const off = subscribe((payload: unknown) => heard.push(payload)) as () => void
      expect(listened(listeners)).toEqual([channel])
      expect(listeners.get(channel)?.size).toBe(1)
      off()
      expect(listeners.get(channel)?.size).toBe(0)
      expect(calls).toHaveLength(0)
    }
  })

  it('passes on only the menu commands the page knows', () => {
    const heard: unknown[] = []
    const off = api.menu.onCommand((command) => heard.push(command))
    for (const junk of ['app.info', '__proto__', { command: 'about' }, null, 1, ['about']]) {
      emit(MENU_COMMAND_CHANNEL, junk)
    }
    expect(heard).toEqual([])
    for (const command of MENU_COMMANDS) emit(MENU_COMMAND_CHANNEL, command)
    expect(heard).toEqual([...MENU_COMMANDS])
    off()
    emit(MENU_COMMAND_CHANNEL, 'about')
    expect(heard).toHaveLength(MENU_COMMANDS.length)
  })

  it('passes on only leak-check progress of the contract’s shape', () => {
    const heard: unknown[] = []
    const off = api.leaks.onProgress((progress) => heard.push(progress))
    const valid = SAMPLE_PAYLOADS['leaks.onProgress'] as Record<string, unknown>
    for (const junk of [
      null,
      'progress',
      { ...valid, filesScanned: -1 },
      { ...valid, hits: 1.5 },
      { ...valid, folder: 7 },
      { ...valid, secret: 'csk_x' },
      { filesScanned: 1 }
    ]) {
      emit('leaks.progress', junk)
    }
    expect(heard).toEqual([])
    emit('leaks.progress', valid)
    expect(heard).toEqual([valid])
    off()
    emit('leaks.progress', valid)
    expect(heard).toEqual([valid])
  })

  it('passes on only well-formed counts of the keychain check', () => {
    const heard: unknown[] = []
    const off = api.channels.onSecretsChecked((counts) => heard.push(counts))
    for (const junk of [
      null,
      {},
      { missing: -1, orphans: 0 },
      { missing: 1.5, orphans: 0 },
      { missing: '2', orphans: 0 },
      { missing: 1, orphans: 0, secret: 'csk_' },
      'about'
    ]) {
      emit('channels.secretsChecked', junk)
    }
    expect(heard).toEqual([])
    emit('channels.secretsChecked', { missing: 2, orphans: 1 })
    expect(heard).toEqual([{ missing: 2, orphans: 1 }])
    off()
    emit('channels.secretsChecked', { missing: 0, orphans: 0 })
    expect(heard).toHaveLength(1)
  })

  it('passes on only channel changes the contract accepts', () => {
    const heard: unknown[] = []
    const off = api.channels.onChanged((change) => heard.push(change))
    for (const junk of [
      null,
      'channels.changed',
      { revision: 0, upserted: [], removed: [] },
      { revision: 1, upserted: [{ id: 'x' }], removed: [] },
      { revision: 1, upserted: [], removed: [], extra: true },
      { revision: 1, upserted: [], removed: [], secretStatus: { lost: ['x'] } }
    ]) {
      emit('channels.changed', junk)
    }
    expect(heard).toEqual([])
    emit('channels.changed', SAMPLE_PAYLOADS['channels.onChanged'])
    expect(heard).toEqual([SAMPLE_PAYLOADS['channels.onChanged']])
    off()
  })
})

/** Electron's sandboxed-preload world, recorded: contextBridge, ipcRenderer and `require`. */
function runBuiltPreload() {
  const exposed: Array<[string, unknown]> = []
  const required: string[] = []
  const invoked: Array<[string, unknown]> = []
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  const removed: Array<[string, unknown]> = []
  const ipcRenderer = {
    invoke: (channel: string, input: unknown) => {
      invoked.push([channel, input])
      return Promise.resolve({ ok: true, value: null })
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
      return ipcRenderer
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      removed.push([channel, listener])
      listeners.get(channel)?.delete(listener)
      return ipcRenderer
    },
    send: () => {
      throw new Error('the preload never uses ipcRenderer.send')
    }
  }
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value])
    },
    ipcRenderer
  }
  // A sandboxed preload's require knows `electron` (and a few Node modules the app never uses).
  const require = (name: string): unknown => {
    required.push(name)
    if (name === 'electron') return electron
    throw new Error(`a sandboxed preload cannot require ${name}`)
  }
  const file = join(ROOT, 'out/preload/index.cjs')
  const module = { exports: {} }
  runInNewContext(
    readFileSync(file, 'utf8'),
    { require, module, exports: module.exports },
    {
      filename: file
    }
  )
  return { exposed, required, invoked, listeners, removed, ipcRenderer }
}

/** Every value reachable from `root` (objects and functions), to look for a leaked object. */
function reachable(root: unknown, seen = new Set<unknown>()): Set<unknown> {
  if ((typeof root !== 'object' && typeof root !== 'function') || root === null) return seen
  if (seen.has(root)) return seen
  seen.add(root)
  for (const key of Reflect.ownKeys(root)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(root, key)
    if (descriptor && 'value' in descriptor) reachable(descriptor.value, seen)
  }
  return seen
}

describe('the built preload, run as Electron runs a sandboxed one', () => {
  let world: ReturnType<typeof runBuiltPreload>
  let exposedApi: unknown

  beforeAll(() => {
    if (!existsSync(join(ROOT, 'out/preload/index.cjs'))) {
      throw new Error('out/preload/index.cjs is missing: run `npm run build` first.')
    }
    world = runBuiltPreload()
    exposedApi = world.exposed[0]?.[1]
  })

  it('is handed to the page through contextBridge only, as `api`', () => {
    expect(world.exposed.map(([key]) => key)).toEqual(['api'])
    expect(world.required).toEqual(['electron'])
    // Nothing reachable from window.api is ipcRenderer or one of its functions.
    const leaked = reachable(exposedApi)
    expect(leaked.has(world.ipcRenderer)).toBe(false)
    for (const fn of Object.values(world.ipcRenderer)) expect(leaked.has(fn)).toBe(false)
    // Nothing is subscribed until the page asks.
    expect(world.listeners.size).toBe(0)
  })

  it('calls only contract methods through ipcRenderer.invoke', async () => {
    const functions = leaves(exposedApi).filter(([path]) => !(path in SUBSCRIPTIONS))
    expect(functions.length).toBeGreaterThan(0)
    for (const [path, fn] of functions) {
      world.invoked.length = 0
      try {
        await (fn as () => Promise<unknown>)()
      } catch {
        // A method may refuse a missing argument; it must not call anything else then.
      }
      expect(world.invoked.length, path).toBeLessThanOrEqual(1)
      for (const [channel] of world.invoked) expect(IPC_METHODS, path).toContain(channel)
    }
  })

  it('gives a listener the payload only, never the event, and removes it on unsubscribe', () => {
    for (const [path, channel] of Object.entries(SUBSCRIPTIONS)) {
      const subscribe = leaves(exposedApi).find(([leaf]) => leaf === path)?.[1] as (
        listener: (...args: unknown[]) => void
      ) => () => void
      const heard: unknown[][] = []
      world.removed.length = 0
      const off = subscribe((...args) => heard.push(args))
      const [forward, ...others] = [...(world.listeners.get(channel) ?? [])]
      expect(others, path).toEqual([])
      expect(typeof forward, path).toBe('function')
      // What Electron passes: the event (whose `sender` is ipcRenderer itself), then the payload.
      world.removed.length = 0
      forward?.({ sender: world.ipcRenderer }, SAMPLE_PAYLOADS[path])
      expect(heard, path).toEqual([[SAMPLE_PAYLOADS[path]]])
      off()
      expect(world.removed.at(-1), path).toEqual([channel, forward])
      expect(world.listeners.get(channel)?.size, path).toBe(0)
    }
  })
})
