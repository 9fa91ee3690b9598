/**
 * The leak check (SPEC §11): main scans a folder the user picks for the app's identifiable keys
 * and answers with hits. What travels to the page is described here; nothing a scanned file
 * holds travels except the hits, and a hit's AccessKeySecret is masked. Pure.
 */
import { z } from 'zod'
import type { KeyKind } from './keys'

/** Files larger than this are not read (they are reported as skipped). */
export const LEAK_MAX_FILE_BYTES = 10 * 1024 * 1024
/** A file with a NUL byte in its first this-many bytes is binary (git's rule). */
export const LEAK_BINARY_PROBE_BYTES = 8000
/** Folders never entered, wherever they are in the tree. */
export const LEAK_IGNORED_FOLDERS = ['.git', 'node_modules'] as const
/** The most hits a report carries (the counts cover every hit). */
export const LEAK_MAX_HITS = 1000
/** The most example paths a report gives per reason for skipping. */
export const LEAK_SKIPPED_SAMPLES = 5

/**
 * What a key found is, worst first:
 * - current-secret: the AccessKeySecret a channel uses now (Update it now);
 * - unverified-secret: an AccessKeySecret that could not be compared with the current ones
 *   (the keychain did not answer), so it may be current;
 * - retired-secret: an AccessKeySecret a channel used before an Update (it no longer works);
 * - unknown-key: a key of this format with a valid checksum that no channel here has;
 * - public-key: a channel's APPKEY or AccessKeyId (not a secret: for information).
 */
export const LEAK_STATUSES = [
  'current-secret',
  'unverified-secret',
  'retired-secret',
  'unknown-key',
  'public-key'
] as const
export type LeakStatus = (typeof LEAK_STATUSES)[number]

/** Why a file or folder was not read. */
export const LEAK_SKIP_REASONS = [
  'ignored-folder',
  'binary',
  'too-large',
  'symlink',
  'special',
  'unreadable'
] as const
export type LeakSkipReason = (typeof LEAK_SKIP_REASONS)[number]

/** One key found in one place. */
export interface LeakHit {
  /** The file, relative to the folder checked. */
  readonly file: string
  /** 1-based line. */
  readonly line: number
  /** 1-based column, in characters. */
  readonly column: number
  readonly keyKind: KeyKind
  readonly status: LeakStatus
  /** The key as shown: an APPKEY or AccessKeyId in full, an AccessKeySecret masked. */
  readonly key: string
  /** The channel the key belongs to (absent for an unknown key or an unverified secret). */
  readonly channelId?: string
  readonly channelName?: string
  /** A retired secret's channel is no longer in the list (its name is the one it had then). */
  readonly channelRemoved?: boolean
  /** When a retired secret was replaced (ISO). */
  readonly retiredAt?: string
}

/** Files or folders skipped for one reason. */
export interface LeakSkipped {
  readonly reason: LeakSkipReason
  readonly count: number
  /** A few of them, relative to the folder checked. */
  readonly samples: readonly string[]
}

export interface LeakReport {
  /** The folder checked, as the user chose it. */
  readonly folder: string
  readonly startedAt: string
  readonly durationMs: number
  /** Stopped before the whole folder was read: the figures cover what was read. */
  readonly cancelled: boolean
  readonly filesScanned: number
  readonly bytesScanned: number
  /** Every key found, by status (all of them, also beyond the hits carried). */
  readonly counts: Readonly<Record<LeakStatus, number>>
  readonly totalHits: number
  /** Worst first, then by file and place; at most LEAK_MAX_HITS. */
  readonly hits: readonly LeakHit[]
  /** Only reasons that occurred. */
  readonly skipped: readonly LeakSkipped[]
  /**
   * Whether AccessKeySecrets found were compared with the current ones: 'not-needed' when none
   * was found, 'unavailable' when the keychain did not answer (see unverified-secret).
   */
  readonly keychain: 'read' | 'not-needed' | 'unavailable'
}

/** What leaks.check answers: nothing when the user closed the folder picker. */
export type LeakCheckResult =
  { readonly folderChosen: false } | { readonly folderChosen: true; readonly report: LeakReport }

const count = z.number().int().nonnegative()

/** The progress main sends while a check runs (event leaks.progress). */
export const leakProgressSchema = z.strictObject({
  folder: z.string().max(4096),
  filesScanned: count,
  bytesScanned: count,
  hits: count,
  skipped: count
})
export type LeakProgress = z.output<typeof leakProgressSchema>
