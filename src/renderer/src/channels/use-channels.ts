import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChannelView } from '@shared/channel'
import type { AppErrorData, Result } from '@shared/errors'
import type { ChannelSnapshot } from '@shared/ipc/contract'
import { useApi, type Api } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { applyChanged, applySnapshot, INITIAL_LIST_STATE, showPart } from './channel-list-state'

export interface ChannelsState {
  readonly channels: readonly ChannelView[]
  /** True until the first answer arrives. */
  readonly loading: boolean
  /** While the first list is still arriving in parts: how much of it the page has. */
  readonly partial: { readonly loaded: number; readonly total: number } | null
  /** The last load's error, while there is nothing to show instead. */
  readonly error: AppErrorData | null
  /** Take a new snapshot (after a failed load; a recovery action). */
  readonly refresh: () => Promise<void>
}

/**
 * The newest channels come first, enough for the first screen in the list's first order
 * (newest first), so rows show before a long list has crossed; the rest follow in parts, so
 * no single answer holds the page for long (each costs its main thread about 10 µs a channel).
 */
export const FIRST_PART = 500
export const PART = 10_000

/**
 * A whole snapshot, asked for in parts, newest first; `onPart` hears each part's channels so
 * far. When main no longer has the revision begun, the rest comes in one call.
 */
async function snapshotInParts(
  api: Api,
  onPart: (channels: readonly ChannelView[], total: number) => void
): Promise<Result<ChannelSnapshot>> {
  const first = await api.channels.snapshot({ limit: FIRST_PART })
  if (!first.ok) return first
  const { revision, total } = first.value
  const parts: (readonly ChannelView[])[] = [first.value.channels]
  let loaded = first.value.channels.length
  if (loaded < total) onPart(first.value.channels, total)
  while (loaded < total) {
    const next = await api.channels.snapshot({ revision, skip: loaded, limit: PART })
    if (!next.ok) return next
    if (next.value.revision !== revision || next.value.channels.length === 0) {
      return api.channels.snapshot({})
    }
    parts.unshift(next.value.channels)
    loaded += next.value.channels.length
    if (loaded < total) onPart(parts.flat(), total)
  }
  return {
    ok: true,
    value: { revision, total, channels: parts.length === 1 ? parts[0] : parts.flat() }
  }
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
  const [partial, setPartial] = useState<ChannelsState['partial']>(null)
  const [error, setError] = useState<AppErrorData | null>(null)
  const loaded = useRef(false)
  const mounted = useRef(false)
  // At most one snapshot on its way: main takes it after every ask made meanwhile, so it
  // answers them all.
  const inFlight = useRef<Promise<void> | null>(null)

  const refresh = useCallback((): Promise<void> => {
    if (inFlight.current) return inFlight.current
    const request = (async () => {
      const result = await snapshotInParts(api, (channels, total) => {
        // Only the first list is shown part by part; a later one replaces it when complete.
        if (!mounted.current || loaded.current) return
        setLoading(false)
        setList((state) => showPart(state, channels))
        setPartial({ loaded: channels.length, total })
      })
      inFlight.current = null
      // An answer arriving after unmount is dropped.
      if (!mounted.current) return
      setLoading(false)
      setPartial(null)
      if (result.ok) {
        loaded.current = true
        setList((state) => applySnapshot(state, result.value))
        setError(null)
      } else if (loaded.current) {
        // Keep showing the list we have; say why it could not be brought up to date.
        notify.error(result.error)
      } else {
        // Parts shown so far are not the list: show why it could not be loaded instead.
        setList((state) => showPart(state, []))
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

  return { channels: list.channels, loading, partial, error, refresh }
}
