import * as Dialog from '@radix-ui/react-dialog'
import { Info, X } from 'lucide-react'
import type { AppInfo } from '@shared/ipc/contract'
import { useI18n } from '../i18n/i18n-context'

/** "About" button and dialog: versions, where the data lives, which keychain holds the secrets. */
export function AboutDialog({ info }: { readonly info: AppInfo | null }) {
  const { t } = useI18n()
  const rows: ReadonlyArray<readonly [string, string]> = info
    ? [
        [t.appVersion, info.version],
        [t.electronVersion, info.runtime.electron ?? t.notInElectron],
        [t.chromeVersion, info.runtime.chrome ?? t.notInElectron],
        [t.nodeVersion, info.runtime.node],
        [t.dataFolder, info.dataDir],
        [t.keychainBackend, info.keychainBackend],
        [t.keychainService, info.keychainService]
      ]
    : []

  return (
    <Dialog.Root>
      <Dialog.Trigger asChild>
        <button type="button" className="btn" disabled={!info}>
          <Info aria-hidden="true" />
          {t.about}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{t.aboutTitle}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="btn btn-icon" aria-label={t.close} title={t.close}>
                <X aria-hidden="true" />
              </button>
            </Dialog.Close>
          </div>
          <Dialog.Description className="dialog-description">{t.aboutDescription}</Dialog.Description>
          <dl className="about-list">
            {rows.map(([label, value]) => (
              <div key={label} className="about-row">
                <dt>{label}</dt>
                <dd>
                  <code>{value}</code>
                </dd>
              </div>
            ))}
          </dl>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
