/**
 * The local audit log: `<dataDir>/audit.jsonl`, one JSON object per line, append-only.
 * Each append is fsynced before it resolves. A torn last line (crash mid-append) is
 * skipped on read rather than failing the whole log.
 *
 * Bounded (SPEC §3.7): once the file would pass `maxBytes` (10 MB) it is renamed to
 * `audit-<seq>.jsonl` and a new one started; the newest `keep` (5) renamed files are kept. The
 * sequence number only grows, so a page cursor (`<seq>:<index>`, "entries of file seq before
 * index") stays valid while entries are appended and files are rotated.
 */
import { mkdir, open, readdir, readFile, rename, unlink, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import {
  AUDIT_ACTIONS,
  auditMatcher,
  DEFAULT_AUDIT_PAGE,
  isEmptyAuditFilter,
  type AuditEntry,
  type AuditFilter,
  type AuditPage
} from '../../shared/audit'
import { SerialQueue } from '../util/serial-queue'
import { syncDirectory, nodeFsOps } from '../store/durable-file'

export const AUDIT_FILE_NAME = 'audit.jsonl'
export const DEFAULT_AUDIT_LIST_LIMIT = 1000
export const DEFAULT_AUDIT_MAX_BYTES = 10 * 1024 * 1024
export const DEFAULT_AUDIT_KEEP = 5

/** What a caller records; the log adds who and when. */
export type AuditEvent = Omit<AuditEntry, 'at' | 'user'>

const entrySchema = z.object({
  at: z.string(),
  user: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  channelId: z.string(),
  channelName: z.string(),
  field: z.string().optional(),
  detail: z.string().optional(),
  count: z.int().min(0).optional(),
  kind: z.string().optional()
})

const ROTATED = /^audit-(\d{6,12})\.jsonl$/
const rotatedName = (seq: number): string => `audit-${String(seq).padStart(6, '0')}.jsonl`

export interface AuditLogOptions {
  readonly dataDir: string
  /** The OS user the entries are attributed to. */
  readonly user: string
  readonly now?: () => Date
  /** Rotate once the file would grow past this many bytes (default 10 MB). */
  readonly maxBytes?: number
  /** How many rotated files to keep (default 5). */
  readonly keep?: number
}

/** A page of the entries `filter` keeps (every entry without one). */
export interface AuditPageRequest extends AuditFilter {
  /** A page's `next` (of the same filter); absent for the newest entries. */
  readonly before?: string
  readonly limit?: number
}

/** The entries of the file being written, read once and then only the bytes appended since. */
interface CurrentCache {
  size: number
  entries: AuditEntry[]
  /** Bytes after the last newline (a line still being written, or a torn one). */
  partial: Buffer
}

export class AuditLog {
  readonly filePath: string
  readonly #dir: string
  readonly #user: string
  readonly #now: () => Date
  readonly #maxBytes: number
  readonly #keep: number
  readonly #queue = new SerialQueue()
  #current: CurrentCache | undefined
  // Rotated files never change: what each holds for the few filters last used (its count, and
  // its matches when few), and the entries of the one last read, are kept.
  readonly #known = new Map<string, Map<number, KnownFile>>()
  #lastRotated: { seq: number; entries: AuditEntry[] } | undefined

  constructor(options: AuditLogOptions) {
    this.#dir = options.dataDir
    this.filePath = join(options.dataDir, AUDIT_FILE_NAME)
    this.#user = options.user
    this.#now = options.now ?? (() => new Date())
    this.#maxBytes = options.maxBytes ?? DEFAULT_AUDIT_MAX_BYTES
    this.#keep = Math.max(1, options.keep ?? DEFAULT_AUDIT_KEEP)
  }

  /** Append one entry durably; resolves with the entry written, rejects if it was not. */
  record(event: AuditEvent): Promise<AuditEntry> {
    const entry: AuditEntry = {
      at: this.#now().toISOString(),
      user: this.#user,
      action: event.action,
      channelId: event.channelId,
      channelName: event.channelName,
      ...(event.field === undefined ? {} : { field: event.field }),
      ...(event.detail === undefined ? {} : { detail: event.detail }),
      ...(event.count === undefined ? {} : { count: event.count }),
      ...(event.kind === undefined ? {} : { kind: event.kind })
    }
    return this.#queue.run(async () => {
      await mkdir(dirname(this.filePath), { recursive: true })
      const line = `${JSON.stringify(entry)}\n`
      let handle = await open(this.filePath, 'a+', 0o600)
      let created: boolean
      try {
        let { size } = await handle.stat()
        if (size > 0 && size + Buffer.byteLength(line) > this.#maxBytes) {
          await handle.close()
          await this.#rotate()
          handle = await open(this.filePath, 'a+', 0o600)
          size = 0
        }
        created = size === 0
        // After a crash mid-append the last line may be torn; start on a fresh line so
        // only that one entry is lost, not this one too.
        const torn = !created && (await lastByte(handle, size)) !== 0x0a
        await handle.appendFile(`${torn ? '\n' : ''}${line}`, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      // A new file's directory entry must reach the disk too.
      if (created) await syncDirectory(nodeFsOps, dirname(this.filePath))
      return entry
    })
  }

  /** Resolves once every entry recorded so far is on disk (or failed). */
  idle(): Promise<void> {
    return this.#queue.idle()
  }

  /** The newest `limit` entries, newest first. */
  async list(limit: number = DEFAULT_AUDIT_LIST_LIMIT): Promise<AuditEntry[]> {
    return [...(await this.page({ limit })).entries]
  }

  /** A page of entries, newest first, across the current and the kept rotated files. */
  async page(request: AuditPageRequest = {}): Promise<AuditPage> {
    const limit = Math.max(1, request.limit ?? DEFAULT_AUDIT_PAGE)
    const filtered = !isEmptyAuditFilter(request)
    const matches = auditMatcher(request)
    // On the queue: a page never sees half of a rotation.
    return this.#queue.run(async () => {
      const known = this.#knownOf(filtered ? filterKey(request) : '')
      const rotated = await this.#rotatedSeqs()
      const currentSeq = (rotated[0] ?? 0) + 1
      const [fromSeq, fromIndex] = parseCursor(request.before) ?? [currentSeq, Infinity]
      const entries: AuditEntry[] = []
      let next: string | undefined
      let total = 0
      for (const seq of [currentSeq, ...rotated]) {
        const wanted = seq <= fromSeq && next === undefined
        const file = seq === currentSeq ? undefined : known.get(seq)
        if (file && (!wanted || file.matches)) {
          total += file.count
          if (wanted && file.matches) next = takeOlder(file.matches, seq, fromSeq, fromIndex)
          continue
        }
        const fileEntries = await this.#entriesOf(seq, seq === currentSeq)
        let matched: Matches
        if (filtered) {
          const list: Array<readonly [number, AuditEntry]> = []
          fileEntries.forEach((entry, index) => {
            if (matches(entry)) list.push([index, entry])
          })
          matched = list
        } else {
          matched = fileEntries
        }
        // A rotated file never changes: what it holds for this filter is kept, the entries
        // themselves too when there are few (a channel's history pages without reading it).
        if (seq !== currentSeq) {
          const keep = filtered && matched.length <= KEPT_MATCHES
          known.set(
            seq,
            keep ? { count: matched.length, matches: matched } : { count: matched.length }
          )
        }
        total += matched.length
        if (wanted) next = takeOlder(matched, seq, fromSeq, fromIndex)
      }
      return next === undefined ? { entries, total } : { entries, next, total }

      /**
       * Append the file's entries older than the cursor to the page, newest first; the cursor of
       * the next page when the page is full and an older entry remains.
       */
      function takeOlder(list: Matches, seq: number, cursorSeq: number, cursorIndex: number) {
        const before = seq === cursorSeq ? cursorIndex : Infinity
        for (let i = list.length - 1; i >= 0; i--) {
          const [index, entry] = pairOf(list, i)
          if (index >= before) continue
          // One entry past the page: there is an older page, and it starts here.
          if (entries.length === limit) return `${seq}:${index + 1}`
          entries.push(entry)
        }
        return undefined
      }
    })
  }

  /** Every entry `filter` keeps, newest first (what an export writes). */
  async matching(filter: AuditFilter = {}): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = []
    let before: string | undefined
    // Page by page with the cursor: entries appended meanwhile are not repeated or skipped.
    for (;;) {
      const page = await this.page({ ...filter, limit: MATCHING_PAGE, before })
      entries.push(...page.entries)
      if (page.next === undefined) return entries
      before = page.next
    }
  }

  /** What the rotated files hold under one filter; only the last few filters' are kept. */
  #knownOf(key: string): Map<number, KnownFile> {
    let known = this.#known.get(key)
    if (known) {
      this.#known.delete(key)
    } else {
      known = new Map()
      if (this.#known.size >= KEPT_FILTERS) {
        this.#known.delete(this.#known.keys().next().value as string)
      }
    }
    this.#known.set(key, known)
    return known
  }

  /** Rename the full file to the next sequence number; drop rotated files beyond `keep`. */
  async #rotate(): Promise<void> {
    const rotated = await this.#rotatedSeqs()
    const seq = (rotated[0] ?? 0) + 1
    await rename(this.filePath, join(this.#dir, rotatedName(seq)))
    this.#current = undefined
    for (const old of [seq, ...rotated].slice(this.#keep)) {
      await unlink(join(this.#dir, rotatedName(old))).catch(() => undefined)
      for (const known of this.#known.values()) known.delete(old)
    }
    await syncDirectory(nodeFsOps, this.#dir)
  }

  /** Sequence numbers of the rotated files, newest first. */
  async #rotatedSeqs(): Promise<number[]> {
    let names: string[]
    try {
      names = await readdir(this.#dir)
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return []
      throw error
    }
    return names
      .map((name) => ROTATED.exec(name)?.[1])
      .filter((seq): seq is string => seq !== undefined)
      .map(Number)
      .sort((a, b) => b - a)
  }

  /** A file's entries, oldest first (only their count is remembered for a rotated file). */
  async #entriesOf(seq: number, current: boolean): Promise<readonly AuditEntry[]> {
    if (current) return this.#currentEntries()
    if (this.#lastRotated?.seq === seq) return this.#lastRotated.entries
    const entries = parseLines(await readOrEmpty(join(this.#dir, rotatedName(seq))))
    this.#lastRotated = { seq, entries }
    return entries
  }

  /** The current file's entries, reading only what was appended since the last call. */
  async #currentEntries(): Promise<readonly AuditEntry[]> {
    const bytes = await readOrEmpty(this.filePath)
    let cache = this.#current
    if (!cache || bytes.length < cache.size) {
      cache = { size: 0, entries: [], partial: Buffer.alloc(0) }
    }
    const fresh = Buffer.concat([cache.partial, bytes.subarray(cache.size)])
    const end = fresh.lastIndexOf(0x0a) + 1
    cache.entries.push(...parseLines(fresh.subarray(0, end)))
    cache.partial = Buffer.from(fresh.subarray(end))
    cache.size = bytes.length
    this.#current = cache
    return cache.entries
  }
}

/** Filters whose per-file figures are kept (the dialog's and a channel's history, mostly). */
const KEPT_FILTERS = 8
/** At most this many matches of a rotated file are kept per filter (memory: 8 × 5 × 1,000 entries). */
const KEPT_MATCHES = 1000
const MATCHING_PAGE = 1000

/** A file's entries, oldest first: all of them, or the matches of a filter with their index. */
type Matches = readonly AuditEntry[] | ReadonlyArray<readonly [number, AuditEntry]>

/** What a rotated file holds under one filter. */
interface KnownFile {
  readonly count: number
  readonly matches?: Matches
}

function pairOf(list: Matches, i: number): readonly [number, AuditEntry] {
  const item = list[i]
  return Array.isArray(item) ? (item as readonly [number, AuditEntry]) : [i, item as AuditEntry]
}

/** The same key for the same filter, whatever order its fields came in. */
function filterKey(filter: AuditFilter): string {
  return JSON.stringify([
    filter.channelId ?? null,
    [...(filter.actions ?? [])].sort(),
    filter.from === undefined ? null : Date.parse(filter.from),
    filter.to === undefined ? null : Date.parse(filter.to),
    filter.search?.trim() ?? ''
  ])
}

function parseCursor(cursor: string | undefined): [number, number] | undefined {
  const match = cursor === undefined ? null : /^(\d{1,12}):(\d{1,12})$/.exec(cursor)
  return match ? [Number(match[1]), Number(match[2])] : undefined
}

async function readOrEmpty(path: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return Buffer.alloc(0)
    throw error
  }
}

async function lastByte(handle: FileHandle, size: number): Promise<number> {
  const buffer = Buffer.alloc(1)
  await handle.read(buffer, 0, 1, size - 1)
  return buffer[0]
}

function parseLines(bytes: Buffer): AuditEntry[] {
  const entries: AuditEntry[] = []
  for (const line of bytes.toString('utf8').split('\n')) {
    const entry = parseLine(line)
    if (entry) entries.push(entry)
  }
  return entries
}

function parseLine(line: string): AuditEntry | null {
  if (line.trim() === '') return null
  try {
    const parsed = entrySchema.safeParse(JSON.parse(line))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
