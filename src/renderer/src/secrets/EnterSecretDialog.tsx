import * as Dialog from '@radix-ui/react-dialog'
import { KeySquare } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import type { AppErrorData } from '@shared/errors'
import { FieldError, describedBy } from '../channel-form/FieldError'
import { DialogHeader } from '../components/DialogHeader'
import { useSay } from '../i18n/say'
import { FormActions } from '../components/FormActions'

/**
 * Enter secret… (SPEC §4): paste the AccessKeySecret a channel had, when this computer has none.
 * Main checks its format and checksum and stores it in the keychain; the renderer keeps it only
 * in this field, which is gone when the dialog closes.
 */
function EnterSecretForm({
  onEnter,
  onDone
}: {
  readonly onEnter: (secret: string) => Promise<AppErrorData | null>
  readonly onDone: () => void
}) {
  const { t } = useTranslation()
  const { sayError } = useSay()
  const ids = useId()
  const [secret, setSecret] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const fieldError = error?.fieldErrors?.secret

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    const failure = await onEnter(secret)
    setBusy(false)
    if (failure) setError(failure)
    else onDone()
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {error && !fieldError && (
        <p className="form-alert" role="alert">
          {sayError(error)}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${ids}-secret`} className="field-label">
          {t('secrets.secretLabel')}
        </label>
        <input
          id={`${ids}-secret`}
          type="password"
          className="input input-mono"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('secrets.secretPlaceholder')}
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          {...describedBy(`${ids}-secret-error`, fieldError?.code)}
        />
        <FieldError id={`${ids}-secret-error`} message={fieldError?.code} />
      </div>
      <FormActions submit={t('secrets.save')} busy={busy} />
    </form>
  )
}

/** The row's "Enter secret…" button and its dialog. */
export function EnterSecretDialog({
  channel,
  label,
  onEnter
}: {
  readonly channel: ChannelView
  /** The button's accessible name, e.g. "Enter AccessKeySecret of Shop app". */
  readonly label: string
  /** Calls main; resolves null on success, else the error to show. */
  readonly onEnter: (secret: string) => Promise<AppErrorData | null>
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="btn btn-small" aria-label={label}>
          <KeySquare aria-hidden="true" />
          {t('actions.enterSecret')}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-narrow">
          <DialogHeader
            title={t('secrets.enterTitle', { name: channel.name })}
            description={t('secrets.enterDescription')}
          />
          {open && <EnterSecretForm onEnter={onEnter} onDone={() => setOpen(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
