/**
 * Everything an administrator can do with channels (SPEC §3), Electron-free. The record
 * lives in the ChannelStore, the AccessKeySecret in the SecretVault; every operation
 * that touches both orders its steps so a failure half-way leaves no dangling state
 * (SPEC §4). Operations that touch the vault run one at a time, so reconcile() never
 * sees a secret whose record is still being written.
 */
import {
  nameKey,
  type ChannelFields,
  type ChannelRecord,
  type ChannelIdInput,
  type ChannelView,
  type CopyableField,
  type CopyInput
} from '../../shared/channel'
import { AppError } from '../../shared/errors'
import { duplicateNames } from '../../shared/record-rules'
import type {
  ChannelUpdateResult,
  ExportListResult,
  OrphanSecrets
} from '../../shared/ipc/contract'
import type { AuditEvent } from '../audit/audit-log'
import { exportChannelList, type ExportFormat } from '../backup/export-list'
import type { RestoreSnapshot } from '../backup/backup-service'
import { applyRestoreBatch, type RestoreBatch } from '../backup/restore-apply'
import type { RestoreJournal } from '../backup/restore-journal'
import { SecretClipboard } from '../clipboard/secret-clipboard'
import type { ChannelSnapshot, SnapshotRequest } from '../../shared/ipc/contract'
import type { AppDeps } from '../deps'
import type { RetiredSecrets } from '../leaks/retired-secrets'
import { describeError } from '../log'
import { StoreWriteError } from '../store/store-errors'
import type { ChannelStore } from '../store/channel-store'
import { SerialQueue } from '../util/serial-queue'
import { keychainHelp } from '../vault/secret-vault'
import { ChannelChanges } from './channel-changes'

/** What the service uses of the app's dependencies (of the audit log, only `record`). */
export type ChannelServiceDeps = { readonly audit: Pick<AppDeps['audit'], 'record'> } & Pick<
  AppDeps,
  | 'vault'
  | 'clipboard'
  | 'generateKey'
  | 'now'
  | 'newId'
  | 'secretTimeoutMs'
  | 'timers'
  | 'log'
  | 'platform'
  | 'reauth'
> &
  Partial<Pick<AppDeps, 'emit' | 'chooseFile'>> & {
    /** Where a replaced secret's fingerprint is written (the app always has one; see AppDeps). */
    readonly retiredSecrets?: Pick<RetiredSecrets, 'record'>
  }

/** The service's own store, and who hears that a list was served. */
export interface ChannelServiceParts {
  readonly store: ChannelStore
  /** Told each time a list is served (the deferred start-up reconcile waits for the first). */
  readonly onListed?: () => void
  /**
   * The list's revision and its `channels.changed` events (the data session's, which outlives
   * this service); a service of its own, heard by no page, when absent.
   */
  readonly changes?: ChannelChanges
}

/** An edit's fields that equal what is stored: the edit changes nothing. */
class Unchanged {
  constructor(readonly record: ChannelRecord) {}
}

/** True when every field of `fields` holds what `record` holds (lists in the same order). */
function sameFields(record: ChannelRecord, fields: Readonly<Record<string, unknown>>): boolean {
  const stored = record as unknown as Readonly<Record<string, unknown>>
  return Object.keys(fields).every(
    (key) => JSON.stringify(fields[key]) === JSON.stringify(stored[key])
  )
}

/** Edit input: the editable fields plus the id. */
export type ChannelUpdate = ChannelFields & { readonly id: string }

export interface ReconcileReport {
  /**
   * Keychain entries of this app (UUID-shaped accounts) with no record. They are never
   * deleted on their own (SPEC §4): listed as secrets without a channel until a backup brings
   * their channel back or the user deletes them.
   */
  readonly orphans: readonly string[]
  /** Channels whose secret is not in the keychain. */
  readonly missingSecrets: readonly string[]
}

type SecretStatus = ChannelView['secretStatus']

// nameKey() normalises and case-folds: too slow to repeat for 10,000 names on every create.
// Stored records are frozen, so a record's key never changes.
const nameKeys = new WeakMap<ChannelRecord, string>()

