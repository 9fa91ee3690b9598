import { describe, expect, it } from 'vitest'
import type { AppErrorData } from '@shared/errors'
import { mapServerError, type FormLayout } from '@renderer/channel-form/server-errors'
import { readFormMessage } from '@renderer/i18n/say'

const web: FormLayout = { appType: 'WEB', platformRows: 0, domainRows: 2 }
const app: FormLayout = { appType: 'APP', platformRows: 2, domainRows: 0 }

describe('mapServerError', () => {
  it('puts a name conflict on the name field without repeating it at the top', () => {
    const mapped = mapServerError(
      {
        code: 'CONFLICT',
        message: 'channelName.taken',
        fieldErrors: { name: { code: 'channelName.taken' } }
      },
      app
    )
    expect(mapped).toEqual({
      fields: [{ path: 'name', message: 'channelName.taken' }],
      formMessages: []
    })
  })

  it('maps row paths onto the row inputs that exist', () => {
    const mapped = mapServerError(
      {
        code: 'VALIDATION',
        message: 'request.invalid',
        fieldErrors: {
          'domains.1': { code: 'domain.protocol' },
          'domains.7': { code: 'domain.path' }
        }
      },
      web
    )
    expect(mapped.fields).toEqual([{ path: 'domains.1.value', message: 'domain.protocol' }])
    expect(mapped.formMessages).toEqual([{ code: 'request.invalid' }, { code: 'domain.path' }])
  })

  it('sends paths of a list the form does not show to the form', () => {
    const mapped = mapServerError(
      {
        code: 'VALIDATION',
        message: 'request.invalid',
        fieldErrors: {
          'platforms.0': { code: 'platform.required' },
          platforms: { code: 'platform.listRequired' }
        }
      },
      web
    )
    expect(mapped.fields).toEqual([])
    expect(mapped.formMessages).toEqual([
      { code: 'request.invalid' },
      { code: 'platform.required' },
      { code: 'platform.listRequired' }
    ])
  })

  it('maps list-level and appType paths when shown', () => {
    const mapped = mapServerError(
      {
        code: 'IMMUTABLE_FIELD',
        message: 'appType.immutable',
        fieldErrors: {
          appType: { code: 'appType.immutable' },
          platforms: { code: 'platform.listRequired' },
          'platforms.1': { code: 'platform.duplicate' }
        }
      },
      app
    )
    expect(mapped.fields).toEqual([
      { path: 'appType', message: 'appType.immutable' },
      { path: 'platforms', message: 'platform.listRequired' },
      { path: 'platforms.1.value', message: 'platform.duplicate' }
    ])
    expect(mapped.formMessages).toEqual([])
  })

  it('shows an error without field errors at the top', () => {
    expect(mapServerError({ code: 'STORAGE', message: 'channel.notSaved' }, app)).toEqual({
      fields: [],
      formMessages: [{ code: 'channel.notSaved' }]
    })
  })

  it('does not list the same message twice', () => {
    const mapped = mapServerError(
      {
        code: 'VALIDATION',
        message: 'request.invalid',
        fieldErrors: { a: { code: 'request.invalid' }, b: { code: 'request.invalid' } }
      },
      app
    )
    expect(mapped.formMessages).toEqual([{ code: 'request.invalid' }])
  })

  it('keeps messages with their parameters, at the field and at the top', () => {
    const error: AppErrorData = {
      code: 'VALIDATION',
      message: 'request.andMore',
      params: { problem: { code: 'channelName.required' }, count: 2 },
      fieldErrors: {
        name: { code: 'channelName.required' },
        'platforms.0': { code: 'platform.required' },
        'platforms.5': { code: 'platform.duplicate' }
      }
    }
    const mapped = mapServerError(error, app)
    expect(mapped.fields).toEqual([
      { path: 'name', message: 'channelName.required' },
      { path: 'platforms.0.value', message: 'platform.required' }
    ])
    expect(mapped.formMessages).toEqual([
      {
        code: 'request.andMore',
        params: { problem: { code: 'channelName.required' }, count: 2 }
      },
      { code: 'platform.duplicate' }
    ])
    // A field message with parameters survives react-hook-form's string.
    const withParams = mapServerError(
      {
        code: 'INTERNAL',
        message: 'recovery.folderNotOpened',
        params: { path: '/data' },
        fieldErrors: { name: { code: 'recovery.folderNotOpened', params: { path: '/data' } } }
      },
      app
    )
    expect(readFormMessage(withParams.fields[0].message)).toEqual({
      code: 'recovery.folderNotOpened',
      params: { path: '/data' }
    })
    expect(withParams.formMessages).toEqual([])
  })
})
