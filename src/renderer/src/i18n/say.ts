/**
 * Words messages from `src/shared` and main in the interface language. A message is a code and
 * its parameters (src/shared/messages.ts): error envelopes carry them, and the shared schemas'
 * issues are codes. The words are the `messages` resources, which every language must have in
 * full (their type is the catalogue's shape).
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { messageOf, type AppErrorData } from '@shared/errors'
import {
  isMessage,
  isMessageCode,
  type AnyMessage,
  type MessageCode,
  type MessageParams
} from '@shared/messages'

/** Parameters that are themselves messages (a keychain fix inside an Update failure) are worded too. */
function wordParams(t: TFunction, params: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'object' ? say(t, value) : value
  }
  return out
}

/**
 * A message in the interface language. A code this page has no words for (only a newer main
 * could send one) gets the generic words, never the raw code.
 */
export function say(t: TFunction, message: AnyMessage): string {
  if (!isMessageCode(message.code)) return t('messages.app.internal')
  return t(`messages.${message.code}`, message.params ? wordParams(t, message.params) : {})
}

/**
 * A message as react-hook-form keeps a field's error (a string): its code, or, when it has
 * parameters, the message as JSON. `readFormMessage` turns it back.
 */
export function formMessage(message: AnyMessage): string {
  return message.params ? JSON.stringify(message) : message.code
}

/** A field error the form holds, as a message; null for a string that is neither. */
export function readFormMessage(text: string): AnyMessage | null {
  if (isMessageCode(text)) return { code: text }
  if (!text.startsWith('{')) return null
  try {
    const parsed: unknown = JSON.parse(text)
    return isMessage(parsed) ? parsed : null
  } catch {
    return null
  }
}

export interface Sayer {
  /** A message, a bare message code, or a form's field error (see formMessage). */
  readonly say: (message: AnyMessage | MessageCode | string) => string
  /** An error envelope's message. */
  readonly sayError: (error: AppErrorData) => string
}

/** `say` bound to the interface language. */
export function useSay(): Sayer {
  const { t } = useTranslation()
  return useMemo(() => {
    const sayAny = (message: AnyMessage | string): string => {
      if (typeof message !== 'string') return say(t, message)
      const read = readFormMessage(message)
      // Only our own codes reach a field; anything else would be a bug, shown as the generic words.
      return say(t, read ?? { code: 'request.invalid' })
    }
    return { say: sayAny, sayError: (error) => say(t, messageOf(error)) }
  }, [t])
}
