import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { useApi } from '../api/api-context'
import { useNotify } from './use-notify'

/** How long a revealed secret stays visible until main tells us otherwise (SPEC §3.4). */
export const DEFAULT_SECRET_TIMEOUT_MS = 30_000

/** The app's version, data file, keychain service and secret timeout, loaded once. */
export function useAppInfo(): { readonly info: AppInfo | null; readonly secretTimeoutMs: number } {
  const api = useApi()
  const notify = useNotify()
  const [info, setInfo] = useState<AppInfo | null>(null)

  useEffect(() => {
    let active = true
    void api.app.info().then((result) => {
      if (!active) return
      if (result.ok) setInfo(result.value)
      else notify.error(result.error)
    })
    return () => {
      active = false
    }
  }, [api, notify])

  const timeout = info?.secretTimeoutMs
  const secretTimeoutMs = timeout !== undefined && timeout > 0 ? timeout : DEFAULT_SECRET_TIMEOUT_MS
  return { info, secretTimeoutMs }
}
