/**
 * The leak check's folder scan on a generated tree: keys with a valid checksum are found with
 * their line and column; near misses are not; .git, node_modules, binaries, files over 10 MB,
 * symbolic links (a loop, one pointing out), pipes and unreadable files are skipped and reported,
 * and none of them stops the scan.
 */
import { execFileSync } from 'node:child_process'
import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  MAX_DISTINCT_KEYS,
  findKeys,
  nodeScanFs,
  scanFolder,
  type KeySighting,
  type ScanFs
} from '../../src/main/leaks/scan-folder'
import { generateKey } from '../../src/main/keys/generate'
import { formatKey, type KeyKind } from '../../src/shared/keys'
import { LEAK_MAX_FILE_BYTES } from '../../src/shared/leaks'
import { nearMisses, writeFiles } from '../support/leak-tree'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs('cam-leak-scan-')

function sightingsIn(text: string | Buffer): Array<{ key: string; kind: KeyKind } & KeySighting> {
  const out: Array<{ key: string; kind: KeyKind } & KeySighting> = []
  findKeys(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), 'f.txt', (key, kind, at) =>
    out.push({ key, kind, ...at })
  )
  return out
}

const errno = (code: string): Error => Object.assign(new Error(`${code}: refused`), { code })

describe('findKeys', () => {
  it('finds each kind of key with its 1-based line and column', () => {
    const appKey = generateKey('appKey')
    const accessKeyId = generateKey('accessKeyId')
    const secret = generateKey('accessKeySecret')
    const text = `first line\n  appKey: "${appKey}"\n\nid=${accessKeyId} secret=${secret}\n`
    expect(sightingsIn(text)).toEqual([
      { key: appKey, kind: 'appKey', file: 'f.txt', line: 2, column: 12 },
      { key: accessKeyId, kind: 'accessKeyId', file: 'f.txt', line: 4, column: 4 },
      {
        key: secret,
        kind: 'accessKeySecret',
        file: 'f.txt',
        line: 4,
        column: 4 + accessKeyId.length + 8
      }
    ])
  })

  it('counts columns in characters (Chinese, emoji), after a BOM, with CRLF line ends', () => {
    const secret = generateKey('accessKeySecret')
    const text = `\ufeff# 配置\r\n// 密钥：${secret}\r\n👩‍💻 ${secret}`
    expect(sightingsIn(text).map(({ line, column }) => [line, column])).toEqual([
      [2, 7],
      // 👩‍💻 is three code points and a space.
      [3, 5]
    ])
  })

  it('finds many keys on one long line', () => {
    const keys = Array.from({ length: 200 }, () => generateKey('accessKeyId'))
    const found = sightingsIn(keys.join(','))
    expect(found.map((f) => f.key)).toEqual(keys)
    expect(found.map((f) => f.column)).toEqual(keys.map((_, i) => i * (keys[0].length + 1) + 1))
  })

  it.each(['appKey', 'accessKeyId', 'accessKeySecret'] as const)(
    'reports no near miss of a %s (wrong checksum, prefix or length), and no key inside a longer word',
    (kind) => {
      const key = generateKey(kind)
      const text = [...nearMisses(key, kind), `x${key}`, `${key}x`, `${key}_more`].join('\n')
      expect(sightingsIn(text)).toEqual([])
      expect(sightingsIn(`${text}\n${key}`).map((f) => f.key)).toEqual([key])
    }
  )
})

