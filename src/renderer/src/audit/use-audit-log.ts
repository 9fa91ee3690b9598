import { useCallback, useEffect, useRef, useState } from 'react'
import { auditFilterInput, type AuditEntry, type AuditFilter } from '@shared/audit'
import type { AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'

/** Entries per page: "Showing 1–100 of 12,430". */
export const AUDIT_PAGE_SIZE = 100

export interface AuditLogState {
  /** This page's entries, newest first; null while the first page loads. */
  readonly entries: readonly AuditEntry[] | null
  /** Entries the filter keeps in the whole log. */
  readonly total: number
  /** The position of this page's first entry among them (0 on the first page). */
  readonly offset: number
  readonly error: AppErrorData | null
  readonly hasPrevious: boolean
  readonly hasNext: boolean
  readonly previous: () => void
  readonly next: () => void
}

/**
 * The audit log a page at a time, filtered in main (newest first), from the first page each time
 * `open` becomes true or the filter changes. Previous goes back by the cursors already seen.
 */
export function useAuditLog(open: boolean, filter: AuditFilter): AuditLogState {
  const api = useApi()
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null)
  const [total, setTotal] = useState(0)
  const [error, setError] = useState<AppErrorData | null>(null)
  // cursors[i] is page i's `before` (undefined: the newest entries); cursors[page + 1] the next page's.
  const [cursors, setCursors] = useState<ReadonlyArray<string | undefined>>([undefined])
  const [page, setPage] = useState(0)
  // Each request has its own generation: an answer to an older one is dropped.
  const generation = useRef(0)
  const filterKey = JSON.stringify(filter)

  const load = useCallback(
    async (index: number, before: string | undefined) => {
      const mine = ++generation.current
      const parsed = JSON.parse(filterKey) as AuditFilter
      const result = await api.audit.list({
        ...auditFilterInput(parsed),
        limit: AUDIT_PAGE_SIZE,
        ...(before ? { before } : {})
      })
      if (mine !== generation.current) return
      if (!result.ok) {
        setError(result.error)
        return
      }
      setEntries(result.value.entries)
      setTotal(result.value.total)
      setPage(index)
      setCursors((current) => [...current.slice(0, index + 1), result.value.next])
      setError(null)
    },
    [api, filterKey]
  )

  useEffect(() => {
    if (!open) return
    // Each opening and each filter shows this moment's first page.
    setEntries(null)
    setError(null)
    setCursors([undefined])
    void load(0, undefined)
    const counter = generation
    return () => {
      counter.current++
    }
  }, [open, load])

  const nextCursor = cursors[page + 1]
  const next = useCallback(() => {
    if (nextCursor !== undefined) void load(page + 1, nextCursor)
  }, [load, nextCursor, page])
  const previous = useCallback(() => {
    if (page > 0) void load(page - 1, cursors[page - 1])
  }, [load, cursors, page])

  return {
    entries,
    total,
    offset: page * AUDIT_PAGE_SIZE,
    error,
    hasPrevious: page > 0,
    hasNext: nextCursor !== undefined,
    previous,
    next
  }
}
