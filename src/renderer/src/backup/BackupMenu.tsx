import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { Archive, ArchiveRestore, ChevronDown, FileDown, ShieldCheck } from 'lucide-react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'

export type BackupCommand = 'backUp' | 'restoreBackup' | 'exportList'

/** The header's Backup menu: Back Up…, Restore from Backup…, Export List… (also in the File menu). */
export function BackupMenu({
  onCommand,
  inRecovery
}: {
  readonly onCommand: (command: BackupCommand, returnFocusTo: HTMLElement | null) => void
  /** While the data file is damaged there is nothing to back up or export; restoring works. */
  readonly inRecovery: boolean
}) {
  const { t } = useTranslation()
  const trigger = useRef<HTMLButtonElement>(null)
  return (
    // Not modal: the menu opens a dialog, and a modal menu would fight it over focus.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button ref={trigger} type="button" className="btn" title={t('actions.backupMenu')}>
          <ShieldCheck aria-hidden="true" />
          <span className="btn-label">{t('actions.backupMenu')}</span>
          <ChevronDown aria-hidden="true" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Item
            className="menu-item"
            disabled={inRecovery}
            onSelect={() => onCommand('backUp', trigger.current)}
          >
            <Archive aria-hidden="true" />
            {t('actions.backUp')}
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="menu-item"
            onSelect={() => onCommand('restoreBackup', trigger.current)}
          >
            <ArchiveRestore aria-hidden="true" />
            {t('actions.restoreBackup')}
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="menu-item"
            disabled={inRecovery}
            onSelect={() => onCommand('exportList', trigger.current)}
          >
            <FileDown aria-hidden="true" />
            {t('actions.exportList')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
