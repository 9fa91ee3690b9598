/** Medians and percentiles of timing samples. */

export interface Summary {
  readonly runs: number
  readonly median: number
  readonly p95: number
  readonly min: number
  readonly max: number
}

/** The nearest-rank percentile `p` (0–100) of `sorted` (ascending). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

/** Median (mean of the middle two for an even count), p95, min and max of `samples`. */
export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b)
  const n = sorted.length
  const median =
    n === 0 ? Number.NaN : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2
  return {
    runs: n,
    median: round(median),
    p95: round(percentile(sorted, 95)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[n - 1] ?? Number.NaN)
  }
}

/** Round to 3 decimals (microseconds when the unit is ms). */
export const round = (value: number, digits = 3): number => {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** subject ÷ baseline of the medians, and the median of the per-run ratios (robust to drift). */
export function ratios(
  subject: readonly number[],
  baseline: readonly number[]
): { readonly ofMedians: number; readonly pairedMedian: number } {
  const paired = subject.map((s, i) => s / baseline[i])
  return {
    ofMedians: round(summarise(subject).median / summarise(baseline).median, 2),
    pairedMedian: round(summarise(paired).median, 2)
  }
}
