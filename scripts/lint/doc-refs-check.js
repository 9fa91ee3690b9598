// @ts-check
/**
 * The pure half of scripts/lint/doc-refs.mjs: what is wrong with the references a Markdown
 * doc makes to the repository. Each check takes the doc's text and a view of the files, and
 * returns readable problem lines (empty when all is well):
 *
 * - checkPathRefs: every `path:line` names a file with that many lines, and every
 *   `src/…`, `test/…`, `scripts/…` or `docs/…` path exists (other folders may hold generated
 *   files, so only a `:line` reference into them is checked; globs are not paths);
 * - checkNamedTests: a test file in backticks followed by quoted names
 *   (`` `test/x.test.ts` "does a", "does b" ``) has each of those tests;
 * - checkChecklistTable: docs/security.md's table walks Electron's security checklist, every
 *   row saying how and naming its proof;
 * - checkNamesListed: a doc names each of a list of files (docs/packaging.md, the packages
 *   electron-builder makes; see artifactNames).
 */

/** Folders a doc may name a path in; nothing generated lives in them. */
export const SOURCE_ROOTS = ['src', 'test', 'scripts', 'docs']

/** Electron's security checklist (docs/tutorial/security.md, "Checklist: Security recommendations"). */
export const ELECTRON_CHECKLIST = [
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

/**
 * The repository as the checks see it; paths are relative to its root, with `/`.
 * @typedef {{ isFile(path: string): boolean, exists(path: string): boolean, read(path: string): string }} Files
 */

const CODE_SPAN = /`([^`\n]+)`/g
const LINE_REF = /^([\w@./-]+\.[A-Za-z]+):(\d+)$/
const PATH_REF = /^([\w@.-]+(?:\/[\w@.-]+)+)\/?$/

/** @param {string} text */
const lineCount = (text) => text.split('\n').length

/**
 * @param {string} docPath
 * @param {string} text
 * @param {Files} files
 */
export function checkPathRefs(docPath, text, files) {
  const problems = []
  text.split('\n').forEach((line, index) => {
    const at = `${docPath}:${index + 1}`
    for (const [, span] of line.matchAll(CODE_SPAN)) {
      const lineRef = LINE_REF.exec(span)
      if (lineRef) {
        const [, path, lineNumber] = lineRef
        if (!files.isFile(path)) {
          problems.push(`${at}: \`${span}\` names a file that does not exist.`)
          continue
        }
        const lines = lineCount(files.read(path))
        if (Number(lineNumber) < 1 || Number(lineNumber) > lines) {
          problems.push(`${at}: \`${span}\` is past the end of ${path} (${lines} lines).`)
        }
        continue
      }
      const pathRef = PATH_REF.exec(span)
      if (!pathRef || !SOURCE_ROOTS.includes(pathRef[1].split('/')[0])) continue
      if (!files.exists(pathRef[1])) {
        problems.push(`${at}: \`${span}\` names a path that does not exist.`)
      }
    }
  })
  return problems
}

const NAMED_TESTS = /`([\w@./-]+\.(?:test|spec)\.[cm]?[jt]sx?)`((?:\s*,?\s*"[^"\n]+")+)/g

/**
 * @param {string} docPath
 * @param {string} text
 * @param {Files} files
 */
export function checkNamedTests(docPath, text, files) {
  const problems = []
  text.split('\n').forEach((line, index) => {
    const at = `${docPath}:${index + 1}`
    for (const [, file, names] of line.matchAll(NAMED_TESTS)) {
      if (!files.isFile(file)) {
        problems.push(`${at}: \`${file}\` does not exist.`)
        continue
      }
      const source = files.read(file)
      for (const [, name] of names.matchAll(/"([^"\n]+)"/g)) {
        if (!source.includes(name)) problems.push(`${at}: ${file} has no test "${name}".`)
      }
    }
  })
  return problems
}

