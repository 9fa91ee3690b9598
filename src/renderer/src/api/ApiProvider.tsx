import { useMemo, type ReactNode } from 'react'
import { ApiContext, type Api, type ApiContextValue } from './api-context'
import { guardApi, type SettledListener } from './guard-api'

/** Hands the API down the tree: `window.api` in the app, a fake in tests. */
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
      api: guardApi(api, (method, result) =>
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
