import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode
} from 'react'
import type { Result } from '@shared/errors'
import type { Settings, SettingsPatch } from '@shared/settings'
import { useApi } from '../api/api-context'

export interface SettingsState {
  /** null until main has answered. */
  readonly settings: Settings | null
  /** Change settings in main; the state follows main's answer. */
  readonly update: (patch: SettingsPatch) => Promise<Result<Settings>>
}

const SettingsContext = createContext<SettingsState | null>(null)

/** The organisation's settings from main, loaded once and kept current after each change. */
export function SettingsProvider({ children }: { readonly children: ReactNode }) {
  const api = useApi()
  const [settings, setSettings] = useState<Settings | null>(null)

  useEffect(() => {
    let active = true
    void api.settings.get().then((result) => {
      // Without an answer the SDK setup says what is missing; nothing else depends on it.
      if (active && result.ok) setSettings(result.value)
    })
    return () => {
      active = false
    }
  }, [api])

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api.settings.update(patch)
      if (result.ok) setSettings(result.value)
      return result
    },
    [api]
  )

  const value = useMemo(() => ({ settings, update }), [settings, update])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

/** The settings and how to change them (inside <SettingsProvider>). */
export function useSettings(): SettingsState {
  const value = useContext(SettingsContext)
  if (!value) throw new Error('useSettings() must be used inside <SettingsProvider>.')
  return value
}
