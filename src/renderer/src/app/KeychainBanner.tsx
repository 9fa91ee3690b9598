import { LockKeyhole } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { AppStatus } from '@shared/ipc/contract'
import { useSay } from '../i18n/say'

/** Says that the OS keychain is unavailable and what to install or unlock (main words it per OS). */
export function KeychainBanner({ status }: { readonly status: AppStatus | null }) {
  const { t } = useTranslation()
  const { say } = useSay()
  if (status?.keychain !== 'unavailable') return null
  return (
    <div className="banner banner-warning" role="alert">
      <LockKeyhole aria-hidden="true" />
      <div>
        <p className="banner-title">{t('keychain.unavailableTitle')}</p>
        <p>
          {status.keychainMessage ? say(status.keychainMessage) : t('keychain.unavailableFallback')}
        </p>
        <p className="banner-note">{t('keychain.unavailableNote')}</p>
      </div>
    </div>
  )
}
