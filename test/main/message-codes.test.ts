/**
 * Every error main can answer with reaches the renderer as a message code (so it is worded in
 * the user's language), through the real services and the real dispatcher.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppServices, type AppServicesOptions } from '../../src/main/app-services'
import { createDispatcher, type IpcEventLike, type IpcHandlers } from '../../src/main/ipc/handle'
import { createReauthGate } from '../../src/main/security/reauth'
import { keychainHelp } from '../../src/main/vault/secret-vault'
import { MemoryVault } from '../support/memory-vault'
import { AppError, type AppErrorData, type Result } from '../../src/shared/errors'
import { messageText, type MessageCode } from '../../src/shared/messages'
import { makeFields } from '../support/fixtures'
import { FakeClipboard, recordingLogger } from '../support/fakes'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const APP_URL = 'app://bundle/index.html'
const trusted: IpcEventLike = { senderFrame: { url: APP_URL } }
const isTrustedSender = (event: IpcEventLike): boolean => event.senderFrame?.url === APP_URL
const unknownId = '00000000-0000-4000-8000-00000000beef'

async function setup(options: Partial<AppServicesOptions> = {}) {
  const vault = new MemoryVault()
  const dataDir = options.dataDir ?? (await tempDir())
  const services = await createAppServices({
    dataDir,
    keychainService: 'svc',
    clipboard: new FakeClipboard(),
    appVersion: '1.0.0',
    user: 'alice',
    vault,
    log: recordingLogger(),
    ...options
  })
  const dispatch = createDispatcher(services.handlers, { isTrustedSender, log: recordingLogger() })
  const call = (method: string, input?: unknown) => dispatch(trusted, method, input)
  return { services, vault, call }
}

/** The failed call's error, which must carry a code. */
function failure(result: Result<unknown>): AppErrorData {
  if (result.ok) throw new Error('expected the call to fail')
  return result.error
}

function expectCoded(result: Result<unknown>, code: MessageCode): AppErrorData {
  const error = failure(result)
  expect(error.message).toBe(code)
  return error
}

