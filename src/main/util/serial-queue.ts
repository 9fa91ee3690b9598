/**
 * Runs async tasks one at a time, in submission order. A failed task does not stop the
 * queue; its error goes to its own caller only.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve()

  /** Run `task` after every task submitted before it has settled. */
  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.#tail.then(task, task)
    // The tail must never reject, or the next task would see someone else's failure.
    this.#tail = result.then(
      () => undefined,
      () => undefined
    )
    return result
  }

  /** Resolves once everything submitted so far has settled. */
  idle(): Promise<void> {
    return this.#tail.then(() => undefined)
  }
}
