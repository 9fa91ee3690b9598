/** The audit log's filter (channel, actions, from inclusive / to exclusive, folded search) and its rules. */
import { describe, expect, it } from 'vitest'
import { auditFilterSchema, auditMatcher, type AuditEntry } from '../../src/shared/audit'

const entry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  at: '2024-05-01T08:00:00.000Z',
  user: 'alice',
  action: 'copy',
  channelId: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  channelName: '商城 App',
  field: 'accessKeySecret',
  ...overrides
})

describe('auditMatcher', () => {
  it('keeps everything without a filter', () => {
    expect(auditMatcher({})(entry())).toBe(true)
  })

  it('matches one channel by id', () => {
    const match = auditMatcher({ channelId: '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
    expect(match(entry())).toBe(true)
    expect(match(entry({ channelId: '' }))).toBe(false)
  })

  it('matches any of the actions; an empty list keeps every action', () => {
    const match = auditMatcher({ actions: ['reveal', 'copy'] })
    expect(match(entry())).toBe(true)
    expect(match(entry({ action: 'edit' }))).toBe(false)
    expect(auditMatcher({ actions: [] })(entry({ action: 'edit' }))).toBe(true)
  })

  it('from is inclusive, to exclusive, whatever the offset the instants are written in', () => {
    const match = auditMatcher({
      from: '2024-05-01T16:00:00+08:00', // 08:00 UTC
      to: '2024-05-01T09:00:00.000Z'
    })
    expect(match(entry({ at: '2024-05-01T07:59:59.999Z' }))).toBe(false)
    expect(match(entry({ at: '2024-05-01T08:00:00.000Z' }))).toBe(true)
    expect(match(entry({ at: '2024-05-01T08:59:59.999Z' }))).toBe(true)
    expect(match(entry({ at: '2024-05-01T09:00:00.000Z' }))).toBe(false)
  })

  it('searches the stored fields, folded, every word in some field, never across two', () => {
    expect(auditMatcher({ search: '商城' })(entry())).toBe(true)
    // Full-width letters and case fold to their ASCII forms.
    expect(auditMatcher({ search: 'ＡＰＰ' })(entry())).toBe(true)
    expect(auditMatcher({ search: 'ALICE app' })(entry())).toBe(true)
    expect(auditMatcher({ search: 'accesskeysecret' })(entry())).toBe(true)
    expect(auditMatcher({ search: 'app bob' })(entry())).toBe(false)
    expect(auditMatcher({ search: 'appalice' })(entry())).toBe(false)
    expect(auditMatcher({ search: 'shop' })(entry({ detail: '/home/alice/shop (3 found)' }))).toBe(
      true
    )
    expect(auditMatcher({ search: '   ' })(entry())).toBe(true)
  })

  it('needs every part of the filter to hold', () => {
    const match = auditMatcher({ actions: ['copy'], search: 'bob' })
    expect(match(entry())).toBe(false)
    expect(match(entry({ user: 'bob' }))).toBe(true)
  })
})

describe('auditFilterSchema', () => {
  const issue = (input: unknown) => {
    const parsed = auditFilterSchema.safeParse(input)
    return parsed.success ? null : parsed.error.issues.map((i) => i.message)
  }

  it('takes instants with an offset and any of the actions', () => {
    expect(
      issue({
        from: '2024-05-01T00:00:00+08:00',
        to: '2024-05-02T00:00:00.000Z',
        actions: ['copy', 'export-audit'],
        search: '商城'
      })
    ).toBeNull()
  })

  it('answers message codes', () => {
    expect(issue({ from: '2024-05-01' })).toEqual(['audit.badDate'])
    expect(issue({ actions: ['drop'] })).toEqual(['audit.unknownAction'])
    expect(issue({ search: 'x'.repeat(201) })).toEqual(['audit.searchTooLong'])
    expect(issue({ channelId: 'shop' })).toEqual(['request.unknownChannel'])
    expect(issue({ from: '2024-05-02T00:00:00.000Z', to: '2024-05-02T00:00:00.000Z' })).toEqual([
      'audit.dateOrder'
    ])
    expect(issue({ path: '/etc/passwd' })).not.toBeNull()
  })
})
