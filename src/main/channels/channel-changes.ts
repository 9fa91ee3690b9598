/**
 * The channel list's revision, and the `channels.changed` events that move it on. Main pushes
 * what each committed change did (the changed views, the removed ids) instead of the page
 * asking for the whole list again; the page applies them in revision order and takes a new
 * snapshot when it sees a gap (see src/renderer/src/channels/channel-list-state.ts).
 *
 * One instance lives as long as the data session, across the stores a recovery action opens,
 * so revisions only ever count up within a run of the app.
 */
import type { ChannelView } from '../../shared/channel'
import type { ChannelsChanged } from '../../shared/ipc/contract'
import type { EmitEvent } from '../deps'

type SecretStatus = ChannelView['secretStatus']

export class ChannelChanges {
  readonly #emit: EmitEvent | undefined
  #revision = 0

  /** Without `emit` the revision still counts (a service no page listens to). */
  constructor(emit?: EmitEvent) {
    this.#emit = emit
  }

  /** The revision of the list as committed now: a snapshot taken now carries it. */
  get revision(): number {
    return this.#revision
  }

  /**
   * One committed change. Call it right after the store committed (before the next `await`),
   * so a snapshot taken later carries a revision that includes it.
   */
  changed(upserted: readonly ChannelView[], removed: readonly string[] = []): void {
    if (upserted.length === 0 && removed.length === 0) return
    this.#publish({ upserted: [...upserted], removed: [...removed] })
  }

  /** Secret statuses learnt about records that did not change otherwise (the reconcile). */
  secretStatusChanged(statuses: ReadonlyMap<string, SecretStatus>): void {
    if (statuses.size === 0) return
    const byStatus: Partial<Record<SecretStatus, string[]>> = {}
    for (const [id, status] of statuses) (byStatus[status] ??= []).push(id)
    this.#publish({ upserted: [], removed: [], secretStatus: byStatus })
  }

  /** The whole list was replaced (a recovery action opened another file): the page re-lists. */
  replaced(): void {
    this.#publish({ upserted: [], removed: [], reload: true })
  }

  #publish(change: Omit<ChannelsChanged, 'revision'>): void {
    this.#revision += 1
    this.#emit?.('channels.changed', { revision: this.#revision, ...change })
  }
}
