import { useEffect, useState } from 'react'
import type { AuditEntry } from '@shared/audit'
import type { AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'

export interface AuditLogState {
  readonly entries: readonly AuditEntry[] | null
  readonly error: AppErrorData | null
}

/** Newest first, whatever order main keeps them in. */
export function newestFirst(entries: readonly AuditEntry[]): readonly AuditEntry[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at))
}

/** The audit log, loaded each time `open` becomes true. */
export function useAuditLog(open: boolean): AuditLogState {
  const api = useApi()
  const [state, setState] = useState<AuditLogState>({ entries: null, error: null })

  useEffect(() => {
    if (!open) return
    let active = true
    // Each opening shows this moment's log, never the last opening's.
    setState({ entries: null, error: null })
    void api.audit.list().then((result) => {
      if (!active) return
      setState(
        result.ok
          ? { entries: newestFirst(result.value), error: null }
          : { entries: null, error: result.error }
      )
    })
    return () => {
      active = false
    }
  }, [api, open])

  return state
}
