/**
 * The backup's inner JSON (SPEC §9): `{ format, version, createdAt, appVersion, channels }`,
 * each channel its stored record plus its AccessKeySecret. Built from the store and the
 * keychain; parsed on restore with the rules create applies (src/shared/record-rules.ts) and
 * every key's checksum. A problem with the whole file is an error; a problem with one channel
 * leaves that channel out of the restore, with the reason shown in the preview.
 */
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupEnvelopeSchema,
  MAX_BACKUP_CHANNELS,
  type BackupChannel,
  type BackupPayload
} from '../../shared/backup'
import { z } from 'zod'
import { channelNameSchema, channelRecordSchema, type ChannelRecord } from '../../shared/channel'
import { AppError } from '../../shared/errors'
import { identifyKey } from '../../shared/keys'
import { isMessageCode, type AnyMessage, type PlainMessageCode } from '../../shared/messages'
import { recordProblems } from '../../shared/record-rules'

/** One channel of a parsed backup: usable, or left out with the reason. */
export type ParsedChannel =
  | { readonly ok: true; readonly record: ChannelRecord; readonly secret: string }
  | {
      readonly ok: false
      readonly position: number
      readonly name?: string
      readonly problem: AnyMessage
    }

export interface ParsedBackup {
  readonly createdAt: string
  readonly appVersion: string
  readonly channels: readonly ParsedChannel[]
}

const backupChannelSchema = channelRecordSchema.extend({
  accessKeySecret: z.string().max(256),
  // A version-1 backup was written before a channel could be disabled: its channels are enabled.
  disabledAt: channelRecordSchema.shape.disabledAt.default(null)
})

/** The payload for these records; channels this computer has no secret for are left out. */
export function buildPayload(
  records: readonly ChannelRecord[],
  secrets: ReadonlyMap<string, string>,
  appVersion: string,
  now: Date
): { readonly payload: BackupPayload; readonly leftOut: readonly string[] } {
  const channels: BackupChannel[] = []
  const leftOut: string[] = []
  for (const record of records) {
    const secret = secrets.get(record.id)
    if (secret === undefined) leftOut.push(record.name)
    else channels.push({ ...record, accessKeySecret: secret })
  }
  return {
    payload: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      appVersion,
      channels
    },
    leftOut
  }
}

const invalid = (path: readonly PropertyKey[], code: PlainMessageCode): AnyMessage => ({
  code: 'backup.invalid',
  params: { path: path.map(String).join('.') || '(top level)', problem: { code } }
})

/** Parse and check a decrypted backup; throws a coded AppError when the file as a whole is unusable. */
export function parsePayload(text: string): ParsedBackup {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (cause) {
    throw new AppError('VALIDATION', 'backup.notBackup', { cause })
  }
  const format = (raw as { format?: unknown } | null)?.format
  if (format !== BACKUP_FORMAT) throw new AppError('VALIDATION', 'backup.notBackup')
  const version = (raw as { version?: unknown }).version
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    throw new AppError('VALIDATION', 'backup.newerVersion', {
      params: { version, supported: BACKUP_VERSION }
    })
  }
  const envelope = backupEnvelopeSchema.safeParse(raw)
  if (!envelope.success) {
    const issue = envelope.error.issues[0]
    throw AppError.of('VALIDATION', invalid(issue.path, 'store.invalidValue'))
  }
  const { channels } = envelope.data
  if (channels.length > MAX_BACKUP_CHANNELS) {
    throw new AppError('VALIDATION', 'backup.tooManyChannels', {
      params: { count: channels.length, max: MAX_BACKUP_CHANNELS }
    })
  }
  const ids = new Set<string>()
  for (const channel of channels) {
    const id = (channel as { id?: unknown } | null)?.id
    if (typeof id !== 'string') continue
    // The same id twice: which of the two is the channel? The file is not used at all.
    if (ids.has(id.toLowerCase())) throw new AppError('VALIDATION', 'backup.duplicateIds')
    ids.add(id.toLowerCase())
  }
  return {
    createdAt: envelope.data.createdAt,
    appVersion: envelope.data.appVersion,
    channels: channels.map((channel, index) => parseChannel(channel, index + 1))
  }
}

function parseChannel(value: unknown, position: number): ParsedChannel {
  const rawName = (value as { name?: unknown } | null)?.name
  // A name only when it is one the app would show (no control or direction characters);
  // otherwise the position says which channel it is.
  const name =
    typeof rawName === 'string' && channelNameSchema.safeParse(rawName).success
      ? rawName
      : undefined
  const left = (problem: AnyMessage): ParsedChannel => ({
    ok: false,
    position,
    ...(name === undefined ? {} : { name }),
    problem
  })
  const parsed = backupChannelSchema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const code = isMessageCode(issue.message)
      ? (issue.message as PlainMessageCode)
      : 'store.invalidValue'
    return left(invalid(issue.path, code))
  }
  const { accessKeySecret, ...record } = parsed.data
  const [problem] = recordProblems(record)
  if (problem) return left(invalid(problem.path, problem.code))
  if (identifyKey(accessKeySecret) !== 'accessKeySecret') {
    return left(invalid(['accessKeySecret'], 'backup.badSecret'))
  }
  return { ok: true, record, secret: accessKeySecret }
}
