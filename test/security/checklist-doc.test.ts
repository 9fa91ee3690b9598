/**
 * docs/security.md's checklist table stays true: all 20 of Electron's recommendations, in
 * order, each with code references that exist and tests that exist in the files named.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8')

/** Electron's security checklist (docs/tutorial/security.md, "Checklist: Security recommendations"). */
const CHECKLIST = [
  'Only load secure content',
  'Do not enable Node.js integration for remote content',
  'Enable context isolation',
  'Enable process sandboxing',
  'Handle session permission requests from remote content',
  'Do not disable `webSecurity`',
  'Define a Content-Security-Policy',
  'Do not enable `allowRunningInsecureContent`',
  'Do not enable experimental features',
  'Do not use `enableBlinkFeatures`',
  '`<webview>`: Do not use `allowpopups`',
  '`<webview>`: Verify options and params',
  'Disable or limit navigation',
  'Disable or limit creation of new windows',
  'Do not use `shell.openExternal` with untrusted content',
  'Use a current version of Electron',
  'Validate the sender of all IPC messages',
  'Avoid usage of the `file://` protocol and prefer usage of custom protocols',
  'Check which fuses you can change',
  'Do not expose Electron APIs to untrusted web content'
]

interface Row {
  readonly number: number
  readonly title: string
  readonly how: string
  readonly proof: string
}

// Markdown table rows (prettier may pad the cells); no cell in this table contains a pipe.
const rows: Row[] = doc
  .split('\n')
  .filter((line) => /^\|\s*\d+\s*\|/.test(line))
  .map((line) => {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    return { number: Number(cells[0]), title: cells[1], how: cells[2], proof: cells[3] }
  })

const lineCount = (path: string): number =>
  readFileSync(join(ROOT, path), 'utf8').split('\n').length

describe('docs/security.md checklist table', () => {
  it('has all 20 recommendations, in Electron’s order and words', () => {
    expect(rows.map((r) => r.number)).toEqual(CHECKLIST.map((_, i) => i + 1))
    expect(rows.map((r) => r.title)).toEqual(CHECKLIST)
  })

  it.each(CHECKLIST.map((title, i) => [i + 1, title] as const))(
    'row %i (%s) says how, with file:line references that exist',
    (number) => {
      const row = rows[number - 1]
      expect(row.how.length).toBeGreaterThan(20)
      expect(row.how).not.toMatch(/\bn\/a\b/i)
      for (const [, path, line] of row.how.matchAll(
        /`([\w./-]+\.(?:ts|tsx|html|yml|json)):(\d+)`/g
      )) {
        expect(existsSync(join(ROOT, path)), path).toBe(true)
        expect(Number(line), `${path}:${line}`).toBeLessThanOrEqual(lineCount(path))
      }
    }
  )

  it.each(CHECKLIST.map((title, i) => [i + 1, title] as const))(
    'row %i (%s) names tests that exist in the files it names',
    (number) => {
      const row = rows[number - 1]
      let named = 0
      for (const part of row.proof.split(';')) {
        const file = /^\s*`([^`]+)`/.exec(part)?.[1]
        expect(file, `row ${number}: "${part}"`).toBeDefined()
        if (!file) continue
        expect(existsSync(join(ROOT, file)), file).toBe(true)
        const source = readFileSync(join(ROOT, file), 'utf8')
        for (const [, name] of part.matchAll(/"([^"]+)"/g)) {
          expect(source, `${file} should have a test "${name}"`).toContain(name)
          named++
        }
      }
      expect(named, `row ${number} names at least one test`).toBeGreaterThan(0)
    }
  )
})
