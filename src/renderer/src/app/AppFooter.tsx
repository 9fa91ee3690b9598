import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/ipc/contract'

/** Where the data lives: version, data file and keychain service name. */
export function AppFooter({ info }: { readonly info: AppInfo | null }) {
  const { t } = useTranslation()
  if (!info) return null
  return (
    <footer className="app-footer">
      <span>{t('footer.version', { version: info.version })}</span>
      <span>
        {t('footer.dataFile')}
        <code>{info.dataFile}</code>
      </span>
      <span>
        {t('footer.keychainService')}
        <code>{info.keychainService}</code>
      </span>
    </footer>
  )
}
