import { Plus, Trash2 } from 'lucide-react'
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useSay } from '../i18n/say'

/**
 * Row removal for a field array: after a row goes, its remove button is gone, so focus moves
 * to the group's add button instead of falling back to the page.
 */
export function useRowRemoval(fields: readonly unknown[], remove: (index: number) => void) {
  const addButton = useRef<HTMLButtonElement>(null)
  const focusAddAfterRemove = useRef(false)

  useEffect(() => {
    if (!focusAddAfterRemove.current) return
    focusAddAfterRemove.current = false
    addButton.current?.focus()
  }, [fields])

  const removeRow = useCallback(
    (index: number) => {
      focusAddAfterRemove.current = true
      remove(index)
    },
    [remove]
  )
  return { addButton, removeRow }
}

/** The icon button that removes one row; `label` names the row ("Remove platform 2"). */
export function RemoveRowButton({
  label,
  onClick
}: {
  readonly label: string
  readonly onClick: () => void
}) {
  return (
    <button
      type="button"
      className="btn btn-icon"
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      <Trash2 aria-hidden="true" />
    </button>
  )
}

/** Under the rows: the list-level error (if any) and "New Platform Configuration". */
export function RowsFooter({
  errorId,
  error,
  addButton,
  disabled,
  onAdd
}: {
  readonly errorId: string
  readonly error: string | undefined
  readonly addButton: RefObject<HTMLButtonElement | null>
  readonly disabled: boolean
  readonly onAdd: () => void
}) {
  const { t } = useTranslation()
  const { say } = useSay()
  return (
    <>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {say(error)}
        </p>
      )}
      <button
        ref={addButton}
        type="button"
        className="btn btn-link"
        disabled={disabled}
        onClick={onAdd}
      >
        <Plus aria-hidden="true" />
        {t('fields.newPlatformConfiguration')}
      </button>
    </>
  )
}
