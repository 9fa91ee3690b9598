/**
 * Export List… (SPEC §9): the channel list without any secret, as CSV or JSON, written where
 * the user chooses in main's save dialog. CSV is made by papaparse: UTF-8 with a byte-order mark
 * (so Excel reads Chinese names), CRLF line ends, and every cell that a spreadsheet would run as
 * a formula (one starting with = + - @, a tab or a carriage return — OWASP's list) neutralised
 * with a leading apostrophe. Column names are the product's own words (SPEC §7).
 */
import { basename } from 'node:path'
import Papa from 'papaparse'
import { APP_TYPE_LABELS, PLATFORM_LABELS, type ChannelView } from '../../shared/channel'
import { AppError } from '../../shared/errors'
import type { ExportListResult } from '../../shared/ipc/contract'
import type { AppDeps } from '../deps'
import { assertNoSecret } from '../store/store-encoding'
import { writeUserFile } from './user-file'

export type ExportFormat = 'csv' | 'json'

export const LIST_EXPORT_FORMAT = 'collection-api-manager-list'

/**
 * Cells a spreadsheet treats as a formula. papaparse's own `escapeFormulae: true` pattern ends
 * in `.*$`, which misses a cell with a line break after the sign; this one looks at the first
 * character only.
 */
export const FORMULA_START = /^[=+\-@\t\r\n]/

const COLUMNS = [
  'Channel Name',
  'Application Type',
  'Platform Type Configuration',
  'Network Domain',
  'APPKEY',
  'AccessKeyId',
  'Created',
  'Edited',
  'Secret updated',
  'State',
  'Disabled',
  'Channel ID'
] as const

/** The State column's words, and the JSON's `state` (SPEC §11). */
const stateOf = (c: ChannelView): 'Enabled' | 'Disabled' =>
  c.disabledAt === null ? 'Enabled' : 'Disabled'

/** The CSV text (with its byte-order mark) of `channels`. */
export function channelsCsv(channels: readonly ChannelView[]): string {
  const rows = channels.map((c) => [
    c.name,
    APP_TYPE_LABELS[c.appType],
    c.platforms.map((p) => PLATFORM_LABELS[p]).join('; '),
    c.domains.join('; '),
    c.appKey,
    c.accessKeyId,
    c.createdAt,
    c.updatedAt,
    c.secretUpdatedAt,
    stateOf(c),
    c.disabledAt ?? '',
    c.id
  ])
  const csv = Papa.unparse(
    { fields: [...COLUMNS], data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false }
  )
  return `\ufeff${csv}\r\n`
}

/** The JSON text of `channels`: their stored fields, never a secret. */
export function channelsJson(channels: readonly ChannelView[], exportedAt: Date): string {
  const list = channels.map((c) => ({
    id: c.id,
    name: c.name,
    appType: c.appType,
    platforms: c.platforms,
    domains: c.domains,
    appKey: c.appKey,
    accessKeyId: c.accessKeyId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    secretUpdatedAt: c.secretUpdatedAt,
    state: c.disabledAt === null ? 'enabled' : 'disabled',
    disabledAt: c.disabledAt
  }))
  const data = {
    format: LIST_EXPORT_FORMAT,
    version: 1,
    exportedAt: exportedAt.toISOString(),
    channels: list
  }
  return `${JSON.stringify(data, null, 2)}\n`
}

const stamp = (at: Date): string => at.toISOString().slice(0, 10).replace(/-/g, '')

/** Ask where, write the list there atomically, audit it. */
export async function exportChannelList(
  deps: Pick<AppDeps, 'chooseFile' | 'now' | 'log'> & {
    readonly audit: Pick<AppDeps['audit'], 'record'>
  },
  channels: readonly ChannelView[],
  format: ExportFormat
): Promise<ExportListResult> {
  if (channels.length === 0) throw new AppError('CONFLICT', 'export.nothingToExport')
  const now = deps.now()
  const path = await deps.chooseFile?.({
    kind: 'save',
    purpose: format === 'csv' ? 'exportCsv' : 'exportJson',
    defaultName: `channels-${stamp(now)}.${format}`
  })
  if (!path) return { saved: false }
  const text = format === 'csv' ? channelsCsv(channels) : channelsJson(channels, now)
  // A list export never holds a secret; this keeps it so.
  assertNoSecret(text)
  await writeUserFile(path, text)
  await deps.audit
    .record({
      action: 'export',
      channelId: '',
      channelName: '',
      count: channels.length,
      kind: format
    })
    .catch((error: unknown) =>
      deps.log.error('Could not write the audit entry of an export.', error)
    )
  return { saved: true, fileName: basename(path), count: channels.length }
}
