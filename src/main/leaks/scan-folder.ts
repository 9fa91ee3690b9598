/**
 * The leak check's reader: walk a folder and find every key of the app's format with a valid
 * checksum (KEY_PATTERN for the shape, identifyKey for prefix, length and CRC32), with its file,
 * line and column. What it reads stays here: the caller gets the keys found and where, and the
 * counts of what was skipped (SPEC §11).
 *
 * What is not read: `.git` and `node_modules` folders, symbolic links (never followed, so the
 * walk cannot leave the folder or loop; a folder reached twice through a bind mount is entered
 * once), devices, sockets and pipes, files over LEAK_MAX_FILE_BYTES, and binary files (a NUL
 * byte in the first LEAK_BINARY_PROBE_BYTES, git's rule). A file or folder that cannot be read
 * is reported, never fatal.
 *
 * Speed (measured in `npm run bench`, see docs/secret-scanning.md): a few readers work at once,
 * each reading a file into its own reused buffer with plain callback fs calls (open, read,
 * close: the promise API's FileHandle and a stat per file cost a third more on 10,000 files).
 * Each file is decoded as Latin-1, one byte per character and the fastest decoding there is,
 * because the keys are ASCII: a position in that string is a byte offset, and a column is
 * counted in UTF-8 characters only for a hit. No worker thread: the figures do not need one.
 */
import {
  close,
  constants,
  fstat,
  open,
  read,
  readdir,
  stat,
  type Dirent,
  type Stats
} from 'node:fs'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { KEY_PATTERN, identifyKey, type KeyKind } from '../../shared/keys'
import {
  LEAK_BINARY_PROBE_BYTES,
  LEAK_IGNORED_FOLDERS,
  LEAK_MAX_FILE_BYTES,
  LEAK_SKIPPED_SAMPLES,
  LEAK_SKIP_REASONS,
  type LeakSkipReason,
  type LeakSkipped
} from '../../shared/leaks'

/** The file-system calls the scan makes (Node's, promisified); tests replace some to inject faults. */
export interface ScanFs {
  readonly readdir: (path: string) => Promise<Dirent[]>
  readonly stat: (path: string) => Promise<Stats>
  readonly open: (path: string, flags: number) => Promise<number>
  readonly read: (
    fd: number,
    buffer: Buffer,
    offset: number,
    length: number,
    position: number
  ) => Promise<number>
  readonly fstat: (fd: number) => Promise<Stats>
  readonly close: (fd: number) => Promise<void>
}

const readdirAsync = promisify(readdir)
const readAsync = promisify(read)
export const nodeScanFs: ScanFs = {
  readdir: (path) => readdirAsync(path, { withFileTypes: true }),
  stat: promisify(stat),
  open: promisify(open),
  read: async (fd, buffer, offset, length, position) =>
    (await readAsync(fd, buffer, offset, length, position)).bytesRead,
  fstat: promisify(fstat),
  close: promisify(close)
}

/** Where a key was seen. */
export interface KeySighting {
  /** Relative to the folder scanned. */
  readonly file: string
  readonly line: number
  readonly column: number
}

/** One distinct key found, with how often and (some of) where. */
export interface FoundKey {
  /** The key itself: it never leaves main. */
  readonly text: string
  readonly kind: KeyKind
  /** Every sighting, including those not kept in `sightings`. */
  readonly count: number
  readonly sightings: readonly KeySighting[]
}

export interface ScanProgress {
  readonly filesScanned: number
  readonly bytesScanned: number
  readonly keysFound: number
  readonly skipped: number
}

export interface FolderScan extends ScanProgress {
  /** Distinct keys, by their text. */
  readonly keys: ReadonlyMap<string, FoundKey>
  readonly skippedFiles: readonly LeakSkipped[]
  /** Stopped before the end: the signal was aborted, or MAX_DISTINCT_KEYS was reached. */
  readonly stopped: boolean
}

export interface ScanOptions {
  readonly signal?: AbortSignal
  /** Called after each file or skip; cheap, so the caller throttles what it sends on. */
  readonly onProgress?: (progress: ScanProgress) => void
  readonly fs?: ScanFs
  readonly maxFileBytes?: number
  /** Readers at work at once. */
  readonly concurrency?: number
}

