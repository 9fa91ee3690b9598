import * as Dialog from '@radix-ui/react-dialog'
import { LoaderCircle } from 'lucide-react'
import { useEffect, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldErrors } from '@shared/errors'
import {
  settingsPatchSchema,
  settingsSchema,
  type Settings,
  type SettingName
} from '@shared/settings'
import { DiscardChangesDialog } from '../channel-form/DiscardChangesDialog'
import { describedBy, FieldError } from '../channel-form/FieldError'
import { useCloseGuard } from '../channel-form/use-close-guard'
import { httpsSuggestion } from '../channel-form/url-suggestion'
import { useNotify } from '../app/use-notify'
import { DialogHeader } from '../components/DialogHeader'
import { formMessage } from '../i18n/say'
import { useSettings } from './use-settings'

/** What the dialog edits: every setting as typed (an unset one is empty). */
type Draft = Record<SettingName, string>

const draftOf = (settings: Settings): Draft => ({
  collectionDomain: settings.collectionDomain ?? '',
  standbyDomain: settings.standbyDomain ?? '',
  webSdkUrl: settings.webSdkUrl ?? '',
  // Off is an empty field.
  rotationPolicyDays:
    settings.rotationPolicyDays === null ? '' : String(settings.rotationPolicyDays)
})

/** Each issue of a check, as the message the field shows (a code, see formMessage). */
function issuesByField(
  issues: readonly { path: PropertyKey[]; message: string }[]
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '')
    out[field] ??= issue.message
  }
  return out
}

/** One setting: its label, the input, a hint, its error, and "Use https://…" when it lacks a scheme. */
function SettingField({
  name,
  label,
  hint,
  kind,
  value,
  error,
  onChange
}: {
  readonly name: SettingName
  readonly label: string
  readonly hint: string
  readonly kind: 'origin' | 'url' | 'days'
  readonly value: string
  readonly error: string | undefined
  readonly onChange: (value: string) => void
}) {
  const { t } = useTranslation()
  const ids = useId()
  const suggestion = kind === 'days' ? null : httpsSuggestion(value, kind)
  return (
    <div className="field">
      <label htmlFor={`${ids}-${name}`} className="field-label">
        {label}
      </label>
      <input
        id={`${ids}-${name}`}
        name={name}
        type="text"
        inputMode={kind === 'days' ? 'numeric' : 'url'}
        className={kind === 'days' ? 'input input-days' : 'input input-mono'}
        autoComplete="off"
        spellCheck={false}
        placeholder={
          kind === 'days' ? '90' : kind === 'origin' ? 'https://collect.example.com' : 'https://'
        }
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...describedBy(`${ids}-${name}-error`, error, `${ids}-${name}-hint`)}
      />
      <p id={`${ids}-${name}-hint`} className="field-hint">
        {hint}
      </p>
      <FieldError id={`${ids}-${name}-error`} message={error} />
      {suggestion !== null && (
        <button
          type="button"
          className="btn btn-link btn-suggestion"
          onClick={() => onChange(suggestion)}
        >
          {t('form.useUrl', { url: suggestion })}
        </button>
      )}
    </div>
  )
}

/**
 * Settings: the data collection domain, its standby and the Web SDK address, which the SDK
 * setup fills into every channel's code. Opened from the header and the native menu. Checked
 * here with main's own rules; a changed form asks before it is closed.
 */
export function SettingsDialog({
  open,
  onOpenChange
}: {
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
}) {
  const { t } = useTranslation()
  const notify = useNotify()
  const { settings, update } = useSettings()
  const [draft, setDraft] = useState<Draft | null>(null)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const guard = useCloseGuard(() => onOpenChange(false))

  // A fresh form on each opening, from main's current settings.
  useEffect(() => {
    if (open && settings) {
      setDraft(draftOf(settings))
      setErrors({})
    }
    if (!open) setDraft(null)
  }, [open, settings])

  const dirty =
    draft !== null &&
    settings !== null &&
    JSON.stringify(draft) !== JSON.stringify(draftOf(settings))
  const { setDirty } = guard
  useEffect(() => setDirty(dirty), [dirty, setDirty])

  const change = (name: SettingName) => (value: string) => {
    setDraft((current) => (current ? { ...current, [name]: value } : current))
  }

  const save = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    if (draft === null || saving) return
    const patch = settingsPatchSchema.safeParse(draft)
    if (!patch.success) return setErrors(issuesByField(patch.error.issues))
    const together = settingsSchema.safeParse({ ...settings, ...patch.data })
    if (!together.success) return setErrors(issuesByField(together.error.issues))
    setSaving(true)
    const result = await update(draft)
    setSaving(false)
    if (result.ok) {
      guard.setDirty(false)
      notify.success(t('toasts.settingsSaved'))
      onOpenChange(false)
      return
    }
    const fieldErrors: FieldErrors = result.error.fieldErrors ?? {}
    const shown = Object.fromEntries(
      Object.entries(fieldErrors).map(([path, message]) => [path, formMessage(message)])
    )
    if (Object.keys(shown).length > 0) setErrors(shown)
    else notify.error(result.error)
  }

  return (
    <>
      <Dialog.Root
        open={open}
        onOpenChange={(next) => (next ? onOpenChange(true) : guard.requestClose())}
      >
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog dialog-form">
            <DialogHeader title={t('settings.title')} description={t('settings.description')} />
            {draft === null ? (
              <p role="status">{t('app.loading')}</p>
            ) : (
              <form className="form" noValidate onSubmit={(event) => void save(event)}>
                <SettingField
                  name="collectionDomain"
                  kind="origin"
                  label={t('settings.collectionDomain')}
                  hint={t('settings.collectionDomainHint')}
                  value={draft.collectionDomain}
                  error={errors.collectionDomain}
                  onChange={change('collectionDomain')}
                />
                <SettingField
                  name="standbyDomain"
                  kind="origin"
                  label={t('settings.standbyDomain')}
                  hint={t('settings.standbyDomainHint')}
                  value={draft.standbyDomain}
                  error={errors.standbyDomain}
                  onChange={change('standbyDomain')}
                />
                <SettingField
                  name="webSdkUrl"
                  kind="url"
                  label={t('settings.webSdkUrl')}
                  hint={t('settings.webSdkUrlHint')}
                  value={draft.webSdkUrl}
                  error={errors.webSdkUrl}
                  onChange={change('webSdkUrl')}
                />
                <SettingField
                  name="rotationPolicyDays"
                  kind="days"
                  label={t('settings.rotationPolicyDays')}
                  hint={t('settings.rotationPolicyDaysHint')}
                  value={draft.rotationPolicyDays}
                  error={errors.rotationPolicyDays}
                  onChange={change('rotationPolicyDays')}
                />
                <div className="dialog-actions">
                  <button type="button" className="btn" onClick={guard.requestClose}>
                    {t('actions.cancel')}
                  </button>
                  <button
                    type="submit"
                    className="btn btn-primary"
                    aria-disabled={saving}
                    aria-busy={saving}
                  >
                    {saving && <LoaderCircle className="spin" aria-hidden="true" />}
                    {t('actions.save')}
                  </button>
                </div>
              </form>
            )}
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      <DiscardChangesDialog open={guard.asking} onDiscard={guard.discard} onKeep={guard.keep} />
    </>
  )
}
