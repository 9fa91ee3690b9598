/**
 * The leak check as main serves it (createAppServices: the real channel service, store, audit
 * log and retired-secret fingerprints over a memory keychain): each key found is classified as
 * a current secret, a retired one (also of a removed channel), a public key or an unknown key;
 * a secret never leaves main unmasked; progress, Cancel, one check at a time, the audit entry,
 * a keychain that does not answer, recovery mode.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppServices } from '../../src/main/app-services'
import { generateKey } from '../../src/main/keys/generate'
import type { IpcEventPayload } from '../../src/shared/ipc/contract'
import type { LeakCheckResult, LeakReport } from '../../src/shared/leaks'
import { MemoryVault } from '../support/memory-vault'
import { makeFields } from '../support/fixtures'
import { FakeClipboard, recordingLogger } from '../support/fakes'
import { nearMisses, writeFiles } from '../support/leak-tree'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs('cam-leak-check-')

interface World {
  readonly app: Awaited<ReturnType<typeof createAppServices>>
  readonly vault: MemoryVault
  readonly progress: Array<IpcEventPayload<'leaks.progress'>>
  readonly picked: { folder: string | null | Promise<string | null> }
  readonly pickerCalls: () => number
  readonly log: ReturnType<typeof recordingLogger>
}

async function start(options: { damaged?: boolean; picker?: boolean } = {}): Promise<World> {
  const dataDir = await tempDir()
  if (options.damaged) await writeFile(join(dataDir, 'channels.json'), '{ not json')
  const vault = new MemoryVault()
  const progress: Array<IpcEventPayload<'leaks.progress'>> = []
  const picked: World['picked'] = { folder: null }
  let pickerCalls = 0
  const log = recordingLogger()
  const app = await createAppServices({
    dataDir,
    keychainService: 'svc',
    clipboard: new FakeClipboard(),
    appVersion: '1.0.0',
    user: 'alice',
    vault,
    log,
    emit: (event, payload) => {
      if (event === 'leaks.progress') progress.push(payload as IpcEventPayload<'leaks.progress'>)
    },
    ...(options.picker === false
      ? {}
      : {
          chooseFile: async () => {
            pickerCalls++
            return picked.folder
          }
        })
  })
  await app.reconciled
  return { app, vault, progress, picked, pickerCalls: () => pickerCalls, log }
}

const reportOf = (result: LeakCheckResult): LeakReport => {
  if (!result.folderChosen) throw new Error('no folder was chosen')
  return result.report
}

/** Three channels, one Update of Shop app, and Old shop updated then removed. */
async function channelsWithHistory(world: World) {
  const { app, vault } = world
  const shop = await app.service.create(makeFields({ name: 'Shop app' }))
  const mini = await app.service.create(
    makeFields({ name: '商城小程序', appType: 'MINI_PROGRAM', platforms: ['WECHAT'] })
  )
  const old = await app.service.create(makeFields({ name: 'Old shop' }))
  const shopBefore = vault.entries.get(shop.id) as string
  await app.service.rotateSecret({ id: shop.id })
  const shopNow = vault.entries.get(shop.id) as string
  const oldBefore = vault.entries.get(old.id) as string
  await app.service.rotateSecret({ id: old.id })
  await app.service.remove({ id: old.id })
  const miniSecret = vault.entries.get(mini.id) as string
  return { shop, mini, old, shopBefore, shopNow, oldBefore, miniSecret }
}

