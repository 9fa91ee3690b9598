import * as Dialog from '@radix-ui/react-dialog'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import { ChannelForm, type FormMode } from './ChannelForm'

/** The form in a modal dialog. Open while `mode` is set; the form is fresh on every open. */
export function ChannelFormDialog({
  mode,
  onClose,
  onSaved,
  returnFocusTo
}: {
  readonly mode: FormMode | null
  readonly onClose: () => void
  readonly onSaved: (channel: ChannelView, mode: FormMode) => void
  /** Where focus goes back to on close (the dialog has no trigger of its own). */
  readonly returnFocusTo?: () => HTMLElement | null
}) {
  const { t } = useTranslation()
  return (
    <Dialog.Root open={mode !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog-form"
          onCloseAutoFocus={(event) => {
            const target = returnFocusTo?.()
            if (target?.isConnected) {
              event.preventDefault()
              target.focus()
            }
          }}
        >
          {mode && (
            <>
              <Dialog.Title className="dialog-title">
                {mode.kind === 'create' ? t('actions.createAppApi') : t('actions.editAppApi')}
              </Dialog.Title>
              <Dialog.Description className="dialog-description">
                {mode.kind === 'create' ? t('form.createDescription') : t('form.editDescription')}
              </Dialog.Description>
              <ChannelForm mode={mode} onSaved={(channel) => onSaved(channel, mode)} />
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