describe('error envelopes carry message codes', () => {
  it('NOT_FOUND, CONFLICT (with the field), IMMUTABLE_FIELD, SECRET_MISSING', async () => {
    const { services, vault, call } = await setup()
    await services.reconciled
    const seeded = await services.service.create(makeFields({ name: 'Seed' }))

    expectCoded(await call('channels.get', { id: unknownId }), 'channel.notFound')
    const conflict = expectCoded(
      await call('channels.create', makeFields({ name: 'seed' })),
      'channelName.taken'
    )
    expect(conflict.params).toEqual({ name: 'Seed' })
    expect(conflict.fieldErrors).toEqual({
      name: { code: 'channelName.taken', params: { name: 'Seed' } }
    })
    const immutable = expectCoded(
      await call('channels.update', {
        ...makeFields({ name: 'Seed' }),
        id: seeded.id,
        appType: 'WEB',
        platforms: [],
        domains: ['https://a.example']
      }),
      'appType.immutable'
    )
    expect(immutable.fieldErrors).toEqual({ appType: { code: 'appType.immutable' } })
    await vault.delete(seeded.id)
    expectCoded(await call('channels.revealSecret', { id: seeded.id }), 'secret.missing')
    await services.dispose()
  })

  it.each([
    ['darwin', 'keychain.unavailableMac'],
    ['win32', 'keychain.unavailableWindows'],
    ['linux', 'keychain.unavailableLinux']
  ] as const)(
    'KEYCHAIN_UNAVAILABLE on %s, and the Update that may not have happened',
    async (platform, code) => {
      const { services, vault, call } = await setup({ platform })
      await services.reconciled
      const seeded = await services.service.create(makeFields({ name: 'Seed' }))
      vault.fault = () => new Error('Cannot autolaunch D-Bus')
      expectCoded(await call('channels.revealSecret', { id: seeded.id }), code)
      expect(keychainHelp(platform)).toBe(code)

      // The keychain answers the read, then fails the write and every check after it.
      vault.fault = (operation) => (operation === 'get' ? undefined : new Error('gone'))
      let reads = 0
      vault.faultAfter = (operation) =>
        operation === 'get' && ++reads > 1 ? new Error('gone') : undefined
      // Neither the new secret's presence nor the old one's return can be confirmed.
      const uncertain = expectCoded(
        await call('channels.rotateSecret', { id: seeded.id }),
        'secret.rotateUncertain'
      )
      expect(uncertain.params).toEqual({ help: { code } })
      vault.fault = undefined
      vault.faultAfter = undefined
      await services.dispose()
    }
  )

  it('RECOVERY_REQUIRED, no good backup, and nothing to recover', async () => {
    const dataDir = await tempDir()
    await mkdir(dataDir, { recursive: true })
    await writeFile(join(dataDir, 'channels.json'), 'not json')
    const { services, call } = await setup({ dataDir })
    expectCoded(await call('channels.list'), 'recovery.required')
    expectCoded(await call('recovery.restoreBackup', {}), 'recovery.noBackup')
    expectCoded(
      await call('recovery.restoreBackup', {
        backupId: 'channels-000001-20240501T080000000Z.json'
      }),
      'recovery.backupNotFound'
    )
    const folder = expectCoded(await call('recovery.openDataFolder'), 'recovery.folderUnavailable')
    expect(folder.params).toEqual({ path: dataDir })
    await services.dispose()

    const healthy = await setup()
    expectCoded(
      await healthy.call('recovery.startEmpty', { confirm: true }),
      'recovery.nothingToRecover'
    )
    await healthy.services.dispose()
  })

  it('the data folder that could not be opened names its path', async () => {
    const { services, call } = await setup({
      openPath: async () => {
        throw new Error('no file manager')
      }
    })
    const error = expectCoded(await call('recovery.openDataFolder'), 'recovery.folderNotOpened')
    expect(error.params?.['path']).toBe(services.session.dataDir)
    await services.dispose()
  })

  it('VALIDATION: each field’s code, and the first problem with how many more', async () => {
    const { services, call } = await setup()
    const error = expectCoded(
      await call(
        'channels.create',
        makeFields({ name: ' ', appType: 'WEB', platforms: [], domains: ['ftp://x.example'] })
      ),
      'request.andMore'
    )
    expect(error.params).toEqual({ problem: { code: 'channelName.required' }, count: 1 })
    expect(error.fieldErrors).toEqual({
      name: { code: 'channelName.required' },
      'domains.0': { code: 'domain.protocol' }
    })
    expectCoded(await call('app.info', { sneaky: true }), 'request.noInput')
    expectCoded(await call('app.setLanguage', { language: 'fr' }), 'request.unknownLanguage')
    await services.dispose()
  })

  it('FORBIDDEN and INTERNAL from the dispatcher itself', async () => {
    const { services } = await setup()
    const dispatch = createDispatcher(services.handlers, {
      isTrustedSender,
      log: recordingLogger()
    })
    expect(
      failure(
        await dispatch(
          { senderFrame: { url: 'https://evil.example/' } },
          'channels.list',
          undefined
        )
      ).message
    ).toBe('request.untrustedSender')
    expect(failure(await dispatch(trusted, 'nope', undefined)).message).toBe(
      'request.unknownMethod'
    )
    const throwing = {
      ...services.handlers,
      'channels.list': async () => {
        throw new Error('boom')
      }
    } as IpcHandlers
    const broken = createDispatcher(throwing, { isTrustedSender, log: recordingLogger() })
    expect(failure(await broken(trusted, 'channels.list', undefined)).message).toBe('app.internal')
    await services.dispose()
  })

  it('the re-authentication refusal, and input main has no words for', async () => {
    const gate = createReauthGate({ authenticate: async () => false, isEnabled: () => true })
    const refusal = await gate.require('reveal').catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(AppError)
    expect((refusal as AppError).toData()).toEqual({
      code: 'FORBIDDEN',
      message: 'secret.reauthRefused'
    })
    // The English text is for the log only.
    expect((refusal as AppError).message).toBe(messageText({ code: 'secret.reauthRefused' }))

    // zod's own words (an unknown key, a wrong type) are never passed on: they could repeat input.
    const { services, call } = await setup()
    const secretKey = 'csk_' + 'A'.repeat(38)
    const error = expectCoded(
      await call('channels.create', { ...makeFields(), [secretKey]: secretKey }),
      'request.invalid'
    )
    expect(JSON.stringify(error)).not.toContain(secretKey)
    await services.dispose()
  })
})
