/**
 * The pure half of scripts/security/electronegativity.mjs: decides whether Doyensec's
 * electronegativity found anything unexplained. A finding counts unless it is suppressed
 * inline (electronegativity drops those itself), and every inline suppression must carry a
 * written reason:
 *
 *   preload, // eng-disable PRELOAD_JS_CHECK -- our own preload, exposing named methods only
 *   <!-- eng-disable CSP_GLOBAL_CHECK script-src self only serves the bundled app files -->
 *
 * (In HTML the reason may use letters, digits and spaces only: electronegativity's HTML
 * pattern stops at any other character.)
 */

export const MIN_REASON_WORDS = 3

const CHECK_ID = /^[A-Za-z][A-Za-z0-9_]*(_CHECK|Check)$/

/**
 * Every `eng-disable` comment in a file and its reason.
 * @param {string} path
 * @param {string} text
 */
export function findSuppressions(path, text) {
  const found = []
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    const at = line.indexOf('eng-disable')
    if (at === -1) return
    const rest = line
      .slice(at + 'eng-disable'.length)
      .replace(/(\*\/|-->)\s*$/, '')
      .trim()
    const checks = []
    let remaining = rest
    for (;;) {
      const next = /^([A-Za-z][A-Za-z0-9_]*)[\s,]*/.exec(remaining)
      if (!next || !CHECK_ID.test(next[1])) break
      checks.push(next[1])
      remaining = remaining.slice(next[0].length)
    }
    const reason = remaining.replace(/^(--|—|:|-)\s*/, '').trim()
    found.push({ path, line: index + 1, checks, reason })
  })
  return found
}

/** Suppressions that name no check or give no reason of at least MIN_REASON_WORDS words. */
export function unexplained(suppressions) {
  return suppressions.filter(
    (s) =>
      s.checks.length === 0 ||
      s.reason.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length < MIN_REASON_WORDS
  )
}

/**
 * The verdict on one electronegativity run.
 * @param {{ issues: Array<{ id: string, file: string, location?: { line: number, column: number }, description?: string, severity?: { name: string }, confidence?: { name: string }, manualReview?: boolean }>, errors: Array<{ file: string, message: string, tolerable?: boolean }> }} result
 * @param {Array<{ path: string, line: number, checks: string[], reason: string }>} suppressions
 */
export function evaluateScan(result, suppressions) {
  const lines = []
  const parseFailures = result.errors.filter((e) => !e.tolerable)
  for (const e of parseFailures)
    lines.push(
      `could not parse ${e.file}: ${e.message} (a file that is not scanned could hide anything)`
    )
  for (const issue of result.issues) {
    const where = issue.location
      ? `${issue.file}:${issue.location.line}:${issue.location.column}`
      : issue.file
    const rating = [issue.severity?.name, issue.confidence?.name].filter(Boolean).join('/')
    lines.push(
      `${issue.id} at ${where}${rating ? ` [${rating}]` : ''}: ${issue.description ?? ''}${issue.manualReview ? ' (review needed)' : ''}`
    )
  }
  for (const s of unexplained(suppressions)) {
    lines.push(
      `${s.path}:${s.line}: eng-disable ${s.checks.join(' ') || '(no check named)'} needs a written reason of at least ${MIN_REASON_WORDS} words`
    )
  }
  return { ok: lines.length === 0, lines }
}
