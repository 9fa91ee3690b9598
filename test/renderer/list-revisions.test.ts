/**
 * The page's copy of the list (channel-list-state.ts) against a new snapshot of the real
 * services, over random creates, edits, removes, secret updates and learnt secret statuses,
 * with the events lost, repeated, held back or reordered on their way (fast-check).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyChanged,
  applySnapshot,
  INITIAL_LIST_STATE,
  type ChannelListState
} from '@renderer/channels/channel-list-state'
import type { ChannelView } from '@shared/channel'
import type { ChannelSnapshot, ChannelsChanged } from '@shared/ipc/contract'
import type { EmitEvent } from '../../src/main/deps'
import { startApp, valueOf, type AppHarness } from '../support/app-harness'
import { makeInput } from '../support/fixtures'
import { MemoryVault } from '../support/memory-vault'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

/** Every `channels.changed` main pushes, as the page would receive it (a structured clone). */
function heard(): { events: ChannelsChanged[]; emit: EmitEvent } {
  const events: ChannelsChanged[] = []
  const emit: EmitEvent = (event, payload) => {
    if (event === 'channels.changed') events.push(structuredClone(payload as ChannelsChanged))
  }
  return { events, emit }
}

const snapshot = async (h: AppHarness): Promise<ChannelSnapshot> =>
  valueOf(await h.call('channels.snapshot', {}))

type Op = 'create' | 'edit' | 'remove' | 'rotate' | 'loseSecret' | 'reconcile'
/** What the wire does with the events on it at a step. */
type Fault = 'deliver' | 'hold' | 'drop' | 'reverse' | 'repeat'

interface Step {
  readonly op: Op
  readonly pick: number
  readonly fault: Fault
  /** Whether a snapshot on its way arrives at this step. */
  readonly snapshotLands: boolean
}

const stepArb = (faults: readonly Fault[]): fc.Arbitrary<Step> =>
  fc.record({
    op: fc.constantFrom<Op>(
      'create',
      'create',
      'edit',
      'remove',
      'rotate',
      'loseSecret',
      'reconcile'
    ),
    pick: fc.nat(),
    fault: fc.constantFrom(...faults),
    snapshotLands: fc.boolean()
  })

/**
 * Play `steps` against the real services, with the page applying what reaches it through
 * the pure state module and asking for a snapshot whenever it is stale (one at a time, as
 * use-channels does), then one more change. Returns the page's last state, main's last
 * snapshot and how many snapshots the page asked for.
 */
async function play(steps: readonly Step[]): Promise<{
  page: ChannelListState
  main: ChannelSnapshot
  snapshots: number
}> {
  const vault = new MemoryVault()
  const { events: wire, emit } = heard()
  const h = await startApp(await tempDir(), { vault, emit })
  let page = INITIAL_LIST_STATE
  let inFlight: ChannelSnapshot | null = null
  let snapshots = 0
  let names = 0
  const ask = async (): Promise<void> => {
    snapshots++
    inFlight = await snapshot(h)
  }
  const land = (): void => {
    if (inFlight) page = applySnapshot(page, inFlight)
    inFlight = null
  }
  const receive = (events: readonly ChannelsChanged[]): void => {
    for (const event of events) page = applyChanged(page, event)
  }
  const pickFrom = (list: readonly ChannelView[], pick: number) => list[pick % list.length]

  await ask()
  for (const step of steps) {
    const { channels } = await h.app.service.snapshot()
    const target = channels.length > 0 ? pickFrom(channels, step.pick) : undefined
    switch (step.op) {
      case 'create':
        await h.call('channels.create', makeInput({ name: `Channel ${names++}` }))
        break
      case 'edit':
        if (target) {
          await h.call('channels.update', {
            ...makeInput({ name: `Channel ${names++}` }),
            id: target.id
          })
        }
        break
      case 'remove':
        if (target) await h.call('channels.remove', { id: target.id })
        break
      case 'rotate':
        if (target) await h.call('channels.rotateSecret', { id: target.id })
        break
      case 'loseSecret':
        // The keychain loses it; the next reveal learns so.
        if (target) {
          vault.entries.delete(target.id)
          await h.call('channels.revealSecret', { id: target.id })
        }
        break
      case 'reconcile':
        if (target) vault.entries.delete(target.id)
        await h.app.service.reconcile()
        break
    }
    const onWire = wire.splice(0)
    switch (step.fault) {
      case 'deliver':
        receive(onWire)
        break
      case 'hold':
        wire.unshift(...onWire)
        break
      case 'drop':
        receive(onWire.slice(1))
        break
      case 'reverse':
        receive([...onWire].reverse())
        break
      case 'repeat':
        receive([...onWire, ...onWire])
        break
    }
    if (step.snapshotLands) land()
    if (page.stale && inFlight === null) await ask()
  }
  // The wire heals: what is on it arrives in order, then the snapshot. A lost event shows as
  // a gap only once a later one arrives: main makes one more change, and a stale page asks.
  receive(wire.splice(0))
  land()
  await h.call('channels.create', makeInput({ name: 'The next change' }))
  receive(wire.splice(0))
  while (page.stale) {
    await ask()
    land()
  }
  const main = await snapshot(h)
  await h.app.dispose()
  return { page, main, snapshots }
}

describe("the page's copy of the list", () => {
  it('equals a new snapshot after any changes, whatever is lost, repeated or reordered', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb(['deliver', 'deliver', 'hold', 'drop', 'reverse', 'repeat']), {
          maxLength: 12
        }),
        async (steps) => {
          const { page, main } = await play(steps)
          expect(page.stale).toBe(false)
          expect(page.revision).toBe(main.revision)
          expect(page.channels).toEqual(main.channels)
        }
      ),
      { numRuns: 25 }
    )
  }, 120_000)

  it('takes no snapshot but the first while every event arrives, late or repeated', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb(['deliver', 'hold', 'repeat']), { maxLength: 12 }),
        async (steps) => {
          const { page, main, snapshots } = await play(steps)
          expect(snapshots).toBe(1)
          expect(page.channels).toEqual(main.channels)
        }
      ),
      { numRuns: 15 }
    )
  }, 120_000)
})
