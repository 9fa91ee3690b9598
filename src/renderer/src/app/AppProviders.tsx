import type { ReactNode } from 'react'
import { ApiProvider } from '../api/ApiProvider'
import type { Api } from '../api/api-context'
import { I18nProvider } from '../i18n/I18nProvider'
import type { Locale } from '../i18n/locale'

/** Everything the app needs around it; used by main.tsx and by the tests. */
export function AppProviders({
  api,
  locale,
  children
}: {
  readonly api: Api
  readonly locale?: Locale
  readonly children: ReactNode
}) {
  return (
    <ApiProvider api={api}>
      <I18nProvider initialLocale={locale}>{children}</I18nProvider>
    </ApiProvider>
  )
}
