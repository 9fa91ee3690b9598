import { useCallback, useEffect, useState } from 'react'
import type { IpcMethod } from '@shared/ipc/contract'
import type { AppStatus } from '@shared/ipc/contract'
import { useApi, useApiEvents } from '../api/api-context'

/** Calls after which the keychain state or the data mode may have changed. */
const CHANGES_STATUS: ReadonlySet<IpcMethod> = new Set<IpcMethod>([
  'channels.create',
  'channels.remove',
  'channels.revealSecret',
  'channels.copy',
  'channels.rotateSecret',
  'recovery.restoreBackup',
  'recovery.startEmpty'
])

/** Main settles 'checking' with its start-up keychain probe; ask again until it has. */
export const CHECKING_POLL_MS = 1_000

/** Mode (normal/recovery) and keychain state from main, kept current after each relevant call. */
export function useAppStatus(): {
  readonly status: AppStatus | null
  readonly refresh: () => Promise<void>
} {
  const api = useApi()
  const onSettled = useApiEvents()
  const [status, setStatus] = useState<AppStatus | null>(null)

  const refresh = useCallback(async () => {
    const result = await api.app.status()
    // Without an answer the app still works; the banner just stays as it was.
    if (result.ok) setStatus(result.value)
  }, [api])

  useEffect(() => {
    void refresh()
  }, [refresh])

  useEffect(
    () =>
      onSettled((method, result) => {
        const code = result.ok ? null : result.error.code
        if (
          CHANGES_STATUS.has(method) ||
          code === 'KEYCHAIN_UNAVAILABLE' ||
          code === 'RECOVERY_REQUIRED'
        ) {
          void refresh()
        }
      }),
    [onSettled, refresh]
  )

  useEffect(() => {
    if (status?.keychain !== 'checking') return
    const timer = setTimeout(() => void refresh(), CHECKING_POLL_MS)
    return () => clearTimeout(timer)
  }, [status, refresh])

  return { status, refresh }
}
