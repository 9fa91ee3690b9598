import * as Dialog from '@radix-ui/react-dialog'
import { X } from 'lucide-react'
import { useTranslation } from 'react-i18next'

/** A dialog's title with a labelled close button, and its description (for Radix Dialogs). */
export function DialogHeader({
  title,
  description
}: {
  readonly title: string
  readonly description: string
}) {
  const { t } = useTranslation()
  return (
    <>
      <div className="dialog-header">
        <Dialog.Title className="dialog-title">{title}</Dialog.Title>
        <Dialog.Close asChild>
          <button
            type="button"
            className="btn btn-icon"
            aria-label={t('app.close')}
            title={t('app.close')}
          >
            <X aria-hidden="true" />
          </button>
        </Dialog.Close>
      </div>
      <Dialog.Description className="dialog-description">{description}</Dialog.Description>
    </>
  )
}
