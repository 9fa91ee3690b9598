/**
 * Interop with Debian's `age` CLI (issue 12): a backup made to a public key read from an
 * `age-keygen` file decrypts with `age -d -i` and its JSON validates; a file `age -r` made from
 * a valid payload restores, armored (`age -a`) too; a passphrase backup opens with `age -d`,
 * and an `age -p` file restores (the CLI asks for the passphrase on a terminal: `script` gives
 * it one). Needs `age` and `script` (util-linux); scripts/test-all.sh installs `age`.
 */
import { execFile, spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RestoreOpened } from '../../src/shared/backup'
import { parsePayload } from '../../src/main/backup/backup-payload'
import { valueOf } from '../support/app-harness'
import { makeInput } from '../support/fixtures'
import { requireKeyring, startKeyringApp, type KeyringApp } from '../support/keyring-app'
import { useTempDirs } from '../support/temp-dir'

const run = promisify(execFile)
const tempDir = useTempDirs('cam-age-cli-')
const PASSPHRASE = 'passphrase typed at the terminal'
const apps: KeyringApp[] = []

/** Run `command` with a pseudo-terminal whose input is `lines`, one each half second. */
function withTerminal(command: string, lines: readonly string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()))
    lines.forEach((line, i) => setTimeout(() => child.stdin.write(`${line}\n`), 500 * (i + 1)))
    setTimeout(() => child.stdin.end(), 500 * (lines.length + 1))
    child.on('error', fail)
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`${command}: ${code} ${output}`))
    )
  })
}

async function start(): Promise<KeyringApp> {
  const app = await startKeyringApp()
  apps.push(app)
  return app
}

async function withChannels(): Promise<KeyringApp> {
  const a = await start()
  for (const input of [
    makeInput({ name: 'Shop app' }),
    makeInput({ name: '上海 Site', appType: 'WEB', platforms: [], domains: ['https://a.example'] })
  ]) {
    valueOf(await a.call('channels.create', input))
  }
  return a
}

const ready = (opened: RestoreOpened) => {
  if (opened.status !== 'ready') throw new Error(`expected ready, got ${opened.status}`)
  return opened.preview
}

beforeAll(async () => {
  await requireKeyring()
  await run('age', ['--version']).catch(() => {
    throw new Error('The age CLI is missing: apt-get install age (scripts/test-all.sh does).')
  })
})
afterAll(async () => {
  for (const app of apps) await app.dispose()
})

describe('the age command-line tool', () => {
  it('decrypts a backup made to a key read from an age-keygen file; its JSON validates', async () => {
    const dir = await tempDir()
    const identity = join(dir, 'identity.txt')
    await run('age-keygen', ['-o', identity])
    const a = await withChannels()
    a.dialogs.answer(identity)
    const read = valueOf(await a.call('backup.readRecipients', undefined))
    expect(read).toMatchObject({ status: 'read', fileName: 'identity.txt' })
    if (read.status !== 'read') return
    expect(read.recipients).toHaveLength(1)

    const file = join(dir, 'backup.age')
    a.dialogs.answer(file)
    valueOf(
      await a.call('backup.create', {
        protection: { kind: 'recipients', recipients: [...read.recipients] }
      })
    )
    const { stdout } = await run('age', ['-d', '-i', identity, file])
    const parsed = parsePayload(stdout)
    expect(parsed.channels.every((c) => c.ok)).toBe(true)
    const keychain = await a.keychain()
    for (const channel of parsed.channels) {
      if (channel.ok) expect(channel.secret).toBe(keychain.get(channel.record.id))
    }

    // The same file restores on another computer given that identity file.
    const b = await start()
    b.dialogs.answer(file)
    const opened = valueOf(await b.call('backup.open', undefined))
    if (opened.status !== 'locked') throw new Error('locked expected')
    b.dialogs.answer(identity)
    const preview = ready(
      valueOf(await b.call('backup.unlock', { token: opened.token, key: { kind: 'identityFile' } }))
    )
    expect(
      valueOf(await b.call('backup.restore', { token: preview.token, replace: [] }))
    ).toMatchObject({ added: 2 })
  })

  it('restores a file `age -r` made from a valid payload, binary and armored', async () => {
    const dir = await tempDir()
    const identity = join(dir, 'identity.txt')
    await run('age-keygen', ['-o', identity])
    const a = await withChannels()
    const plain = join(dir, 'payload.json')
    a.dialogs.answer(join(dir, 'first.age'))
    const { stdout: recipient } = await run('age-keygen', ['-y', identity])
    valueOf(
      await a.call('backup.create', {
        protection: { kind: 'recipients', recipients: [recipient.trim()] }
      })
    )
    await writeFile(
      plain,
      (await run('age', ['-d', '-i', identity, join(dir, 'first.age')])).stdout
    )

    for (const armor of [false, true]) {
      const b = await start()
      const own = valueOf(await b.call('backup.publicKey', undefined)).recipient
      const made = join(dir, armor ? 'cli.age.asc' : 'cli.age')
      await run('age', [...(armor ? ['-a'] : []), '-r', own, '-o', made, plain])
      if (armor) expect(await readFile(made, 'utf8')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/)
      b.dialogs.answer(made)
      // Made to this computer's key: it opens without asking.
      const preview = ready(valueOf(await b.call('backup.open', undefined)))
      expect(
        valueOf(await b.call('backup.restore', { token: preview.token, replace: [] }))
      ).toMatchObject({
        added: 2
      })
      const keychain = await b.keychain()
      const original = await a.keychain()
      for (const c of valueOf(await a.call('channels.list', undefined))) {
        expect(keychain.get(c.id)).toBe(original.get(c.id))
      }
    }
  })

  it('passphrase backups open both ways: ours with `age -d`, `age -p`’s with us', async () => {
    const dir = await tempDir()
    const a = await withChannels()
    const ours = join(dir, 'ours.age')
    a.dialogs.answer(ours)
    valueOf(
      await a.call('backup.create', { protection: { kind: 'passphrase', passphrase: PASSPHRASE } })
    )
    const out = join(dir, 'ours.json')
    await withTerminal(`age -d -o ${out} ${ours}`, [PASSPHRASE])
    expect(parsePayload(await readFile(out, 'utf8')).channels).toHaveLength(2)

    const theirs = join(dir, 'theirs.age')
    await withTerminal(`age -p -o ${theirs} ${out}`, [PASSPHRASE, PASSPHRASE])
    const b = await start()
    b.dialogs.answer(theirs)
    const opened = valueOf(await b.call('backup.open', undefined))
    expect(opened).toMatchObject({ status: 'locked', needs: 'passphrase' })
    if (opened.status !== 'locked') return
    const preview = ready(
      valueOf(
        await b.call('backup.unlock', {
          token: opened.token,
          key: { kind: 'passphrase', passphrase: PASSPHRASE }
        })
      )
    )
    expect(preview.added).toHaveLength(2)
  })
})
