/**
 * A restore's journal, so a crash half-way leaves all of the batch or none of it (SPEC §9).
 *
 * Before the keychain is touched, `<dataDir>/restore-journal.json` is written durably: which
 * accounts the restore writes (and whether each had a secret before) and the records the one
 * store write will put in place — never a secret. A secret that is replaced is first copied, in
 * the keychain, to `cam-restore-undo:<id>` (not UUID-shaped, so never taken for a channel's).
 * The commit point is the store write; for a batch that only fills in secrets, it is the
 * journal's `committed` phase. At the next start an interrupted restore is finished (committed:
 * the undo copies are dropped) or undone (each account put back as it was, the undo copies
 * dropped). A record's own secret is never deleted by an undo.
 */
import { readFile, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { channelRecordSchema, type ChannelRecord } from '../../shared/channel'
import type { Logger } from '../log'
import { DurableTextFile, nodeFsOps, syncDirectory } from '../store/durable-file'
import { assertNoSecret } from '../store/store-encoding'
import type { SecretVault } from '../vault/secret-vault'
import type { RestoreBatch } from './restore-plan'

export const RESTORE_JOURNAL_FILE = 'restore-journal.json'
export const UNDO_ACCOUNT_PREFIX = 'cam-restore-undo:'

/** The keychain account holding the secret a restore replaced, until it commits. */
export const undoAccount = (id: string): string => `${UNDO_ACCOUNT_PREFIX}${id}`

const journalSchema = z.strictObject({
  version: z.literal(1),
  phase: z.enum(['applying', 'committed']),
  startedAt: z.string(),
  writes: z.array(z.strictObject({ id: z.string(), hadPrevious: z.boolean() })),
  records: z.array(channelRecordSchema),
  /** The records' ids that were not in the file before: present after the write, absent before. */
  newIds: z.array(z.string())
})
type JournalData = z.output<typeof journalSchema>

export type RecoveryOutcome = 'none' | 'finished' | 'undone'

export class RestoreJournal {
  readonly path: string
  readonly #file: DurableTextFile
  readonly #now: () => Date

  constructor(dataDir: string, now: () => Date) {
    this.path = join(dataDir, RESTORE_JOURNAL_FILE)
    this.#file = new DurableTextFile(this.path)
    this.#now = now
  }

  /** Write the journal of `batch` before anything of it is applied; `known` are the ids in the file now. */
  async begin(batch: RestoreBatch, known: ReadonlySet<string>): Promise<void> {
    await this.#write({
      version: 1,
      phase: 'applying',
      startedAt: this.#now().toISOString(),
      writes: batch.writes.map((w) => ({ id: w.id, hadPrevious: w.previous !== null })),
      records: [...batch.records],
      newIds: batch.records.filter((r) => !known.has(r.id)).map((r) => r.id)
    })
  }

  /** Mark the restore as applied (the commit point of a batch without records). */
  async commit(): Promise<void> {
    const data = await this.read()
    if (data) await this.#write({ ...data, phase: 'committed' })
  }

  /** The journal of an interrupted restore, or null. An unreadable one is an error: it is kept. */
  async read(): Promise<JournalData | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null
      throw error
    }
    return journalSchema.parse(JSON.parse(text))
  }

  /** Forget the journal: the restore is finished or undone. */
  async clear(): Promise<void> {
    await unlink(this.path).catch((error: { code?: unknown }) => {
      if (error.code !== 'ENOENT') throw error
    })
    await syncDirectory(nodeFsOps, dirname(this.path))
  }

  async #write(data: JournalData): Promise<void> {
    const text = JSON.stringify(data)
    // Records never hold a secret; this keeps it so if that ever changed.
    assertNoSecret(text)
    await this.#file.write(text)
  }
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * Finish or undo a restore a crash interrupted. `stored` is the data file's records (empty when
 * it could not be loaded). Throws when the keychain does not answer: the journal is kept and the
 * next attempt (the start-up check, or the next start) tries again.
 */
export async function recoverRestore(
  journal: RestoreJournal,
  vault: SecretVault,
  stored: readonly ChannelRecord[],
  log: Logger
): Promise<RecoveryOutcome> {
  let data: JournalData | null
  try {
    data = await journal.read()
  } catch (error) {
    log.error('The restore journal cannot be read; it is kept for inspection.', error)
    return 'none'
  }
  if (data === null) return 'none'
  const byId = new Map(stored.map((record) => [record.id, record]))
  // The store write is atomic: either every journalled record is in the file, or none is. A
  // new channel's id proves it by being there; a replaced one, by its content.
  const committed =
    data.phase === 'committed' ||
    (data.newIds.length > 0
      ? data.newIds.every((id) => byId.has(id))
      : data.records.length > 0 && data.records.every((r) => sameJson(byId.get(r.id), r)))
  if (!committed) {
    for (const write of data.writes) {
      if (write.hadPrevious) {
        const previous = await vault.get(undoAccount(write.id))
        // No undo copy: the restore stopped before it replaced anything.
        if (previous !== null) await vault.set(write.id, previous)
      } else {
        // There was no secret for this account before the restore: put that back (the
        // backup, which holds it, is still where the user keeps it).
        await vault.delete(write.id)
      }
    }
  }
  await dropUndoCopies(vault, data.writes)
  await journal.clear()
  log.warn(
    committed
      ? 'A restore interrupted after it was applied was finished.'
      : `A restore interrupted before it was applied was undone (${data.writes.length} keychain entries put back).`
  )
  return committed ? 'finished' : 'undone'
}

/** Delete the undo copies of `writes` (only those with a previous secret have one). */
export async function dropUndoCopies(
  vault: SecretVault,
  writes: readonly { readonly id: string; readonly hadPrevious: boolean }[]
): Promise<void> {
  for (const write of writes) if (write.hadPrevious) await vault.delete(undoAccount(write.id))
}
