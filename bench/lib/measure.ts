/** Timing helpers: a full garbage collection before each sample, so one sample's garbage is not the next one's pause. */
import { performance } from 'node:perf_hooks'

const collect = (globalThis as { gc?: () => void }).gc

/** Collect garbage when the process runs with --expose-gc (npm run bench does). */
export function gc(): void {
  collect?.()
}

export const hasGc = collect !== undefined

/** Milliseconds `fn` takes, after a garbage collection. */
export async function time(fn: () => unknown): Promise<number> {
  gc()
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** Run `fn` `count` times untimed (JIT warm-up). */
export async function warmUp(count: number, fn: () => unknown): Promise<void> {
  for (let i = 0; i < count; i++) await fn()
}
