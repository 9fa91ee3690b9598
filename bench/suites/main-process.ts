/**
 * Main-process benchmarks on a real data file in a temp folder: load, write (create) and the
 * channels.list payload. Each subject is measured in the same run as its baseline, one sample
 * of each after the other, with a garbage collection before every sample.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { AuditLog } from '../../src/main/audit/audit-log'
import { ChannelChanges } from '../../src/main/channels/channel-changes'
import { ChannelService } from '../../src/main/channels/channel-service'
import { generateKey } from '../../src/main/keys/generate'
import { silentLogger } from '../../src/main/log'
import { ChannelStore } from '../../src/main/store/channel-store'
import { decodeStoreText, encodeStoreData } from '../../src/main/store/json-store-adapter'
import { MIGRATIONS } from '../../src/main/store/store-file'
import { ObservedVault } from '../../src/main/vault/observed-vault'
import { MemoryVault } from '../../test/support/memory-vault'
import type { ChannelFields, ChannelRecord } from '../../src/shared/channel'
import { generateRecords, storeDataOf } from '../lib/generate-data'
import { time, warmUp } from '../lib/measure'
import { ratios, summarise, type Summary } from '../lib/stats'

export interface Paired {
  readonly subject: Summary
  readonly baseline: Summary
  readonly ratio: { readonly ofMedians: number; readonly pairedMedian: number }
}

export interface MainResults {
  readonly fileBytes: number
  /** Open the store (read, parse, validate, migrate, index) ÷ JSON.parse of the same text. */
  readonly load: Paired & { readonly decodeOnly: Summary; readonly readFile: Summary }
  /** One create acknowledged ÷ a raw durable write (write, fsync, rename) of the same bytes. */
  readonly write: Paired & {
    readonly storeUpdateOnly: Summary
    readonly auditAppend: Summary
    /** The first create after open(), one sample: it encodes every loaded record's line. */
    readonly firstAfterOpen: number
  }
  readonly ipc: {
    /** One create's `channels.changed` event, as structured-clone bytes: what a change moves. */
    readonly changeEventBytes: number
    readonly jsonBytes: number
    readonly structuredCloneBytes: number
    readonly list: Summary
    readonly jsonStringify: Summary
    readonly v8Serialize: Summary
    readonly v8Deserialize: Summary
  }
}

export interface RunCounts {
  readonly load: number
  readonly write: number
  readonly ipc: number
}

/** The data file of `count` generated channels, written in `dir`, and its records. */
export async function seedData(
  dir: string,
  count: number
): Promise<{ text: string; records: readonly ChannelRecord[] }> {
  await mkdir(dir, { recursive: true })
  const records = generateRecords(count)
  const text = encodeStoreData(storeDataOf(records))
  await writeFile(join(dir, 'channels.json'), text)
  return { text, records }
}

/** The data file of `count` generated channels, written in `dir`. */
export async function seedDataFile(dir: string, count: number): Promise<string> {
  return (await seedData(dir, count)).text
}

/** What the issue calls the physical floor: write the bytes to a temp file, fsync, rename. */
async function rawDurableWrite(dir: string, bytes: Buffer): Promise<void> {
  const temp = join(dir, `.raw-baseline.${randomUUID()}.tmp`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, join(dir, 'raw-baseline.json'))
}

const fieldsFor = (i: number): ChannelFields => ({
  name: `Bench create ${i}`,
  collectedByQuickTracking: true,
  appType: 'APP',
  platforms: ['ANDROID', 'IOS'],
  domains: []
})

async function benchLoad(dir: string, text: string, runs: number): Promise<MainResults['load']> {
  const open = async (): Promise<void> => {
    await new ChannelStore({ dataDir: dir, log: silentLogger }).open()
  }
  const subject: number[] = []
  const baseline: number[] = []
  const decode: number[] = []
  const read: number[] = []
  await warmUp(2, async () => {
    JSON.parse(text)
    await open()
  })
  for (let i = 0; i < runs; i++) {
    baseline.push(await time(() => JSON.parse(text)))
    const store = new ChannelStore({ dataDir: dir, log: silentLogger })
    subject.push(await time(() => store.open()))
    decode.push(await time(() => decodeStoreText(text, 'bench', MIGRATIONS)))
    read.push(await time(() => readFile(join(dir, 'channels.json'), 'utf8')))
  }
  return {
    subject: summarise(subject),
    baseline: summarise(baseline),
    ratio: ratios(subject, baseline),
    decodeOnly: summarise(decode),
    readFile: summarise(read)
  }
}

