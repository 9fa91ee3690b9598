import { useCallback, useEffect, useRef, useState } from 'react'
import type { AuditEntry } from '@shared/audit'
import type { AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'

/** Entries per page: what the dialog shows at once before "Show older entries". */
export const AUDIT_PAGE_SIZE = 200

export interface AuditLogState {
  /** The pages loaded so far, newest first; null while the first one loads. */
  readonly entries: readonly AuditEntry[] | null
  /** Entries in the whole log. */
  readonly total: number
  readonly error: AppErrorData | null
  /** True when older entries remain; `loadMore` appends the next page. */
  readonly hasMore: boolean
  readonly loadMore: () => Promise<void>
}

/** The audit log a page at a time (main reads newest first), reloaded each time `open` becomes true. */
export function useAuditLog(open: boolean): AuditLogState {
  const api = useApi()
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null)
  const [total, setTotal] = useState(0)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [next, setNext] = useState<string | undefined>(undefined)
  // Each opening has its own generation: a page that arrives after a reopening is dropped. A
  // plain counter, not a DOM node: reading it in the cleanup is the point.
  const generation = useRef(0)

  const load = useCallback(
    async (before: string | undefined, append: boolean) => {
      const mine = generation.current
      const result = await api.audit.list({ limit: AUDIT_PAGE_SIZE, ...(before ? { before } : {}) })
      if (mine !== generation.current) return
      if (!result.ok) {
        setError(result.error)
        return
      }
      setEntries((current) =>
        append && current ? [...current, ...result.value.entries] : result.value.entries
      )
      setTotal(result.value.total)
      setNext(result.value.next)
      setError(null)
    },
    [api]
  )

  useEffect(() => {
    if (!open) return
    generation.current++
    // Each opening shows this moment's log, never the last opening's.
    setEntries(null)
    setError(null)
    setNext(undefined)
    void load(undefined, false)
    const counter = generation
    return () => {
      counter.current++
    }
  }, [open, load])

  const loadMore = useCallback(async () => {
    if (next) await load(next, true)
  }, [load, next])

  return { entries, total, error, hasMore: next !== undefined, loadMore }
}
