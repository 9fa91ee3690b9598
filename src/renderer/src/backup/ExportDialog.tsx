import * as Dialog from '@radix-ui/react-dialog'
import { CircleAlert } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { DialogHeader } from '../components/DialogHeader'
import { useSay } from '../i18n/say'
import { returnFocusOnClose } from '../components/return-focus'
import { FormActions } from '../components/FormActions'

const FORMATS = ['csv', 'json'] as const

/** Export List…: CSV or JSON, without any secret; main asks where to save. */
function ExportForm({ onDone }: { readonly onDone: () => void }) {
  const { t } = useTranslation()
  const { sayError } = useSay()
  const api = useApi()
  const notify = useNotify()
  const ids = useId()
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('csv')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    const result = await api.channels.exportList({ format })
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    if (!result.value.saved) return
    notify.success(t('toasts.exported', { count: result.value.count, file: result.value.fileName }))
    onDone()
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {error && (
        <div className="form-alert" role="alert">
          <CircleAlert aria-hidden="true" />
          <p>{sayError(error)}</p>
        </div>
      )}
      <fieldset className="field">
        <legend className="field-label">{t('exportList.format')}</legend>
        <div className="radio-group">
          {FORMATS.map((option) => (
            <label key={option} className="radio">
              <input
                type="radio"
                name={`${ids}-format`}
                value={option}
                checked={format === option}
                onChange={() => setFormat(option)}
              />
              {t(`exportList.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <FormActions submit={t('exportList.save')} busy={busy} />
    </form>
  )
}

export function ExportDialog({
  open,
  onOpenChange,
  returnFocusTo
}: {
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
  readonly returnFocusTo: () => HTMLElement | null
}) {
  const { t } = useTranslation()
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog-narrow"
          onCloseAutoFocus={returnFocusOnClose(returnFocusTo)}
        >
          <DialogHeader title={t('exportList.title')} description={t('exportList.description')} />
          {open && <ExportForm onDone={() => onOpenChange(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
