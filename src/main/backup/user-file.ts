/**
 * Files the user chose in main's dialogs: a backup or an export is written like the data file
 * (temp file, fsync, rename, folder fsync), owner-only, and read with a size cap.
 */
import { open } from 'node:fs/promises'
import { AppError } from '../../shared/errors'
import { DirectorySyncError, DurableTextFile } from '../store/durable-file'

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'I/O'
}

/** Write `data` to `path` atomically with mode 0600; a coded STORAGE error when it fails. */
export async function writeUserFile(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await new DurableTextFile(path).write(data)
  } catch (error) {
    // The new file is in place; only the folder's fsync failed.
    if (error instanceof DirectorySyncError) return
    throw new AppError('STORAGE', 'file.notWritten', {
      params: { reason: reasonOf(error) },
      cause: error
    })
  }
}

/**
 * The bytes of `path`, refused (before reading) when larger than `maxBytes`: a hostile file
 * must not fill main's memory.
 */
export async function readUserFile(
  path: string,
  maxBytes: number,
  tooLarge: () => AppError
): Promise<Buffer> {
  let handle
  try {
    handle = await open(path, 'r')
  } catch (error) {
    throw new AppError('VALIDATION', 'file.notRead', {
      params: { reason: reasonOf(error) },
      cause: error
    })
  }
  try {
    const { size } = await handle.stat()
    if (size > maxBytes) throw tooLarge()
    // Read at most one byte past the cap: a file that grew meanwhile is refused too.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
      if (length === buffer.length) throw tooLarge()
    }
    return buffer.subarray(0, length)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('VALIDATION', 'file.notRead', {
      params: { reason: reasonOf(error) },
      cause: error
    })
  } finally {
    await handle.close()
  }
}
