/**
 * Loading the data file applies every rule create applies (SPEC §4, issue 12): a file that
 * breaks one opens recovery as `invalid`, names the record and the rule, and is left exactly
 * as it was found. A record holding an AccessKeySecret is caught here too, instead of making
 * every later write fail.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ChannelRecord } from '../../src/shared/channel'
import { formatKey } from '../../src/shared/keys'
import type { MessageCode } from '../../src/shared/messages'
import { startApp } from '../support/app-harness'
import { makeRecord } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

const web = (domains: string[]): Partial<ChannelRecord> => ({
  appType: 'WEB',
  platforms: [],
  domains
})

/** [what is wrong, the second record's fields, the path in the file, the problem's code]. */
const BROKEN: ReadonlyArray<
  readonly [string, Partial<ChannelRecord>, string, MessageCode | 'store.invalidValue']
> = [
  [
    'a name with a control character',
    { name: 'Shop\u0007app' },
    'channels.1.name',
    'channelName.badCharacters'
  ],
  [
    'a name with a bidi override',
    { name: 'Shop\u202eapp' },
    'channels.1.name',
    'channelName.badCharacters'
  ],
  [
    'a name longer than 64 characters',
    { name: 'x'.repeat(65) },
    'channels.1.name',
    'channelName.tooLong'
  ],
  [
    'a name with spaces around it',
    { name: ' Shop ' },
    'channels.1.name',
    'store.nameNotNormalised'
  ],
  ['a name in NFD', { name: 'Cafe\u0301' }, 'channels.1.name', 'store.nameNotNormalised'],
  ['a blank name', { name: '   ' }, 'channels.1.name', 'channelName.required'],
  [
    'a name another channel has, in other case',
    { name: 'FIRST' },
    'channels.1.name',
    'store.duplicateName'
  ],
  [
    'an upper-case host',
    web(['https://Shop.Example.com']),
    'channels.1.domains.0',
    'store.domainNotNormalised'
  ],
  [
    'a default port',
    web(['https://shop.example.com:443']),
    'channels.1.domains.0',
    'store.domainNotNormalised'
  ],
  [
    'a domain with a path',
    web(['https://shop.example.com/app']),
    'channels.1.domains.0',
    'domain.path'
  ],
  ['an ftp domain', web(['ftp://shop.example.com']), 'channels.1.domains.0', 'domain.protocol'],
  [
    'the same domain twice',
    web(['https://a.example', 'https://a.example']),
    'channels.1.domains.1',
    'domain.duplicate'
  ],
  ['a WEB channel without domains', web([]), 'channels.1.domains', 'domain.listRequired'],
  [
    'a WEB channel with a platform',
    { appType: 'WEB', platforms: ['IOS'], domains: ['https://a.example'] },
    'channels.1.platforms',
    'platform.notAllowed'
  ],
  [
    'an APP on a Mini Program host',
    { appType: 'APP', platforms: ['WECHAT'] },
    'channels.1.platforms.0',
    'platform.notAllowed'
  ],
  [
    'the same platform twice',
    { platforms: ['IOS', 'IOS'] },
    'channels.1.platforms.1',
    'platform.duplicate'
  ],
  ['an APP without platforms', { platforms: [] }, 'channels.1.platforms', 'platform.listRequired'],
  [
    'an APPKEY with a wrong checksum',
    { appKey: `${formatKey('appKey', 'A'.repeat(17)).slice(0, -1)}0` },
    'channels.1.appKey',
    'store.badAppKey'
  ],
  [
    'an AccessKeyId that is an APPKEY',
    { accessKeyId: formatKey('appKey', 'C'.repeat(17)) },
    'channels.1.accessKeyId',
    'store.badAccessKeyId'
  ],
  ['the first channel’s id again', {}, 'channels.1.id', 'store.duplicateId']
]

describe('the data file is loaded by the create rules', () => {
  it.each(BROKEN)('%s: recovery as invalid, file untouched', async (_what, fields, path, code) => {
    const dir = await tempDir()
    const first = makeRecord({ name: 'First' })
    const second = makeRecord({
      ...fields,
      ...(code === 'store.duplicateId' ? { id: first.id } : {})
    })
    const text = JSON.stringify({ schemaVersion: 1, channels: [first, second] }, null, 2)
    await writeFile(join(dir, 'channels.json'), text)

    const { app } = await startApp(dir)
    expect(app.recovery).toMatchObject({
      problem: 'invalid',
      detail: { code: 'store.invalidAt', params: { path, problem: { code } } }
    })
    expect(await readFile(join(dir, 'channels.json'), 'utf8')).toBe(text)
    await app.dispose()
  })

  it('a record holding an AccessKeySecret opens recovery instead of blocking every later create', async () => {
    const dir = await tempDir()
    const secret = formatKey('accessKeySecret', 'S'.repeat(32))
    const text = JSON.stringify({ schemaVersion: 1, channels: [makeRecord({ name: secret })] })
    await writeFile(join(dir, 'channels.json'), text)

    const { app, call } = await startApp(dir)
    expect(app.recovery).toMatchObject({
      problem: 'invalid',
      detail: { code: 'store.holdsSecret' }
    })
    const created = await call('channels.list', undefined)
    expect(created).toMatchObject({ ok: false, error: { code: 'RECOVERY_REQUIRED' } })
    expect(JSON.stringify(app.recovery)).not.toContain(secret)
    await app.dispose()
  })

  it('a file that keeps every rule loads as it is', async () => {
    const dir = await tempDir()
    const records = [
      makeRecord({ name: '北京 Shop' }),
      makeRecord({ name: 'Mini', appType: 'MINI_PROGRAM', platforms: ['WECHAT', 'ALIPAY'] }),
      makeRecord({
        name: 'Site',
        ...web(['https://shop.example.com', 'http://xn--fsq.example:8080'])
      })
    ]
    await writeFile(
      join(dir, 'channels.json'),
      JSON.stringify({ schemaVersion: 1, channels: records })
    )
    const { app } = await startApp(dir)
    expect(app.recovery).toBeNull()
    expect((await app.service.list()).map((c) => c.name)).toEqual(['北京 Shop', 'Mini', 'Site'])
    await app.dispose()
  })
})