/** nameKey(record.name), remembered per frozen record. */
function storedNameKey(record: ChannelRecord): string {
  let key = nameKeys.get(record)
  if (key === undefined) {
    key = nameKey(record.name)
    if (Object.isFrozen(record)) nameKeys.set(record, key)
  }
  return key
}

/**
 * The ids by name key of the last stored (frozen) list seen, extended when records were only
 * appended to it (a create), rebuilt otherwise. It covers a list's records by reference, so a
 * draft that starts with that list needs only its other records checked one by one.
 */
class NameIndex {
  #list: readonly ChannelRecord[] = []
  #ids = new Map<string, string[]>()

  /** The index and how many leading records of `channels` it covers. */
  cover(channels: readonly ChannelRecord[]): {
    ids: ReadonlyMap<string, readonly string[]>
    covered: number
  } {
    if (Object.isFrozen(channels)) this.#follow(channels)
    return this.#startsWith(channels)
      ? { ids: this.#ids, covered: this.#list.length }
      : { ids: new Map(), covered: 0 }
  }

  #startsWith(channels: readonly ChannelRecord[]): boolean {
    const list = this.#list
    if (channels === list) return true
    if (channels.length < list.length) return false
    for (let i = 0; i < list.length; i++) if (channels[i] !== list[i]) return false
    return true
  }

  /** Move to `list` (frozen, so it cannot change under the index). */
  #follow(list: readonly ChannelRecord[]): void {
    if (list === this.#list) return
    const from = this.#startsWith(list) ? this.#list.length : 0
    if (from === 0) this.#ids = new Map()
    for (let i = from; i < list.length; i++) {
      const key = storedNameKey(list[i])
      const ids = this.#ids.get(key)
      if (ids) ids.push(list[i].id)
      else this.#ids.set(key, [list[i].id])
    }
    this.#list = list
  }
}

// Only accounts shaped like our channel ids are channel secrets; others under the service
// (this computer's backup key, a restore's undo copies, another program's) are not listed.
export const CHANNEL_ACCOUNT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const notFound = (): AppError => new AppError('NOT_FOUND', 'channel.notFound')
/** A disabled channel's secret stays in the keychain but does not leave main (SPEC §11). */
const disabledError = (): AppError => new AppError('CONFLICT', 'channel.disabled')
const storageError = (): AppError => new AppError('STORAGE', 'channel.notSaved')
const rotatedNotSaved = (): AppError => new AppError('STORAGE', 'secret.rotatedNotSaved')
const auditNotWritten = (cause: unknown): AppError =>
  new AppError('STORAGE', 'audit.notWritten', { cause })

export class ChannelService {
  readonly #d: ChannelServiceDeps & ChannelServiceParts
  readonly #clipboard: SecretClipboard
  readonly #exclusive = new SerialQueue()
  readonly #names = new NameIndex()
  // What is known about each record's secret without asking the keychain per row.
  readonly #secretStatus = new Map<string, Exclude<SecretStatus, 'unknown'>>()
  // Keychain entries with no record, as the last reconcile found them (undefined before it).
  #orphans: Set<string> | undefined
  readonly #changes: ChannelChanges
  // The list of the last snapshot begun, so its later parts are of the same revision. The
  // store's lists are frozen: keeping one costs its array, not a copy of the records.
  #begun: { readonly revision: number; readonly records: readonly ChannelRecord[] } | null = null

  constructor(deps: ChannelServiceDeps, parts: ChannelServiceParts) {
    this.#d = { ...deps, ...parts }
    this.#clipboard = new SecretClipboard(deps.clipboard, deps.secretTimeoutMs, deps.timers)
    this.#changes = parts.changes ?? new ChannelChanges()
  }

  /**
   * Every channel with its secret status (from the last reconcile, 'unknown' before it). It
   * never asks the keychain, and a view carries no secret.
   */
  async list(): Promise<ChannelView[]> {
    const views = this.#d.store.list().map((record) => this.#view(record))
    this.#d.onListed?.()
    return views
  }

