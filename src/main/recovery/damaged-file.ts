/**
 * Keeping a damaged data file. It is copied, byte for byte and fsynced, to
 * `channels.json.damaged-<time>` next to it before anything replaces it; the replacement is
 * then an atomic rename over the original. So at every instant the folder holds either the
 * damaged file under its own name or a good file plus the kept copy, and never no data
 * file at all (which the app would read as "no channels yet").
 */
import { constants } from 'node:fs'
import { copyFile, open, readdir, rename, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { nodeFsOps, syncDirectory } from '../store/durable-file'

export const DAMAGED_SUFFIX = '.damaged-'

const stamp = (at: Date): string => at.toISOString().replace(/[-:.]/g, '')

/**
 * Copy the damaged file aside durably; returns the copy's path. Never overwrites an earlier
 * copy. Something that is not a file at all (a folder in the data file's place) cannot be
 * copied: it is renamed aside instead.
 */
export async function keepDamagedCopy(filePath: string, at: Date): Promise<string> {
  const base = `${filePath}${DAMAGED_SUFFIX}${stamp(at)}`
  const isFile = (await stat(filePath)).isFile()
  for (let attempt = 0; ; attempt++) {
    const target = attempt === 0 ? base : `${base}-${attempt}`
    try {
      if (isFile) {
        await copyFile(filePath, target, constants.COPYFILE_EXCL)
      } else {
        if (await exists(target)) throw Object.assign(new Error('exists'), { code: 'EEXIST' })
        await rename(filePath, target)
        await syncDirectory(nodeFsOps, dirname(target))
        return target
      }
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EEXIST' && attempt < 100) continue
      throw error
    }
    const handle = await open(target, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await syncDirectory(nodeFsOps, dirname(target))
    return target
  }
}

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false
  )

/** The kept damaged copies of `filePath`, by name. */
export async function listDamagedCopies(filePath: string): Promise<string[]> {
  const prefix = `${basename(filePath)}${DAMAGED_SUFFIX}`
  try {
    const names = await readdir(dirname(filePath))
    return names.filter((n) => n.startsWith(prefix)).map((n) => join(dirname(filePath), n))
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return []
    throw error
  }
}
