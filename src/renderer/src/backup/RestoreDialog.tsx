import * as Dialog from '@radix-ui/react-dialog'
import { CircleAlert, FileKey2, FolderOpen, LoaderCircle } from 'lucide-react'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { RestoreOpened, RestorePreview, UnlockKey } from '@shared/backup'
import type { AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { FieldError, describedBy } from '../channel-form/FieldError'
import { DialogHeader } from '../components/DialogHeader'
import { useFormatDateTime } from '../i18n/format'
import { useSay } from '../i18n/say'
import { RestorePreviewView } from './RestorePreview'
import { returnFocusOnClose } from '../components/return-focus'

type Step =
  | { readonly kind: 'choose' }
  | {
      readonly kind: 'locked'
      readonly token: string
      readonly fileName: string
      readonly needs: 'passphrase' | 'identity'
    }
  | { readonly kind: 'preview'; readonly preview: RestorePreview }

function Alert({ error }: { readonly error: AppErrorData }) {
  const { sayError } = useSay()
  return (
    <div className="form-alert" role="alert">
      <CircleAlert aria-hidden="true" />
      <p>{sayError(error)}</p>
    </div>
  )
}

/** The passphrase or age secret key for a locked backup; used once, never kept. */
function UnlockForm({
  step,
  onOpened,
  onAnother
}: {
  readonly step: Extract<Step, { kind: 'locked' }>
  readonly onOpened: (opened: RestoreOpened) => void
  readonly onAnother: () => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const ids = useId()
  const [value, setValue] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const field = step.needs === 'passphrase' ? 'passphrase' : 'identity'
  const fieldError = error?.fieldErrors?.[field] ?? error?.fieldErrors?.[`key.${field}`]

  const unlock = async (key: UnlockKey) => {
    if (busy) return
    setBusy(true)
    setError(null)
    const result = await api.backup.unlock({ token: step.token, key })
    setBusy(false)
    if (!result.ok) setError(result.error)
    else onOpened(result.value)
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void unlock(
      step.needs === 'passphrase'
        ? { kind: 'passphrase', passphrase: value }
        : { kind: 'identity', identity: value }
    )
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <p>
        {step.needs === 'passphrase'
          ? t('restore.lockedPassphrase', { file: step.fileName })
          : t('restore.lockedIdentity', { file: step.fileName })}
      </p>
      {error && !fieldError && <Alert error={error} />}
      <div className="field">
        <label htmlFor={`${ids}-key`} className="field-label">
          {step.needs === 'passphrase' ? t('restore.passphraseLabel') : t('restore.identityLabel')}
        </label>
        <input
          id={`${ids}-key`}
          type="password"
          className="input input-mono"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          {...describedBy(
            `${ids}-key-error`,
            fieldError ? fieldError.code : undefined,
            step.needs === 'identity' ? `${ids}-key-hint` : undefined
          )}
        />
        {step.needs === 'identity' && (
          <p id={`${ids}-key-hint`} className="field-hint">
            {t('restore.identityHint')}
          </p>
        )}
        <FieldError id={`${ids}-key-error`} message={fieldError?.code} />
      </div>
      <div className="dialog-actions dialog-actions-spread">
        <div className="dialog-actions-start">
          <button type="button" className="btn" onClick={onAnother}>
            {t('restore.chooseAnother')}
          </button>
          {step.needs === 'identity' && (
            <button
              type="button"
              className="btn"
              onClick={() => void unlock({ kind: 'identityFile' })}
            >
              <FileKey2 aria-hidden="true" />
              {t('restore.useIdentityFile')}
            </button>
          )}
        </div>
        <button type="submit" className="btn btn-primary" aria-disabled={busy} aria-busy={busy}>
          {busy && <LoaderCircle className="spin" aria-hidden="true" />}
          {t('restore.open')}
        </button>
      </div>
    </form>
  )
}

/** The three steps: choose the file (main's dialog), unlock it if need be, review and apply. */
function RestoreFlow({
  onRestored,
  onDone
}: {
  readonly onRestored: () => void
  readonly onDone: () => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const notify = useNotify()
  const formatDateTime = useFormatDateTime()
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<AppErrorData | null>(null)
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set())
  // The opened backup's token: main forgets it (and its secrets) when the dialog closes.
  const token = useRef<string | null>(null)

  useEffect(
    () => () => {
      if (token.current) void api.backup.discard({ token: token.current })
    },
    [api]
  )

  const opened = (result: RestoreOpened) => {
    if (result.status === 'cancelled') return
    if (result.status === 'locked') {
      token.current = result.token
      setStep({ kind: 'locked', ...result })
      return
    }
    token.current = result.preview.token
    setReplace(new Set())
    setStep({ kind: 'preview', preview: result.preview })
  }

  const choose = async () => {
    if (busy) return
    if (token.current) void api.backup.discard({ token: token.current })
    token.current = null
    setBusy(true)
    setError(null)
    const result = await api.backup.open()
    setBusy(false)
    if (!result.ok) {
      setStep({ kind: 'choose' })
      setError(result.error)
      return
    }
    opened(result.value)
  }

  const apply = async (preview: RestorePreview) => {
    if (busy) return
    setBusy(true)
    setError(null)
    const result = await api.backup.restore({ token: preview.token, replace: [...replace] })
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      return
    }
    token.current = null
    const { added, replaced, secretsFilled, skipped } = result.value
    notify.success(
      t('toasts.restoredFromBackup'),
      t('toasts.restoredCounts', { added, replaced, filled: secretsFilled, skipped })
    )
    onRestored()
    onDone()
  }

  if (step.kind === 'locked') {
    return <UnlockForm step={step} onOpened={opened} onAnother={() => void choose()} />
  }

  if (step.kind === 'preview') {
    const { preview } = step
    return (
      <div className="form">
        <p>
          {t('restore.fromBackup', {
            file: preview.fileName,
            date: formatDateTime(preview.createdAt),
            version: preview.appVersion,
            count: preview.total
          })}
        </p>
        {error && <Alert error={error} />}
        <RestorePreviewView preview={preview} replace={replace} onReplaceChange={setReplace} />
        <div className="dialog-actions dialog-actions-spread">
          <button type="button" className="btn" onClick={() => void choose()}>
            {t('restore.chooseAnother')}
          </button>
          <div className="dialog-actions-start">
            <Dialog.Close asChild>
              <button type="button" className="btn">
                {t('actions.cancel')}
              </button>
            </Dialog.Close>
            <button
              type="button"
              className="btn btn-primary"
              aria-disabled={busy}
              aria-busy={busy}
              onClick={() => void apply(preview)}
            >
              {busy && <LoaderCircle className="spin" aria-hidden="true" />}
              {t('restore.apply')}
            </button>
          </div>
        </div>
      </div>
    )
  }

  return (
    <div className="form">
      {error && <Alert error={error} />}
      <div className="dialog-actions">
        <Dialog.Close asChild>
          <button type="button" className="btn">
            {t('actions.cancel')}
          </button>
        </Dialog.Close>
        <button
          type="button"
          className="btn btn-primary"
          aria-disabled={busy}
          aria-busy={busy}
          onClick={() => void choose()}
        >
          {busy ? (
            <LoaderCircle className="spin" aria-hidden="true" />
          ) : (
            <FolderOpen aria-hidden="true" />
          )}
          {t('restore.chooseFile')}
        </button>
      </div>
    </div>
  )
}

/** Restore from Backup…: from the header's Backup menu, the File menu, a banner or the recovery screen. */
export function RestoreDialog({
  open,
  onOpenChange,
  onRestored,
  returnFocusTo
}: {
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
  /** Something was restored: the list, the status and the orphans are stale. */
  readonly onRestored: () => void
  readonly returnFocusTo: () => HTMLElement | null
}) {
  const { t } = useTranslation()
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog-wide"
          onCloseAutoFocus={returnFocusOnClose(returnFocusTo)}
        >
          <DialogHeader title={t('restore.title')} description={t('restore.description')} />
          {open && <RestoreFlow onRestored={onRestored} onDone={() => onOpenChange(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
