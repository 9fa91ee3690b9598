import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppErrorData } from '@shared/errors'
import type { LeakProgress, LeakReport } from '@shared/leaks'
import { useApi } from '../api/api-context'

export type LeakCheckState =
  | { readonly phase: 'idle' }
  /** Main is showing its folder picker (progress null) or scanning. */
  | {
      readonly phase: 'running'
      readonly progress: LeakProgress | null
      readonly stopping: boolean
    }
  | { readonly phase: 'done'; readonly report: LeakReport }
  | { readonly phase: 'failed'; readonly error: AppErrorData }

const IDLE: LeakCheckState = { phase: 'idle' }

/**
 * The leak check as the dialog sees it: `start` asks main to pick a folder and scan it (main's
 * progress events update the state), `stop` asks it to stop. Closing the picker without a folder
 * goes back to what was shown before.
 */
export function useLeakCheck() {
  const api = useApi()
  const [state, setState] = useState<LeakCheckState>(IDLE)
  const current = useRef(state)
  const running = useRef(false)
  const mounted = useRef(true)

  const show = useCallback((next: LeakCheckState) => {
    current.current = next
    if (mounted.current) setState(next)
  }, [])

  useEffect(() => {
    mounted.current = true
    const off = api.leaks.onProgress((progress) => {
      const now = current.current
      if (now.phase === 'running') show({ ...now, progress })
    })
    return () => {
      mounted.current = false
      off()
      // A check nobody can see any more is stopped.
      if (running.current) void api.leaks.cancel()
    }
  }, [api, show])

  const start = useCallback(async (): Promise<void> => {
    if (running.current) return
    running.current = true
    const before = current.current
    show({ phase: 'running', progress: null, stopping: false })
    const result = await api.leaks.check()
    running.current = false
    if (!result.ok) show({ phase: 'failed', error: result.error })
    else if (result.value.folderChosen) show({ phase: 'done', report: result.value.report })
    else show(before.phase === 'failed' ? IDLE : before)
  }, [api, show])

  const stop = useCallback(async (): Promise<void> => {
    const now = current.current
    if (now.phase === 'running') show({ ...now, stopping: true })
    await api.leaks.cancel()
  }, [api, show])

  return { state, start, stop, running: state.phase === 'running' }
}
