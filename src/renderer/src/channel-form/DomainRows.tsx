import { Plus, Trash2 } from 'lucide-react'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, type UseFieldArrayReturn } from 'react-hook-form'
import { MAX_DOMAINS } from '@shared/channel'
import { useSay } from '../i18n/say'
import { describedBy, FieldError } from './FieldError'
import type { ChannelFormValues } from './form-values'

/** "Network Domain": one text input per row, for WEB. */
export function DomainRows({
  rows
}: {
  readonly rows: UseFieldArrayReturn<ChannelFormValues, 'domains'>
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
  const listError = errors.domains?.root?.message ?? errors.domains?.message
  const hintId = `${ids}-hint`

  // The removed row's button is gone: keep focus in the group, on the add button.
  useEffect(() => {
    if (!focusAddAfterRemove.current) return
    focusAddAfterRemove.current = false
    addButton.current?.focus()
  }, [rows.fields])

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
                  <button
                    type="button"
                    className="btn btn-icon"
                    aria-label={t('form.removeNetworkDomainN', { n: index + 1 })}
                    title={t('form.removeNetworkDomainN', { n: index + 1 })}
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
        disabled={rows.fields.length >= MAX_DOMAINS}
        onClick={() => rows.append({ value: '' })}
      >
        <Plus aria-hidden="true" />
        {t('fields.newPlatformConfiguration')}
      </button>
    </fieldset>
  )
}
