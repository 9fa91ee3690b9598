import { ArchiveRestore, KeyRound } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'

/**
 * "N channels have no secret on this computer" (SPEC §4): shown as soon as the start-up keychain
 * check finds it (a copied data file on a new computer), with the way that loses nothing first.
 */
export function MissingSecretsBanner({
  channels,
  onRestore
}: {
  readonly channels: readonly ChannelView[]
  readonly onRestore: (returnFocusTo: HTMLElement | null) => void
}) {
  const { t } = useTranslation()
  const missing = channels.filter((channel) => channel.secretStatus === 'missing').length
  if (missing === 0) return null
  return (
    <div className="banner banner-warning" role="region" aria-labelledby="missing-secrets-title">
      <KeyRound aria-hidden="true" />
      <div className="banner-body">
        <p id="missing-secrets-title" className="banner-title">
          {t('secrets.missingTitle', { count: missing })}
        </p>
        <p>{t('secrets.missingBody')}</p>
        <div>
          <button
            type="button"
            className="btn btn-small"
            onClick={(event) => onRestore(event.currentTarget)}
          >
            <ArchiveRestore aria-hidden="true" />
            {t('actions.restoreBackup')}
          </button>
        </div>
      </div>
    </div>
  )
}
