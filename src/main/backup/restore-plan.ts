/**
 * What restoring a backup would do, worked out from the backup, the channels here and the
 * keychain, with no side effect (SPEC §9). The same function makes the preview the user sees
 * and, at apply time, the batch that is written, from the state as it is then.
 *
 * - A channel whose id is not here is added, unless its name is taken (then it is skipped,
 *   with the name it clashes with). When the keychain already holds a secret for its id (a
 *   secret without a channel), that secret is kept: it is at least as new as the backup's.
 * - A channel with the same id here is kept as it is, filling in its secret when this computer
 *   has none; or, when the user asks, replaced by the backup's record and secret.
 * - A channel that breaks a rule is skipped, with the reason.
 */
import type {
  RestoreInvalid,
  RestoreNameClash,
  RestoreNew,
  RestoreSameId
} from '../../shared/backup'
import { nameKey, type ChannelRecord } from '../../shared/channel'
import { identifyKey } from '../../shared/keys'
import type { ParsedBackup } from './backup-payload'

/** One secret the restore writes, and what it replaces (null: nothing), to undo it. */
export interface RestoreWrite {
  readonly id: string
  readonly secret: string
  readonly previous: string | null
}

/** What a restore writes: secrets first, then these records in one store write. */
export interface RestoreBatch {
  readonly writes: readonly RestoreWrite[]
  /** New records, and records that replace the one with their id. */
  readonly records: readonly ChannelRecord[]
  readonly added: number
  readonly replaced: number
  readonly secretsFilled: number
  readonly skipped: number
}

export interface RestorePlan {
  readonly added: readonly RestoreNew[]
  readonly sameId: readonly RestoreSameId[]
  readonly nameClashes: readonly RestoreNameClash[]
  readonly invalid: readonly RestoreInvalid[]
  readonly batch: RestoreBatch
}

const FIELDS = [
  'name',
  'collectedByQuickTracking',
  'appType',
  'platforms',
  'domains',
  'appKey',
  'accessKeyId',
  'createdAt',
  'updatedAt',
  'secretUpdatedAt',
  'disabledAt'
] as const satisfies readonly (keyof ChannelRecord)[]

/** Whether two records hold the same values (the id aside). */
function sameRecord(a: ChannelRecord, b: ChannelRecord): boolean {
  return FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]))
}

/** The plan for `backup` over the channels and keychain as they are; `replace` lists ids to replace. */
export function planRestore(
  backup: ParsedBackup,
  current: readonly ChannelRecord[],
  keychain: ReadonlyMap<string, string>,
  replace: ReadonlySet<string>
): RestorePlan {
  const byId = new Map(current.map((record) => [record.id, record]))
  const nameOwner = new Map(current.map((record) => [nameKey(record.name), record]))
  const addedNames = new Map<string, string>()
  const added: RestoreNew[] = []
  const sameId: RestoreSameId[] = []
  const nameClashes: RestoreNameClash[] = []
  const invalid: RestoreInvalid[] = []
  const writes: RestoreWrite[] = []
  const records: ChannelRecord[] = []
  let replaced = 0
  let secretsFilled = 0
  let skipped = 0

  for (const channel of backup.channels) {
    if (!channel.ok) {
      const { position, name, problem } = channel
      invalid.push({ position, ...(name === undefined ? {} : { name }), problem })
      skipped++
      continue
    }
    const { record, secret } = channel
    const here = keychain.get(record.id) ?? null
    const key = nameKey(record.name)
    const existing = byId.get(record.id)
    if (existing) {
      const owner = nameOwner.get(key)
      const clash = owner && owner.id !== record.id ? owner.name : addedNames.get(key)
      const recordDiffers = !sameRecord(existing, record)
      const state = here === null ? 'missingHere' : here === secret ? 'same' : 'different'
      sameId.push({
        id: record.id,
        name: record.name,
        currentName: existing.name,
        recordDiffers,
        secret: state,
        ...(clash === undefined ? {} : { replaceClashesWith: clash })
      })
      if (replace.has(record.id) && clash !== undefined) {
        skipped++
      } else if (replace.has(record.id) && (recordDiffers || state !== 'same')) {
        replaced++
        if (recordDiffers) records.push(record)
        if (state !== 'same') writes.push({ id: record.id, secret, previous: here })
      } else if (state === 'missingHere') {
        secretsFilled++
        writes.push({ id: record.id, secret, previous: null })
      }
      continue
    }
    const clash = nameOwner.get(key)?.name ?? addedNames.get(key)
    if (clash !== undefined) {
      nameClashes.push({ id: record.id, name: record.name, clashesWith: clash })
      skipped++
      continue
    }
    addedNames.set(key, record.name)
    const kept = here !== null && identifyKey(here) === 'accessKeySecret'
    added.push({
      id: record.id,
      name: record.name,
      appType: record.appType,
      secret: kept ? 'kept' : 'fromBackup'
    })
    records.push(record)
    if (!kept) writes.push({ id: record.id, secret, previous: here })
  }

  return {
    added,
    sameId,
    nameClashes,
    invalid,
    batch: { writes, records, added: added.length, replaced, secretsFilled, skipped }
  }
}
