import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch, type UseFieldArrayReturn } from 'react-hook-form'
import { platformsFor, type AppType } from '@shared/channel'
import { describedBy, FieldError } from './FieldError'
import { RemoveRowButton, RowsFooter, useRowRemoval } from './row-controls'
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
  const ids = useId()
  const { addButton, removeRow } = useRowRemoval(rows.fields, rows.remove)
  const {
    control,
    register,
    formState: { errors }
  } = useFormContext<ChannelFormValues>()
  const options = platformsFor(appType)
  // A platform chosen in one row cannot be chosen again in another: it stays in the list,
  // disabled (removing it would drop a select's value while rows move after a removal).
  const chosen = useWatch({ control, name: 'platforms' }) ?? []
  const takenElsewhere = (index: number, platform: string): boolean =>
    chosen.some((row, other) => other !== index && row?.value === platform)
  const listError = errors.platforms?.root?.message ?? errors.platforms?.message

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
                    <option
                      key={platform}
                      value={platform}
                      disabled={takenElsewhere(index, platform)}
                    >
                      {t(`platforms.${platform}`)}
                    </option>
                  ))}
                </select>
                {rows.fields.length > 1 && (
                  <RemoveRowButton
                    label={t('form.removePlatformN', { n: index + 1 })}
                    onClick={() => removeRow(index)}
                  />
                )}
              </div>
              <FieldError id={`${id}-error`} message={message} />
            </li>
          )
        })}
      </ol>
      <RowsFooter
        errorId={`${ids}-list-error`}
        error={listError}
        addButton={addButton}
        disabled={rows.fields.length >= options.length}
        onAdd={() => rows.append({ value: '' })}
      />
    </fieldset>
  )
}
