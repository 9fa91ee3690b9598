import { useCallback, useEffect, useRef, useState } from 'react'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'

interface Revealed {
  readonly secret: string
}

/**
 * One channel's revealed AccessKeySecret. It lives only in this component's state, is
 * dropped by Hide or after `timeoutMs`, and is gone with the component when it unmounts.
 */
export function useRevealedSecret(channelId: string, timeoutMs: number) {
  const api = useApi()
  const notify = useNotify()
  // A fresh object per reveal restarts the timer even if the same secret comes back.
  const [revealed, setRevealed] = useState<Revealed | null>(null)
  const [pending, setPending] = useState(false)
  const mounted = useRef(false)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  useEffect(() => {
    if (revealed === null) return
    const timer = setTimeout(() => setRevealed(null), timeoutMs)
    return () => clearTimeout(timer)
  }, [revealed, timeoutMs])

  const reveal = useCallback(async () => {
    setPending(true)
    const result = await api.channels.revealSecret({ id: channelId })
    // A secret that arrives after the row is gone is not kept anywhere.
    if (!mounted.current) return
    setPending(false)
    if (result.ok) setRevealed({ secret: result.value.secret })
    else notify.error(result.error)
  }, [api, channelId, notify])

  const hide = useCallback(() => setRevealed(null), [])

  return { secret: revealed?.secret ?? null, pending, reveal, hide }
}
