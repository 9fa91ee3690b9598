import { describe, expect, it } from 'vitest'
import { mapServerError, type FormLayout } from '@renderer/channel-form/server-errors'

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
    expect(mapped.formMessages).toEqual(['Check the fields.', 'Off the end.'])
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
    expect(mapped.formMessages).toEqual(['Check.', 'No.', 'None.'])
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
      formMessages: ['Disk full.']
    })
  })

  it('does not list the same message twice', () => {
    const mapped = mapServerError(
      { code: 'VALIDATION', message: 'Same.', fieldErrors: { a: 'Same.', b: 'Same.' } },
      app
    )
    expect(mapped.formMessages).toEqual(['Same.'])
  })
})
