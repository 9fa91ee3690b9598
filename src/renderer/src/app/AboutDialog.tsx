import * as Dialog from '@radix-ui/react-dialog'
import { Info } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { BackupKeySection } from '../backup/BackupKeySection'
import { DialogHeader } from '../components/DialogHeader'
import type { AppInfo } from '@shared/ipc/contract'
import { returnFocusOnClose } from '../components/return-focus'

/**
 * "About" button and dialog: versions, where the data lives, which keychain holds the secrets.
 * Controlled, because the native menu's About opens it too; focus then goes back to where it
 * was, not to the button.
 */
export function AboutDialog({
  info,
  open,
  onOpenChange,
  returnFocusTo
}: {
  readonly info: AppInfo | null
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
  readonly returnFocusTo: () => HTMLElement | null
}) {
  const { t } = useTranslation()
  const notInElectron = t('about.notInElectron')
  const rows: ReadonlyArray<readonly [string, string]> = info
    ? [
        [t('about.version'), info.version],
        [t('about.electron'), info.runtime.electron ?? notInElectron],
        [t('about.chrome'), info.runtime.chrome ?? notInElectron],
        [t('about.node'), info.runtime.node],
        [t('about.dataFolder'), info.dataDir],
        [t('about.keychain'), info.keychainBackend],
        [t('about.keychainService'), info.keychainService]
      ]
    : []

  return (
    <Dialog.Root open={open && info !== null} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>
        <button type="button" className="btn" disabled={!info} title={t('actions.about')}>
          <Info aria-hidden="true" />
          <span className="btn-label">{t('actions.about')}</span>
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" onCloseAutoFocus={returnFocusOnClose(returnFocusTo)}>
          <DialogHeader title={t('about.title')} description={t('about.description')} />
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
          <BackupKeySection />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
