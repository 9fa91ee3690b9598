/** What an envelope's error says in English: what a user of the English interface reads. */
import { messageOf, type AppErrorData } from '../../src/shared/errors'
import { messageText, type AnyMessage } from '../../src/shared/messages'

export const english = (error: AppErrorData): string => messageText(messageOf(error))
export const englishOf = (message: AnyMessage): string => messageText(message)
