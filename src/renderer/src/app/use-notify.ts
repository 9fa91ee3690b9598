import { useEffect, useMemo, useRef } from 'react'
import { toast } from 'sonner'
import type { AppErrorData } from '@shared/errors'
import { useI18n } from '../i18n/i18n-context'

/** Long enough to read a message that names a fix (e.g. which keychain service to install). */
const ERROR_TOAST_MS = 12_000

export interface Notify {
  readonly success: (message: string, description?: string) => void
  /** Shows main's message, translated when we know it. */
  readonly error: (error: AppErrorData) => void
}

/** Toasts for outcomes. The returned object is stable, so effects can depend on it freely. */
export function useNotify(): Notify {
  const { translate } = useI18n()
  const translateRef = useRef(translate)
  useEffect(() => {
    translateRef.current = translate
  }, [translate])

  return useMemo(
    () => ({
      success: (message, description) => {
        toast.success(message, description ? { description } : undefined)
      },
      error: (error) => {
        toast.error(translateRef.current(error.message), { duration: ERROR_TOAST_MS })
      }
    }),
    []
  )
}