describe('scanFolder on a generated tree', () => {
  it('finds the keys in text files and reports everything it did not read', async () => {
    const dir = await tempDir()
    const root = join(dir, 'project')
    const secret = generateKey('accessKeySecret')
    const appKey = generateKey('appKey')
    const outside = generateKey('accessKeySecret')
    await writeFiles(root, {
      'src/config.ts': `export const config = {\n  secret: '${secret}'\n}\n`,
      'android/res/values/strings.xml': `<string name="appkey">${appKey}</string>\n`,
      'docs/near-misses.md': nearMisses(secret, 'accessKeySecret').join('\n'),
      'README.md': '# Shop app\nNothing to see.\n',
      // Never entered.
      '.git/config': `secret = ${secret}\n`,
      'node_modules/sdk/index.js': `const s = '${secret}'\n`,
      'packages/web/node_modules/x.js': `const s = '${secret}'\n`,
      // Binary: a NUL byte early on.
      'assets/logo.png': Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
        Buffer.from(secret)
      ]),
      // Empty files are read (and hold nothing).
      'empty.txt': ''
    })
    // 50 MB of text, over the 10 MB limit, with a key in its first line.
    const big = Buffer.alloc(50 * 1024 * 1024, 'a\n')
    Buffer.from(`${secret}\n`).copy(big, 0)
    await writeFile(join(root, 'huge.log'), big)
    // Symbolic links: a loop back to the root, a folder outside, a file outside.
    await writeFiles(join(dir, 'outside'), { 'leak.txt': `${outside}\n` })
    await symlink(root, join(root, 'src/loop'))
    await symlink(join(dir, 'outside'), join(root, 'outside-folder'))
    await symlink(join(dir, 'outside/leak.txt'), join(root, 'leak-link.txt'))
    // A named pipe: reading it would block.
    execFileSync('mkfifo', [join(root, 'pipe')])

    const progress: number[] = []
    const scan = await scanFolder(root, { onProgress: (p) => progress.push(p.filesScanned) })

    expect(
      [...scan.keys.values()].map(({ text, kind, count, sightings }) => ({
        text,
        kind,
        count,
        sightings
      }))
    ).toEqual(
      expect.arrayContaining([
        {
          text: secret,
          kind: 'accessKeySecret',
          count: 1,
          sightings: [{ file: join('src', 'config.ts'), line: 2, column: 12 }]
        },
        {
          text: appKey,
          kind: 'appKey',
          count: 1,
          sightings: [
            { file: join('android', 'res', 'values', 'strings.xml'), line: 1, column: 23 }
          ]
        }
      ])
    )
    expect(scan.keys.size).toBe(2)
    expect(scan.keys.has(outside)).toBe(false)
    expect(scan.keysFound).toBe(2)
    // config.ts, strings.xml, near-misses.md, README.md, empty.txt.
    expect(scan.filesScanned).toBe(5)
    expect(scan.stopped).toBe(false)
    expect(Object.fromEntries(scan.skippedFiles.map((s) => [s.reason, s.count]))).toEqual({
      'ignored-folder': 3,
      binary: 1,
      'too-large': 1,
      symlink: 3,
      special: 1
    })
    const samples = Object.fromEntries(
      scan.skippedFiles.map((s) => [s.reason, [...s.samples].sort()])
    )
    expect(samples['ignored-folder']).toEqual([
      '.git',
      'node_modules',
      join('packages', 'web', 'node_modules')
    ])
    expect(samples.symlink).toEqual(['leak-link.txt', 'outside-folder', join('src', 'loop')])
    expect(samples['too-large']).toEqual(['huge.log'])
    expect(samples.binary).toEqual([join('assets', 'logo.png')])
    expect(samples.special).toEqual(['pipe'])
    expect(scan.skipped).toBe(9)
    expect(progress.at(-1)).toBe(5)
  })

  it('reads a file of exactly 10 MB and skips one a byte longer', async () => {
    const root = await tempDir()
    const key = generateKey('accessKeyId')
    const exact = Buffer.alloc(LEAK_MAX_FILE_BYTES, ' ')
    Buffer.from(key).copy(exact, LEAK_MAX_FILE_BYTES - key.length - 1)
    await writeFile(join(root, 'exact.txt'), exact)
    await writeFile(join(root, 'over.txt'), Buffer.concat([exact, Buffer.from(' ')]))
    const scan = await scanFolder(root)
    expect([...scan.keys.values()].map((k) => k.sightings)).toEqual([
      [{ file: 'exact.txt', line: 1, column: LEAK_MAX_FILE_BYTES - key.length }]
    ])
    expect(scan.skippedFiles).toEqual([{ reason: 'too-large', count: 1, samples: ['over.txt'] }])
  })

  it('reports unreadable files and folders and goes on with the rest', async () => {
    const root = await tempDir()
    const key = generateKey('accessKeySecret')
    await writeFiles(root, {
      'locked.txt': `${key}\n`,
      'private/inside.txt': `${key}\n`,
      'broken.txt': `${key}\n`,
      'open.txt': `${key}\n`
    })
    // Tests may run as root, whom permissions do not stop: the refusals are the OS's own errors,
    // injected at the calls that would meet them (open, list, read).
    let broken = -1
    const fs: ScanFs = {
      ...nodeScanFs,
      open: async (path, flags) => {
        if (path.endsWith('locked.txt')) throw errno('EACCES')
        const fd = await nodeScanFs.open(path, flags)
        if (path.endsWith('broken.txt')) broken = fd
        return fd
      },
      readdir: (path) =>
        path.endsWith('private') ? Promise.reject(errno('EACCES')) : nodeScanFs.readdir(path),
      read: (fd, buffer, offset, length, position) =>
        fd === broken
          ? Promise.reject(errno('EIO'))
          : nodeScanFs.read(fd, buffer, offset, length, position)
    }
    const scan = await scanFolder(root, { fs })
    expect([...scan.keys.values()].map((k) => k.sightings.map((s) => s.file))).toEqual([
      ['open.txt']
    ])
    expect(scan.skippedFiles).toEqual([
      {
        reason: 'unreadable',
        count: 3,
        samples: expect.arrayContaining(['locked.txt', 'private', 'broken.txt'])
      }
    ])
  })

  it('reports the folder itself as unreadable when it cannot be listed', async () => {
    const root = join(await tempDir(), 'gone')
    const scan = await scanFolder(root)
    expect(scan.filesScanned).toBe(0)
    expect(scan.skippedFiles).toEqual([{ reason: 'unreadable', count: 1, samples: ['.'] }])
  })

  it('enters a folder reached twice (a bind mount) only once', async () => {
    const root = await tempDir()
    const key = generateKey('appKey')
    await writeFiles(root, { 'a/key.txt': key, 'b/key.txt': key })
    // Folders a and b report the same device and inode, as a bind mount of a at b does.
    const fs: ScanFs = {
      ...nodeScanFs,
      stat: async (path) => {
        const stats = await nodeScanFs.stat(path)
        return path.endsWith('/b') ? await nodeScanFs.stat(join(root, 'a')) : stats
      }
    }
    const scan = await scanFolder(root, { fs })
    expect(scan.filesScanned).toBe(1)
    expect(scan.keys.get(key)?.count).toBe(1)
  })

  it('stops when asked, with what it read so far', async () => {
    const root = await tempDir()
    await writeFiles(
      root,
      Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}.txt`, generateKey('appKey')]))
    )
    const controller = new AbortController()
    const scan = await scanFolder(root, {
      signal: controller.signal,
      concurrency: 1,
      onProgress: (p) => {
        if (p.filesScanned === 10) controller.abort()
      }
    })
    expect(scan.stopped).toBe(true)
    expect(scan.filesScanned).toBe(10)
    expect(scan.keys.size).toBe(10)
  })

  it(`stops at ${MAX_DISTINCT_KEYS.toLocaleString('en-US')} distinct keys, whatever the folder holds`, async () => {
    const root = await tempDir()
    let n = 0
    const body = (): string => (n++).toString(36).padStart(20, '0')
    const lines = Array.from({ length: MAX_DISTINCT_KEYS + 10 }, () =>
      formatKey('accessKeyId', body())
    )
    await writeFile(join(root, 'many.txt'), lines.join('\n'))
    await writeFile(join(root, 'other.txt'), generateKey('appKey'))
    const scan = await scanFolder(root, { concurrency: 1 })
    expect(scan.stopped).toBe(true)
    expect(scan.keys.size).toBeGreaterThanOrEqual(MAX_DISTINCT_KEYS)
  })
})
