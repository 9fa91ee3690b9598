import type { AppInfo } from '@shared/ipc/contract'
import { useI18n } from '../i18n/i18n-context'

/** Where the data lives: version, data file and keychain service name. */
export function AppFooter({ info }: { readonly info: AppInfo | null }) {
  const { t } = useI18n()
  if (!info) return null
  return (
    <footer className="app-footer">
      <span>{t.version(info.version)}</span>
      <span>
        {t.dataFile}: <code>{info.dataFile}</code>
      </span>
      <span>
        {t.keychainService}: <code>{info.keychainService}</code>
      </span>
    </footer>
  )
}
