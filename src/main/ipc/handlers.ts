/** Every contract method, implemented by the services. */
import type { AppInfo } from '../../shared/ipc/contract'
import type { AuditLog } from '../audit/audit-log'
import type { ChannelService } from '../channels/channel-service'
import type { IpcHandlers } from './handle'

/** The handler table the dispatcher calls after validating input. */
export function createHandlers(
  service: ChannelService,
  audit: Pick<AuditLog, 'list'>,
  appInfo: AppInfo
): IpcHandlers {
  return {
    'channels.list': () => service.list(),
    'channels.get': ({ id }) => service.get(id),
    'channels.create': (input) => service.create(input),
    'channels.update': (input) => service.update(input),
    'channels.remove': ({ id }) => service.remove(id),
    'channels.revealSecret': ({ id }) => service.revealSecret(id),
    'channels.copy': ({ id, field }) => service.copy(id, field),
    'channels.rotateSecret': ({ id }) => service.rotateSecret(id),
    'audit.list': () => audit.list(),
    'app.info': async () => appInfo
  }
}
