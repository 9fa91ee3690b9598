/**
 * Words messages that come from `src/shared` and main in the user's language. They travel as
 * codes (src/shared/messages.ts): an error envelope carries `messageCode`/`fieldCodes`, and
 * the form keeps the shared schema's issues as codes. A message without a code (an older main,
 * a zod default for a hostile payload, a detail main cannot word in advance) is recognised by
 * its English text when the catalogue has it, and otherwise shown as sent: better English than
 * nothing.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { AppErrorData } from '@shared/errors'
import {
  codeOfMessage,
  isMessageCode,
  type CodedMessage,
  type MessageParams
} from '@shared/messages'

/** Something to say: main's (English) text, and its code when known. */
export interface Said {
  readonly text: string
  readonly coded?: CodedMessage | null
}

/** A message code, or a text (English, from main or zod), as its code when there is one. */
export function codedOf(codeOrText: string): CodedMessage | null {
  return isMessageCode(codeOrText) ? { code: codeOrText } : codeOfMessage(codeOrText)
}

/** What an error envelope says: its code from main, else recognised from its text. */
export function saidOfError(error: AppErrorData): Said {
  return {
    text: error.message,
    coded:
      error.messageCode !== undefined
        ? { code: error.messageCode, params: error.messageParams }
        : codedOf(error.message)
  }
}

/** Parameters that are themselves messages (a keychain fix inside an Update failure) are worded too. */
function wordParams(t: TFunction, params: MessageParams): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    const inner = typeof value === 'string' ? codeOfMessage(value) : null
    out[name] = inner && !inner.params ? t(`messages.${inner.code}`) : value
  }
  return out
}

/** The message in the interface language. */
export function say(t: TFunction, said: Said): string {
  const coded = said.coded === undefined ? codedOf(said.text) : said.coded
  if (!coded) return said.text
  return t(`messages.${coded.code}`, coded.params ? wordParams(t, coded.params) : {})
}

export interface Sayer {
  /** A message code, or a text to recognise. */
  readonly say: (codeOrText: string) => string
  /** An error envelope's message. */
  readonly sayError: (error: AppErrorData) => string
}

/** `say` bound to the interface language. */
export function useSay(): Sayer {
  const { t } = useTranslation()
  return useMemo(
    () => ({
      say: (codeOrText) => say(t, { text: codeOrText }),
      sayError: (error) => say(t, saidOfError(error))
    }),
    [t]
  )
}
