/**
 * Reads the JSON report of `npm audit --omit=dev --json` and decides: no high or critical
 * advisory in what ships (exit 0), some (exit 1), or the advisory database could not be
 * asked (exit 2) — a check that could not run must never look like a pass.
 */

export const EXIT_OK = 0
export const EXIT_VULNERABLE = 1
export const EXIT_UNAVAILABLE = 2

/** Severities that fail the check. */
export const BLOCKING_SEVERITIES = ['high', 'critical']

function advisoryTitles(via) {
  if (!Array.isArray(via)) return []
  return via
    .map((v) => (typeof v === 'string' ? `via ${v}` : (v?.title ?? v?.url ?? '')))
    .filter((t) => t !== '')
}

/**
 * @param {string} stdout what `npm audit --json` printed
 * @returns {{ status: 'ok' | 'vulnerable' | 'unavailable', exitCode: number, lines: string[] }}
 */
export function summariseAudit(stdout) {
  let report
  try {
    report = JSON.parse(stdout)
  } catch {
    return {
      status: 'unavailable',
      exitCode: EXIT_UNAVAILABLE,
      lines: ['npm audit did not print a JSON report, so the dependencies were not checked.']
    }
  }
  const counts = report?.metadata?.vulnerabilities
  if (
    report === null ||
    typeof report !== 'object' ||
    report.error !== undefined ||
    typeof counts !== 'object'
  ) {
    const reason =
      report?.message ??
      report?.error?.summary ??
      report?.error?.code ??
      report?.error?.detail ??
      'no advisory data in the report'
    return {
      status: 'unavailable',
      exitCode: EXIT_UNAVAILABLE,
      lines: [
        'The npm advisory database could not be reached, so the dependencies were NOT checked.',
        `npm said: ${String(reason) || 'nothing useful'}`,
        'Run this again with access to the npm registry (registry.npmjs.org or a mirror that supports /-/npm/v1/security/advisories/bulk).'
      ]
    }
  }
  const findings = Object.values(report.vulnerabilities ?? {}).filter((v) =>
    BLOCKING_SEVERITIES.includes(v?.severity)
  )
  const summary = ['info', 'low', 'moderate', 'high', 'critical']
    .map((level) => `${level} ${counts[level] ?? 0}`)
    .join(', ')
  if (findings.length === 0) {
    return {
      status: 'ok',
      exitCode: EXIT_OK,
      lines: [
        `npm audit --omit=dev: no high or critical advisory in shipped dependencies (${summary}).`
      ]
    }
  }
  return {
    status: 'vulnerable',
    exitCode: EXIT_VULNERABLE,
    lines: [
      `npm audit --omit=dev: ${findings.length} shipped package(s) with a high or critical advisory (${summary}):`,
      ...findings.map((v) => {
        const titles = advisoryTitles(v.via)
        const fix = v.fixAvailable ? ' — a fix is available (npm audit fix)' : ''
        return `  ${v.name} [${v.severity}] ${v.range ?? ''}${titles.length ? `: ${titles.join('; ')}` : ''}${fix}`
      })
    ]
  }
}
