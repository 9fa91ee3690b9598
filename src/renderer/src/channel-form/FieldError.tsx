import { useSay } from '../i18n/say'

/**
 * A field's error, next to it; the field points at it with aria-describedby. `message` is a
 * message code (src/shared/messages.ts), or a text without one, shown as sent.
 */
export function FieldError({ id, message }: { readonly id: string; readonly message?: string }) {
  const { say } = useSay()
  if (!message) return null
  return (
    <p id={id} className="field-error" role="alert">
      {say(message)}
    </p>
  )
}

/** The aria attributes of a field that may have an error (and, optionally, a hint). */
export function describedBy(
  errorId: string,
  message: string | undefined,
  hintId?: string
): { 'aria-invalid': boolean; 'aria-describedby'?: string } {
  const ids = [message ? errorId : null, hintId ?? null].filter(Boolean).join(' ')
  return { 'aria-invalid': Boolean(message), ...(ids ? { 'aria-describedby': ids } : {}) }
}
