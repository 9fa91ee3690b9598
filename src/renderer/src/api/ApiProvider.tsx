import { useMemo, type ReactNode } from 'react'
import { ApiContext, type Api, type ApiContextValue } from './api-context'
import { observeApi, type SettledListener } from './observe-api'

/** Hands the API down the tree: `window.api` in the app, the same API over the real services in tests. */
export function ApiProvider({
  api,
  children
}: {
  readonly api: Api
  readonly children: ReactNode
}) {
  const value = useMemo<ApiContextValue>(() => {
    const listeners = new Set<SettledListener>()
    return {
      api: observeApi(api, (method, result) =>
        listeners.forEach((listener) => listener(method, result))
      ),
      onSettled: (listener) => {
        listeners.add(listener)
        return () => {
          listeners.delete(listener)
        }
      }
    }
  }, [api])
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>
}
