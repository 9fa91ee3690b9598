/**
 * The data file's shape, its schema version and the migrations that bring an older file
 * up to date. A migration is keyed by the version it upgrades *from* and returns data of
 * the next version; `open()` applies them in order before validating.
 */
import { z } from 'zod'
import { channelRecordSchema, legacyNameKey, type ChannelRecord } from '../../shared/channel'
import { msg } from '../../shared/messages'
import { duplicateNames, recordProblems } from '../../shared/record-rules'

/** The format this version of the app writes. */
export const CURRENT_SCHEMA_VERSION = 2
/**
 * The oldest format any released version of the app wrote. Version 1 is the first format
 * ever written: nothing older exists, so there is nothing to upgrade yet. Every version
 * from this one up to CURRENT_SCHEMA_VERSION - 1 needs an entry in MIGRATIONS, and every
 * version from this one to the current one a sample file in test/fixtures/store/
 * (test/main/migrations.test.ts fails until both exist).
 */
export const FIRST_SCHEMA_VERSION = 1

export interface StoreData {
  readonly schemaVersion: typeof CURRENT_SCHEMA_VERSION
  readonly channels: readonly ChannelRecord[]
}

/** Upgrades raw data of version N (the key) to version N + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>
export type Migrations = Readonly<Record<number, Migration>>

// A migration must keep every channel (the loader refuses one that changes the count) and
// must not write: the upgraded data reaches the disk with the next change, after the original
// was kept as a backup. Each version it upgrades from keeps a sample in test/fixtures/store/.
export const MIGRATIONS: Migrations = {
  // Version 2 (issue 15): a channel can be disabled (`disabledAt`); every older one is enabled.
  1: (v1) => ({
    ...v1,
    schemaVersion: 2,
    channels: Array.isArray(v1.channels)
      ? v1.channels.map((channel: unknown) =>
          typeof channel === 'object' && channel !== null
            ? { ...channel, disabledAt: null }
            : channel
        )
      : v1.channels
  })
}

/**
 * The whole file's schema, compiled by zod (`z.compile`): the same answers and errors as the
 * plain schema, several times faster on a file of thousands of channels. `strict` makes a schema
 * zod cannot compile fail at start-up (and in every test) instead of silently running slower.
 */
export const storeDataSchema = z.compile(
  z
    .strictObject({
      schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
      channels: z.array(channelRecordSchema)
    })
    .superRefine((data, ctx) => {
      // Every rule create applies (SPEC §4): a file that breaks one is refused, never repaired.
      const ids = new Set<string>()
      data.channels.forEach((channel, index) => {
        if (ids.has(channel.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['channels', index, 'id'],
            message: msg('store.duplicateId')
          })
        }
        ids.add(channel.id)
        for (const problem of recordProblems(channel)) {
          ctx.addIssue({
            code: 'custom',
            path: ['channels', index, ...problem.path],
            message: problem.code
          })
        }
      })
      // Compared as earlier versions compared names (legacyNameKey): a file they accepted still
      // loads, and a clash only today's nameKey sees shows when one of the two is edited.
      for (const { index } of duplicateNames(data.channels, legacyNameKey)) {
        ctx.addIssue({
          code: 'custom',
          path: ['channels', index, 'name'],
          message: msg('store.duplicateName')
        })
      }
    }),
  { strict: true }
)

export const emptyStoreData = (): StoreData => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  channels: []
})
