/**
 * The rules published for secret scanners (docs/secret-scanning.md), against keys the app makes
 * (src/main/keys/generate.ts) and near misses (wrong checksum, wrong prefix, wrong length, a key
 * inside a longer word):
 *
 * - the secretlint rule (scripts/secret-scanning/secretlint-rule-collection-api-keys), run by
 *   secretlint itself: @secretlint/core's lintSource, and the secretlint command line;
 * - the gitleaks rules (scripts/secret-scanning/gitleaks.toml), parsed with smol-toml and their
 *   regexes run with re2js, which has RE2's semantics like gitleaks (Go's regexp). The gitleaks
 *   binary itself is not run here: it is not installable on these machines.
 */
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { lintSource } from '@secretlint/core'
import fc from 'fast-check'
import { RE2JS } from 're2js'
import { parse } from 'smol-toml'
import { describe, expect, it } from 'vitest'
import { generateKey } from '../../src/main/keys/generate'
import { crc32, identifyKey, KEY_KINDS, type KeyKind } from '../../src/shared/keys'
import {
  checkKey,
  creator,
  crc32 as ruleCrc32
} from '../../scripts/secret-scanning/secretlint-rule-collection-api-keys/index.js'
import { nearMisses, wrongChecksum } from '../support/leak-tree'
import { useTempDirs } from '../support/temp-dir'

const ROOT = resolve(import.meta.dirname, '../..')
const RULE_DIR = join(ROOT, 'scripts/secret-scanning/secretlint-rule-collection-api-keys')
const GITLEAKS_TOML = join(ROOT, 'scripts/secret-scanning/gitleaks.toml')
const SECRETLINT_BIN = join(ROOT, 'node_modules/secretlint/bin/secretlint.js')
const KINDS = Object.keys(KEY_KINDS) as KeyKind[]
const PREFIX: Readonly<Record<KeyKind, string>> = {
  appKey: 'cak',
  accessKeyId: 'cid',
  accessKeySecret: 'csk'
}

const tempDir = useTempDirs('cam-secret-scanning-')
const run = promisify(execFile)

/** Keys the app makes, a few of each kind. */
const keys = (count: number): Array<{ kind: KeyKind; key: string }> =>
  KINDS.flatMap((kind) => Array.from({ length: count }, () => ({ kind, key: generateKey(kind) })))

/** Text a person might commit: each key in a line of config. */
const configText = (entries: ReadonlyArray<{ key: string }>): string =>
  entries.map(({ key }, i) => `KEY_${i}="${key}"  # 渠道配置`).join('\n')

/** The near misses of every kind: none may be reported as a key by a rule that checks the checksum. */
const allNearMisses = (): string[] =>
  KINDS.flatMap((kind) => {
    const key = generateKey(kind)
    return [...nearMisses(key, kind), `x${key}`, `${key}x`, `${key}_v2`]
  })

async function secretlint(content: string, options: { publicKeys?: boolean } = {}) {
  const result = await lintSource({
    source: { content, filePath: '/project/config.env', contentType: 'text' },
    options: {
      config: { rules: [{ id: 'secretlint-rule-collection-api-keys', rule: creator, options }] }
    }
  })
  return result.messages
}

describe('the secretlint rule', () => {
  it('computes the same checksum as the app, and accepts exactly the keys the app accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 80 }), (text) => {
        expect(ruleCrc32(text)).toBe(crc32(text))
      }),
      { numRuns: 500 }
    )
    for (const { kind, key } of keys(50)) {
      expect(checkKey(key)).toBe(PREFIX[kind])
      expect(checkKey(wrongChecksum(key))).toBeNull()
    }
    for (const miss of allNearMisses())
      expect(checkKey(miss), miss).toBe(identifyKey(miss) && miss.slice(0, 3))
  })

  it('reports every AccessKeySecret the app makes, where it is, and no near miss', async () => {
    const secrets = keys(20).filter((k) => k.kind === 'accessKeySecret')
    const content = `${configText(secrets)}\n${allNearMisses().join('\n')}\n`
    const messages = await secretlint(content)
    expect(messages.map((m) => m.messageId)).toEqual(secrets.map(() => 'AccessKeySecret'))
    expect(messages.map((m) => content.slice(...m.range))).toEqual(secrets.map((s) => s.key))
    expect(messages[1].loc.start).toEqual({ line: 2, column: 'KEY_1="'.length })
    expect(messages.every((m) => m.ruleId === 'secretlint-rule-collection-api-keys')).toBe(true)
    expect(messages[0].message).toContain('found a Collection API Manager AccessKeySecret')
  })

  it('reports APPKEYs and AccessKeyIds only when asked (they are not secrets)', async () => {
    const entries = keys(5)
    const content = configText(entries)
    expect((await secretlint(content)).map((m) => m.messageId)).toEqual(
      entries.filter((e) => e.kind === 'accessKeySecret').map(() => 'AccessKeySecret')
    )
    const all = await secretlint(content, { publicKeys: true })
    const expected: Record<KeyKind, string> = {
      appKey: 'APPKEY',
      accessKeyId: 'AccessKeyId',
      accessKeySecret: 'AccessKeySecret'
    }
    expect(all.map((m) => m.messageId)).toEqual(entries.map((e) => expected[e.kind]))
    expect(await secretlint(allNearMisses().join('\n'), { publicKeys: true })).toEqual([])
  })

  it('works in the secretlint command line, which masks the secret in what it prints', async () => {
    const dir = await tempDir()
    const secret = generateKey('accessKeySecret')
    await writeFile(join(dir, 'leaked.env'), `ACCESS_KEY_SECRET=${secret}\n`)
    await writeFile(join(dir, 'clean.env'), `${allNearMisses().join('\n')}\n`)
    // The rule by its folder, as a repository that copies it would name it.
    const config = JSON.stringify({ rules: [{ id: RULE_DIR, options: { publicKeys: true } }] })
    const cli = (file: string) =>
      run(
        process.execPath,
        [SECRETLINT_BIN, '--secretlintrcJSON', config, '--format', 'json', file],
        {
          cwd: dir
        }
      ).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout })
      )

    const found = await cli('leaked.env')
    expect(found.code).toBe(1)
    const [result] = JSON.parse(found.stdout) as Array<{
      messages: Array<{ messageId: string; message: string }>
    }>
    expect(result.messages.map((m) => m.messageId)).toEqual(['AccessKeySecret'])
    // secretlint masks a secret in its messages (the json format also carries the file itself).
    expect(result.messages[0].message).toContain('found a Collection API Manager AccessKeySecret')
    expect(JSON.stringify(result.messages)).not.toContain(secret)

    const clean = await cli('clean.env')
    expect(clean.code).toBe(0)
    expect((JSON.parse(clean.stdout) as Array<{ messages: unknown[] }>)[0]?.messages ?? []).toEqual(
      []
    )
  }, 60_000)
})

