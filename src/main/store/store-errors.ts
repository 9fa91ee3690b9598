import type { DataFileProblem } from '../../shared/ipc/contract'

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

  constructor(
    kind: StoreLoadErrorKind,
    filePath: string,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'StoreLoadError'
    this.kind = kind
    this.filePath = filePath
  }
}

/** Writing the data file failed; memory and file both still hold the previous state. */
export class StoreWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreWriteError'
  }
}