describe('leaks.check', () => {
  it('says per hit which channel, and whether it is current, retired, public or unknown', async () => {
    const world = await start()
    const c = await channelsWithHistory(world)
    const unknownSecret = generateKey('accessKeySecret')
    const unknownAppKey = generateKey('appKey')
    const root = await tempDir()
    await writeFiles(root, {
      'src/config.ts': `// 渠道配置\nexport const secret = '${c.shopNow}'\n`,
      'deploy/.env.old': `ACCESS_KEY_SECRET=${c.shopBefore}\n`,
      'archive/old-shop.txt': `secret ${c.oldBefore}\n`,
      'app/strings.xml': `<appkey>${c.mini.appKey}</appkey>\n<id>${c.mini.accessKeyId}</id>\n`,
      'notes.md': `${unknownSecret}\n${unknownAppKey}\n`,
      'near-misses.txt': nearMisses(c.shopNow, 'accessKeySecret').join('\n'),
      '.git/config': `${c.miniSecret}\n`,
      'node_modules/sdk/index.js': `${c.miniSecret}\n`,
      'logo.png': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(c.miniSecret)])
    })
    world.picked.folder = root

    const result = await world.app.leaks.check()
    const report = reportOf(result)

    expect(report.folder).toBe(root)
    expect(report.cancelled).toBe(false)
    expect(report.filesScanned).toBe(6)
    expect(report.keychain).toBe('read')
    expect(report.counts).toEqual({
      'current-secret': 1,
      'unverified-secret': 0,
      'retired-secret': 2,
      'unknown-key': 2,
      'public-key': 2
    })
    expect(report.totalHits).toBe(7)
    const masked = (key: string): string => `csk_…${key.slice(-4)}`
    // Worst first, then by file.
    expect(report.hits).toEqual([
      {
        file: join('src', 'config.ts'),
        line: 2,
        column: 24,
        keyKind: 'accessKeySecret',
        status: 'current-secret',
        key: masked(c.shopNow),
        channelId: c.shop.id,
        channelName: 'Shop app'
      },
      {
        file: join('archive', 'old-shop.txt'),
        line: 1,
        column: 8,
        keyKind: 'accessKeySecret',
        status: 'retired-secret',
        key: masked(c.oldBefore),
        channelId: c.old.id,
        channelName: 'Old shop',
        channelRemoved: true,
        retiredAt: expect.any(String)
      },
      {
        file: join('deploy', '.env.old'),
        line: 1,
        column: 19,
        keyKind: 'accessKeySecret',
        status: 'retired-secret',
        key: masked(c.shopBefore),
        channelId: c.shop.id,
        channelName: 'Shop app',
        retiredAt: expect.any(String)
      },
      {
        file: 'notes.md',
        line: 1,
        column: 1,
        keyKind: 'accessKeySecret',
        status: 'unknown-key',
        key: masked(unknownSecret)
      },
      {
        file: 'notes.md',
        line: 2,
        column: 1,
        keyKind: 'appKey',
        status: 'unknown-key',
        key: unknownAppKey
      },
      {
        file: join('app', 'strings.xml'),
        line: 1,
        column: 9,
        keyKind: 'appKey',
        status: 'public-key',
        key: c.mini.appKey,
        channelId: c.mini.id,
        channelName: '商城小程序'
      },
      {
        file: join('app', 'strings.xml'),
        line: 2,
        column: 5,
        keyKind: 'accessKeyId',
        status: 'public-key',
        key: c.mini.accessKeyId,
        channelId: c.mini.id,
        channelName: '商城小程序'
      }
    ])
    expect(Object.fromEntries(report.skipped.map((s) => [s.reason, s.count]))).toEqual({
      'ignored-folder': 2,
      binary: 1
    })

    // Nothing read leaves main but the hits: no secret, current, retired or unknown, in full.
    const sent = JSON.stringify(structuredClone(result))
    for (const secret of [c.shopNow, c.shopBefore, c.oldBefore, c.miniSecret, unknownSecret]) {
      expect(sent).not.toContain(secret)
      expect(sent).not.toContain(secret.slice(4, 20))
    }
    expect(sent).not.toContain('渠道配置')
    await world.app.dispose()
  })

  it('sends progress while it runs, and writes one audit entry with the folder and counts, never a key', async () => {
    const world = await start()
    const c = await channelsWithHistory(world)
    const root = await tempDir()
    await writeFiles(
      root,
      Object.fromEntries(
        Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, i === 7 ? c.shopNow : `line ${i}\n`])
      )
    )
    world.picked.folder = root
    const report = reportOf(await world.app.leaks.check())
    expect(report.filesScanned).toBe(30)

    expect(world.progress[0]).toEqual({
      folder: root,
      filesScanned: 0,
      bytesScanned: 0,
      hits: 0,
      skipped: 0
    })
    expect(world.progress.at(-1)).toEqual({
      folder: root,
      filesScanned: 30,
      bytesScanned: report.bytesScanned,
      hits: 1,
      skipped: 0
    })

    const [entry] = await world.app.audit.list(1)
    expect(entry).toMatchObject({
      action: 'leak-check',
      channelId: '',
      channelName: '',
      user: 'alice'
    })
    expect(entry.detail).toBe(
      `${root}: 30 files, 1 keys (1 current, 0 retired, 0 public, 0 unknown, 0 not compared)`
    )
    const audit = JSON.stringify(await world.app.audit.list())
    expect(audit).not.toMatch(/csk_/)
    await world.app.dispose()
  })

  it('does not ask the keychain when no AccessKeySecret was found', async () => {
    const world = await start()
    const c = await channelsWithHistory(world)
    const root = await tempDir()
    await writeFiles(root, { 'strings.xml': c.mini.appKey })
    world.picked.folder = root
    const asked: string[] = []
    world.vault.fault = (operation) => void asked.push(operation)
    const report = reportOf(await world.app.leaks.check())
    expect(report.keychain).toBe('not-needed')
    expect(report.counts['public-key']).toBe(1)
    expect(asked).toEqual([])
    await world.app.dispose()
  })

  it('without a keychain, says a secret found may be current, and still knows a retired one', async () => {
    const world = await start()
    const c = await channelsWithHistory(world)
    const root = await tempDir()
    await writeFiles(root, { 'now.txt': c.shopNow, 'before.txt': c.shopBefore })
    world.picked.folder = root
    world.vault.fault = () => new Error('org.freedesktop.DBus.Error.ServiceUnknown')
    const report = reportOf(await world.app.leaks.check())
    expect(report.keychain).toBe('unavailable')
    expect(report.hits.map((h) => [h.file, h.status, h.channelName])).toEqual([
      ['now.txt', 'unverified-secret', undefined],
      ['before.txt', 'retired-secret', 'Shop app']
    ])
    expect(world.app.status().keychain).toBe('unavailable')
    await world.app.dispose()
  })

  it('answers folderChosen: false when the picker is closed, and audits nothing', async () => {
    const world = await start()
    world.picked.folder = null
    expect(await world.app.leaks.check()).toEqual({ folderChosen: false })
    expect(await world.app.audit.list()).toEqual([])
    expect(world.progress).toEqual([])
    await world.app.dispose()
  })

  it('runs one check at a time, and Cancel stops it with what it found so far', async () => {
    const world = await start()
    const root = await tempDir()
    await writeFiles(root, { 'a.txt': generateKey('appKey') })
    let choose: (folder: string) => void = () => undefined
    world.picked.folder = new Promise<string>((resolve) => (choose = resolve))
    expect(await world.app.leaks.cancel()).toEqual({ cancelled: false })

    const running = world.app.leaks.check()
    await expect(world.app.leaks.check()).rejects.toMatchObject({
      code: 'CONFLICT',
      messageCode: 'leaks.running'
    })
    expect(await world.app.leaks.cancel()).toEqual({ cancelled: true })
    expect(await world.app.leaks.cancel()).toEqual({ cancelled: false })
    choose(root)
    const report = reportOf(await running)
    expect(report.cancelled).toBe(true)
    expect(report.filesScanned).toBe(0)
    const [entry] = await world.app.audit.list(1)
    expect(entry.detail).toMatch(/, stopped$/)

    // Done: the next check runs.
    world.picked.folder = root
    expect(reportOf(await world.app.leaks.check()).counts['unknown-key']).toBe(1)
    await world.app.dispose()
  })

  it('in recovery mode answers RECOVERY_REQUIRED before any folder is asked for', async () => {
    const world = await start({ damaged: true })
    await expect(world.app.leaks.check()).rejects.toMatchObject({ code: 'RECOVERY_REQUIRED' })
    expect(world.pickerCalls()).toBe(0)
    await world.app.dispose()
  })

  it('where main has no folder picker, says so', async () => {
    const world = await start({ picker: false })
    await expect(world.app.leaks.check()).rejects.toMatchObject({
      code: 'INTERNAL',
      messageCode: 'leaks.noFolderPicker'
    })
    await world.app.dispose()
  })

  it('names a current secret’s channel after a rename, and a retired one by its name now', async () => {
    const world = await start()
    const c = await channelsWithHistory(world)
    await world.app.service.update({ ...makeFields({ name: 'Shop app 2' }), id: c.shop.id })
    const root = await tempDir()
    await mkdir(join(root, 'x'))
    await writeFiles(root, { 'x/now.txt': c.shopNow, 'x/before.txt': c.shopBefore })
    world.picked.folder = root
    const names = reportOf(await world.app.leaks.check()).hits.map((h) => h.channelName)
    expect(names).toEqual(['Shop app 2', 'Shop app 2'])
    await world.app.dispose()
  })
})
