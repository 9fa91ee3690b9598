#!/usr/bin/env node
// @ts-check
/**
 * Part of `npm run lint`: the docs' references to the repository still hold. Over every
 * Markdown file (README.md, docs/, test/… READMEs): `path:line` references and source paths
 * exist, and tests named after a test file are in it; docs/security.md's table walks
 * Electron's security checklist; docs/packaging.md names every package file electron-builder
 * makes from electron-builder.yml. The checks are in ./doc-refs-check.js.
 *
 * Usage: node scripts/lint/doc-refs.mjs [root]   (root: the repository, by default this one)
 * Exit 0: all hold; 1: problems (listed); 2: the check could not run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  artifactNames,
  checkChecklistTable,
  checkNamedTests,
  checkNamesListed,
  checkPathRefs,
  ELECTRON_CHECKLIST
} from './doc-refs-check.js'

const root = resolve(process.argv[2] ?? join(fileURLToPath(import.meta.url), '../../..'))
const SKIPPED = new Set(['node_modules', 'out', 'dist', 'coverage', 'test-results', '.git'])

/** @type {import('./doc-refs-check.js').Files} */
const files = {
  isFile: (path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile(),
  exists: (path) => existsSync(join(root, path)),
  read: (path) => readFileSync(join(root, path), 'utf8')
}

/** @param {string} dir @returns {string[]} Markdown files under dir, relative to root. */
function markdownFiles(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : markdownFiles(path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

/** The package files electron-builder makes, computed by electron-builder's own code. */
async function packageFiles() {
  const require = createRequire(join(root, 'package.json'))
  const { getConfig } = require('app-builder-lib/out/util/config/config')
  const { Arch, getArtifactArchName } = require('builder-util')
  const config = await getConfig(root, join(root, 'electron-builder.yml'), null)
  const { name } = JSON.parse(files.read('package.json'))
  return artifactNames(config, name, (arch, ext) => getArtifactArchName(Arch[arch], ext))
}

async function main() {
  const docs = markdownFiles('')
  const problems = []
  for (const doc of docs) {
    const text = files.read(doc)
    problems.push(...checkPathRefs(doc, text, files), ...checkNamedTests(doc, text, files))
  }
  if (files.isFile('docs/security.md')) {
    problems.push(
      ...checkChecklistTable(
        'docs/security.md',
        files.read('docs/security.md'),
        ELECTRON_CHECKLIST,
        files
      )
    )
  }
  if (files.isFile('docs/packaging.md') && files.isFile('electron-builder.yml')) {
    problems.push(
      ...checkNamesListed(
        'docs/packaging.md',
        files.read('docs/packaging.md'),
        await packageFiles()
      )
    )
  }
  if (problems.length === 0) {
    console.log(`doc references: ${docs.length} Markdown files, all references hold.`)
    return 0
  }
  console.error(`doc references (${relative(process.cwd(), root) || '.'}${sep}):`)
  for (const problem of problems) console.error(`  ${problem}`)
  return 1
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(
      `doc references could not be checked: ${error instanceof Error ? error.stack : String(error)}`
    )
    process.exit(2)
  }
)
