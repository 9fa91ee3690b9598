/** The verdict logic of scripts/security/audit.mjs and scripts/security/electronegativity.mjs. */
import { describe, expect, it } from 'vitest'

// The scripts are plain .mjs (run by node without a build); these are their signatures.
interface AuditReportModule {
  summariseAudit(stdout: string): {
    readonly status: 'ok' | 'vulnerable' | 'unavailable'
    readonly exitCode: number
    readonly lines: readonly string[]
  }
}
interface Suppression {
  readonly path: string
  readonly line: number
  readonly checks: readonly string[]
  readonly reason: string
}
interface EngIssue {
  readonly id: string
  readonly file: string
  readonly location?: { readonly line: number; readonly column: number }
  readonly description?: string
  readonly severity?: { readonly name: string }
  readonly confidence?: { readonly name: string }
  readonly manualReview?: boolean
}
interface ElectronegativityReportModule {
  findSuppressions(path: string, text: string): Suppression[]
  unexplained(suppressions: readonly Suppression[]): Suppression[]
  evaluateScan(
    result: {
      readonly issues: readonly EngIssue[]
      readonly errors: ReadonlyArray<{ file: string; message: string; tolerable?: boolean }>
    },
    suppressions: readonly Suppression[]
  ): { readonly ok: boolean; readonly lines: readonly string[] }
}

interface ElectronSupportModule {
  readonly SUPPORTED_MAJORS: number
  electronSupport(
    installed: string,
    latest: string
  ): { ok: boolean; exitCode: number; lines: string[] }
}

const load = async <T>(relative: string): Promise<T> =>
  (await import(new URL(relative, import.meta.url).href)) as T

const { summariseAudit } = await load<AuditReportModule>('../../scripts/security/audit-report.mjs')
const { SUPPORTED_MAJORS, electronSupport } = await load<ElectronSupportModule>(
  '../../scripts/security/electron-support.mjs'
)
const { evaluateScan, findSuppressions, unexplained } = await load<ElectronegativityReportModule>(
  '../../scripts/security/electronegativity-report.mjs'
)

const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>): string =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } }
  })

describe('npm audit verdict', () => {
  it('passes a clean report', () => {
    expect(summariseAudit(report({}, {}))).toMatchObject({ status: 'ok', exitCode: 0 })
  })

  it('passes low and moderate advisories but names nothing as blocking', () => {
    const summary = summariseAudit(
      report(
        { 'some-lib': { name: 'some-lib', severity: 'moderate', via: ['x'], range: '<2' } },
        { moderate: 1 }
      )
    )
    expect(summary).toMatchObject({ status: 'ok', exitCode: 0 })
    expect(summary.lines.join('\n')).toContain('moderate 1')
  })

  it.each(['high', 'critical'])(
    'fails on a %s advisory and says which package and why',
    (severity) => {
      const summary = summariseAudit(
        report(
          {
            'bad-lib': {
              name: 'bad-lib',
              severity,
              range: '<1.2.3',
              via: [
                {
                  title: 'Prototype pollution in bad-lib',
                  url: 'https://github.com/advisories/GHSA-x'
                }
              ],
              fixAvailable: true
            }
          },
          { [severity]: 1 }
        )
      )
      expect(summary.status).toBe('vulnerable')
      expect(summary.exitCode).toBe(1)
      expect(summary.lines.join('\n')).toContain(
        `bad-lib [${severity}] <1.2.3: Prototype pollution in bad-lib`
      )
    }
  )

  it.each([
    [
      'a registry that refuses the audit endpoint',
      JSON.stringify({
        message:
          '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
        error: { summary: '', detail: '' }
      })
    ],
    [
      'no network',
      JSON.stringify({
        error: {
          code: 'ENOTFOUND',
          summary: 'request to https://registry.npmjs.org failed',
          detail: ''
        }
      })
    ],
    ['no JSON at all', 'npm ERR! something broke'],
    ['an empty output', ''],
    ['JSON without advisory data', '{}']
  ])('never passes when it could not check: %s', (_label, stdout) => {
    const summary = summariseAudit(stdout)
    expect(summary.status).toBe('unavailable')
    expect(summary.exitCode).toBe(2)
    expect(summary.lines.join('\n')).toMatch(/not (checked|reached)/i)
  })
})

