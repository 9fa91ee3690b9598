import { useCallback, useEffect, useState } from 'react'
import type { AppErrorData } from '@shared/errors'
import type { RecoveryStatus } from '@shared/ipc/contract'
import { useApi } from '../api/api-context'

export interface RecoveryState {
  /** null while loading, or when main says the app is not in recovery mode after all. */
  readonly recovery: RecoveryStatus | null
  readonly loading: boolean
  readonly error: AppErrorData | null
  readonly reload: () => Promise<void>
}

/** What is wrong with the data file and which backups can replace it. */
export function useRecovery(): RecoveryState {
  const api = useApi()
  const [recovery, setRecovery] = useState<RecoveryStatus | null>(null)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<AppErrorData | null>(null)

  const reload = useCallback(async () => {
    const result = await api.recovery.status()
    setLoading(false)
    if (result.ok) {
      setRecovery(result.value)
      setError(null)
    } else {
      setError(result.error)
    }
  }, [api])

  useEffect(() => {
    void reload()
  }, [reload])

  return { recovery, loading, error, reload }
}
