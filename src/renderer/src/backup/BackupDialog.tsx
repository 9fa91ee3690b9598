import * as Dialog from '@radix-ui/react-dialog'
import { CircleAlert, FileKey2 } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  AGE_RECIPIENT_PATTERN,
  MIN_PASSPHRASE_LENGTH,
  type BackupProtection,
  type ProtectionKind
} from '@shared/backup'
import type { AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { describedBy } from '../channel-form/FieldError'
import { DialogHeader } from '../components/DialogHeader'
import { useSay } from '../i18n/say'
import { MIN_STRENGTH_SCORE, usePassphraseStrength } from './passphrase-strength'
import { StrengthMeter } from './StrengthMeter'
import { returnFocusOnClose } from '../components/return-focus'
import { FormActions } from '../components/FormActions'

const KINDS: readonly ProtectionKind[] = ['passphrase', 'recipients', 'thisComputer']

/** The public keys in the text area: one per line (or separated by spaces). */
const keysOf = (text: string): string[] => text.split(/\s+/).filter((key) => key !== '')

/** A problem the page finds itself, next to its field. */
function Problem({ id, text }: { readonly id: string; readonly text: string | null }) {
  if (!text) return null
  return (
    <p id={id} className="field-error" role="alert">
      {text}
    </p>
  )
}

/**
 * Back Up… (SPEC §9): the protection (a passphrase typed twice with a strength meter, age public
 * keys, or this computer's backup key), then main asks where to save. The passphrase goes to main
 * once and is not kept by the page after the dialog closes.
 */
function BackupForm({ onDone }: { readonly onDone: () => void }) {
  const { t } = useTranslation()
  const { say, sayError } = useSay()
  const api = useApi()
  const notify = useNotify()
  const ids = useId()
  const [kind, setKind] = useState<ProtectionKind>('passphrase')
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const [shown, setShown] = useState(false)
  const [recipients, setRecipients] = useState('')
  const [keysNote, setKeysNote] = useState<string | null>(null)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<AppErrorData | null>(null)
  const score = usePassphraseStrength(kind === 'passphrase' ? passphrase : '')

  const tooShort = [...passphrase].length < MIN_PASSPHRASE_LENGTH
  const passphraseProblem =
    kind !== 'passphrase' || !tried
      ? null
      : tooShort
        ? say('backup.passphraseTooShort')
        : score !== null && score < MIN_STRENGTH_SCORE
          ? t('backup.tooGuessable')
          : null
  const confirmProblem =
    kind === 'passphrase' && tried && !tooShort && confirm !== passphrase
      ? t('backup.mismatch')
      : null
  const keys = keysOf(recipients)
  const serverKeyError = Object.entries(failure?.fieldErrors ?? {}).find(([path]) =>
    path.startsWith('protection.recipients')
  )?.[1]
  const recipientsProblem =
    kind !== 'recipients' || !tried
      ? null
      : keys.length === 0
        ? say('backup.noRecipients')
        : keys.some((key) => !AGE_RECIPIENT_PATTERN.test(key))
          ? say('backup.recipientInvalid')
          : serverKeyError
            ? say(serverKeyError)
            : null

  const protection = (): BackupProtection =>
    kind === 'passphrase'
      ? { kind, passphrase }
      : kind === 'recipients'
        ? { kind, recipients: keys }
        : { kind }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    setTried(true)
    setFailure(null)
    const blocked =
      kind === 'passphrase'
        ? tooShort || score === null || score < MIN_STRENGTH_SCORE || confirm !== passphrase
        : kind === 'recipients'
          ? keys.length === 0 || keys.some((key) => !AGE_RECIPIENT_PATTERN.test(key))
          : false
    if (blocked) return
    setBusy(true)
    const result = await api.backup.create({ protection: protection() })
    setBusy(false)
    if (!result.ok) {
      setFailure(result.error)
      return
    }
    // The user closed main's save dialog: stay here, nothing was written.
    if (!result.value.saved) return
    const { channelCount, fileName, leftOut } = result.value
    notify.success(
      t('toasts.backedUp', { count: channelCount, file: fileName }),
      leftOut.length > 0 ? t('toasts.backupLeftOut', { names: leftOut.join(', ') }) : undefined
    )
    onDone()
  }

  const readKeys = async () => {
    const result = await api.backup.readRecipients()
    if (!result.ok) {
      setFailure(result.error)
      return
    }
    if (result.value.status !== 'read') return
    const merged = [...new Set([...keys, ...result.value.recipients])]
    setRecipients(merged.join('\n'))
    setKeysNote(
      t('backup.keysRead', { count: result.value.recipients.length, file: result.value.fileName })
    )
  }

  const showGeneral = failure && !serverKeyError
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      {showGeneral && (
        <div className="form-alert" role="alert">
          <CircleAlert aria-hidden="true" />
          <p>{sayError(failure)}</p>
        </div>
      )}
      <fieldset className="field">
        <legend className="field-label">{t('backup.protection')}</legend>
        <div className="choice-list">
          {KINDS.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name={`${ids}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => {
                  setKind(option)
                  setTried(false)
                  setFailure(null)
                }}
                aria-describedby={`${ids}-${option}-hint`}
              />
              <span>
                <span className="choice-title">{t(`backup.${option}`)}</span>
                <span id={`${ids}-${option}-hint`} className="field-hint">
                  {t(`backup.${option}Hint`)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {kind === 'passphrase' && (
        <>
          <div className="field">
            <label htmlFor={`${ids}-passphrase`} className="field-label">
              {t('backup.passphraseLabel')}
            </label>
            <input
              id={`${ids}-passphrase`}
              type={shown ? 'text' : 'password'}
              className="input"
              autoComplete="new-password"
              spellCheck={false}
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              {...describedBy(
                `${ids}-passphrase-error`,
                passphraseProblem ?? undefined,
                `${ids}-strength`
              )}
            />
            <StrengthMeter id={`${ids}-strength`} score={score} empty={passphrase === ''} />
            <Problem id={`${ids}-passphrase-error`} text={passphraseProblem} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-confirm`} className="field-label">
              {t('backup.confirmLabel')}
            </label>
            <input
              id={`${ids}-confirm`}
              type={shown ? 'text' : 'password'}
              className="input"
              autoComplete="new-password"
              spellCheck={false}
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
              {...describedBy(`${ids}-confirm-error`, confirmProblem ?? undefined)}
            />
            <Problem id={`${ids}-confirm-error`} text={confirmProblem} />
          </div>
          <label className="radio">
            <input
              type="checkbox"
              checked={shown}
              onChange={(event) => setShown(event.target.checked)}
            />
            {t('backup.showPassphrase')}
          </label>
        </>
      )}

      {kind === 'recipients' && (
        <div className="field">
          <label htmlFor={`${ids}-recipients`} className="field-label">
            {t('backup.recipientsLabel')}
          </label>
          <textarea
            id={`${ids}-recipients`}
            className="input input-mono textarea"
            rows={4}
            spellCheck={false}
            value={recipients}
            onChange={(event) => setRecipients(event.target.value)}
            {...describedBy(
              `${ids}-recipients-error`,
              recipientsProblem ?? undefined,
              keysNote ? `${ids}-keys-note` : undefined
            )}
          />
          {keysNote && (
            <p id={`${ids}-keys-note`} className="field-hint" role="status">
              {keysNote}
            </p>
          )}
          <Problem id={`${ids}-recipients-error`} text={recipientsProblem} />
          <div>
            <button type="button" className="btn btn-small" onClick={() => void readKeys()}>
              <FileKey2 aria-hidden="true" />
              {t('backup.readFromFile')}
            </button>
          </div>
        </div>
      )}

      <FormActions submit={t('backup.save')} busy={busy} />
    </form>
  )
}

/** Back Up…: opened from the header's Backup menu, the File menu, or the missing-secrets banner. */
export function BackupDialog({
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
          className="dialog dialog-form"
          onCloseAutoFocus={returnFocusOnClose(returnFocusTo)}
        >
          <DialogHeader title={t('backup.title')} description={t('backup.description')} />
          {/* Fresh on every opening: no passphrase outlives the dialog. */}
          {open && <BackupForm onDone={() => onOpenChange(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
