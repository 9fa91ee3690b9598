/**
 * The page's copy of the channel list, kept equal to main's by applying `channels.changed`
 * events instead of asking for the whole list after every change. Pure, so every ordering of
 * events can be tested without React (test/renderer/channel-list-state.test.ts).
 *
 * Main numbers the list's revisions 1, 2, 3…: a snapshot (`channels.snapshot`) carries the
 * revision it shows, and each event the revision it makes. So the page knows exactly what
 * it is missing:
 * - an event for the next revision is applied at once;
 * - an event already covered (a duplicate, or older than the snapshot) is dropped;
 * - an event past a gap (one was lost or arrived out of order) is kept aside, and the state
 *   asks for one snapshot (`stale`); the snapshot, then the events kept aside that follow it,
 *   make the list exact again. A gap that closes by itself (the late event arrives) needs
 *   nothing more;
 * - `reload` (main replaced the whole list) always asks for a snapshot.
 */
import type { ChannelView } from '@shared/channel'
import type { ChannelSnapshot, ChannelsChanged } from '@shared/ipc/contract'

export interface ChannelListState {
  /** The revision `channels` shows; -1 before the first snapshot. */
  readonly revision: number
  /** Every channel, in creation order (main's order). */
  readonly channels: readonly ChannelView[]
  /** Events past a gap, by revision, waiting for the ones before them. */
  readonly ahead: readonly ChannelsChanged[]
  /** True when only a new snapshot can make the list exact. */
  readonly stale: boolean
}

export const INITIAL_LIST_STATE: ChannelListState = {
  revision: -1,
  channels: [],
  ahead: [],
  stale: false
}

/**
 * Show the parts of a first snapshot that arrived so far (the newest channels first), while
 * there is no complete list yet. Events wait for the complete snapshot: a part cannot say
 * whether a change touches a channel still to come.
 */
export function showPart(
  state: ChannelListState,
  channels: readonly ChannelView[]
): ChannelListState {
  return state.revision < 0 ? { ...state, channels } : state
}

/** Take a snapshot, then whatever was kept aside that follows it. An older one changes nothing. */
export function applySnapshot(
  state: ChannelListState,
  snapshot: Pick<ChannelSnapshot, 'revision' | 'channels'>
): ChannelListState {
  if (snapshot.revision < state.revision) return settle(state)
  return settle({ ...state, revision: snapshot.revision, channels: snapshot.channels })
}

/** One event, as it arrives. */
export function applyChanged(state: ChannelListState, change: ChannelsChanged): ChannelListState {
  if (change.revision <= state.revision) return state
  const ahead = [...state.ahead.filter((c) => c.revision !== change.revision), change].sort(
    (a, b) => a.revision - b.revision
  )
  return settle({ ...state, ahead })
}

/** Apply the events kept aside that follow the current revision; anything left is a gap. */
function settle(state: ChannelListState): ChannelListState {
  let { revision, channels } = state
  // Before the first snapshot there is nothing to apply to: keep everything for it.
  if (revision < 0) return { ...state, stale: state.ahead.some((c) => c.reload) }
  const ahead = state.ahead.filter((c) => c.revision > revision)
  while (ahead.length > 0 && ahead[0].revision === revision + 1 && !ahead[0].reload) {
    const change = ahead.shift() as ChannelsChanged
    channels = applyChange(channels, change)
    revision = change.revision
  }
  return { revision, channels, ahead, stale: ahead.length > 0 }
}

/**
 * The list after one change, in one pass: removed ids dropped, statuses set, changed views
 * replaced where they are, new ones appended (a create is the newest record). Untouched
 * views keep their identity, so what is derived from them (search text, rows) is reused.
 */
export function applyChange(
  channels: readonly ChannelView[],
  change: Pick<ChannelsChanged, 'upserted' | 'removed' | 'secretStatus'>
): readonly ChannelView[] {
  const removed = new Set(change.removed)
  const upserted = new Map(change.upserted.map((view) => [view.id, view]))
  const statuses = new Map<string, ChannelView['secretStatus']>()
  for (const [status, ids] of Object.entries(change.secretStatus ?? {})) {
    for (const id of ids ?? []) statuses.set(id, status as ChannelView['secretStatus'])
  }
  const next: ChannelView[] = []
  for (const channel of channels) {
    if (removed.has(channel.id)) continue
    const replaced = upserted.get(channel.id)
    if (replaced) {
      upserted.delete(channel.id)
      next.push(replaced)
      continue
    }
    const status = statuses.size > 0 ? statuses.get(channel.id) : undefined
    next.push(
      status === undefined || status === channel.secretStatus
        ? channel
        : { ...channel, secretStatus: status }
    )
  }
  for (const view of upserted.values()) if (!removed.has(view.id)) next.push(view)
  return next
}
