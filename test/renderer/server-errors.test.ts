import { describe, expect, it } from 'vitest'
import { MESSAGES } from '@shared/channel'
import { withMessageCodes } from '@shared/errors'
import { mapServerError, type FormLayout } from '@renderer/channel-form/server-errors'
import type { Said } from '@renderer/i18n/say'

const texts = (said: readonly Said[]): string[] => said.map((s) => s.text)

const web: FormLayout = { appType: 'WEB', platformRows: 0, domainRows: 2 }
const app: FormLayout = { appType: 'APP', platformRows: 2, domainRows: 0 }

describe('mapServerError', () => {
  it('puts a name conflict on the name field without repeating it at the top', () => {
    const mapped = mapServerError(
      { code: 'CONFLICT', message: 'Taken.', fieldErrors: { name: 'Taken.' } },
      app
    )
    expect(mapped).toEqual({ fields: [{ path: 'name', message: 'Taken.' }], formMessages: [] })
  })

  it('maps row paths onto the row inputs that exist', () => {
    const mapped = mapServerError(
      {
        code: 'VALIDATION',
        message: 'Check the fields.',
        fieldErrors: { 'domains.1': 'Bad domain.', 'domains.7': 'Off the end.' }
      },
      web
    )
    expect(mapped.fields).toEqual([{ path: 'domains.1.value', message: 'Bad domain.' }])
    expect(texts(mapped.formMessages)).toEqual(['Check the fields.', 'Off the end.'])
  })

  it('sends paths of a list the form does not show to the form', () => {
    const mapped = mapServerError(
      {
        code: 'VALIDATION',
        message: 'Check.',
        fieldErrors: { 'platforms.0': 'No.', platforms: 'None.' }
      },
      web
    )
    expect(mapped.fields).toEqual([])
    expect(texts(mapped.formMessages)).toEqual(['Check.', 'No.', 'None.'])
  })

  it('maps list-level and appType paths when shown', () => {
    const mapped = mapServerError(
      {
        code: 'IMMUTABLE_FIELD',
        message: 'Cannot change.',
        fieldErrors: { appType: 'Cannot change.', platforms: 'Add one.', 'platforms.1': 'Twice.' }
      },
      app
    )
    expect(mapped.fields).toEqual([
      { path: 'appType', message: 'Cannot change.' },
      { path: 'platforms', message: 'Add one.' },
      { path: 'platforms.1.value', message: 'Twice.' }
    ])
    expect(mapped.formMessages).toEqual([])
  })

  it('shows an error without field errors at the top', () => {
    expect(mapServerError({ code: 'STORAGE', message: 'Disk full.' }, app)).toEqual({
      fields: [],
      formMessages: [{ text: 'Disk full.', coded: null }]
    })
  })

  it('does not list the same message twice', () => {
    const mapped = mapServerError(
      { code: 'VALIDATION', message: 'Same.', fieldErrors: { a: 'Same.', b: 'Same.' } },
      app
    )
    expect(texts(mapped.formMessages)).toEqual(['Same.'])
  })

  it('keeps the codes main sent, so the form words them in the interface language', () => {
    const mapped = mapServerError(
      withMessageCodes({
        code: 'VALIDATION',
        message: `${MESSAGES.nameRequired} (and 2 more problems)`,
        fieldErrors: {
          name: MESSAGES.nameRequired,
          'platforms.0': MESSAGES.platformRequired,
          'platforms.5': MESSAGES.platformDuplicate
        }
      }),
      app
    )
    expect(mapped.fields).toEqual([
      { path: 'name', message: 'channelName.required' },
      { path: 'platforms.0.value', message: 'platform.required' }
    ])
    expect(mapped.formMessages).toEqual([
      {
        text: `${MESSAGES.nameRequired} (and 2 more problems)`,
        coded: {
          code: 'request.andMore',
          params: { problem: MESSAGES.nameRequired, count: 2 }
        }
      },
      { text: MESSAGES.platformDuplicate, coded: { code: 'platform.duplicate' } }
    ])
  })

  it('recognises main’s English when an envelope has no codes', () => {
    const mapped = mapServerError(
      { code: 'CONFLICT', message: MESSAGES.nameTaken, fieldErrors: { name: MESSAGES.nameTaken } },
      app
    )
    expect(mapped).toEqual({
      fields: [{ path: 'name', message: 'channelName.taken' }],
      formMessages: []
    })
  })
})
