/**
 * What main's services depend on, as one record. The composition root
 * (src/main/app-services.ts) builds it once, with every default filled in, and hands it whole
 * to the data session and the channel service; nothing copies its fields from one options
 * type to another. Tests build the same record with fakes (test/support).
 */
import type { Adapter } from 'lowdb'
import type { AuditLog } from './audit/audit-log'
import type { StartupReconcileDelays } from './channels/startup-reconcile'
import type { Clipboard, Timers } from './clipboard/secret-clipboard'
import type { KeyGenerator } from './keys/generate'
import type { RetiredSecrets } from './leaks/retired-secrets'
import type { Logger } from './log'
import type { ReauthGate } from './security/reauth'
import type { ObservedVault } from './vault/observed-vault'
import type { IpcEvent, IpcEventPayload } from '../shared/ipc/contract'

/** What a native file dialog is for: main words its title and filters accordingly. */
export type FilePurpose =
  | 'backup'
  | 'exportCsv'
  | 'exportJson'
  | 'restore'
  | 'recipients'
  | 'identity'
  | 'sdkConfig'
  | 'leakFolder'
  | 'auditCsv'

export interface FileDialogRequest {
  /** `save`: where to write a new file; `open`: which file to read; `folder`: which folder. */
  readonly kind: 'save' | 'open' | 'folder'
  readonly purpose: FilePurpose
  /** A suggested file name for `save`. */
  readonly defaultName?: string
}

/** Sends a contract event to the page (`webContents.send` in the app); dropped while there is none. */
export type EmitEvent = <E extends IpcEvent>(event: E, payload: IpcEventPayload<E>) => void

export interface AppDeps {
  /** The app's user-data folder: the data file, its backups and the audit log live here. */
  readonly dataDir: string
  /** The OS keychain (or a test's vault), observed: the banner shows whether it answered. */
  readonly vault: ObservedVault
  readonly audit: Pick<AuditLog, 'record' | 'list'>
  readonly clipboard: Clipboard
  readonly now: () => Date
  readonly log: Logger
  /** Whose words the keychain help uses. */
  readonly platform: NodeJS.Platform
  /** How long a revealed secret stays visible, and the clipboard holds a copied one. */
  readonly secretTimeoutMs: number
  readonly generateKey: KeyGenerator
  readonly newId: () => string
  /** The clipboard-clearing timers (tests pass manual ones). */
  readonly timers?: Timers
  /** The data file's text adapter; tests pass one that fails on demand. */
  readonly storeFile?: (filePath: string) => Adapter<string>
  /** How many good versions of the data file to keep, and the least time between two in a session. */
  readonly backups?: { readonly keep?: number; readonly intervalMs?: number }
  /** When the deferred start-up reconcile runs (see StartupReconcile). */
  readonly reconcileDelays?: StartupReconcileDelays
  /** Re-authentication (Touch ID) before a secret is revealed or copied; off when absent. */
  readonly reauth?: ReauthGate
  /** Opens a folder in the OS file manager (Electron's shell.openPath in the app). */
  readonly openPath?: (path: string) => Promise<void>
  /** Tells the page something changed (the contract's `ipcEvents`). */
  readonly emit: EmitEvent
  /** Fingerprints of replaced AccessKeySecrets (retired-secrets.jsonl), for the leak check. */
  readonly retiredSecrets: Pick<RetiredSecrets, 'record' | 'load'>
  /**
   * Main's native save / open / folder dialog (Electron's `dialog` in the app; the e2e harness
   * and the component tests answer it themselves) for backups, restores, exports, the SDK
   * setup's qtconfig.json and the leak check's folder: the chosen path, or null when the user
   * cancelled.
   * The renderer never sends a path. Absent: every dialog counts as cancelled.
   */
  readonly chooseFile?: (request: FileDialogRequest) => Promise<string | null>
  /** The app's version, written into backups. */
  readonly appVersion?: string
  /**
   * The scrypt work factor (log2 N) of passphrase backups: age's default, 18, unless a test
   * asks for a cheaper one.
   */
  readonly backupScryptLogN?: number
}
