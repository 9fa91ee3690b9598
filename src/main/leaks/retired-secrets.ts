/**
 * Fingerprints of retired AccessKeySecrets, so the leak check can say "this is the secret
 * Shop app used until 3 May" without the app keeping the secret itself (SPEC §11). The file is
 * `<dataDir>/retired-secrets.jsonl`, one JSON object per line, append-only, each append fsynced
 * before it resolves, like the audit log. A line holds the SHA-256 of the secret, never the
 * secret: a secret has ≈190 random bits, so its hash cannot be turned back into it.
 *
 * It is not part of channels.json (no format change) and outlives the channel: a secret of a
 * removed channel is still recognised.
 */
import { createHash } from 'node:crypto'
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { nodeFsOps, syncDirectory } from '../store/durable-file'
import { SerialQueue } from '../util/serial-queue'

export const RETIRED_SECRETS_FILE_NAME = 'retired-secrets.jsonl'

/** One retired secret, as a line of the file. */
export interface RetiredSecret {
  readonly channelId: string
  /** The channel's name when its secret was replaced. */
  readonly channelName: string
  /** SHA-256 of the secret, lower-case hex. */
  readonly sha256: string
  readonly retiredAt: string
}

const lineSchema = z.object({
  channelId: z.string(),
  channelName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  retiredAt: z.string()
})

/** The fingerprint the file keeps for a secret: SHA-256, lower-case hex. */
export function secretFingerprint(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex')
}

export interface RetiredSecretsOptions {
  readonly dataDir: string
  readonly now?: () => Date
}

export class RetiredSecrets {
  readonly filePath: string
  readonly #now: () => Date
  readonly #queue = new SerialQueue()

  constructor(options: RetiredSecretsOptions) {
    this.filePath = join(options.dataDir, RETIRED_SECRETS_FILE_NAME)
    this.#now = options.now ?? (() => new Date())
  }

  /** Write down the fingerprint of a secret that is about to be replaced; durable once it resolves. */
  record(retired: {
    readonly channelId: string
    readonly channelName: string
    readonly secret: string
  }): Promise<RetiredSecret> {
    const line: RetiredSecret = {
      channelId: retired.channelId,
      channelName: retired.channelName,
      sha256: secretFingerprint(retired.secret),
      retiredAt: this.#now().toISOString()
    }
    return this.#queue.run(async () => {
      await mkdir(dirname(this.filePath), { recursive: true })
      const handle = await open(this.filePath, 'a+', 0o600)
      let created: boolean
      try {
        const { size } = await handle.stat()
        created = size === 0
        // After a crash mid-append the last line may be torn: start this one on a line of its own.
        const torn = !created && (await lastByte(handle, size)) !== 0x0a
        await handle.appendFile(`${torn ? '\n' : ''}${JSON.stringify(line)}\n`, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      // A new file's directory entry must reach the disk too.
      if (created) await syncDirectory(nodeFsOps, dirname(this.filePath))
      return line
    })
  }

  /**
   * Every fingerprint, by SHA-256 (the latest line wins when a secret was recorded twice, e.g.
   * an Update that failed and was tried again). A torn or foreign line is skipped.
   */
  async load(): Promise<ReadonlyMap<string, RetiredSecret>> {
    await this.#queue.idle()
    let text: string
    try {
      text = await readFile(this.filePath, 'utf8')
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return new Map()
      throw error
    }
    const bySha = new Map<string, RetiredSecret>()
    for (const line of text.split('\n')) {
      const entry = parseLine(line)
      if (entry) bySha.set(entry.sha256, entry)
    }
    return bySha
  }
}

async function lastByte(handle: FileHandle, size: number): Promise<number> {
  const buffer = Buffer.alloc(1)
  await handle.read(buffer, 0, 1, size - 1)
  return buffer[0]
}

function parseLine(line: string): RetiredSecret | null {
  if (line.trim() === '') return null
  try {
    const parsed = lineSchema.safeParse(JSON.parse(line))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
