import * as AlertDialog from '@radix-ui/react-alert-dialog'
import { useRef, useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A confirmation around a destructive action. The trigger opens it; Cancel (focused first)
 * does nothing; the confirm button runs `onConfirm` and closes when it settles.
 */
export function ConfirmDialog({
  trigger,
  title,
  description,
  confirmLabel,
  onConfirm,
  restoreFocusOnSuccess = true,
  tone = 'danger'
}: {
  readonly trigger: ReactElement
  readonly title: string
  readonly description: string
  readonly confirmLabel: string
  /** Resolves true when the action succeeded. */
  readonly onConfirm: () => Promise<boolean>
  /**
   * Whether focus returns to the trigger after a successful action. Off when the action
   * removes the trigger (Remove): the list then decides where focus goes.
   */
  readonly restoreFocusOnSuccess?: boolean
  /** The confirm button's look: red for what takes something away, plain for what gives back. */
  readonly tone?: 'danger' | 'primary'
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [pending, setPending] = useState(false)
  const succeeded = useRef(false)

  const confirm = async () => {
    setPending(true)
    try {
      succeeded.current = await onConfirm()
    } finally {
      setPending(false)
      setOpen(false)
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          className="dialog dialog-narrow"
          onOpenAutoFocus={() => {
            succeeded.current = false
          }}
          onCloseAutoFocus={(event) => {
            if (succeeded.current && !restoreFocusOnSuccess) event.preventDefault()
          }}
        >
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            {description}
          </AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="btn" disabled={pending}>
                {t('actions.cancel')}
              </button>
            </AlertDialog.Cancel>
            <button
              type="button"
              className={tone === 'danger' ? 'btn btn-danger' : 'btn btn-primary'}
              disabled={pending}
              aria-busy={pending}
              onClick={() => void confirm()}
            >
              {confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
