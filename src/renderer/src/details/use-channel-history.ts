import { useEffect, useState } from 'react'
import { MAX_AUDIT_PAGE, type AuditEntry } from '@shared/audit'
import type { AppErrorData } from '@shared/errors'
import { useApi, useApiEvents } from '../api/api-context'

export interface ChannelHistory {
  /** This channel's newest entries (up to one audit.list page), newest first; null while loading. */
  readonly entries: readonly AuditEntry[] | null
  /** How many entries the audit log holds for this channel. */
  readonly total: number
  readonly error: AppErrorData | null
}

/** Calls after which the channel's history may have grown. */
const RECORDED = new Set([
  'channels.update',
  'channels.revealSecret',
  'channels.copy',
  'channels.copyKeys',
  'channels.rotateSecret',
  'channels.enterSecret'
])

/**
 * One channel's audit history: audit.list filtered in main to this channel (newest first, across
 * every kept file). Loaded when the details open and again after each action that records an
 * entry.
 */
export function useChannelHistory(channelId: string): ChannelHistory {
  const api = useApi()
  const onSettled = useApiEvents()
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<ChannelHistory>({ entries: null, total: 0, error: null })

  useEffect(
    () =>
      onSettled((method, result) => {
        if (result.ok && RECORDED.has(method)) setVersion((v) => v + 1)
      }),
    [onSettled]
  )

  useEffect(() => {
    let active = true
    void api.audit.list({ channelId, limit: MAX_AUDIT_PAGE }).then((result) => {
      if (!active) return
      setState(
        result.ok
          ? { entries: result.value.entries, total: result.value.total, error: null }
          : { entries: null, total: 0, error: result.error }
      )
    })
    return () => {
      active = false
    }
  }, [api, channelId, version])

  return state
}