  /**
   * The list with its revision (or a part of it: see SnapshotRequest): every change committed
   * after it arrives as a `channels.changed` event with a higher revision. The list and its
   * revision are read in one go, so the two agree.
   */
  async snapshot(request: SnapshotRequest = {}): Promise<ChannelSnapshot> {
    const begun = this.#begun
    const { revision, records } =
      begun !== null && request.revision === begun.revision
        ? begun
        : (this.#begun = { revision: this.#changes.revision, records: this.#d.store.list() })
    const total = records.length
    // Newest first: `skip` of the newest are left out, then up to `limit` older ones.
    const end = Math.max(0, total - (request.skip ?? 0))
    const start = Math.max(0, end - (request.limit ?? total))
    const channels = records.slice(start, end).map((record) => this.#view(record))
    this.#d.onListed?.()
    return { revision, total, channels }
  }

  /** One channel; NOT_FOUND if it does not exist. */
  async get({ id }: ChannelIdInput): Promise<ChannelView> {
    return this.#view(this.#record(id))
  }

  /** Create a channel: secret into the vault first, then the record; undo the first if the second fails. */
  create(fields: ChannelFields): Promise<ChannelView> {
    return this.#exclusive.run(async () => {
      this.#assertNameFree(this.#d.store.list(), fields.name)
      const id = this.#d.newId()
      const at = this.#d.now().toISOString()
      const record: ChannelRecord = {
        id,
        // Every editable field as validated; a new field needs no line here.
        ...fields,
        appKey: this.#d.generateKey('appKey'),
        accessKeyId: this.#d.generateKey('accessKeyId'),
        createdAt: at,
        updatedAt: at,
        secretUpdatedAt: at,
        disabledAt: null
      }
      try {
        await this.#vault(() => this.#d.vault.set(id, this.#d.generateKey('accessKeySecret')))
      } catch (error) {
        // The keychain may have stored the secret before it failed to answer.
        await this.#discardSecret(id)
        throw error
      }
      try {
        await this.#d.store.update((draft) => {
          // Checked again inside the write queue: this is the authoritative check.
          this.#assertNameFree(draft.channels, fields.name)
          draft.channels.push(record)
        })
      } catch (error) {
        await this.#discardSecret(id)
        throw this.#storeFailure(error)
      }
      this.#secretStatus.set(id, 'present')
      const view = this.#view(record)
      this.#changed([view])
      await this.#audit({ action: 'create', channelId: id, channelName: record.name })
      return view
    })
  }

  /**
   * Edit every field but the Application Type and the keys. An edit that changes nothing is
   * neither saved nor audited, and pushes no change (SPEC §3.7): it answers `unchanged: true`.
   */
  async update(input: ChannelUpdate): Promise<ChannelUpdateResult> {
    let updated: ChannelRecord | undefined
    try {
      updated = await this.#d.store.update((draft) => {
        const index = draft.channels.findIndex((c) => c.id === input.id)
        if (index === -1) throw notFound()
        const current = draft.channels[index]
        if (current.appType !== input.appType) {
          throw new AppError('IMMUTABLE_FIELD', 'appType.immutable', {
            fieldErrors: { appType: { code: 'appType.immutable' } }
          })
        }
        this.#assertNameFree(draft.channels, input.name, input.id)
        // Every editable field as validated (appType is the same, checked above).
        const { id: _id, ...fields } = input
        // Thrown, not returned: the store writes nothing when its mutator throws.
        if (sameFields(current, fields)) throw new Unchanged(current)
        const next: ChannelRecord = {
          ...current,
          ...fields,
          updatedAt: this.#d.now().toISOString()
        }
        draft.channels[index] = next
        return next
      })
    } catch (error) {
      if (error instanceof Unchanged) return { ...this.#view(error.record), unchanged: true }
      throw this.#storeFailure(error)
    }
    const view = this.#view(updated)
    this.#changed([view])
    await this.#audit({ action: 'edit', channelId: updated.id, channelName: updated.name })
    return view
  }

  /** Remove a channel: the record first, then its keychain entry (one it cannot delete stays listed as a secret without a channel). */
  remove({ id }: ChannelIdInput): Promise<{ id: string }> {
    return this.#exclusive.run(async () => {
      let removed: ChannelRecord | undefined
      try {
        removed = await this.#d.store.update((draft) => {
          const index = draft.channels.findIndex((c) => c.id === id)
          if (index === -1) throw notFound()
          return draft.channels.splice(index, 1)[0]
        })
      } catch (error) {
        throw this.#storeFailure(error)
      }
      this.#secretStatus.delete(id)
      this.#changed([], [id])
      try {
        await this.#d.vault.delete(id)
      } catch (error) {
        // The record is gone, which is what the user asked for; the stray entry is listed
        // as a secret without a channel, where the user can delete it.
        this.#d.log.warn(`Removed channel ${id} but could not delete its keychain entry.`, error)
      }
      await this.#audit({ action: 'remove', channelId: id, channelName: removed.name })
      return { id }
    })
  }

  /** The channel's AccessKeySecret, for a timed reveal in the UI. */
  async revealSecret({ id }: ChannelIdInput): Promise<{ secret: string }> {
    const record = this.#enabledRecord(id)
    await this.#d.reauth?.require(`reveal the AccessKeySecret of ${record.name}`, `reveal:${id}`)
    const secret = await this.#readSecret(id)
    // Before the secret leaves main (SPEC §3.7): no entry, no secret.
    await this.#auditFirst({ action: 'reveal', channelId: id, channelName: record.name })
    return { secret }
  }

  /** Copy a key to the clipboard in main; the secret never travels to the renderer for this. */
  async copy({ id, field }: CopyInput): Promise<{ field: CopyableField }> {
    const record = this.#record(id)
    if (field === 'accessKeySecret') {
      if (record.disabledAt !== null) throw disabledError()
      await this.#d.reauth?.require(`copy the AccessKeySecret of ${record.name}`, `copy:${id}`)
      const secret = await this.#readSecret(id)
      // Before the secret reaches the clipboard (SPEC §3.7): no entry, no copy.
      await this.#auditFirst({ action: 'copy', channelId: id, channelName: record.name, field })
      await this.#clipboard.copySecret(secret)
    } else {
      // A public key: copying it is not an audited event (SPEC §3.7).
      await this.#clipboard.copy(record[field])
    }
    return { field }
  }

  /**
   * Copy the channel's APPKEY and AccessKeyId as one text (`APPKEY: …` a line), and its
   * AccessKeySecret too when asked. With the secret it is a copy of the secret, exactly as
   * copy(): re-authenticated where that is on, audited (as a copy of the AccessKeySecret) and
   * cleared from the clipboard after the timeout.
   */
  async copyKeys({
    id,
    withSecret
  }: {
    readonly id: string
    readonly withSecret: boolean
  }): Promise<{ withSecret: boolean }> {
    const record = this.#record(id)
    const keys = [`APPKEY: ${record.appKey}`, `AccessKeyId: ${record.accessKeyId}`]
    if (!withSecret) {
      await this.#clipboard.copy(keys.join('\n'))
      return { withSecret }
    }
    if (record.disabledAt !== null) throw disabledError()
    await this.#d.reauth?.require(`copy the keys of ${record.name}`)
    const secret = await this.#readSecret(id)
    await this.#audit({
      action: 'copy',
      channelId: id,
      channelName: record.name,
      field: 'accessKeySecret'
    })
    await this.#clipboard.copySecret([...keys, `AccessKeySecret: ${secret}`].join('\n'))
    return { withSecret }
  }

  /**
   * Disable a channel (SPEC §11): it stays listed and keeps its keys, but its AccessKeySecret
   * cannot be viewed or copied until it is enabled again. Update (rotate) stays allowed: issuing
   * a new secret for a paused channel is what one does after a leak. Disabling a disabled
   * channel changes nothing and writes nothing.
   */
  disable({ id }: ChannelIdInput): Promise<ChannelView> {
    return this.#setDisabled(id, true)
  }

  /** Enable a disabled channel again; enabling an enabled one changes nothing. */
  enable({ id }: ChannelIdInput): Promise<ChannelView> {
    return this.#setDisabled(id, false)
  }

  async #setDisabled(id: string, disable: boolean): Promise<ChannelView> {
    const isSo = (record: ChannelRecord): boolean => (record.disabledAt !== null) === disable
    const before = this.#record(id)
    if (isSo(before)) return this.#view(before)
    let changed: ChannelRecord | null
    try {
      changed = await this.#d.store.update((draft) => {
        const index = draft.channels.findIndex((c) => c.id === id)
        if (index === -1) throw notFound()
        const current = draft.channels[index]
        // Checked again in the write queue: another call may have got there first.
        if (isSo(current)) return null
        // Not an edit: updatedAt stays; the state's own time is disabledAt.
        const next: ChannelRecord = {
          ...current,
          disabledAt: disable ? this.#d.now().toISOString() : null
        }
        draft.channels[index] = next
        return next
      })
    } catch (error) {
      throw this.#storeFailure(error)
    }
    if (changed === null) return this.#view(this.#record(id))
    const view = this.#view(changed)
    this.#changed([view])
    await this.#audit({
      action: disable ? 'disable' : 'enable',
      channelId: id,
      channelName: changed.name
    })
    return view
  }

  /** Replace the secret; the old one is gone from the keychain once this resolves. */
  rotateSecret({ id }: ChannelIdInput): Promise<ChannelView> {
    return this.#exclusive.run(async () => {
      const record = this.#record(id)
      const previous = await this.#vault(() => this.#d.vault.get(id))
      // Its fingerprint first: once the keychain holds the new secret, the old one is gone.
      if (previous !== null) await this.#retire(record, previous)
      try {
        await this.#vault(() => this.#d.vault.set(id, this.#d.generateKey('accessKeySecret')))
      } catch (error) {
        // The keychain may have stored the new secret before it failed to answer.
        if ((await this.#holds(id, previous)) || (await this.#restoreSecret(id, previous))) {
          throw error
        }
        this.#noteSecret(id, 'unknown')
        const help = error instanceof AppError ? error.said : { code: this.#keychainHelp() }
        throw new AppError('KEYCHAIN_UNAVAILABLE', 'secret.rotateUncertain', { params: { help } })
      }
      let rotated: ChannelRecord | undefined
      try {
        rotated = await this.#d.store.update((draft) => {
          const index = draft.channels.findIndex((c) => c.id === id)
          if (index === -1) throw notFound()
          const next = { ...draft.channels[index], secretUpdatedAt: this.#d.now().toISOString() }
          draft.channels[index] = next
          return next
        })
      } catch (error) {
        const failure = this.#storeFailure(error)
        if (await this.#restoreSecret(id, previous)) throw failure
        // Saying "nothing changed" would be false: the new secret is the one that works now.
        this.#noteSecret(id, 'present')
        throw failure instanceof AppError && failure.code === 'STORAGE'
          ? rotatedNotSaved()
          : failure
      }
      this.#secretStatus.set(id, 'present')
      const view = this.#view(rotated)
      this.#changed([view])
      await this.#audit({ action: 'rotate', channelId: id, channelName: rotated.name })
      return view
    })
  }

  /**
   * Note records whose secret is missing and keychain entries without a record. Nothing is
   * deleted: a secret that exists nowhere else must not disappear because a file did.
   */
  reconcile(): Promise<ReconcileReport> {
    return this.#exclusive.run(async () => {
      const accounts = new Set(await this.#vault(() => this.#d.vault.accounts()))
      const report = this.#noteSecrets(accounts)
      if (report.orphans.length > 0 || report.missingSecrets.length > 0) {
        this.#d.log.warn(
          `Reconcile: ${report.orphans.length} secrets without a channel (kept); ${report.missingSecrets.length} channels have no secret.`
        )
      }
      this.#announce(report)
      return report
    })
  }

  /** The keychain entries with no channel, as the last start-up check found them. */
  async orphans(): Promise<OrphanSecrets> {
    return { checked: this.#orphans !== undefined, ids: [...(this.#orphans ?? [])] }
  }

  /** Delete one secret without a channel; the user confirmed it in the renderer. */
  deleteOrphan({ id }: ChannelIdInput): Promise<{ id: string }> {
    return this.#exclusive.run(async () => {
      if (this.#d.store.get(id)) throw new AppError('CONFLICT', 'orphan.hasChannel')
      const deleted = await this.#vault(() => this.#d.vault.delete(id))
      this.#orphans?.delete(id)
      if (!deleted) throw new AppError('NOT_FOUND', 'orphan.notFound')
      await this.#audit({ action: 'delete-orphan', channelId: id, channelName: '' })
      this.#announceCurrent()
      return { id }
    })
  }

  /**
   * Store the AccessKeySecret the user still has for a channel whose secret is missing here
   * (its format and checksum were checked by the contract's schema).
   */
  enterSecret({
    id,
    secret
  }: {
    readonly id: string
    readonly secret: string
  }): Promise<ChannelView> {
    return this.#exclusive.run(async () => {
      const record = this.#record(id)
      const current = await this.#vault(() => this.#d.vault.get(id))
      if (current !== null) {
        this.#noteSecret(id, 'present')
        throw new AppError('CONFLICT', 'secret.alreadyPresent', {
          fieldErrors: { secret: { code: 'secret.alreadyPresent' } }
        })
      }
      try {
        await this.#vault(() => this.#d.vault.set(id, secret))
      } catch (error) {
        // The keychain may have stored it before failing to answer; it was missing before.
        await this.#discardSecret(id)
        throw error
      }
      this.#noteSecret(id, 'present')
      await this.#audit({ action: 'enter-secret', channelId: id, channelName: record.name })
      this.#announceCurrent()
      return this.#view(record)
    })
  }

  /** Export List…: the list without any secret, as CSV or JSON, where the user chooses. */
  exportList({ format }: { readonly format: ExportFormat }): Promise<ExportListResult> {
    return exportChannelList(
      this.#d,
      this.#d.store.list().map((record) => this.#view(record)),
      format
    )
  }

  /** The channels and every keychain entry at one moment (for a backup or a restore preview). */
  withSecrets(): Promise<RestoreSnapshot> {
    return this.#exclusive.run(async () => ({
      records: this.#d.store.list(),
      keychain: await this.#vault(() => this.#d.vault.readAll())
    }))
  }

  /**
   * Apply a restore (SPEC §9), one at a time with every other keychain change: the secrets
   * first (each previous value kept to undo it), then the records in one store write; if
   * either fails, both are put back. `journal` makes it survive a crash half-way
   * (src/main/backup/restore-journal.ts).
   */
  applyRestore(
    build: (snapshot: RestoreSnapshot) => RestoreBatch,
    journal: RestoreJournal
  ): Promise<{ channelCount: number }> {
    return this.#exclusive.run(async () => {
      const records = this.#d.store.list()
      const keychain = await this.#vault(() => this.#d.vault.readAll())
      const batch = build({ records, keychain })
      await applyRestoreBatch(batch, {
        vault: this.#d.vault,
        journal,
        log: this.#d.log,
        platform: this.#d.platform,
        known: new Set(records.map((r) => r.id)),
        writeRecords: async (restored) => {
          try {
            await this.#d.store.update((draft) => {
              const byId = new Map(restored.map((r) => [r.id, r]))
              const known = new Set(draft.channels.map((c) => c.id))
              draft.channels = draft.channels.map((c) => byId.get(c.id) ?? c)
              for (const record of restored) if (!known.has(record.id)) draft.channels.push(record)
              // The batch was planned on this list; checked again where it is written, in one
              // pass (a check per restored record would be quadratic at 10,000 channels).
              // Only a clash involving a restored record: one the file already had stays allowed.
              const clash = duplicateNames(draft.channels).find(
                ({ index, first }) =>
                  byId.has(draft.channels[index].id) || byId.has(draft.channels[first].id)
              )
              if (clash) {
                throw new AppError('CONFLICT', 'channelName.taken', {
                  params: { name: draft.channels[clash.first].name }
                })
              }
            })
          } catch (error) {
            throw this.#storeFailure(error)
          }
        }
      })
      for (const write of batch.writes) this.#secretStatus.set(write.id, 'present')
      for (const record of batch.records) {
        this.#orphans?.delete(record.id)
        // A record whose secret was kept (it was a secret without a channel) has one too.
        if (keychain.has(record.id)) this.#secretStatus.set(record.id, 'present')
      }
      // One event for everything the restore changed: its records and the secrets it filled in.
      const touched = new Set([...batch.records.map((r) => r.id), ...batch.writes.map((w) => w.id)])
      const views = [...touched].flatMap((id) => {
        const record = this.#d.store.get(id)
        return record ? [this.#view(record)] : []
      })
      if (views.length > 0) this.#changed(views)
      this.#announceCurrent()
      return { channelCount: this.#d.store.list().length }
    })
  }

  /** Stop timers and clear a secret still on the clipboard; waits for running operations. */
  async dispose(): Promise<void> {
    await this.#exclusive.idle()
    await this.#d.store.flush()
    await this.#clipboard.dispose()
  }

  /** Statuses and orphans from the keychain's accounts. */
  #noteSecrets(accounts: ReadonlySet<string>): ReconcileReport {
    const records = this.#d.store.list()
    const ids = new Set(records.map((r) => r.id))
    const orphans = [...accounts].filter((a) => !ids.has(a) && CHANNEL_ACCOUNT.test(a))
    const missingSecrets: string[] = []
    // Only what changed is pushed: after the first reconcile of a run, usually nothing.
    const learnt = new Map<string, SecretStatus>()
    for (const record of records) {
      const status = accounts.has(record.id) ? 'present' : 'missing'
      if (this.#secretStatus.get(record.id) !== status) learnt.set(record.id, status)
      this.#secretStatus.set(record.id, status)
      if (status === 'missing') missingSecrets.push(record.id)
    }
    this.#changes.secretStatusChanged(learnt)
    this.#orphans = new Set(orphans)
    return { orphans, missingSecrets }
  }

  /** Tell the page the secret statuses changed (the list updates without a reload). */
  #announce(report: ReconcileReport): void {
    this.#d.emit?.('channels.secretsChecked', {
      missing: report.missingSecrets.length,
      orphans: report.orphans.length
    })
  }

  /** Announce the counts as they are now known (after an Enter secret, a restore, a delete). */
  #announceCurrent(): void {
    const missing = this.#d.store.list().filter((r) => this.#secretStatus.get(r.id) === 'missing')
    this.#announce({
      orphans: [...(this.#orphans ?? [])],
      missingSecrets: missing.map((r) => r.id)
    })
  }

  #view(record: ChannelRecord): ChannelView {
    return { ...record, secretStatus: this.#secretStatus.get(record.id) ?? 'unknown' }
  }

  /**
   * Tell the page what a committed change did: the changed channels' views, the removed ids.
   * Call it right after the store committed, before the next `await` (see ChannelChanges).
   * Every new kind of change (restore, enter a secret, disable…) needs only this line.
   */
  #changed(upserted: readonly ChannelView[], removed: readonly string[] = []): void {
    this.#changes.changed(upserted, removed)
  }

  /** Record what is now known of a channel's secret; the page hears of it when it changed. */
  #noteSecret(id: string, status: SecretStatus): void {
    const before = this.#secretStatus.get(id) ?? 'unknown'
    if (status === 'unknown') this.#secretStatus.delete(id)
    else this.#secretStatus.set(id, status)
    const record = this.#d.store.get(id)
    if (record && before !== status) this.#changed([this.#view(record)])
  }

  #record(id: string): ChannelRecord {
    const record = this.#d.store.get(id)
    if (!record) throw notFound()
    return record
  }

  /** The record of a channel whose secret may leave main: CONFLICT when it is disabled. */
  #enabledRecord(id: string): ChannelRecord {
    const record = this.#record(id)
    if (record.disabledAt !== null) throw disabledError()
    return record
  }

  /**
   * CONFLICT, naming the channel that has the name (by nameKey: NFKC and case folding), unless
   * none but `exceptId` does. Two stored names that clash only by nameKey (an earlier version
   * compared less strictly) load normally; editing either shows the clash.
   */
  #assertNameFree(channels: readonly ChannelRecord[], name: string, exceptId?: string): void {
    const key = nameKey(name)
    const { ids, covered } = this.#names.cover(channels)
    const indexed = (ids.get(key) ?? []).find((id) => id !== exceptId)
    const clash =
      indexed !== undefined
        ? channels.find((c) => c.id === indexed)
        : channels.slice(covered).find((c) => c.id !== exceptId && storedNameKey(c) === key)
    if (clash) {
      const taken = { code: 'channelName.taken', params: { name: clash.name } } as const
      throw new AppError('CONFLICT', taken.code, {
        params: taken.params,
        fieldErrors: { name: taken }
      })
    }
  }

  async #readSecret(id: string): Promise<string> {
    const secret = await this.#vault(() => this.#d.vault.get(id))
    if (secret === null) {
      const known = this.#secretStatus.get(id) === 'missing'
      this.#noteSecret(id, 'missing')
      // Found out now (it went from the keychain behind the app's back): the row (above) and
      // the banner say so at once.
      if (!known) this.#announceCurrent()
      throw new AppError('SECRET_MISSING', 'secret.missing')
    }
    this.#noteSecret(id, 'present')
    return secret
  }

  /** True when the keychain answers and holds exactly `expected` for `id`. */
  async #holds(id: string, expected: string | null): Promise<boolean> {
    try {
      return (await this.#d.vault.get(id)) === expected
    } catch {
      return false
    }
  }

  /**
   * Write down the fingerprint of a secret about to be replaced, for the leak check; the Update
   * is refused (nothing changed) if it cannot be written.
   */
  async #retire(record: ChannelRecord, secret: string): Promise<void> {
    if (!this.#d.retiredSecrets) return
    try {
      await this.#d.retiredSecrets.record({
        channelId: record.id,
        channelName: record.name,
        secret
      })
    } catch (error) {
      this.#d.log.error(
        `Could not write the fingerprint of the secret of channel ${record.id}.`,
        describeError(error)
      )
      throw new AppError('STORAGE', 'leaks.fingerprintNotSaved')
    }
  }

  /** Put the keychain back as it was before a failed rotate; false if that failed too. */
  async #restoreSecret(id: string, previous: string | null): Promise<boolean> {
    try {
      if (previous === null) await this.#d.vault.delete(id)
      else await this.#d.vault.set(id, previous)
      return true
    } catch (error) {
      this.#d.log.error(
        `Could not restore the previous secret of channel ${id} after a failed rotate.`,
        error
      )
      return false
    }
  }

  /** Remove the secret of a channel that was not saved; a failure leaves an orphan for reconcile. */
  async #discardSecret(id: string): Promise<void> {
    await this.#d.vault.delete(id).catch((undo: unknown) => {
      this.#d.log.error(
        `Could not remove the keychain entry of unsaved channel ${id}; reconcile will.`,
        undo
      )
    })
  }

  /** Run a vault call; anything but an AppError becomes KEYCHAIN_UNAVAILABLE. */
  async #vault<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (error) {
      // KeytarVault keeps keytar's own error as the cause: that is what helps in a log.
      this.#d.log.warn(
        'Keychain call failed.',
        error instanceof Error && error.cause !== undefined ? error.cause : error
      )
      if (error instanceof AppError) throw error
      throw new AppError('KEYCHAIN_UNAVAILABLE', this.#keychainHelp())
    }
  }

  #keychainHelp() {
    return keychainHelp(this.#d.platform)
  }

  /** Keep AppErrors from a mutator; a failed write is STORAGE; anything else is a bug. */
  #storeFailure(error: unknown): unknown {
    if (error instanceof AppError) return error
    if (error instanceof StoreWriteError) {
      this.#d.log.error('Data file write failed.', describeError(error.cause ?? error))
      return storageError()
    }
    return error
  }

  /** Write the entry for an action whose secret is about to leave main; refuse if it cannot be. */
  async #auditFirst(event: AuditEvent): Promise<void> {
    try {
      await this.#d.audit.record(event)
    } catch (error) {
      this.#d.log.error(`Refused ${event.action} of ${event.channelId}: no audit entry.`, error)
      throw auditNotWritten(error)
    }
  }

  async #audit(event: AuditEvent): Promise<void> {
    try {
      await this.#d.audit.record(event)
    } catch (error) {
      // The operation already happened; failing it now would invite a retry of a done action.
      this.#d.log.error(
        `Could not write the audit entry for ${event.action} of ${event.channelId}.`,
        error
      )
    }
  }
}
