/** A ChannelService on a temp-dir store, a MemoryVault and fake clipboard/timers. */
import { randomUUID } from 'node:crypto'
import { AuditLog } from '../../src/main/audit/audit-log'
import { ChannelService } from '../../src/main/channels/channel-service'
import { generateKey } from '../../src/main/keys/generate'
import type { Clipboard } from '../../src/main/clipboard/secret-clipboard'
import type { ReauthGate } from '../../src/main/security/reauth'
import { ChannelStore } from '../../src/main/store/channel-store'
import { DurableTextFile } from '../../src/main/store/durable-file'
import { ObservedVault } from '../../src/main/vault/observed-vault'
import { MemoryVault } from './memory-vault'
import { FakeClipboard, FaultyFile, ManualTimers, recordingLogger } from './fakes'

export const SECRET_TIMEOUT_MS = 30_000

/** Build the service and everything around it in `dataDir`. */
export async function makeService(
  dataDir: string,
  extra: { reauth?: ReauthGate; systemClipboard?: Clipboard } = {}
) {
  const file = new FaultyFile(new DurableTextFile(`${dataDir}/channels.json`))
  const store = new ChannelStore({ dataDir, file })
  await store.open()
  const vault = new MemoryVault()
  let tick = Date.parse('2024-05-01T08:00:00.000Z')
  const now = (): Date => new Date((tick += 1000))
  const audit = new AuditLog({ dataDir, user: 'alice', now })
  const clipboard = new FakeClipboard()
  const timers = new ManualTimers()
  const log = recordingLogger()
  const service = new ChannelService(
    {
      vault: new ObservedVault(vault, 'linux'),
      audit,
      clipboard: extra.systemClipboard ?? clipboard,
      generateKey: (kind) => generateKey(kind),
      now,
      newId: () => randomUUID(),
      secretTimeoutMs: SECRET_TIMEOUT_MS,
      timers,
      log,
      platform: 'linux',
      reauth: extra.reauth
    },
    { store }
  )
  return { service, store, file, vault, audit, clipboard, timers, log, dataDir }
}
