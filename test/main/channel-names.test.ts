/**
 * Name uniqueness (SPEC §2) stays exact now that creates look names up in an index instead of
 * scanning every channel: after creates, edits, removes and restarts, in any order.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../src/shared/errors'
import { nameKey } from '../../src/shared/channel'
import { makeFields } from '../support/fixtures'
import { makeService } from '../support/service-harness'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()
const NAMES = ['Shop', 'SHOP', ' shop ', 'Caf\u00e9', 'Cafe\u0301', 'Travel', 'travel', 'News']

const op = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), name: fc.constantFrom(...NAMES) }),
  fc.record({
    kind: fc.constant('rename' as const),
    at: fc.nat(),
    name: fc.constantFrom(...NAMES)
  }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.constant({ kind: 'list' as const })
)

const conflict = (error: unknown): boolean => error instanceof AppError && error.code === 'CONFLICT'

describe('channel names stay unique', () => {
  it("after a remove, an edit to the first channel's name is refused", async () => {
    const { service } = await makeService(await tempDir())
    await service.create(makeFields({ name: 'Alpha' }))
    const beta = await service.create(makeFields({ name: 'Beta' }))
    const gamma = await service.create(makeFields({ name: 'Gamma' }))
    await service.remove({ id: gamma.id })
    await expect(
      service.update({ ...makeFields({ name: 'ALPHA' }), id: beta.id })
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    await expect(service.create(makeFields({ name: 'alpha' }))).rejects.toMatchObject({
      code: 'CONFLICT'
    })
    await expect(service.create(makeFields({ name: 'Gamma' }))).resolves.toMatchObject({
      name: 'Gamma'
    })
    await service.dispose()
  })

  it('a name is taken exactly when another channel has it (case and NFC aside)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const { service } = await makeService(await tempDir())
        for (const o of ops) {
          const current = await service.list()
          const takenBy = (name: string, exceptId?: string): boolean =>
            current.some((c) => c.id !== exceptId && nameKey(c.name) === nameKey(name))
          if (o.kind === 'list') continue
          if (o.kind === 'create') {
            const outcome = await service.create(makeFields({ name: o.name.trim() })).then(
              () => 'ok',
              (error: unknown) => (conflict(error) ? 'conflict' : error)
            )
            expect(outcome).toBe(takenBy(o.name.trim()) ? 'conflict' : 'ok')
            continue
          }
          if (current.length === 0) continue
          const target = current[o.at % current.length]
          if (o.kind === 'remove') {
            await service.remove({ id: target.id })
            continue
          }
          const outcome = await service
            .update({
              ...makeFields({ name: o.name.trim() }),
              id: target.id,
              appType: target.appType,
              platforms: [...target.platforms],
              domains: [...target.domains]
            })
            .then(
              () => 'ok',
              (error: unknown) => (conflict(error) ? 'conflict' : error)
            )
          expect(outcome).toBe(takenBy(o.name.trim(), target.id) ? 'conflict' : 'ok')
        }
        const names = (await service.list()).map((c) => nameKey(c.name))
        expect(new Set(names).size).toBe(names.length)
        await service.dispose()
      }),
      { numRuns: 40 }
    )
  })
})
