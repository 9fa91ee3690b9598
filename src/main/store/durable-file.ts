/**
 * A durable text file with lowdb's `Adapter<string>` shape. lowdb's own TextFile (steno)
 * renames a temp file but never fsyncs, so an acknowledged write can vanish on power
 * loss. Here a write is: unique temp file in the same directory → write → fsync →
 * rename over the target → fsync the directory, so the rename itself is on disk too.
 */
import { randomUUID } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'

/** The file-system calls a DurableTextFile makes; tests replace some to inject faults. */
export interface DurableFsOps {
  readonly readFile: (path: string, encoding: 'utf8') => Promise<string>
  readonly open: (path: string, flags: string, mode?: number) => Promise<fsp.FileHandle>
  readonly rename: (from: string, to: string) => Promise<void>
  readonly unlink: (path: string) => Promise<void>
}

export const nodeFsOps: DurableFsOps = {
  readFile: (path, encoding) => fsp.readFile(path, encoding),
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path)
}

const isErrno = (error: unknown, ...codes: string[]): boolean =>
  typeof error === 'object' &&
  error !== null &&
  codes.includes(String((error as { code?: unknown }).code))

/** A text file whose every write is atomic (all or nothing) and durable once it resolves. */
export class DurableTextFile implements Adapter<string> {
  readonly path: string
  readonly #fs: DurableFsOps

  constructor(path: string, fs: DurableFsOps = nodeFsOps) {
    this.path = path
    this.#fs = fs
  }

  /** The file's text, or null when it does not exist. */
  async read(): Promise<string | null> {
    try {
      return await this.#fs.readFile(this.path, 'utf8')
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return null
      throw error
    }
  }

  /** Replace the file's content atomically and durably. */
  async write(text: string): Promise<void> {
    const dir = dirname(this.path)
    // Unique per write, so two processes (or a crashed earlier run) never share a temp file.
    const temp = join(dir, `.${basename(this.path)}.${randomUUID()}.tmp`)
    try {
      const handle = await this.#fs.open(temp, 'wx', 0o600)
      try {
        await handle.writeFile(text, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      await this.#fs.rename(temp, this.path)
    } catch (error) {
      await this.#fs.unlink(temp).catch(() => undefined)
      throw error
    }
    await syncDirectory(this.#fs, dir)
  }
}

/** fsync a directory so a rename in it survives power loss. */
export async function syncDirectory(fs: DurableFsOps, dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    // Windows cannot open or fsync a directory; NTFS journals the rename itself.
    if (!isErrno(error, 'EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES')) throw error
  } finally {
    await handle?.close()
  }
}