/**
 * The checklist table: rows `| n | title | how | proof |` numbered 1…N in the checklist's
 * order and words; each "how" says something (not n/a) and each "proof" is a list of
 * `` `file` "test", … `` parts separated by `;`, each file existing, naming at least one test.
 * @param {string} docPath
 * @param {string} text
 * @param {readonly string[]} checklist
 * @param {Files} files
 */
export function checkChecklistTable(docPath, text, checklist, files) {
  const problems = []
  // Markdown table rows (prettier may pad the cells); no cell in this table contains a pipe.
  const rows = text
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
    )
  const numbers = rows.map((cells) => Number(cells[0]))
  const expected = checklist.map((_, i) => i + 1)
  if (numbers.join(',') !== expected.join(',')) {
    problems.push(
      `${docPath}: the checklist rows are numbered ${numbers.join(', ') || '(none)'}, not 1–${checklist.length}.`
    )
  }
  checklist.forEach((title, i) => {
    const cells = rows[i]
    if (!cells) return
    const [, rowTitle = '', how = '', proof = ''] = cells
    const row = `${docPath}: checklist row ${i + 1}`
    if (rowTitle !== title) problems.push(`${row} is "${rowTitle}", not Electron's "${title}".`)
    if (how.length <= 20 || /\bn\/a\b/i.test(how))
      problems.push(`${row} does not say how the app meets it.`)
    let named = 0
    for (const part of proof.split(';')) {
      const file = /^\s*`([^`]+)`/.exec(part)?.[1]
      if (!file) {
        problems.push(`${row}: the proof "${part.trim()}" does not start with a file.`)
        continue
      }
      if (!files.isFile(file)) problems.push(`${row}: \`${file}\` does not exist.`)
      named += [...part.matchAll(/"([^"]+)"/g)].length
    }
    if (named === 0) problems.push(`${row} names no test.`)
  })
  return problems
}

/**
 * @param {string} docPath
 * @param {string} text
 * @param {readonly string[]} names
 */
export function checkNamesListed(docPath, text, names) {
  return names
    .filter((name) => !text.includes(`\`${name}\``))
    .map((name) => `${docPath} does not name \`${name}\`.`)
}

/** electron-builder target → the configuration key holding its artifactName, and its extension. */
const TARGETS = {
  dmg: ['dmg', 'dmg'],
  zip: ['mac', 'zip'],
  nsis: ['nsis', 'exe'],
  AppImage: ['appImage', 'AppImage'],
  deb: ['deb', 'deb'],
  rpm: ['rpm', 'rpm']
}

/**
 * The package files an electron-builder configuration makes, with `<version>` for the
 * version. `archName(arch, ext)` is electron-builder's own naming (builder-util's
 * getArtifactArchName: x64 is `x86_64` in an AppImage, `amd64` in a deb).
 * @param {any} config electron-builder's Configuration, as it loads it
 * @param {string} packageName
 * @param {(arch: string, ext: string) => string} archName
 */
export function artifactNames(config, packageName, archName) {
  const names = []
  for (const platform of ['mac', 'win', 'linux']) {
    const targets = config[platform]?.target ?? []
    for (const target of Array.isArray(targets) ? targets : [targets]) {
      const spec = typeof target === 'string' ? { target, arch: [] } : target
      const known = /** @type {Record<string, [string, string]>} */ (TARGETS)[spec.target]
      if (!known)
        throw new Error(`No artifact name rule for the electron-builder target ${spec.target}.`)
      const [key, ext] = known
      const pattern =
        config[key]?.artifactName ?? config[platform]?.artifactName ?? config.artifactName
      for (const arch of spec.arch ?? []) {
        names.push(
          String(pattern)
            .replace('${name}', packageName)
            .replace('${version}', '<version>')
            .replace('${arch}', archName(String(arch), ext))
            .replace('${ext}', ext)
        )
      }
    }
  }
  return names
}
