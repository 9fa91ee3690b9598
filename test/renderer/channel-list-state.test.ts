/**
 * The page's copy of the list, case by case (the random sequences against the real services
 * are in test/main/channel-changes.test.ts).
 */
import { describe, expect, it } from 'vitest'
import {
  applyChange,
  applyChanged,
  applySnapshot,
  INITIAL_LIST_STATE,
  showPart,
  type ChannelListState
} from '@renderer/channels/channel-list-state'
import type { ChannelsChanged } from '@shared/ipc/contract'
import { makeChannel } from './fixtures'

const a = makeChannel({ name: 'A' })
const b = makeChannel({ name: 'B' })
const c = makeChannel({ name: 'C' })

const change = (revision: number, patch: Partial<ChannelsChanged> = {}): ChannelsChanged => ({
  revision,
  upserted: [],
  removed: [],
  ...patch
})

const at = (revision: number, channels = [a, b]): ChannelListState =>
  applySnapshot(INITIAL_LIST_STATE, { revision, channels })

describe('applyChange', () => {
  it('replaces in place, appends what is new, drops what is removed, keeps the rest as they are', () => {
    const edited = { ...a, name: 'A 2' }
    const next = applyChange([a, b], { upserted: [c, edited], removed: [b.id] })
    expect(next).toEqual([edited, c])
    const same = applyChange([a, b], { upserted: [], removed: [] })
    expect(same[0]).toBe(a)
    expect(same[1]).toBe(b)
  })

  it('sets learnt secret statuses, keeping views whose status did not change', () => {
    const next = applyChange([a, b], {
      upserted: [],
      removed: [],
      secretStatus: { missing: [a.id], [b.secretStatus]: [b.id] }
    })
    expect(next[0]).toEqual({ ...a, secretStatus: 'missing' })
    expect(next[1]).toBe(b)
  })
})

describe('events and snapshots', () => {
  it('applies the next revision and drops a repeated or older one', () => {
    let state = applyChanged(at(3), change(4, { upserted: [c] }))
    expect(state).toMatchObject({ revision: 4, channels: [a, b, c], stale: false })
    state = applyChanged(state, change(4, { removed: [a.id] }))
    state = applyChanged(state, change(2, { removed: [b.id] }))
    expect(state.channels).toEqual([a, b, c])
  })

  it('keeps an event past a gap aside and is stale until the gap closes', () => {
    let state = applyChanged(at(3), change(5, { removed: [a.id] }))
    expect(state).toMatchObject({ revision: 3, stale: true })
    state = applyChanged(state, change(4, { upserted: [c] }))
    expect(state).toMatchObject({ revision: 5, channels: [b, c], stale: false })
  })

  it('a snapshot closes a gap and the events after it follow; an older snapshot changes nothing', () => {
    let state = applyChanged(at(3), change(6, { upserted: [c] }))
    state = applySnapshot(state, { revision: 2, channels: [] })
    expect(state).toMatchObject({ revision: 3, channels: [a, b], stale: true })
    state = applySnapshot(state, { revision: 5, channels: [b] })
    expect(state).toMatchObject({ revision: 6, channels: [b, c], stale: false })
  })

  it('keeps events that arrive before the first snapshot for it', () => {
    let state = applyChanged(INITIAL_LIST_STATE, change(2, { upserted: [c] }))
    state = applyChanged(state, change(1, { upserted: [b] }))
    expect(state.stale).toBe(false)
    expect(applySnapshot(state, { revision: 1, channels: [a, b] })).toMatchObject({
      revision: 2,
      channels: [a, b, c],
      stale: false
    })
  })

  it('a replaced list is stale until a snapshot at least as new', () => {
    let state = applyChanged(at(3), change(4, { reload: true }))
    expect(state.stale).toBe(true)
    state = applySnapshot(state, { revision: 3, channels: [a, b] })
    expect(state.stale).toBe(true)
    state = applySnapshot(state, { revision: 4, channels: [c] })
    expect(state).toMatchObject({ revision: 4, channels: [c], stale: false })
    // Before any snapshot succeeded, too.
    expect(applyChanged(INITIAL_LIST_STATE, change(1, { reload: true })).stale).toBe(true)
  })

  it('shows the parts of the first snapshot only, and keeps events for the whole of it', () => {
    let state = showPart(INITIAL_LIST_STATE, [b])
    state = applyChanged(state, change(1, { upserted: [c] }))
    expect(state).toMatchObject({ revision: -1, channels: [b] })
    state = applySnapshot(state, { revision: 0, channels: [a, b] })
    expect(state.channels).toEqual([a, b, c])
    expect(showPart(state, [a])).toBe(state)
  })
})
