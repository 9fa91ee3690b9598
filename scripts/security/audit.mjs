#!/usr/bin/env node
/**
 * `npm run security:audit`: fails when a dependency that ships (npm audit --omit=dev) has a
 * high or critical advisory. Exit 0: clean; 1: advisories; 2: the registry could not be asked.
 */
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { EXIT_UNAVAILABLE, summariseAudit } from './audit-report.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  timeout: 180_000
})

if (run.error) {
  console.error(`npm audit could not be started: ${run.error.message}`)
  process.exit(EXIT_UNAVAILABLE)
}
// npm audit exits non-zero both for findings and for errors; the JSON says which.
const summary = summariseAudit(run.stdout)
const print = summary.status === 'ok' ? console.log : console.error
for (const line of summary.lines) print(line)
process.exit(summary.exitCode)
