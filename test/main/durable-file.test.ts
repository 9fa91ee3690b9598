import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DirectorySyncError,
  DurableTextFile,
  nodeFsOps,
  type DurableFsOps
} from '../../src/main/store/durable-file'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

describe('DurableTextFile', () => {
  it('reads null when the file is missing', async () => {
    const file = new DurableTextFile(join(await tempDir(), 'x.json'))
    expect(await file.read()).toBeNull()
  })

  it('writes, replaces and leaves no temp files behind', async () => {
    const dir = await tempDir()
    const file = new DurableTextFile(join(dir, 'x.json'))
    await file.write('one')
    await file.write('two')
    expect(await file.read()).toBe('two')
    expect(await readdir(dir)).toEqual(['x.json'])
  })

  it('fsyncs the temp file before the rename and the directory after it', async () => {
    const dir = await tempDir()
    const events: string[] = []
    const ops: DurableFsOps = {
      ...nodeFsOps,
      open: async (path, flags, mode) => {
        const handle = await nodeFsOps.open(path, flags, mode)
        const isDir = path === dir
        const sync = handle.sync.bind(handle)
        handle.sync = async () => {
          events.push(isDir ? 'sync dir' : 'sync file')
          await sync()
        }
        return handle
      },
      rename: async (from, to) => {
        events.push('rename')
        await nodeFsOps.rename(from, to)
      }
    }
    await new DurableTextFile(join(dir, 'x.json'), ops).write('data')
    expect(events).toEqual(['sync file', 'rename', 'sync dir'])
  })

  it('a failed rename leaves the old content and no temp file', async () => {
    const dir = await tempDir()
    const target = join(dir, 'x.json')
    await writeFile(target, 'old')
    const file = new DurableTextFile(target, {
      ...nodeFsOps,
      rename: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' }))
    })
    await expect(file.write('new')).rejects.toThrow('EIO')
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['x.json'])
  })

  it('reads ASCII and UTF-8 files alike', async () => {
    const dir = await tempDir()
    const file = new DurableTextFile(join(dir, 'x.json'))
    for (const text of ['plain', '北京 😀 é', '\u00e9 only latin1 range', '']) {
      await file.write(text)
      expect(await file.read()).toBe(text)
    }
  })

  it('rethrows read errors other than a missing file', async () => {
    const dir = await tempDir()
    // Reading a directory as a file fails with EISDIR: that is not "no data yet".
    await expect(new DurableTextFile(dir).read()).rejects.toThrow()
  })

  it('a failed folder fsync after the rename is a DirectorySyncError: the new content is in place', async () => {
    const dir = await tempDir()
    const target = join(dir, 'x.json')
    await writeFile(target, 'old')
    const eio = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })
    const file = new DurableTextFile(target, {
      ...nodeFsOps,
      open: async (path, flags, mode) => {
        const handle = await nodeFsOps.open(path, flags, mode)
        if (path === dir) handle.sync = () => Promise.reject(eio)
        return handle
      }
    })
    const error = await file.write('new').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DirectorySyncError)
    expect((error as DirectorySyncError).cause).toBe(eio)
    expect(await readFile(target, 'utf8')).toBe('new')
  })

  it('removes only its own stale temp files', async () => {
    const dir = await tempDir()
    const target = join(dir, 'x.json')
    const uuid = '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'
    const names = [
      'x.json',
      `.x.json.${uuid}.tmp`,
      `.x.json.${uuid.replace('0b', '1c')}.tmp`,
      `.y.json.${uuid}.tmp`,
      `.x.json.not-a-uuid.tmp`,
      'x.json.tmp'
    ]
    for (const name of names) await writeFile(join(dir, name), 'z')
    expect(await new DurableTextFile(target).removeStaleTempFiles()).toBe(2)
    expect((await readdir(dir)).sort()).toEqual(
      ['x.json', `.y.json.${uuid}.tmp`, '.x.json.not-a-uuid.tmp', 'x.json.tmp'].sort()
    )
    expect(await new DurableTextFile(join(dir, 'missing', 'x.json')).removeStaleTempFiles()).toBe(0)
  })
})