describe('electronegativity verdict', () => {
  it('reads check ids and reasons from JS and HTML suppressions', () => {
    const js = findSuppressions(
      'a.ts',
      'x\n  preload, // eng-disable PRELOAD_JS_CHECK -- our own preload, named methods only\n'
    )
    expect(js).toEqual([
      {
        path: 'a.ts',
        line: 2,
        checks: ['PRELOAD_JS_CHECK'],
        reason: 'our own preload, named methods only'
      }
    ])
    const html = findSuppressions(
      'index.html',
      '<meta http-equiv="Content-Security-Policy" content="x" /><!-- eng-disable CSP_GLOBAL_CHECK self is the app origin only -->'
    )
    expect(html[0]).toMatchObject({
      checks: ['CSP_GLOBAL_CHECK'],
      reason: 'self is the app origin only'
    })
    const several = findSuppressions(
      'b.ts',
      '/* eng-disable A_JS_CHECK, B_JS_CHECK: both reviewed by the team */'
    )
    expect(several[0]).toMatchObject({
      checks: ['A_JS_CHECK', 'B_JS_CHECK'],
      reason: 'both reviewed by the team'
    })
  })

  it.each([
    ['no reason', '// eng-disable OPEN_EXTERNAL_JS_CHECK'],
    ['a one-word reason', '// eng-disable OPEN_EXTERNAL_JS_CHECK -- fine'],
    ['no check named', '// eng-disable -- we reviewed this carefully'],
    ['an HTML comment without reason', '<!-- eng-disable CSP_GLOBAL_CHECK -->']
  ])('flags a suppression with %s', (_label, line) => {
    expect(unexplained(findSuppressions('f', line))).toHaveLength(1)
  })

  it('passes only when there is no finding, no parse failure and no unexplained suppression', () => {
    expect(evaluateScan({ issues: [], errors: [] }, [])).toEqual({ ok: true, lines: [] })
    expect(
      evaluateScan({ issues: [], errors: [{ file: 'x.ts', message: 'warn', tolerable: true }] }, [])
    ).toEqual({ ok: true, lines: [] })

    const finding = evaluateScan(
      {
        issues: [
          {
            id: 'OPEN_EXTERNAL_JS_CHECK',
            file: 'src/main/index.ts',
            location: { line: 10, column: 2 },
            description: 'Review the use of openExternal',
            severity: { name: 'MEDIUM' },
            confidence: { name: 'TENTATIVE' },
            manualReview: true
          }
        ],
        errors: []
      },
      []
    )
    expect(finding.ok).toBe(false)
    expect(finding.lines[0]).toBe(
      'OPEN_EXTERNAL_JS_CHECK at src/main/index.ts:10:2 [MEDIUM/TENTATIVE]: Review the use of openExternal (review needed)'
    )

    const parse = evaluateScan(
      {
        issues: [],
        errors: [{ file: 'src/x.tsx', message: 'Unexpected token', tolerable: false }]
      },
      []
    )
    expect(parse.ok).toBe(false)
    expect(parse.lines[0]).toContain('could not parse src/x.tsx')

    const bare = evaluateScan(
      { issues: [], errors: [] },
      findSuppressions('src/y.ts', '// eng-disable X_JS_CHECK')
    )
    expect(bare.ok).toBe(false)
    expect(bare.lines[0]).toContain('src/y.ts:1: eng-disable X_JS_CHECK needs a written reason')
  })
})

describe('Electron support window (checklist 16)', () => {
  it('accepts the latest three majors and nothing older', () => {
    expect(SUPPORTED_MAJORS).toBe(3)
    expect(electronSupport('45.1.0', '45.5.0')).toMatchObject({ ok: true, exitCode: 0 })
    expect(electronSupport('43.0.0', '45.5.0')).toMatchObject({ ok: true, exitCode: 0 })
    const old = electronSupport('42.9.9', '45.5.0')
    expect(old).toMatchObject({ ok: false, exitCode: 1 })
    expect(old.lines.join('\n')).toContain('only majors 43–45 get security fixes')
  })

  it('never passes when a version cannot be read', () => {
    expect(electronSupport('38.8.6', '')).toMatchObject({ ok: false, exitCode: 2 })
    expect(electronSupport('nightly', '45.5.0')).toMatchObject({ ok: false, exitCode: 2 })
  })
})