interface GitleaksRule {
  readonly id: string
  readonly description: string
  readonly regex: string
  readonly secretGroup: number
  readonly entropy: number
  readonly keywords: readonly string[]
  readonly tags: readonly string[]
}

async function gitleaksConfig(): Promise<{
  extend: { useDefault: boolean }
  rules: GitleaksRule[]
}> {
  return parse(await readFile(GITLEAKS_TOML, 'utf8')) as never
}

/** gitleaks' entropy: Shannon entropy of the secret's characters, in bits. */
function shannonEntropy(text: string): number {
  const counts = new Map<string, number>()
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / text.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/** What gitleaks would report with `rule` in `text`: each match's secret group, entropy applied. */
function gitleaksFinds(rule: GitleaksRule, text: string): string[] {
  // gitleaks runs a rule only on text holding one of its keywords (case-insensitive).
  if (!rule.keywords.some((keyword) => text.toLowerCase().includes(keyword.toLowerCase())))
    return []
  const matcher = RE2JS.compile(rule.regex).matcher(text)
  const found: string[] = []
  while (matcher.find()) {
    const secret = matcher.group(rule.secretGroup) ?? ''
    if (shannonEntropy(secret) >= rule.entropy) found.push(secret)
  }
  return found
}

describe('the gitleaks rules (TOML parsed, regexes run with RE2 semantics; the gitleaks binary is not run here)', () => {
  it('has one rule per kind, with only fields gitleaks knows, on top of gitleaks’ own rules', async () => {
    const config = await gitleaksConfig()
    expect(config.extend).toEqual({ useDefault: true })
    expect(config.rules.map((r) => r.id)).toEqual([
      'collection-api-manager-access-key-secret',
      'collection-api-manager-access-key-id',
      'collection-api-manager-appkey'
    ])
    const fields = new Set([
      'id',
      'description',
      'regex',
      'secretGroup',
      'entropy',
      'keywords',
      'tags',
      'path',
      'allowlists'
    ])
    for (const rule of config.rules) {
      for (const key of Object.keys(rule)) expect(fields, `${rule.id}.${key}`).toContain(key)
      expect(() => RE2JS.compile(rule.regex)).not.toThrow()
    }
  })

  it('finds every key the app makes with the rule for its kind, and no wrong prefix or length', async () => {
    const { rules } = await gitleaksConfig()
    const byKind: Record<KeyKind, GitleaksRule> = {
      accessKeySecret: rules[0],
      accessKeyId: rules[1],
      appKey: rules[2]
    }
    const entries = keys(200)
    const text = configText(entries)
    for (const kind of KINDS) {
      expect(gitleaksFinds(byKind[kind], text)).toEqual(
        entries.filter((e) => e.kind === kind).map((e) => e.key)
      )
    }
    for (const kind of KINDS) {
      const key = generateKey(kind)
      const [, otherPrefix, noPrefix, short, long] = nearMisses(key, kind)
      for (const rule of rules) {
        for (const miss of [
          otherPrefix,
          noPrefix,
          short,
          long,
          `x${key}`,
          `${key}x`,
          `${key}_v2`
        ]) {
          expect(gitleaksFinds(rule, `value = ${miss}`), `${rule.id}: ${miss}`).toEqual([])
        }
      }
    }
  })

  it('cannot check the checksum: a key with a wrong one is reported too (the secretlint rule is not fooled)', async () => {
    const { rules } = await gitleaksConfig()
    const secret = wrongChecksum(generateKey('accessKeySecret'))
    expect(gitleaksFinds(rules[0], `secret=${secret}`)).toEqual([secret])
    expect(await secretlint(`secret=${secret}`)).toEqual([])
  })

  it('drops placeholders by entropy and keeps every real key', async () => {
    const { rules } = await gitleaksConfig()
    for (const { key } of keys(300)) expect(shannonEntropy(key)).toBeGreaterThan(rules[0].entropy)
    const placeholder = `csk_${'X'.repeat(38)}`
    expect(gitleaksFinds(rules[0], `secret=${placeholder}`)).toEqual([])
    expect(gitleaksFinds(rules[2], `appKey=cak_${'0'.repeat(17)}ABCDEF`)).toEqual([])
  })
})
