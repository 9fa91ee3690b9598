import * as AlertDialog from '@radix-ui/react-alert-dialog'
import { useTranslation } from 'react-i18next'

/**
 * "Discard your changes?": asked before a changed form closes (Esc, Cancel, a click outside).
 * Keep editing is focused first and is what Esc means here.
 */
export function DiscardChangesDialog({
  open,
  onDiscard,
  onKeep
}: {
  readonly open: boolean
  readonly onDiscard: () => void
  readonly onKeep: () => void
}) {
  const { t } = useTranslation()
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && onKeep()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay dialog-overlay-stacked" />
        <AlertDialog.Content className="dialog dialog-narrow dialog-stacked">
          <AlertDialog.Title className="dialog-title">{t('form.discardTitle')}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            {t('form.discardBody')}
          </AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="btn">
                {t('actions.keepEditing')}
              </button>
            </AlertDialog.Cancel>
            <AlertDialog.Action asChild>
              <button type="button" className="btn btn-danger" onClick={onDiscard}>
                {t('actions.discard')}
              </button>
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
