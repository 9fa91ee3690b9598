import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChannelView } from '@shared/channel'
import type { AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'

export interface ChannelsState {
  readonly channels: readonly ChannelView[]
  /** True until the first answer arrives. */
  readonly loading: boolean
  /** The last load's error, while there is nothing to show instead. */
  readonly error: AppErrorData | null
  readonly refresh: () => Promise<void>
}

/** The channel list from main: loaded on mount, refreshed after every change. */
export function useChannels(): ChannelsState {
  const api = useApi()
  const notify = useNotify()
  const [channels, setChannels] = useState<readonly ChannelView[]>([])
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<AppErrorData | null>(null)
  const loaded = useRef(false)
  // Only the newest request may write: an older, slower answer must not overwrite it.
  const latest = useRef(0)
  const mounted = useRef(false)

  const refresh = useCallback(async () => {
    const request = ++latest.current
    const result = await api.channels.list()
    if (request !== latest.current || !mounted.current) return
    setLoading(false)
    if (result.ok) {
      loaded.current = true
      setChannels(result.value)
      setError(null)
    } else if (loaded.current) {
      // Keep showing the list we have; say why it could not be refreshed.
      notify.error(result.error)
    } else {
      setError(result.error)
    }
  }, [api, notify])

  useEffect(() => {
    mounted.current = true
    void refresh()
    return () => {
      // An answer arriving after unmount is dropped.
      mounted.current = false
    }
  }, [refresh])

  return { channels, loading, error, refresh }
}
