/**
 * Say what each key a scan found is (SPEC §11): a channel's current AccessKeySecret, a retired
 * one (its SHA-256 is in retired-secrets.jsonl), a channel's APPKEY or AccessKeyId, or a key of
 * this format that no channel here has. The hits it returns are what leaves main, so a secret
 * in them is masked here.
 */
import type { ChannelRecord } from '../../shared/channel'
import { LEAK_MAX_HITS, LEAK_STATUSES, type LeakHit, type LeakStatus } from '../../shared/leaks'
import type { KeyKind } from '../../shared/keys'
import { secretFingerprint, type RetiredSecret } from './retired-secrets'
import type { FoundKey } from './scan-folder'

export interface ClassifyInput {
  /** Distinct keys found, by their text. */
  readonly keys: ReadonlyMap<string, FoundKey>
  /** The channels as they are now. */
  readonly channels: readonly ChannelRecord[]
  /** Retired secrets' fingerprints, by SHA-256. */
  readonly retired: ReadonlyMap<string, RetiredSecret>
  /**
   * A channel's current AccessKeySecret from the keychain (null when it has none). Only asked
   * when an AccessKeySecret was found, one channel after another until every one found is placed.
   */
  readonly secretOf: (channelId: string) => Promise<string | null>
}

export interface Classified {
  /** Worst first, then by file and place; at most LEAK_MAX_HITS. */
  readonly hits: readonly LeakHit[]
  readonly totalHits: number
  readonly counts: Readonly<Record<LeakStatus, number>>
  readonly keychain: 'read' | 'not-needed' | 'unavailable'
}

/** A key as a hit may show it: APPKEY and AccessKeyId are public; a secret keeps its prefix and last 4 characters. */
export function maskKey(text: string, kind: KeyKind): string {
  return kind === 'accessKeySecret' ? `${text.slice(0, 4)}…${text.slice(-4)}` : text
}

const RANK: Readonly<Record<LeakStatus, number>> = Object.fromEntries(
  LEAK_STATUSES.map((status, index) => [status, index])
) as Record<LeakStatus, number>

type Verdict = Pick<
  LeakHit,
  'status' | 'channelId' | 'channelName' | 'channelRemoved' | 'retiredAt'
>

/** Classify every key found; reads the keychain only if an AccessKeySecret was found. */
export async function classifyKeys(input: ClassifyInput): Promise<Classified> {
  const byId = new Map(input.channels.map((c) => [c.id, c]))
  const byPublicKey = new Map<string, ChannelRecord>()
  for (const channel of input.channels) {
    byPublicKey.set(channel.appKey, channel)
    byPublicKey.set(channel.accessKeyId, channel)
  }

  const secrets = new Set<string>()
  for (const key of input.keys.values()) if (key.kind === 'accessKeySecret') secrets.add(key.text)
  const { owners, keychain } = await currentOwners(secrets, input.channels, input.secretOf)

  const verdictOf = (key: FoundKey): Verdict => {
    if (key.kind !== 'accessKeySecret') {
      const channel = byPublicKey.get(key.text)
      return channel
        ? { status: 'public-key', channelId: channel.id, channelName: channel.name }
        : { status: 'unknown-key' }
    }
    const owner = owners.get(key.text)
    if (owner) return { status: 'current-secret', channelId: owner.id, channelName: owner.name }
    const retired = input.retired.get(secretFingerprint(key.text))
    if (retired) {
      const channel = byId.get(retired.channelId)
      return {
        status: 'retired-secret',
        channelId: retired.channelId,
        channelName: channel?.name ?? retired.channelName,
        retiredAt: retired.retiredAt,
        ...(channel ? {} : { channelRemoved: true })
      }
    }
    return { status: keychain === 'unavailable' ? 'unverified-secret' : 'unknown-key' }
  }

  const counts = Object.fromEntries(LEAK_STATUSES.map((s) => [s, 0])) as Record<LeakStatus, number>
  const hits: LeakHit[] = []
  let totalHits = 0
  for (const key of input.keys.values()) {
    const verdict = verdictOf(key)
    counts[verdict.status] += key.count
    totalHits += key.count
    const shown = maskKey(key.text, key.kind)
    for (const sighting of key.sightings) {
      hits.push({ ...sighting, keyKind: key.kind, key: shown, ...verdict })
    }
  }
  hits.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column
  )
  return { hits: hits.slice(0, LEAK_MAX_HITS), totalHits, counts, keychain }
}

/** Which channel each AccessKeySecret found is the current secret of. */
async function currentOwners(
  secrets: ReadonlySet<string>,
  channels: readonly ChannelRecord[],
  secretOf: ClassifyInput['secretOf']
): Promise<{
  owners: ReadonlyMap<string, ChannelRecord>
  keychain: Classified['keychain']
}> {
  const owners = new Map<string, ChannelRecord>()
  if (secrets.size === 0) return { owners, keychain: 'not-needed' }
  for (const channel of channels) {
    let secret: string | null
    try {
      secret = await secretOf(channel.id)
    } catch {
      return { owners, keychain: 'unavailable' }
    }
    if (secret !== null && secrets.has(secret)) {
      owners.set(secret, channel)
      if (owners.size === secrets.size) break
    }
  }
  return { owners, keychain: 'read' }
}
