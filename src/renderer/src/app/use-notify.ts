import { useEffect, useMemo, useRef } from 'react'
import { toast } from 'sonner'
import type { AppErrorData } from '@shared/errors'
import { useSay } from '../i18n/say'

/** Long enough to read a message that names a fix (e.g. which keychain service to install). */
const ERROR_TOAST_MS = 12_000

export interface Notify {
  readonly success: (message: string, description?: string) => void
  /** Shows main's message in the interface language (by its code; as sent when it has none). */
  readonly error: (error: AppErrorData) => void
}

/** Toasts for outcomes. The returned object is stable, so effects can depend on it freely. */
export function useNotify(): Notify {
  const { sayError } = useSay()
  const sayRef = useRef(sayError)
  useEffect(() => {
    sayRef.current = sayError
  }, [sayError])

  return useMemo(
    () => ({
      success: (message, description) => {
        toast.success(message, description ? { description } : undefined)
      },
      error: (error) => {
        toast.error(sayRef.current(error), { duration: ERROR_TOAST_MS })
      }
    }),
    []
  )
}
