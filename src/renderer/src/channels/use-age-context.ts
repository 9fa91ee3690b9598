import { useEffect, useMemo, useState } from 'react'
import { useSettings } from '../settings/use-settings'
import type { AgeContext } from './select-channels'

/** How often the page's idea of "now" moves on: ages count in days, a minute is plenty. */
const TICK_MS = 60_000

/**
 * The rotation policy (from the settings; off until main has answered, so nothing is marked by
 * a guess) and the time the list's secret ages are measured at, moved on once a minute. One
 * object per tick, so memoised rows and filters follow it and nothing else.
 */
export function useAgeContext(): AgeContext {
  const { settings } = useSettings()
  const policyDays = settings === null ? null : settings.rotationPolicyDays
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS)
    return () => clearInterval(timer)
  }, [])
  return useMemo(() => ({ policyDays, now }), [policyDays, now])
}
