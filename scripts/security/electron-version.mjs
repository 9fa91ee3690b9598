#!/usr/bin/env node
/**
 * `npm run security:electron-version`: fails when the installed Electron is older than the
 * three supported majors (checklist item 16). Asks the npm registry for the latest version.
 * Exit 0: supported; 1: out of support; 2: could not check.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { electronSupport } from './electron-support.mjs'

const require = createRequire(import.meta.url)
const installed = require('electron/package.json').version
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const view = spawnSync(npm, ['view', 'electron', 'dist-tags.latest'], {
  encoding: 'utf8',
  timeout: 60_000
})
const latest = view.stdout?.trim()
if (view.error || view.status !== 0 || !latest) {
  console.error(
    'Could not ask the npm registry for the latest Electron version, so the version was NOT checked.'
  )
  console.error((view.error?.message ?? view.stderr ?? '').trim())
  process.exit(2)
}
const verdict = electronSupport(installed, latest)
for (const line of verdict.lines) (verdict.ok ? console.log : console.error)(line)
process.exit(verdict.exitCode)
