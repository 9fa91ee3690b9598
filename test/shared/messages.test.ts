/**
 * Message codes (src/shared/messages.ts): every message the shared schemas can put in front of
 * a user has one, and a message the catalogue lacks keeps only its text. Main's own messages:
 * test/main/message-codes.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../src/shared/channel'
import { withMessageCodes } from '../../src/shared/errors'
import { ipcInputs } from '../../src/shared/ipc/contract'
import {
  codeOfMessage,
  isMessageCode,
  MESSAGE_CODES,
  MESSAGE_TEXTS,
  messageText
} from '../../src/shared/messages'
import { normaliseOrigin } from '../../src/shared/origin'

describe('message codes', () => {
  it('gives every English text one code, and the code gives the text back', () => {
    const texts = MESSAGE_CODES.filter((code) => !messageText(code).includes('{{')).map(messageText)
    expect(new Set(texts).size).toBe(texts.length)
    for (const code of MESSAGE_CODES) {
      const text = messageText(code)
      if (!text.includes('{{')) expect(codeOfMessage(text)).toEqual({ code })
      expect(isMessageCode(code)).toBe(true)
    }
    expect(isMessageCode('channelName')).toBe(false)
    expect(isMessageCode('toString')).toBe(false)
  })

  it('covers every rule message of the shared schemas', () => {
    for (const message of Object.values(MESSAGES)) {
      expect(codeOfMessage(message), message).not.toBeNull()
    }
  })

  it('covers every Network Domain refusal, and origin results carry their code', () => {
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
      expect(codeOfMessage(result.message), raw).toEqual({ code: result.code })
      codes.add(result.code)
    }
    expect(codes.size).toBeGreaterThanOrEqual(10)
  })

  it('covers the contract’s own refusals', () => {
    const refusals = [
      ipcInputs['app.info'].safeParse({}),
      ipcInputs['channels.get'].safeParse({ id: 'nope' }),
      ipcInputs['channels.copy'].safeParse({
        id: '00000000-0000-4000-8000-000000000001',
        field: 'x'
      }),
      ipcInputs['recovery.restoreBackup'].safeParse({ backupId: '../x' }),
      ipcInputs['recovery.startEmpty'].safeParse({ confirm: false }),
      ipcInputs['app.setLanguage'].safeParse({ language: 'fr' })
    ]
    for (const result of refusals) {
      expect(result.success).toBe(false)
      const message = result.error?.issues[0]?.message ?? ''
      expect(codeOfMessage(message), message).not.toBeNull()
    }
  })

  it('reads the parts of a templated message', () => {
    expect(codeOfMessage('The data folder could not be opened. It is /tmp/a b')).toEqual({
      code: 'recovery.folderNotOpened',
      params: { path: '/tmp/a b' }
    })
    expect(codeOfMessage(`${MESSAGES.nameRequired} (and 1 more problem)`)).toEqual({
      code: 'request.andMore',
      params: { problem: MESSAGES.nameRequired, count: 1 }
    })
    expect(codeOfMessage(`${MESSAGES.nameRequired} (and 12 more problems)`)).toMatchObject({
      params: { count: 12 }
    })
    const help = MESSAGE_TEXTS.keychain.unavailableWindows
    expect(
      codeOfMessage(`${help} ${MESSAGE_TEXTS.secret.rotateUncertain.replace('{{help}} ', '')}`)
    ).toEqual({ code: 'secret.rotateUncertain', params: { help } })
  })

  it('leaves a message it does not know without a code', () => {
    expect(codeOfMessage('Unlock it.')).toBeNull()
    expect(codeOfMessage('')).toBeNull()
    expect(codeOfMessage('Enter a Channel Name')).toBeNull()
  })
})

describe('withMessageCodes', () => {
  it('adds the code of the message and of each field message, keeping the English', () => {
    expect(
      withMessageCodes({
        code: 'CONFLICT',
        message: MESSAGES.nameTaken,
        fieldErrors: { name: MESSAGES.nameTaken, other: 'Something else.' }
      })
    ).toEqual({
      code: 'CONFLICT',
      message: MESSAGES.nameTaken,
      fieldErrors: { name: MESSAGES.nameTaken, other: 'Something else.' },
      messageCode: 'channelName.taken',
      fieldCodes: { name: 'channelName.taken' }
    })
  })

  it('changes nothing about a message the catalogue lacks', () => {
    expect(withMessageCodes({ code: 'INTERNAL', message: 'Unlock it.' })).toEqual({
      code: 'INTERNAL',
      message: 'Unlock it.'
    })
  })

  it('keeps field paths off the prototype', () => {
    const coded = withMessageCodes({
      code: 'VALIDATION',
      message: MESSAGES.nameRequired,
      fieldErrors: JSON.parse(`{"__proto__": ${JSON.stringify(MESSAGES.nameRequired)}}`)
    })
    expect(Object.getPrototypeOf(coded.fieldCodes)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
