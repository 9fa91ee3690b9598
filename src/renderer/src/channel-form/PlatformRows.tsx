import { Plus, Trash2 } from 'lucide-react'
import { useEffect, useId, useRef } from 'react'
import { useFormContext, type UseFieldArrayReturn } from 'react-hook-form'
import { platformsFor, type AppType } from '@shared/channel'
import { useI18n } from '../i18n/i18n-context'
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
  const { t, translate } = useI18n()
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
      <legend className="field-label">{t.platformTypeConfiguration}</legend>
      <ol className="rows">
        {rows.fields.map((row, index) => {
          const id = `${ids}-${index}`
          const message = errors.platforms?.[index]?.value?.message
          return (
            <li key={row.id} className="row">
              <label htmlFor={id} className="row-label">
                {t.platformN(index + 1)}
              </label>
              <div className="row-control">
                <select
                  id={id}
                  className="input"
                  {...register(`platforms.${index}.value`)}
                  {...describedBy(`${id}-error`, message)}
                >
                  <option value="" disabled>
                    {t.selectPlatform}
                  </option>
                  {options.map((platform) => (
                    <option key={platform} value={platform}>
                      {t.platformLabels[platform]}
                    </option>
                  ))}
                </select>
                {rows.fields.length > 1 && (
                  <button
                    type="button"
                    className="btn btn-icon"
                    aria-label={t.removePlatformN(index + 1)}
                    title={t.removePlatformN(index + 1)}
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
          {translate(listError)}
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
        {t.newPlatformConfiguration}
      </button>
    </fieldset>
  )
}
