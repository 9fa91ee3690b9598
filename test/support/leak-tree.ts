/** Folders for the leak check's tests: files with keys in them, written where a test says. */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { formatKey, keyChecksum, KEY_KINDS, type KeyKind } from '../../src/shared/keys'

/** Write `files` (path relative to `root` → content) under `root`. */
export async function writeFiles(
  root: string,
  files: Readonly<Record<string, string | Uint8Array>>
): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
}

/** A key of `kind` whose last character is changed: the right shape, a wrong checksum. */
export function wrongChecksum(key: string): string {
  const last = key.at(-1)
  return `${key.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`
}

/** Near misses of a valid key: none of them may be reported as a key. */
export function nearMisses(key: string, kind: KeyKind): readonly string[] {
  const { prefix, bodyLength } = KEY_KINDS[kind]
  const body = key.slice(prefix.length + 1, prefix.length + 1 + bodyLength)
  const otherPrefix = kind === 'accessKeySecret' ? 'cak' : 'csk'
  return [
    wrongChecksum(key),
    // Another kind's prefix on this body and checksum.
    `${otherPrefix}_${key.slice(prefix.length + 1)}`,
    // A prefix of no kind, with a checksum computed for it.
    `cxk_${body}${keyChecksum('cxk', body)}`,
    // One character short, checksum recomputed for the shorter body.
    `${prefix}_${body.slice(1)}${keyChecksum(prefix, body.slice(1))}`,
    // One character long, checksum recomputed for the longer body.
    formatKey(kind, `${body}x`)
  ]
}
