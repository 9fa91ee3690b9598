/** Builders for channel inputs and records, so tests state only what matters to them. */
import { randomUUID } from 'node:crypto'
import type { ChannelFields, ChannelRecord, CreateChannelInput } from '../../src/shared/channel'
import { formatKey } from '../../src/shared/keys'

/** A valid create input (APP on Android) with overrides. */
export function makeInput(overrides: Partial<CreateChannelInput> = {}): CreateChannelInput {
  return {
    name: 'Shop app',
    collectedByQuickTracking: true,
    appType: 'APP',
    platforms: ['ANDROID'],
    domains: [],
    ...overrides
  }
}

/** Parsed channel fields (what the service receives after the IPC schema ran). */
export function makeFields(overrides: Partial<ChannelFields> = {}): ChannelFields {
  return {
    name: 'Shop app',
    collectedByQuickTracking: true,
    appType: 'APP',
    platforms: ['ANDROID'],
    domains: [],
    ...overrides
  }
}

let counter = 0

/** A valid stored record with overrides. */
export function makeRecord(overrides: Partial<ChannelRecord> = {}): ChannelRecord {
  counter++
  const at = '2024-05-01T08:00:00.000Z'
  return {
    id: randomUUID(),
    name: `Channel ${counter}`,
    collectedByQuickTracking: true,
    appType: 'APP',
    platforms: ['IOS'],
    domains: [],
    appKey: formatKey('appKey', 'A'.repeat(17)),
    accessKeyId: formatKey('accessKeyId', 'B'.repeat(20)),
    createdAt: at,
    updatedAt: at,
    secretUpdatedAt: at,
    disabledAt: null,
    ...overrides
  }
}
