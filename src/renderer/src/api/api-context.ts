import { createContext, useContext } from 'react'
import type { SettledListener } from './observe-api'

/** The preload's API, typed from the preload object itself (see src/preload/index.d.ts). */
export type Api = Window['api']

export interface ApiContextValue {
  readonly api: Api
  /** Hear about every settled call; returns the unsubscribe. */
  readonly onSettled: (listener: SettledListener) => () => void
}

export const ApiContext = createContext<ApiContextValue | null>(null)

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext)
  if (!value) throw new Error('useApi() must be used inside <ApiProvider>.')
  return value
}

/** The preload's API. The renderer reaches main only through this. */
export function useApi(): Api {
  return useApiContext().api
}

/** Subscribe to settled API calls (see observe-api.ts). */
export function useApiEvents(): ApiContextValue['onSettled'] {
  return useApiContext().onSettled
}
