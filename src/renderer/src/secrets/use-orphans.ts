import { useCallback, useEffect, useState } from 'react'
import { useApi } from '../api/api-context'

/** The keychain entries without a channel, as main's start-up check found them; kept current. */
export function useOrphans(): {
  readonly ids: readonly string[]
  readonly refresh: () => Promise<void>
} {
  const api = useApi()
  const [ids, setIds] = useState<readonly string[]>([])

  const refresh = useCallback(async () => {
    const result = await api.channels.orphans()
    // In recovery mode (or on a failure) there is nothing to show here.
    setIds(result.ok ? result.value.ids : [])
  }, [api])

  useEffect(() => {
    void refresh()
    // Main says when its check ended, or a restore or a delete changed what it found.
    return api.channels.onSecretsChecked(() => void refresh())
  }, [api, refresh])

  return { ids, refresh }
}
