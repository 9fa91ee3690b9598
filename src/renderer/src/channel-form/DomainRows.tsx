import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch, type UseFieldArrayReturn } from 'react-hook-form'
import { MAX_DOMAINS } from '@shared/channel'
import { describedBy, FieldError } from './FieldError'
import { RemoveRowButton, RowsFooter, useRowRemoval } from './row-controls'
import type { ChannelFormValues } from './form-values'
import { httpsSuggestion } from './url-suggestion'

/** "Network Domain": one text input per row, for WEB. */
export function DomainRows({
  rows
}: {
  readonly rows: UseFieldArrayReturn<ChannelFormValues, 'domains'>
}) {
  const { t } = useTranslation()
  const ids = useId()
  const { addButton, removeRow } = useRowRemoval(rows.fields, rows.remove)
  const {
    control,
    register,
    setValue,
    formState: { errors, isSubmitted }
  } = useFormContext<ChannelFormValues>()
  const values = useWatch({ control, name: 'domains' }) ?? []
  const listError = errors.domains?.root?.message ?? errors.domains?.message
  const hintId = `${ids}-hint`
  // Typed without http(s)://: offer the https form (only when that would be a valid domain).
  const suggestion = (index: number): string | null => httpsSuggestion(values[index]?.value ?? '')

  return (
    <fieldset className="field" aria-describedby={listError ? `${ids}-list-error` : undefined}>
      <legend className="field-label">{t('fields.networkDomain')}</legend>
      <p id={hintId} className="field-hint">
        {t('form.domainHint')}
      </p>
      <ol className="rows">
        {rows.fields.map((row, index) => {
          const id = `${ids}-${index}`
          const message = errors.domains?.[index]?.value?.message
          return (
            <li key={row.id} className="row">
              <label htmlFor={id} className="row-label">
                {t('form.networkDomainN', { n: index + 1 })}
              </label>
              <div className="row-control">
                <input
                  id={id}
                  type="text"
                  inputMode="url"
                  className="input input-mono"
                  placeholder={t('form.domainPlaceholder')}
                  autoComplete="off"
                  spellCheck={false}
                  {...register(`domains.${index}.value`)}
                  {...describedBy(`${id}-error`, message, hintId)}
                />
                {rows.fields.length > 1 && (
                  <RemoveRowButton
                    label={t('form.removeNetworkDomainN', { n: index + 1 })}
                    onClick={() => removeRow(index)}
                  />
                )}
              </div>
              <FieldError id={`${id}-error`} message={message} />
              {suggestion(index) !== null && (
                <button
                  type="button"
                  className="btn btn-link btn-suggestion"
                  onClick={() =>
                    setValue(`domains.${index}.value`, suggestion(index) ?? '', {
                      shouldDirty: true,
                      shouldValidate: isSubmitted
                    })
                  }
                >
                  {t('form.useUrl', { url: suggestion(index) })}
                </button>
              )}
            </li>
          )
        })}
      </ol>
      <RowsFooter
        errorId={`${ids}-list-error`}
        error={listError}
        addButton={addButton}
        disabled={rows.fields.length >= MAX_DOMAINS}
        onAdd={() => rows.append({ value: '' })}
      />
    </fieldset>
  )
}
