#!/usr/bin/env node
/**
 * `npm run security:electronegativity`: runs Doyensec's electronegativity over the app's
 * sources and fails on any finding that is not suppressed inline with a written reason
 * (its own CLI exits 0 whatever it finds, so the result is checked here).
 *
 * What is scanned: src/ (main, preload, renderer, shared — TypeScript and TSX, which its
 * Babel parser reads; a file it cannot parse fails the check), package.json (the Electron
 * version) and the built page out/renderer/index.html, whose Content-Security-Policy <meta> the
 * build writes from src/shared/csp.ts (run `npm run build` first). Not the rest of out/:
 * bundling merges files and drops the comments that carry the inline suppressions and their
 * reasons, so a finding there could not be explained where it arises.
 * The files are copied to a temporary folder first because electronegativity walks every
 * folder under its input, node_modules included, before filtering.
 *
 * Exit 0: nothing unexplained; 1: findings or unexplained suppressions; 2: the scan failed.
 */
import { cp, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { evaluateScan, findSuppressions } from './electronegativity-report.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)
const SCANNED = /\.(js|jsx|ts|tsx|mjs|cjs|html|htm)$/
const BUILT_PAGE = 'out/renderer/index.html'

async function listFiles(dir) {
  const out = []
  for (const name of await readdir(dir)) {
    const path = join(dir, name)
    if ((await stat(path)).isDirectory()) out.push(...(await listFiles(path)))
    else if (SCANNED.test(name)) out.push(path)
  }
  return out
}

async function main() {
  const builtPage = await stat(join(root, BUILT_PAGE)).catch(() => null)
  if (!builtPage?.isFile())
    throw new Error(`${BUILT_PAGE} is missing: run \`npm run build\` first.`)
  const stage = await mkdtemp(join(tmpdir(), 'cam-electronegativity-'))
  try {
    await cp(join(root, 'src'), join(stage, 'src'), { recursive: true })
    await cp(join(root, 'package.json'), join(stage, 'package.json'))
    await cp(join(root, BUILT_PAGE), join(stage, BUILT_PAGE))
    const electronVersion = require('electron/package.json').version
    const run = require('@doyensec/electronegativity')
    const result = await run({
      input: stage,
      isRelative: true,
      electronVersionOverride: electronVersion,
      severitySet: 'informational',
      confidenceSet: 'tentative'
    })
    const suppressions = []
    for (const file of [...(await listFiles(join(stage, 'src'))), join(stage, BUILT_PAGE)]) {
      suppressions.push(...findSuppressions(relative(stage, file), await readFile(file, 'utf8')))
    }
    const verdict = evaluateScan(result, suppressions)
    console.log(
      `electronegativity ${require('@doyensec/electronegativity/package.json').version}: ` +
        `${result.atomicChecks} atomic and ${result.globalChecks} global checks over src/, package.json and ${BUILT_PAGE} ` +
        `(Electron ${electronVersion}); ${suppressions.length} inline suppression(s), each with its reason.`
    )
    for (const s of suppressions)
      console.log(`  ${s.path}:${s.line} ${s.checks.join(' ')} — ${s.reason}`)
    if (verdict.ok) {
      console.log('No unexplained findings.')
      return 0
    }
    console.error('Unexplained electronegativity findings:')
    for (const line of verdict.lines) console.error(`  ${line}`)
    return 1
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(
      `electronegativity could not run: ${error instanceof Error ? error.stack : String(error)}`
    )
    process.exit(2)
  }
)