/**
 * Bounds on what a scan keeps in memory, whatever the folder holds. Every distinct key keeps
 * its first sighting, so each one can be shown; later sightings are kept up to
 * MAX_KEPT_SIGHTINGS in all and counted beyond it.
 */
export const MAX_DISTINCT_KEYS = 100_000
export const MAX_KEPT_SIGHTINGS = 20_000
/** Eight readers: fewer leave the fs thread pool idle, more only queue in it (measured). */
export const DEFAULT_SCAN_CONCURRENCY = 8
/** Each reader's buffer; a larger file gets a buffer of its own size. */
const READ_BUFFER_BYTES = 1024 * 1024

const IGNORED: ReadonlySet<string> = new Set(LEAK_IGNORED_FOLDERS)
// O_NOFOLLOW: a file swapped for a symbolic link after the folder was listed is not followed;
// O_NONBLOCK: nor does a pipe swapped in block the scan. Both are 0 where the OS lacks them.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

type Task = { readonly folder: string } | { readonly file: string; readonly rel: string }

/** Scan `root` (a folder the user chose) for keys; resolves when every file is done or the scan stops. */
export async function scanFolder(root: string, options: ScanOptions = {}): Promise<FolderScan> {
  const fs = options.fs ?? nodeScanFs
  const maxFileBytes = options.maxFileBytes ?? LEAK_MAX_FILE_BYTES
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_SCAN_CONCURRENCY)
  const keys = new Map<
    string,
    { text: string; kind: KeyKind; count: number; sightings: KeySighting[] }
  >()
  const skipped = new Map<LeakSkipReason, { count: number; samples: string[] }>()
  let filesScanned = 0
  let bytesScanned = 0
  let keysFound = 0
  let skippedCount = 0
  let kept = 0
  let full = false

  const stopped = (): boolean => full || options.signal?.aborted === true
  const progress = (): void =>
    options.onProgress?.({ filesScanned, bytesScanned, keysFound, skipped: skippedCount })
  const skip = (reason: LeakSkipReason, path: string): void => {
    const entry = skipped.get(reason) ?? { count: 0, samples: [] }
    skipped.set(reason, entry)
    entry.count++
    if (entry.samples.length < LEAK_SKIPPED_SAMPLES) entry.samples.push(path)
    skippedCount++
    progress()
  }
  const found = (text: string, kind: KeyKind, sighting: KeySighting): void => {
    keysFound++
    const key = keys.get(text)
    if (key) {
      key.count++
      if (kept < MAX_KEPT_SIGHTINGS) {
        key.sightings.push(sighting)
        kept++
      }
      return
    }
    keys.set(text, { text, kind, count: 1, sightings: [sighting] })
    kept++
    if (keys.size >= MAX_DISTINCT_KEYS) full = true
  }

  // A folder is entered once, however it was reached (a bind mount can make a loop).
  const entered = new Set<string>()
  const tasks: Task[] = [{ folder: root }]
  const listFolder = async (folder: string): Promise<void> => {
    const rel = relative(root, folder) || '.'
    let entries: Dirent[]
    try {
      const { dev, ino } = await fs.stat(folder)
      const identity = `${dev}:${ino}`
      if (entered.has(identity)) return
      entered.add(identity)
      entries = await fs.readdir(folder)
    } catch {
      return skip('unreadable', rel)
    }
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (entry.isDirectory() || entry.isFile()) {
        if (IGNORED.has(entry.name)) skip('ignored-folder', relative(root, path))
        else if (entry.isDirectory()) tasks.push({ folder: path })
        else tasks.push({ file: path, rel: relative(root, path) })
      } else {
        skip(entry.isSymbolicLink() ? 'symlink' : 'special', relative(root, path))
      }
    }
  }

  // Readers take tasks (a folder to list or a file to read) until there are none and no
  // reader is busy: a busy reader may still add some.
  let busy = 0
  let idle: Array<() => void> = []
  const wake = (): void => {
    const waiting = idle
    idle = []
    for (const resume of waiting) resume()
  }
  const reader = async (): Promise<void> => {
    let buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)
    while (!stopped()) {
      const task = tasks.pop()
      if (!task) {
        if (busy === 0) return
        await new Promise<void>((resume) => idle.push(resume))
        continue
      }
      busy++
      try {
        if ('folder' in task) {
          await listFolder(task.folder)
        } else {
          const bytes = await readTextFile(fs, task.file, maxFileBytes, buffer)
          if (typeof bytes === 'string') {
            skip(bytes, task.rel)
          } else {
            if (bytes.buffer !== buffer.buffer) buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)
            filesScanned++
            bytesScanned += bytes.length
            findKeys(bytes, task.rel, found)
            progress()
          }
        }
      } finally {
        busy--
        wake()
      }
    }
    wake()
  }
  await Promise.all(Array.from({ length: concurrency }, reader))

  return {
    filesScanned,
    bytesScanned,
    keysFound,
    skipped: skippedCount,
    keys,
    skippedFiles: LEAK_SKIP_REASONS.flatMap((reason) => {
      const entry = skipped.get(reason)
      return entry ? [{ reason, count: entry.count, samples: entry.samples }] : []
    }),
    stopped: stopped()
  }
}

