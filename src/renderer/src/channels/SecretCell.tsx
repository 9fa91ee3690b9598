import { Copy, Eye, EyeOff, RefreshCw, TriangleAlert } from 'lucide-react'
import type { ChannelView } from '@shared/channel'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useI18n } from '../i18n/i18n-context'
import type { ChannelActions } from './use-channel-actions'
import { useRevealedSecret } from './use-revealed-secret'

/** The AccessKeySecret cell: masked, View (auto-hidden), Copy, Update; or "Secret missing". */
export function SecretCell({
  channel,
  secretTimeoutMs,
  actions
}: {
  readonly channel: ChannelView
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
}) {
  const { t } = useI18n()
  const { secret, pending, reveal, hide } = useRevealedSecret(channel.id, secretTimeoutMs)
  const missing = channel.secretStatus === 'missing'

  const rotate = async (): Promise<boolean> => {
    const rotated = await actions.rotate(channel)
    // The new secret is what the administrator needs next: show it (for the usual time).
    if (rotated) await reveal()
    return rotated
  }

  const update = (
    <ConfirmDialog
      trigger={
        <button type="button" className="btn btn-small" aria-label={t.updateSecretOf(channel.name)}>
          <RefreshCw aria-hidden="true" />
          {t.update}
        </button>
      }
      title={t.rotateTitle}
      description={missing ? t.rotateMissingBody(channel.name) : t.rotateBody(channel.name)}
      confirmLabel={t.update}
      onConfirm={rotate}
    />
  )

  if (missing) {
    return (
      <div className="secret-cell">
        <span className="badge badge-warning" title={t.secretMissingHint}>
          <TriangleAlert aria-hidden="true" />
          {t.secretMissing}
        </span>
        <span className="visually-hidden">{t.secretMissingHint}</span>
        <div className="cell-actions">{update}</div>
      </div>
    )
  }

  return (
    <div className="secret-cell">
      {secret === null ? (
        <span className="masked">
          <span aria-hidden="true">••••••••••••</span>
          <span className="visually-hidden">{t.maskedSecret}</span>
        </span>
      ) : (
        <code className="key key-secret">{secret}</code>
      )}
      <div className="cell-actions">
        {secret === null ? (
          <button
            type="button"
            className="btn btn-small"
            aria-label={t.viewSecretOf(channel.name)}
            disabled={pending}
            aria-busy={pending}
            onClick={() => void reveal()}
          >
            <Eye aria-hidden="true" />
            {t.view}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-small"
            aria-label={t.hideSecretOf(channel.name)}
            onClick={hide}
          >
            <EyeOff aria-hidden="true" />
            {t.hide}
          </button>
        )}
        <button
          type="button"
          className="btn btn-small"
          aria-label={t.copyFieldOf(t.accessKeySecret, channel.name)}
          onClick={() => void actions.copy(channel, 'accessKeySecret')}
        >
          <Copy aria-hidden="true" />
          {t.copy}
        </button>
        {update}
      </div>
    </div>
  )
}
