/** Every contract method, implemented by the services. */
import type { Language } from '../../shared/i18n/languages'
import type { AppInfo, AppStatus } from '../../shared/ipc/contract'
import type { AuditLog } from '../audit/audit-log'
import type { ChannelService } from '../channels/channel-service'
import type { DataSession } from '../recovery/data-session'
import type { IpcHandlers } from './handle'

export interface HandlerDeps {
  /** The channel service; throws RECOVERY_REQUIRED while the data file is damaged. */
  readonly channels: () => ChannelService
  readonly audit: Pick<AuditLog, 'list'>
  readonly appInfo: AppInfo
  readonly status: () => AppStatus
  /** The page's language: main words its own UI (the native menu) in it. */
  readonly setLanguage?: (language: Language) => void
  readonly recovery: Pick<
    DataSession,
    'recovery' | 'restoreBackup' | 'startEmpty' | 'openDataFolder'
  >
}

/** The handler table the dispatcher calls after validating input. */
export function createHandlers(deps: HandlerDeps): IpcHandlers {
  const { channels, audit, appInfo, recovery } = deps
  return {
    'channels.list': () => channels().list(),
    'channels.get': ({ id }) => channels().get(id),
    'channels.create': (input) => channels().create(input),
    'channels.update': (input) => channels().update(input),
    'channels.remove': ({ id }) => channels().remove(id),
    'channels.revealSecret': ({ id }) => channels().revealSecret(id),
    'channels.copy': ({ id, field }) => channels().copy(id, field),
    'channels.rotateSecret': ({ id }) => channels().rotateSecret(id),
    'audit.list': () => audit.list(),
    'app.info': async () => appInfo,
    'app.status': async () => deps.status(),
    'app.setLanguage': async ({ language }) => {
      deps.setLanguage?.(language)
      return { language }
    },
    'recovery.status': async () => recovery.recovery,
    'recovery.restoreBackup': ({ backupId }) => recovery.restoreBackup(backupId),
    'recovery.startEmpty': () => recovery.startEmpty(),
    'recovery.openDataFolder': () => recovery.openDataFolder()
  }
}
