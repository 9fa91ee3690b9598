import { LockKeyhole } from 'lucide-react'
import type { AppStatus } from '@shared/ipc/contract'
import { useI18n } from '../i18n/i18n-context'

/** Says that the OS keychain is unavailable and what to install or unlock (main words it per OS). */
export function KeychainBanner({ status }: { readonly status: AppStatus | null }) {
  const { t, translate } = useI18n()
  if (status?.keychain !== 'unavailable') return null
  return (
    <div className="banner banner-warning" role="alert">
      <LockKeyhole aria-hidden="true" />
      <div>
        <p className="banner-title">{t.keychainUnavailableTitle}</p>
        <p>{translate(status.keychainMessage ?? t.keychainUnavailableFallback)}</p>
        <p className="banner-note">{t.keychainUnavailableNote}</p>
      </div>
    </div>
  )
}
