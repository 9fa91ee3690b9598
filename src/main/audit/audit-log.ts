/**
 * The local audit log: `<dataDir>/audit.jsonl`, one JSON object per line, append-only.
 * Each append is fsynced before it resolves. A torn last line (crash mid-append) is
 * skipped on read rather than failing the whole log.
 */
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { AUDIT_ACTIONS, type AuditEntry } from '../../shared/audit'
import { SerialQueue } from '../util/serial-queue'
import { syncDirectory, nodeFsOps } from '../store/durable-file'

export const AUDIT_FILE_NAME = 'audit.jsonl'
export const DEFAULT_AUDIT_LIST_LIMIT = 1000

/** What a caller records; the log adds who and when. */
export type AuditEvent = Omit<AuditEntry, 'at' | 'user'>

const entrySchema = z.object({
  at: z.string(),
  user: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  channelId: z.string(),
  channelName: z.string(),
  field: z.string().optional(),
  detail: z.string().optional()
})

export interface AuditLogOptions {
  readonly dataDir: string
  /** The OS user the entries are attributed to. */
  readonly user: string
  readonly now?: () => Date
}

export class AuditLog {
  readonly filePath: string
  readonly #user: string
  readonly #now: () => Date
  readonly #queue = new SerialQueue()

  constructor(options: AuditLogOptions) {
    this.filePath = join(options.dataDir, AUDIT_FILE_NAME)
    this.#user = options.user
    this.#now = options.now ?? (() => new Date())
  }

  /** Append one entry durably; resolves with the entry written. */
  record(event: AuditEvent): Promise<AuditEntry> {
    const entry: AuditEntry = {
      at: this.#now().toISOString(),
      user: this.#user,
      action: event.action,
      channelId: event.channelId,
      channelName: event.channelName,
      ...(event.field === undefined ? {} : { field: event.field }),
      ...(event.detail === undefined ? {} : { detail: event.detail })
    }
    return this.#queue.run(async () => {
      await mkdir(dirname(this.filePath), { recursive: true })
      const handle = await open(this.filePath, 'a+', 0o600)
      let created: boolean
      try {
        const { size } = await handle.stat()
        created = size === 0
        // After a crash mid-append the last line may be torn; start on a fresh line so
        // only that one entry is lost, not this one too.
        const torn = !created && (await lastByte(handle, size)) !== 0x0a
        await handle.appendFile(`${torn ? '\n' : ''}${JSON.stringify(entry)}\n`, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      // A new file's directory entry must reach the disk too.
      if (created) await syncDirectory(nodeFsOps, dirname(this.filePath))
      return entry
    })
  }

  /** The newest `limit` entries, newest first. */
  async list(limit: number = DEFAULT_AUDIT_LIST_LIMIT): Promise<AuditEntry[]> {
    await this.#queue.idle()
    let text: string
    try {
      text = await readFile(this.filePath, 'utf8')
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return []
      throw error
    }
    const entries: AuditEntry[] = []
    const lines = text.split('\n')
    for (let i = lines.length - 1; i >= 0 && entries.length < limit; i--) {
      const entry = parseLine(lines[i])
      if (entry) entries.push(entry)
    }
    return entries
  }
}

async function lastByte(handle: FileHandle, size: number): Promise<number> {
  const buffer = Buffer.alloc(1)
  await handle.read(buffer, 0, 1, size - 1)
  return buffer[0]
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
