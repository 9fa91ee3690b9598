/**
 * Export of the audit log (SPEC §3.7): the entries a filter keeps, newest first, as CSV where the
 * user chooses in main's save dialog. Made like Export List (src/main/backup/export-list.ts):
 * papaparse, UTF-8 with a byte-order mark (Excel reads Chinese names), CRLF line ends, every cell
 * a spreadsheet would run as a formula neutralised with a leading apostrophe, written atomically,
 * owner-only. Column names and actions are the stored, stable words: a CSV is read by scripts.
 */
import { basename } from 'node:path'
import Papa from 'papaparse'
import {
  isEmptyAuditFilter,
  type AuditEntry,
  type AuditExportResult,
  type AuditFilter
} from '../../shared/audit'
import { AppError } from '../../shared/errors'
import { FORMULA_START } from '../backup/export-list'
import { writeUserFile } from '../backup/user-file'
import type { AppDeps } from '../deps'
import { assertNoSecret } from '../store/store-encoding'
import type { AuditLog } from './audit-log'

const COLUMNS = [
  'Time (UTC)',
  'User',
  'Action',
  'Channel Name',
  'Channel ID',
  'Field',
  'Detail',
  'Count',
  'Kind'
] as const

/** The CSV text (with its byte-order mark) of `entries`, in their order. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => [
    e.at,
    e.user,
    e.action,
    e.channelName,
    e.channelId,
    e.field ?? '',
    e.detail ?? '',
    e.count === undefined ? '' : String(e.count),
    e.kind ?? ''
  ])
  const csv = Papa.unparse(
    { fields: [...COLUMNS], data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false }
  )
  return `\ufeff${csv}\r\n`
}

/**
 * What the export's own entry says of the filter. The search words are left out: whatever the
 * user typed stays out of the log (it could be anything, even a pasted key).
 */
export function describeAuditFilter(filter: AuditFilter): string | undefined {
  if (isEmptyAuditFilter(filter)) return undefined
  const parts: string[] = []
  if (filter.channelId !== undefined) parts.push(`channel ${filter.channelId}`)
  if (filter.actions && filter.actions.length > 0) parts.push(`actions ${filter.actions.join(',')}`)
  if (filter.from !== undefined) parts.push(`from ${filter.from}`)
  if (filter.to !== undefined) parts.push(`to ${filter.to}`)
  if ((filter.search ?? '').trim() !== '') parts.push('search')
  return parts.join('; ')
}

const stamp = (at: Date): string => at.toISOString().slice(0, 10).replace(/-/g, '')

export type AuditServiceDeps = Pick<AppDeps, 'chooseFile' | 'now' | 'log'> & {
  readonly auditLog: Pick<AuditLog, 'page' | 'matching' | 'record'>
}

/** The contract's `audit` namespace: list a page, export as CSV. */
export class AuditService {
  readonly #d: AuditServiceDeps

  constructor(deps: AuditServiceDeps) {
    this.#d = deps
  }

  /** A page of the entries the filter keeps, newest first. */
  list(request: Parameters<AuditLog['page']>[0]): ReturnType<AuditLog['page']> {
    return this.#d.auditLog.page(request)
  }

  /** Ask where, write the entries the filter keeps there atomically, then record the export. */
  async export(filter: AuditFilter): Promise<AuditExportResult> {
    const entries = await this.#d.auditLog.matching(filter)
    if (entries.length === 0) throw new AppError('CONFLICT', 'audit.nothingToExport')
    const path = await this.#d.chooseFile?.({
      kind: 'save',
      purpose: 'auditCsv',
      defaultName: `audit-log-${stamp(this.#d.now())}.csv`
    })
    if (!path) return { saved: false }
    const text = auditCsv(entries)
    // Entries never hold a secret; this keeps an export so.
    assertNoSecret(text)
    await writeUserFile(path, text)
    const detail = describeAuditFilter(filter)
    await this.#d.auditLog
      .record({
        action: 'export-audit',
        channelId: '',
        channelName: '',
        count: entries.length,
        kind: 'csv',
        ...(detail === undefined ? {} : { detail })
      })
      .catch((error: unknown) =>
        this.#d.log.error('Could not write the audit entry of an audit export.', error)
      )
    return { saved: true, fileName: basename(path), count: entries.length }
  }
}
