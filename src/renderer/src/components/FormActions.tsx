import * as Dialog from '@radix-ui/react-dialog'
import { LoaderCircle } from 'lucide-react'
import { useTranslation } from 'react-i18next'

/** A dialog form's Cancel (closes it) and its submit button, busy while the form works. */
export function FormActions({ submit, busy }: { readonly submit: string; readonly busy: boolean }) {
  const { t } = useTranslation()
  return (
    <div className="dialog-actions">
      <Dialog.Close asChild>
        <button type="button" className="btn">
          {t('actions.cancel')}
        </button>
      </Dialog.Close>
      <button type="submit" className="btn btn-primary" aria-disabled={busy} aria-busy={busy}>
        {busy && <LoaderCircle className="spin" aria-hidden="true" />}
        {submit}
      </button>
    </div>
  )
}
