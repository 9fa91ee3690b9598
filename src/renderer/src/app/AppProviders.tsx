import type { ReactNode } from 'react'
import type { Language } from '@shared/i18n/languages'
import { ApiProvider } from '../api/ApiProvider'
import type { Api } from '../api/api-context'
import { I18nProvider } from '../i18n/I18nProvider'

/** Everything the app needs around it; used by main.tsx and by the tests. */
export function AppProviders({
  api,
  language,
  children
}: {
  readonly api: Api
  /** Start in this language (tests); otherwise the remembered choice or the OS language. */
  readonly language?: Language
  readonly children: ReactNode
}) {
  return (
    <ApiProvider api={api}>
      <I18nProvider language={language}>{children}</I18nProvider>
    </ApiProvider>
  )
}
