/**
 * Applying a restore batch all-or-nothing (SPEC §9): journal, undo copies of the secrets it
 * replaces, the secrets, then the records in one store write. If a step fails, every secret
 * written is put back as it was and the error says that nothing changed; if even that fails,
 * the journal stays and the next start finishes the undo (restore-journal.ts).
 */
import { AppError } from '../../shared/errors'
import type { AnyMessage } from '../../shared/messages'
import type { ChannelRecord } from '../../shared/channel'
import type { Logger } from '../log'
import type { SecretVault } from '../vault/secret-vault'
import { keychainHelp } from '../vault/secret-vault'
import type { RestoreBatch, RestoreWrite } from './restore-plan'
import { dropUndoCopies, undoAccount, type RestoreJournal } from './restore-journal'

export type { RestoreBatch } from './restore-plan'

export interface RestoreApplyDeps {
  readonly vault: SecretVault
  readonly journal: RestoreJournal
  readonly log: Logger
  readonly platform: NodeJS.Platform
  /** The ids of the records in the data file now (to tell new records from replaced ones). */
  readonly known: ReadonlySet<string>
  /** The one store write of the batch's records; throws when nothing was written. */
  readonly writeRecords: (records: readonly ChannelRecord[]) => Promise<void>
}

/** True when the batch changes nothing. */
export const isEmptyBatch = (batch: RestoreBatch): boolean =>
  batch.writes.length === 0 && batch.records.length === 0

/** Apply `batch`; throws a coded AppError with everything put back when it cannot. */
export async function applyRestoreBatch(
  batch: RestoreBatch,
  deps: RestoreApplyDeps
): Promise<void> {
  if (isEmptyBatch(batch)) return
  const { vault, journal, log } = deps
  try {
    await journal.begin(batch, deps.known)
  } catch (error) {
    log.error('Could not write the restore journal; nothing was restored.', error)
    throw new AppError('STORAGE', 'backup.restoreUndone', {
      params: { help: { code: 'channel.notSaved' } },
      cause: error
    })
  }
  const written: RestoreWrite[] = []
  // A keychain that fails is KEYCHAIN_UNAVAILABLE, worded for this OS, like every other action.
  const keychain = async (call: () => Promise<unknown>): Promise<void> => {
    try {
      await call()
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('KEYCHAIN_UNAVAILABLE', keychainHelp(deps.platform), { cause: error })
    }
  }
  try {
    for (const write of batch.writes) {
      const { previous } = write
      if (previous !== null) await keychain(() => vault.set(undoAccount(write.id), previous))
    }
    for (const write of batch.writes) {
      written.push(write)
      await keychain(() => vault.set(write.id, write.secret))
    }
    if (batch.records.length > 0) await deps.writeRecords(batch.records)
    else await journal.commit()
  } catch (error) {
    const undone = await undo(written, batch, deps)
    if (undone) await journal.clear().catch((e: unknown) => log.warn('Journal not cleared.', e))
    // Say only what is true: put back now, or (the keychain failing again) at the next start.
    throw new AppError(
      error instanceof AppError ? error.code : 'STORAGE',
      undone ? 'backup.restoreUndone' : 'backup.restoreInterrupted',
      { params: { help: helpOf(error, deps.platform) }, cause: error }
    )
  }
  // Applied: the undo copies and the journal are no longer needed. A failure here leaves
  // them for the next start, which finishes the job.
  try {
    await dropUndoCopies(
      vault,
      batch.writes.map((w) => ({ id: w.id, hadPrevious: w.previous !== null }))
    )
    await journal.clear()
  } catch (error) {
    log.warn('A restore was applied; its journal is cleared at the next start.', error)
  }
}

/** Put back every secret written; false if some could not be (the journal then stays). */
async function undo(
  written: readonly RestoreWrite[],
  batch: RestoreBatch,
  { vault, log }: RestoreApplyDeps
): Promise<boolean> {
  let ok = true
  for (const write of [...written].reverse()) {
    try {
      if (write.previous === null) await vault.delete(write.id)
      else await vault.set(write.id, write.previous)
    } catch (error) {
      ok = false
      log.error(`Could not put back the keychain entry ${write.id} after a failed restore.`, error)
    }
  }
  if (ok) {
    try {
      await dropUndoCopies(
        vault,
        batch.writes.map((w) => ({ id: w.id, hadPrevious: w.previous !== null }))
      )
    } catch (error) {
      ok = false
      log.warn('Could not delete the undo copies of a failed restore.', error)
    }
  }
  return ok
}

function helpOf(error: unknown, platform: NodeJS.Platform): AnyMessage {
  if (error instanceof AppError) return error.said
  return { code: keychainHelp(platform) }
}
