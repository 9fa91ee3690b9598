/**
 * Stands in for main's native save / open dialogs (AppDeps.chooseFile): a test queues the path
 * the "user" picks for the next dialog, or leaves the queue empty to cancel it (or to ask
 * `otherwise`, a test's own answer for every dialog). Every request is kept, so a test can check
 * which dialog main showed.
 */
import type { FileDialogRequest } from '../../src/main/deps'

export class FileDialogs {
  readonly requests: FileDialogRequest[] = []
  readonly #answers: Array<string | null> = []
  readonly #otherwise: (request: FileDialogRequest) => Promise<string | null>

  constructor(
    otherwise: (request: FileDialogRequest) => Promise<string | null> = async () => null
  ) {
    this.#otherwise = otherwise
  }

  /** The next dialog answers `path` (null: the user cancels it). */
  answer(path: string | null): this {
    this.#answers.push(path)
    return this
  }

  /** AppDeps.chooseFile. */
  readonly choose = async (request: FileDialogRequest): Promise<string | null> => {
    this.requests.push(request)
    return this.#answers.length > 0 ? (this.#answers.shift() ?? null) : this.#otherwise(request)
  }
}
