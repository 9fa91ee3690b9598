import { zodResolver } from '@hookform/resolvers/zod'
import { CircleAlert, LoaderCircle } from 'lucide-react'
import { useEffect, useId, useState } from 'react'
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  APP_TYPES,
  NAME_MAX_LENGTH,
  normaliseName,
  type AppType,
  type ChannelFields,
  type ChannelView
} from '@shared/channel'
import type { MessageCode } from '@shared/messages'
import { useApi } from '../api/api-context'
import { formMessage, say, useSay } from '../i18n/say'
import { describedBy, FieldError } from './FieldError'
import { DomainRows } from './DomainRows'
import {
  channelFormSchema,
  emptyFormValues,
  formValuesFromChannel,
  rowsFor,
  type ChannelFormValues
} from './form-values'
import { PlatformRows } from './PlatformRows'
import { mapServerError, type MappedServerError } from './server-errors'

/** Shown, not an error: the form cannot be saved while data is not collected by Quick Tracking. */
const NOT_COLLECTED: MessageCode = 'quickTracking.notCollected'

export type FormMode =
  { readonly kind: 'create' } | { readonly kind: 'edit'; readonly channel: ChannelView }

/** The Create App API / Edit App API form. Validates with the shared schema; main re-checks. */
export function ChannelForm({
  mode,
  onSaved,
  onCancel,
  onDirtyChange
}: {
  readonly mode: FormMode
  /** `unchanged`: an edit that changed nothing (main saved and recorded nothing). */
  readonly onSaved: (channel: ChannelView, unchanged: boolean) => void
  /** Cancel: the dialog decides whether to ask first. */
  readonly onCancel: () => void
  /** Told whether the form holds changes that are not saved. */
  readonly onDirtyChange?: (dirty: boolean) => void
}) {
  const api = useApi()
  const { t } = useTranslation()
  const { say: sayField } = useSay()
  const ids = useId()
  const editing = mode.kind === 'edit'

  const form = useForm<ChannelFormValues, unknown, ChannelFields>({
    resolver: zodResolver(channelFormSchema),
    defaultValues: editing ? formValuesFromChannel(mode.channel) : emptyFormValues()
  })
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty }
  } = form
  const platformRows = useFieldArray({ control, name: 'platforms' })
  const domainRows = useFieldArray({ control, name: 'domains' })
  const appType = useWatch({ control, name: 'appType' })
  const collected = useWatch({ control, name: 'collectedByQuickTracking' })
  const name = useWatch({ control, name: 'name' })
  // The length the rule counts: trimmed, NFC, in characters (not UTF-16 units).
  const nameLength = [...normaliseName(name ?? '')].length

  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange])
  const [formMessages, setFormMessages] = useState<MappedServerError['formMessages']>([])

  const submit = async (fields: ChannelFields) => {
    setFormMessages([])
    const result =
      mode.kind === 'create'
        ? await api.channels.create(fields)
        : // The Application Type is the stored one: the form cannot change it.
          await api.channels.update({
            ...fields,
            appType: mode.channel.appType,
            id: mode.channel.id
          })
    if (result.ok) {
      const { unchanged, ...channel } = result.value as ChannelView & { unchanged?: true }
      onSaved(channel, unchanged === true)
      return
    }
    const mapped = mapServerError(result.error, {
      appType,
      platformRows: platformRows.fields.length,
      domainRows: domainRows.fields.length
    })
    mapped.fields.forEach(({ path, message }, index) => {
      setError(path, { type: 'server', message }, { shouldFocus: index === 0 })
    })
    setFormMessages(mapped.formMessages)
  }

  const chooseAppType = (next: AppType) => {
    const rows = rowsFor(next)
    platformRows.replace(rows.platforms)
    domainRows.replace(rows.domains)
  }

  const nameError = errors.name?.message
  const appTypeError = errors.appType?.message
  const quickTrackingMessage =
    collected === 'no' ? NOT_COLLECTED : errors.collectedByQuickTracking?.message

  return (
    <FormProvider {...form}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          // One save at a time: OK stays focusable while saving, so it must not send twice.
          if (isSubmitting) event.preventDefault()
          else void handleSubmit(submit)(event)
        }}
      >
        {formMessages.length > 0 && (
          <div className="form-alert" role="alert">
            <CircleAlert aria-hidden="true" />
            <ul>
              {formMessages.map((message) => (
                <li key={formMessage(message)}>{say(t, message)}</li>
              ))}
            </ul>
          </div>
        )}

        <div className="field">
          <label htmlFor={`${ids}-name`} className="field-label">
            {t('fields.channelName')}
          </label>
          <input
            id={`${ids}-name`}
            type="text"
            className="input"
            placeholder={t('form.namePlaceholder')}
            autoComplete="off"
            {...register('name')}
            {...describedBy(`${ids}-name-error`, nameError, `${ids}-name-count`)}
          />
          <div className="field-footer">
            <FieldError id={`${ids}-name-error`} message={nameError} />
            <p
              className={nameLength > NAME_MAX_LENGTH ? 'char-count char-count-over' : 'char-count'}
            >
              <span aria-hidden="true">
                {t('form.nameLength', { count: nameLength, max: NAME_MAX_LENGTH })}
              </span>
              <span id={`${ids}-name-count`} className="visually-hidden">
                {t('form.nameLengthLabel', { count: nameLength, max: NAME_MAX_LENGTH })}
              </span>
            </p>
          </div>
        </div>

        <fieldset
          className="field"
          aria-describedby={quickTrackingMessage ? `${ids}-qt-message` : undefined}
        >
          <legend className="field-label">{t('fields.collectedByQuickTracking')}</legend>
          <div className="radio-group">
            <label className="radio">
              <input type="radio" value="yes" {...register('collectedByQuickTracking')} />
              {t('actions.yes')}
            </label>
            <label className="radio">
              <input type="radio" value="no" {...register('collectedByQuickTracking')} />
              {t('actions.no')}
            </label>
          </div>
          {quickTrackingMessage && (
            <p id={`${ids}-qt-message`} className="field-warning" role="alert">
              {sayField(quickTrackingMessage)}
            </p>
          )}
        </fieldset>

        <fieldset
          className="field"
          aria-describedby={
            [editing ? `${ids}-type-note` : null, appTypeError ? `${ids}-type-error` : null]
              .filter(Boolean)
              .join(' ') || undefined
          }
        >
          <legend className="field-label">{t('fields.applicationType')}</legend>
          <div className="radio-group">
            {APP_TYPES.map((type) =>
              editing ? (
                // Read-only in Edit: shown, never registered, never sent as a change.
                <label key={type} className="radio">
                  <input
                    type="radio"
                    name={`${ids}-type-readonly`}
                    value={type}
                    checked={mode.channel.appType === type}
                    disabled
                    readOnly
                  />
                  {t(`appTypes.${type}`)}
                </label>
              ) : (
                <label key={type} className="radio">
                  <input
                    type="radio"
                    value={type}
                    {...register('appType', {
                      onChange: (event: { target: { value: AppType } }) =>
                        chooseAppType(event.target.value)
                    })}
                    aria-invalid={Boolean(appTypeError)}
                  />
                  {t(`appTypes.${type}`)}
                </label>
              )
            )}
          </div>
          {editing && (
            <p id={`${ids}-type-note`} className="field-hint">
              {t('messages.appType.immutable')}
            </p>
          )}
          <FieldError id={`${ids}-type-error`} message={appTypeError} />
        </fieldset>

        {appType === 'APP' || appType === 'MINI_PROGRAM' ? (
          <PlatformRows key={appType} appType={appType} rows={platformRows} />
        ) : appType === 'WEB' ? (
          <DomainRows rows={domainRows} />
        ) : (
          <p className="field-hint">{t('form.selectAppTypeFirst')}</p>
        )}

        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={collected === 'no'}
            // Not `disabled` while saving: that would drop the keyboard focus.
            aria-disabled={isSubmitting}
            aria-busy={isSubmitting}
          >
            {isSubmitting && <LoaderCircle className="spin" aria-hidden="true" />}
            {t('actions.ok')}
          </button>
        </div>
      </form>
    </FormProvider>
  )
}
