/**
 * Message codes (src/shared/messages.ts): every message the shared schemas can put in front of
 * a user is a catalogued code, and `messageText` words a message in English for the log.
 * Main's own messages: test/main/message-codes.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { createChannelInputSchema, updateChannelInputSchema } from '../../src/shared/channel'
import { AppError } from '../../src/shared/errors'
import { ipcMethods } from '../../src/shared/ipc/contract'
import {
  isMessage,
  isMessageCode,
  MESSAGE_CODES,
  MESSAGES,
  messageText
} from '../../src/shared/messages'
import { normaliseOrigin } from '../../src/shared/origin'
import { makeInput } from '../support/fixtures'

describe('message codes', () => {
  it('has one code per catalogue entry (plural forms share one), each with its English text', () => {
    const entries = Object.values(MESSAGES).flatMap((group) => Object.keys(group))
    const plurals = entries.filter((key) => key.endsWith('_other')).length
    expect(MESSAGE_CODES).toHaveLength(entries.length - plurals)
    for (const code of MESSAGE_CODES) {
      expect(isMessageCode(code)).toBe(true)
      expect(messageText({ code } as never).length).toBeGreaterThan(0)
    }
    expect(isMessageCode('channelName')).toBe(false)
    expect(isMessageCode('toString')).toBe(false)
    expect(isMessageCode('channelName.toString')).toBe(false)
    expect(isMessage({ code: 'channel.notFound' })).toBe(true)
    expect(isMessage({ code: 'Enter a Channel Name.' })).toBe(false)
    expect(isMessage('channel.notFound')).toBe(false)
  })

  it('words a message in English, parameters, plural forms and nested messages included', () => {
    expect(messageText({ code: 'channelName.required' })).toBe(MESSAGES.channelName.required)
    expect(messageText({ code: 'recovery.folderNotOpened', params: { path: '/tmp/a b' } })).toBe(
      'The data folder could not be opened. It is /tmp/a b'
    )
    expect(
      messageText({
        code: 'request.andMore',
        params: { problem: { code: 'channelName.required' }, count: 1 }
      })
    ).toBe('Enter a Channel Name. (and 1 more problem)')
    expect(
      messageText({
        code: 'request.andMore',
        params: { problem: { code: 'channelName.required' }, count: 12 }
      })
    ).toBe('Enter a Channel Name. (and 12 more problems)')
    expect(
      messageText({
        code: 'secret.rotateUncertain',
        params: { help: { code: 'keychain.unavailableWindows' } }
      })
    ).toMatch(/^Windows Credential Manager is not available\. .* The keychain failed during Update/)
  })

  it('an AppError keeps the code for the envelope and the English for the log', () => {
    const error = new AppError('INTERNAL', 'recovery.folderUnavailable', {
      params: { path: '/data' }
    })
    expect(error.message).toBe('Opening folders is not available here. The data folder is /data')
    expect(error.toData()).toEqual({
      code: 'INTERNAL',
      message: 'recovery.folderUnavailable',
      params: { path: '/data' }
    })
  })

  it('every issue of the channel schemas is a code', () => {
    const bad = [
      makeInput({ name: '' }),
      makeInput({ name: 'x'.repeat(65) }),
      makeInput({ name: 'a\u202eb' }),
      { ...makeInput(), collectedByQuickTracking: false },
      { ...makeInput(), appType: 'DESKTOP' },
      makeInput({ appType: 'APP', platforms: ['WECHAT'] }),
      makeInput({ appType: 'APP', platforms: ['ANDROID', 'ANDROID'] }),
      makeInput({ appType: 'APP', platforms: [] }),
      makeInput({ appType: 'WEB', platforms: [], domains: [] }),
      makeInput({
        appType: 'WEB',
        platforms: [],
        domains: ['https://a.example', 'https://A.example/']
      }),
      makeInput({ appType: 'WEB', platforms: [], domains: ['ftp://a.example'] })
    ]
    for (const input of bad) {
      const result = createChannelInputSchema.safeParse(input)
      expect(result.success).toBe(false)
      for (const issue of result.error?.issues ?? []) {
        expect(isMessageCode(issue.message), issue.message).toBe(true)
      }
    }
    const update = updateChannelInputSchema.safeParse({ ...makeInput(), id: 'nope' })
    expect(update.error?.issues.map((issue) => issue.message)).toEqual(['request.unknownChannel'])
  })

  it('every Network Domain refusal has its own code', () => {
    const refused = [
      '',
      'shop example.com',
      'shop.example.com',
      'ftp://shop.example.com',
      'https:shop.example.com',
      'https://user@shop.example.com',
      'https://shop.example.com/?a=1',
      'https://shop.example.com/#x',
      'https://shop.example.com/checkout',
      'https://',
      'https://[::1',
      'https://-shop.example.com'
    ]
    const codes = new Set<string>()
    for (const raw of refused) {
      const result = normaliseOrigin(raw)
      if (result.ok) throw new Error(`${raw} was accepted`)
      expect(isMessageCode(result.code), raw).toBe(true)
      codes.add(result.code)
    }
    expect(codes.size).toBeGreaterThanOrEqual(10)
  })

  it('the contract’s own refusals are codes', () => {
    const refusals = [
      ipcMethods['app.info'].input.safeParse({}),
      ipcMethods['channels.get'].input.safeParse({ id: 'nope' }),
      ipcMethods['channels.copy'].input.safeParse({
        id: '00000000-0000-4000-8000-000000000001',
        field: 'x'
      }),
      ipcMethods['recovery.restoreBackup'].input.safeParse({ backupId: '../x' }),
      ipcMethods['recovery.startEmpty'].input.safeParse({ confirm: false }),
      ipcMethods['app.setLanguage'].input.safeParse({ language: 'fr' })
    ]
    for (const result of refusals) {
      expect(result.success).toBe(false)
      const message = result.error?.issues[0]?.message ?? ''
      expect(isMessageCode(message), message).toBe(true)
    }
  })
})
