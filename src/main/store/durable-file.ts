/**
 * A durable text file with lowdb's `Adapter<string>` shape. lowdb's own TextFile (steno)
 * renames a temp file but never fsyncs, so an acknowledged write can vanish on power
 * loss. Here a write is: unique temp file in the same directory → write → fsync →
 * rename over the target → fsync the directory, so the rename itself is on disk too.
 */
import { isAscii } from 'node:buffer'
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
  readonly readdir: (path: string) => Promise<string[]>
}

/**
 * The text of UTF-8 `bytes`. The data file is written in ASCII, which decodes as Latin-1 into a
 * one-byte string several times faster than through the UTF-8 decoder, to the same text.
 */
export const decodeUtf8 = (bytes: Buffer): string =>
  isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')

export const nodeFsOps: DurableFsOps = {
  readFile: async (path) => decodeUtf8(await fsp.readFile(path)),
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  readdir: (path) => fsp.readdir(path)
}

/**
 * The new content replaced the file (the rename happened and readers see it), but the
 * directory could not be fsynced, so after a power loss the old content may come back.
 * Callers should treat the write as done: failing it would leave memory and file apart.
 */
export class DirectorySyncError extends Error {
  constructor(options: { cause: unknown }) {
    super('The file was replaced, but its folder could not be synced to disk.', options)
    this.name = 'DirectorySyncError'
  }
}

const UUID_PART = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const ANY_TEMP_FILE = new RegExp(`^\\..+\\.${UUID_PART}\\.tmp$`)

/** The name pattern of the temp files DurableTextFile writes next to `path`. */
export const tempFilePattern = (path: string): RegExp =>
  new RegExp(`^\\.${escapeRegExp(basename(path))}\\.${UUID_PART}\\.tmp$`)

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

  /** Replace the file's content (text as UTF-8, or bytes) atomically and durably, owner-only. */
  async write(text: string | Uint8Array): Promise<void> {
    const dir = dirname(this.path)
    // Unique per write, so two processes (or a crashed earlier run) never share a temp file.
    const temp = join(dir, `.${basename(this.path)}.${randomUUID()}.tmp`)
    try {
      const handle = await this.#fs.open(temp, 'wx', 0o600)
      try {
        await (typeof text === 'string' ? handle.writeFile(text, 'utf8') : handle.writeFile(text))
        await handle.sync()
      } finally {
        await handle.close()
      }
      await this.#fs.rename(temp, this.path)
    } catch (error) {
      await this.#fs.unlink(temp).catch(() => undefined)
      throw error
    }
    try {
      await syncDirectory(this.#fs, dir)
    } catch (cause) {
      throw new DirectorySyncError({ cause })
    }
  }

  /**
   * Delete temp files a killed process left next to the file; returns how many. Only one
   * process may own the file (the app holds a single-instance lock), so every temp file
   * found at start is a leftover, never a write in progress.
   */
  removeStaleTempFiles(): Promise<number> {
    return removeStaleTempFiles(dirname(this.path), tempFilePattern(this.path), this.#fs)
  }
}

/** Delete the files in `dir` whose names match `pattern` (by default: any DurableTextFile temp file). */
export async function removeStaleTempFiles(
  dir: string,
  pattern: RegExp = ANY_TEMP_FILE,
  fs: DurableFsOps = nodeFsOps
): Promise<number> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 0
    throw error
  }
  let removed = 0
  for (const name of names.filter((n) => pattern.test(n))) {
    await fs.unlink(join(dir, name)).then(
      () => removed++,
      () => undefined
    )
  }
  return removed
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
