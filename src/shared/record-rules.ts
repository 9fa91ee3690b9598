/**
 * The rules a stored channel must meet: every rule that creating it applies (SPEC §4), checked
 * again on a record that comes from a file — the data file at load, a backup at restore. A
 * record is never repaired: a problem is reported with its path and message code, and the
 * caller refuses the file (the data file opens recovery as `invalid`) or the record (a backup's
 * channel is listed as invalid in the restore preview).
 *
 * The name and each Network Domain must be stored exactly in the form create stores them in
 * (trimmed and NFC; the normalised origin), so a hand-edited `Shop.Example.com` is caught here
 * instead of slipping past the duplicate check. Pure.
 */
import { channelNameSchema, createChannelInputSchema, nameKey, type ChannelRecord } from './channel'
import { z } from 'zod'
import { identifyKey } from './keys'
import { isMessageCode, type PlainMessageCode } from './messages'

/** One broken rule: where in the record (`name`, `domains.1`, …) and what, as a message code. */
export interface RuleProblem {
  readonly path: readonly (string | number)[]
  readonly code: PlainMessageCode
}

const codeOf = (message: string): PlainMessageCode =>
  isMessageCode(message) ? (message as PlainMessageCode) : 'store.invalidValue'

// Compiled once (the same answers and issues as the schema): a load checks every record, and
// at 10,000 channels the compiled schema takes about half the time (docs/performance.md).
const createRules = z.compile(createChannelInputSchema, { strict: true })

/** The problems of one record by the create rules; empty when it is good. */
export function recordProblems(record: ChannelRecord): readonly RuleProblem[] {
  const problems: RuleProblem[] = []
  const fields = createRules.safeParse({
    name: record.name,
    collectedByQuickTracking: record.collectedByQuickTracking,
    appType: record.appType,
    platforms: record.platforms,
    domains: record.domains
  })
  if (!fields.success) {
    for (const issue of fields.error.issues) {
      problems.push({ path: issue.path as (string | number)[], code: codeOf(issue.message) })
    }
  } else {
    if (fields.data.name !== record.name) {
      problems.push({ path: ['name'], code: 'store.nameNotNormalised' })
    }
    fields.data.domains.forEach((domain, index) => {
      if (domain !== record.domains[index]) {
        problems.push({ path: ['domains', index], code: 'store.domainNotNormalised' })
      }
    })
  }
  if (identifyKey(record.appKey) !== 'appKey') {
    problems.push({ path: ['appKey'], code: 'store.badAppKey' })
  }
  if (identifyKey(record.accessKeyId) !== 'accessKeyId') {
    problems.push({ path: ['accessKeyId'], code: 'store.badAccessKeyId' })
  }
  return problems
}

/** True when `name` is a Channel Name create would accept as it is. */
export const isStoredName = (name: string): boolean => {
  const parsed = channelNameSchema.safeParse(name)
  return parsed.success && parsed.data === name
}

/**
 * For each record whose name key (`key`: the shared `nameKey`, as create compares names, unless
 * the caller says otherwise) an earlier record already has: its index and the earlier one's.
 */
export function duplicateNames(
  records: readonly Pick<ChannelRecord, 'name'>[],
  key: (name: string) => string = nameKey
): readonly { readonly index: number; readonly first: number }[] {
  const seen = new Map<string, number>()
  const duplicates: { index: number; first: number }[] = []
  records.forEach((record, index) => {
    const k = key(record.name)
    const first = seen.get(k)
    if (first === undefined) seen.set(k, index)
    else duplicates.push({ index, first })
  })
  return duplicates
}