async function benchWrite(
  dir: string,
  runs: number
): Promise<{
  write: MainResults['write']
  service: ChannelService
  lastChange: () => unknown
}> {
  const store = new ChannelStore({ dataDir: dir, log: silentLogger })
  await store.open()
  const audit = new AuditLog({ dataDir: dir, user: 'bench' })
  let clip = ''
  let lastChange: unknown
  const service = new ChannelService(
    {
      // The keychain's cost is not what is measured: a create's secret goes to memory.
      vault: new ObservedVault(new MemoryVault()),
      audit,
      clipboard: { readText: () => clip, writeText: (t) => void (clip = t) },
      generateKey: (kind) => generateKey(kind),
      now: () => new Date(),
      newId: () => randomUUID(),
      secretTimeoutMs: 30_000,
      log: silentLogger,
      platform: process.platform
    },
    { store, changes: new ChannelChanges((_event, payload) => (lastChange = payload)) }
  )
  let n = 0
  const firstAfterOpen = await time(() => service.create(fieldsFor(n++)))
  await warmUp(3, () => service.create(fieldsFor(n++)))
  const subject: number[] = []
  const baseline: number[] = []
  const storeOnly: number[] = []
  const auditOnly: number[] = []
  const template = store.list()[0]
  for (let i = 0; i < runs; i++) {
    subject.push(await time(() => service.create(fieldsFor(n++))))
    // The exact bytes that create just made durable.
    const bytes = await readFile(join(dir, 'channels.json'))
    baseline.push(await time(() => rawDurableWrite(dir, bytes)))
    const record: ChannelRecord = { ...template, id: randomUUID(), name: `Bench store ${n++}` }
    storeOnly.push(await time(() => store.update((draft) => void draft.channels.push(record))))
    auditOnly.push(
      await time(() =>
        audit.record({ action: 'create', channelId: record.id, channelName: record.name })
      )
    )
  }
  return {
    service,
    lastChange: () => lastChange,
    write: {
      subject: summarise(subject),
      baseline: summarise(baseline),
      ratio: ratios(subject, baseline),
      storeUpdateOnly: summarise(storeOnly),
      auditAppend: summarise(auditOnly),
      firstAfterOpen
    }
  }
}

async function benchIpc(
  service: ChannelService,
  lastChange: unknown,
  runs: number
): Promise<MainResults['ipc']> {
  const payload = await service.snapshot()
  const json = JSON.stringify(payload)
  const clone = serialize(payload)
  const list: number[] = []
  const stringify: number[] = []
  const ser: number[] = []
  const deser: number[] = []
  await warmUp(2, async () => {
    JSON.stringify(await service.snapshot())
    deserialize(serialize(payload))
  })
  for (let i = 0; i < runs; i++) {
    list.push(await time(() => service.snapshot()))
    stringify.push(await time(() => JSON.stringify(payload)))
    ser.push(await time(() => serialize(payload)))
    deser.push(await time(() => deserialize(clone)))
  }
  return {
    changeEventBytes: serialize(lastChange).length,
    jsonBytes: Buffer.byteLength(json, 'utf8'),
    structuredCloneBytes: clone.length,
    list: summarise(list),
    jsonStringify: summarise(stringify),
    v8Serialize: summarise(ser),
    v8Deserialize: summarise(deser)
  }
}

/** Load, write and IPC figures for `count` channels, in a temp folder under `base`. */
export async function benchMainProcess(
  base: string,
  count: number,
  runs: RunCounts
): Promise<MainResults> {
  const dir = await mkdtemp(join(base, `cam-bench-${count}-`))
  try {
    const text = await seedDataFile(dir, count)
    const load = await benchLoad(dir, text, runs.load)
    const { write, service, lastChange } = await benchWrite(dir, runs.write)
    const ipc = await benchIpc(service, lastChange(), runs.ipc)
    await service.dispose()
    return { fileBytes: Buffer.byteLength(text, 'utf8'), load, write, ipc }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
