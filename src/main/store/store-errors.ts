import type { DataFileProblem } from '../../shared/ipc/contract'
import { messageText, type Message } from '../../shared/messages'

/**
 * Why the data file could not be loaded. The file is left exactly as it was found.
 * - corrupt: not JSON (truncated, binary garbage, empty);
 * - invalid: JSON, but not a channel list this version understands (wrong types, missing
 *   fields, an unknown older format, a failed upgrade);
 * - future-version: written by a newer version of the app;
 * - unreadable: the file exists but cannot be read (it is a folder, an I/O error, no permission).
 */
export type StoreLoadErrorKind = DataFileProblem

/** The data file exists but cannot be used; the app must not write over it. */
export class StoreLoadError extends Error {
  readonly kind: StoreLoadErrorKind
  readonly filePath: string
  /** What was found, as a message (the recovery screen words it; `message` is its English). */
  readonly detail: Message

  constructor(
    kind: StoreLoadErrorKind,
    filePath: string,
    detail: Message,
    options?: { cause?: unknown }
  ) {
    super(messageText(detail), options)
    this.name = 'StoreLoadError'
    this.kind = kind
    this.filePath = filePath
    this.detail = detail
  }
}

/** Writing the data file failed; memory and file both still hold the previous state. */
export class StoreWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreWriteError'
  }
}
