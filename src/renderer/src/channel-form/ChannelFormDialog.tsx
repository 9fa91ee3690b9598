import * as Dialog from '@radix-ui/react-dialog'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import { ChannelForm, type FormMode } from './ChannelForm'
import { DiscardChangesDialog } from './DiscardChangesDialog'
import { useCloseGuard } from './use-close-guard'
import { returnFocusOnClose } from '../components/return-focus'

/**
 * The form in a modal dialog. Open while `mode` is set; the form is fresh on every open. Esc,
 * Cancel and a click outside close it at once while nothing was changed, and ask first when
 * something was: work typed into the form is never thrown away without a word.
 */
export function ChannelFormDialog({
  mode,
  onClose,
  onSaved,
  returnFocusTo
}: {
  readonly mode: FormMode | null
  readonly onClose: () => void
  readonly onSaved: (channel: ChannelView, mode: FormMode, unchanged: boolean) => void
  /** Where focus goes back to on close (the dialog has no trigger of its own). */
  readonly returnFocusTo?: () => HTMLElement | null
}) {
  const { t } = useTranslation()
  const guard = useCloseGuard(onClose)
  return (
    <>
      <Dialog.Root open={mode !== null} onOpenChange={(open) => !open && guard.requestClose()}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content
            className="dialog dialog-form"
            onCloseAutoFocus={returnFocusOnClose(() => returnFocusTo?.())}
          >
            {mode && (
              <>
                <Dialog.Title className="dialog-title">
                  {mode.kind === 'create' ? t('actions.createAppApi') : t('actions.editAppApi')}
                </Dialog.Title>
                <Dialog.Description className="dialog-description">
                  {mode.kind === 'create' ? t('form.createDescription') : t('form.editDescription')}
                </Dialog.Description>
                <ChannelForm
                  mode={mode}
                  onSaved={(channel, unchanged) => {
                    guard.setDirty(false)
                    onSaved(channel, mode, unchanged)
                  }}
                  onCancel={guard.requestClose}
                  onDirtyChange={guard.setDirty}
                />
              </>
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      <DiscardChangesDialog open={guard.asking} onDiscard={guard.discard} onKeep={guard.keep} />
    </>
  )
}
