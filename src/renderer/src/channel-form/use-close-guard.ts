import { useCallback, useRef, useState } from 'react'

/**
 * Closing a form that may hold unsaved work: `requestClose` closes at once when nothing
 * changed, and otherwise asks first (`asking`), then `discard` closes and `keep` stays.
 */
export function useCloseGuard(close: () => void) {
  const dirty = useRef(false)
  const [asking, setAsking] = useState(false)

  const setDirty = useCallback((value: boolean) => {
    dirty.current = value
  }, [])
  const requestClose = useCallback(() => {
    if (dirty.current) setAsking(true)
    else close()
  }, [close])
  const discard = useCallback(() => {
    setAsking(false)
    dirty.current = false
    close()
  }, [close])
  const keep = useCallback(() => setAsking(false), [])

  return { asking, setDirty, requestClose, discard, keep }
}