/**
 * The file's bytes (in `buffer` when they fit, else in a buffer of their own), or why it was not
 * read. The bytes are valid until `buffer` is used again.
 */
async function readTextFile(
  fs: ScanFs,
  path: string,
  maxFileBytes: number,
  buffer: Buffer
): Promise<Buffer | LeakSkipReason> {
  let fd: number
  try {
    fd = await fs.open(path, OPEN_FLAGS)
  } catch (error) {
    // ELOOP: it became a symbolic link after the folder was listed.
    return (error as { code?: unknown }).code === 'ELOOP' ? 'symlink' : 'unreadable'
  }
  try {
    let bytes = buffer
    let length = await fs.read(fd, bytes, 0, bytes.length, 0)
    if (bytes.subarray(0, Math.min(length, LEAK_BINARY_PROBE_BYTES)).includes(0)) return 'binary'
    if (length === bytes.length) {
      // It fills the reader's buffer: read it whole if it is not too large (stat says how large).
      const info = await fs.fstat(fd)
      if (!info.isFile()) return 'special'
      if (info.size > maxFileBytes) return 'too-large'
      bytes = Buffer.allocUnsafe(info.size + 1)
      buffer.copy(bytes, 0, 0, length)
      for (;;) {
        const more = await fs.read(fd, bytes, length, bytes.length - length, length)
        if (more === 0) break
        length += more
        // Grown since the stat: what was read is checked, and no more.
        if (length === bytes.length) break
      }
    }
    if (length > maxFileBytes) return 'too-large'
    return bytes.subarray(0, length)
  } catch {
    return 'unreadable'
  } finally {
    await fs.close(fd).catch(() => undefined)
  }
}

// One instance for every file: a file is scanned synchronously, from lastIndex 0.
const SHAPE = new RegExp(KEY_PATTERN.source, 'g')

/** Report every valid key in `bytes` with its 1-based line and column (in UTF-8 characters). */
export function findKeys(
  bytes: Buffer,
  file: string,
  found: (text: string, kind: KeyKind, sighting: KeySighting) => void
): void {
  // The keys are ASCII, so in the Latin-1 decoding a character index is a byte offset.
  const text = bytes.toString('latin1')
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  let line = 1
  let lineStart = bom
  let nextNewline = text.indexOf('\n', bom)
  // Characters counted so far on the current line, up to `counted`: many keys on one long
  // (minified) line are counted in one pass.
  let countedLine = -1
  let counted = 0
  let characters = 0
  SHAPE.lastIndex = 0
  for (let match = SHAPE.exec(text); match !== null; match = SHAPE.exec(text)) {
    const kind = identifyKey(match[0])
    if (kind === null) continue
    const at = match.index
    while (nextNewline !== -1 && nextNewline < at) {
      line++
      lineStart = nextNewline + 1
      nextNewline = text.indexOf('\n', lineStart)
    }
    if (countedLine !== lineStart) {
      countedLine = lineStart
      counted = lineStart
      characters = 0
    }
    characters += charactersBetween(bytes, counted, at)
    counted = at
    found(match[0], kind, { file, line, column: characters + 1 })
  }
}

/** UTF-8 characters in bytes[from, to): every byte that does not continue a character. */
function charactersBetween(bytes: Buffer, from: number, to: number): number {
  let characters = 0
  for (let i = from; i < to; i++) if ((bytes[i] & 0xc0) !== 0x80) characters++
  return characters
}
