import { Plus, Trash2 } from 'lucide-react'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, type UseFieldArrayReturn } from 'react-hook-form'
import { platformsFor, type AppType } from '@shared/channel'
import { useSay } from '../i18n/say'
import { describedBy, FieldError } from './FieldError'
import type { ChannelFormValues } from './form-values'

/** "Platform Type Configuration": one <select> per row, for APP and Mini Program. */
export function PlatformRows({
  appType,
  rows
}: {
  readonly appType: Exclude<AppType, 'WEB'>
  readonly rows: UseFieldArrayReturn<ChannelFormValues, 'platforms'>
}) {
  const { t } = useTranslation()
  const { say } = useSay()
  const ids = useId()
  const addButton = useRef<HTMLButtonElement>(null)
  const focusAddAfterRemove = useRef(false)
  const {
    register,
    formState: { errors }
  } = useFormContext<ChannelFormValues>()
  const options = platformsFor(appType)
  const listError = errors.platforms?.root?.message ?? errors.platforms?.message

  // The removed row's button is gone: keep focus in the group, on the add button.
  useEffect(() => {
    if (!focusAddAfterRemove.current) return
    focusAddAfterRemove.current = false
    addButton.current?.focus()
  }, [rows.fields])

  return (
    <fieldset className="field" aria-describedby={listError ? `${ids}-list-error` : undefined}>
      <legend className="field-label">{t('fields.platformTypeConfiguration')}</legend>
      <ol className="rows">
        {rows.fields.map((row, index) => {
          const id = `${ids}-${index}`
          const message = errors.platforms?.[index]?.value?.message
          return (
            <li key={row.id} className="row">
              <label htmlFor={id} className="row-label">
                {t('form.platformN', { n: index + 1 })}
              </label>
              <div className="row-control">
                <select
                  id={id}
                  className="input"
                  {...register(`platforms.${index}.value`)}
                  {...describedBy(`${id}-error`, message)}
                >
                  <option value="" disabled>
                    {t('form.selectPlatform')}
                  </option>
                  {options.map((platform) => (
                    <option key={platform} value={platform}>
                      {t(`platforms.${platform}`)}
                    </option>
                  ))}
                </select>
                {rows.fields.length > 1 && (
                  <button
                    type="button"
                    className="btn btn-icon"
                    aria-label={t('form.removePlatformN', { n: index + 1 })}
                    title={t('form.removePlatformN', { n: index + 1 })}
                    onClick={() => {
                      focusAddAfterRemove.current = true
                      rows.remove(index)
                    }}
                  >
                    <Trash2 aria-hidden="true" />
                  </button>
                )}
              </div>
              <FieldError id={`${id}-error`} message={message} />
            </li>
          )
        })}
      </ol>
      {listError && (
        <p id={`${ids}-list-error`} className="field-error" role="alert">
          {say(listError)}
        </p>
      )}
      <button
        ref={addButton}
        type="button"
        className="btn btn-link"
        disabled={rows.fields.length >= options.length}
        onClick={() => rows.append({ value: '' })}
      >
        <Plus aria-hidden="true" />
        {t('fields.newPlatformConfiguration')}
      </button>
    </fieldset>
  )
}
