/**
 * Electron's checklist item 16, "Use a current version of Electron": Electron supports the
 * latest three stable major versions; anything older gets no security fixes.
 */

export const SUPPORTED_MAJORS = 3

const major = (version) => Number(/^v?(\d+)\./.exec(String(version))?.[1] ?? Number.NaN)

/**
 * @param {string} installed the installed electron version (node_modules/electron)
 * @param {string} latest the latest stable version (npm dist-tag `latest`)
 */
export function electronSupport(installed, latest) {
  const have = major(installed)
  const newest = major(latest)
  if (!Number.isInteger(have) || !Number.isInteger(newest)) {
    return {
      ok: false,
      exitCode: 2,
      lines: [`Cannot compare Electron versions "${installed}" and "${latest}".`]
    }
  }
  const oldestSupported = newest - SUPPORTED_MAJORS + 1
  if (have >= oldestSupported) {
    return {
      ok: true,
      exitCode: 0,
      lines: [
        `Electron ${installed} is supported (latest ${latest}; supported majors ${oldestSupported}–${newest}).`
      ]
    }
  }
  return {
    ok: false,
    exitCode: 1,
    lines: [
      `Electron ${installed} is out of support: the latest is ${latest} and only majors ${oldestSupported}–${newest} get security fixes.`,
      `Upgrade the electron devDependency to ^${newest}.0.0 (or at least ${oldestSupported}) and run the full test command.`
    ]
  }
}
