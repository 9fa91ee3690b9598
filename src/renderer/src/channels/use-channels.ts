import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChannelView } from '@shared/channel'
import type { AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { applyChanged, applySnapshot, INITIAL_LIST_STATE } from './channel-list-state'

export interface ChannelsState {
  readonly channels: readonly ChannelView[]
  /** True until the first answer arrives. */
  readonly loading: boolean
  /** The last load's error, while there is nothing to show instead. */
  readonly error: AppErrorData | null
  /** Take a new snapshot (after a failed load; a recovery action). */
  readonly refresh: () => Promise<void>
}

/**
 * The channel list from main: one snapshot on mount, then every change as main pushes it
 * (`channels.changed`), applied in revision order. A new snapshot is taken only when the
 * events cannot make the list exact (a gap, a replaced list) or when asked to.
 */
export function useChannels(): ChannelsState {
  const api = useApi()
  const notify = useNotify()
  const [list, setList] = useState(INITIAL_LIST_STATE)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<AppErrorData | null>(null)
  const loaded = useRef(false)
  const mounted = useRef(false)
  // At most one snapshot on its way: main takes it after every ask made meanwhile, so it
  // answers them all.
  const inFlight = useRef<Promise<void> | null>(null)

  const refresh = useCallback((): Promise<void> => {
    if (inFlight.current) return inFlight.current
    const request = (async () => {
      const result = await api.channels.snapshot()
      inFlight.current = null
      // An answer arriving after unmount is dropped.
      if (!mounted.current) return
      setLoading(false)
      if (result.ok) {
        loaded.current = true
        setList((state) => applySnapshot(state, result.value))
        setError(null)
      } else if (loaded.current) {
        // Keep showing the list we have; say why it could not be brought up to date.
        notify.error(result.error)
      } else {
        setError(result.error)
      }
    })()
    inFlight.current = request
    return request
  }, [api, notify])

  useEffect(() => {
    mounted.current = true
    // Listen first, so a change made while the snapshot is on its way is not missed.
    const unsubscribe = api.channels.onChanged((change) => {
      setList((state) => applyChanged(state, change))
    })
    void refresh()
    return () => {
      mounted.current = false
      unsubscribe()
    }
  }, [api, refresh])

  // Only a snapshot can make a stale list exact; one that lands still stale (it was older
  // than the gap) asks again, because the state it leaves is a new object.
  useEffect(() => {
    if (list.stale && inFlight.current === null) void refresh()
  }, [list, refresh])

  return { channels: list.channels, loading, error, refresh }
}
