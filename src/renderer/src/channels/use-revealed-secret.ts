import { useCallback, useEffect, useRef, useState } from 'react'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'

/**
 * One channel's revealed AccessKeySecret, shown until Hide, `timeoutMs`, or unmount.
 *
 * The secret itself lives only in a ref: one object that React never copies, emptied on hide.
 * It is never state, a prop or an effect dependency, because React keeps the previous render's
 * state, props and deps (the fiber's alternate) after a re-render, so a secret kept there would
 * stay reachable in memory after it hides. `showSecret` is the callback ref for the element
 * that shows it: it writes the secret as that element's text, outside React, and empties it
 * again on hide.
 *
 * `secret` is the secret while shown (null otherwise), for callers that need its value; render
 * it through `showSecret`, never as a React child or prop, or React keeps a copy.
 */
export function useRevealedSecret(channelId: string, timeoutMs: number) {
  const api = useApi()
  const notify = useNotify()
  const secretRef = useRef<string | null>(null)
  const elementRef = useRef<HTMLElement | null>(null)
  const [shown, setShown] = useState(false)
  // Counts reveals: a new reveal restarts the timer and rewrites the text, even if the same
  // secret comes back. Holds no secret.
  const [reveals, setReveals] = useState(0)
  const [pending, setPending] = useState(false)
  const mounted = useRef(false)

  const hide = useCallback(() => {
    secretRef.current = null
    if (elementRef.current) elementRef.current.textContent = ''
    setShown(false)
  }, [])

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      secretRef.current = null
    }
  }, [])

  useEffect(() => {
    if (!shown) return
    const timer = setTimeout(hide, timeoutMs)
    return () => clearTimeout(timer)
  }, [shown, reveals, timeoutMs, hide])

  const reveal = useCallback(async () => {
    setPending(true)
    const result = await api.channels.revealSecret({ id: channelId })
    // A secret that arrives after the row is gone is not kept anywhere.
    if (!mounted.current) return
    setPending(false)
    if (result.ok) {
      secretRef.current = result.value.secret
      setShown(true)
      setReveals((count) => count + 1)
    } else {
      notify.error(result.error)
    }
  }, [api, channelId, notify])

  // A new function per reveal, so React hands it the element again and the text is rewritten.
  const showSecret = useCallback(
    (element: HTMLElement | null) => {
      if (element === null) {
        if (elementRef.current) elementRef.current.textContent = ''
        elementRef.current = null
        return
      }
      elementRef.current = element
      element.textContent = secretRef.current ?? ''
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `reveals` changes the identity on purpose
    [reveals]
  )

  return {
    secret: shown ? secretRef.current : null,
    shown,
    pending,
    reveal,
    hide,
    showSecret
  }
}
