import { Copy, Eye, EyeOff, RefreshCw, TriangleAlert } from 'lucide-react'
import type { ChannelView } from '@shared/channel'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation()
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
        <button
          type="button"
          className="btn btn-small"
          aria-label={t('row.updateSecretOf', { name: channel.name })}
        >
          <RefreshCw aria-hidden="true" />
          {t('actions.update')}
        </button>
      }
      title={t('confirm.rotateTitle')}
      description={
        missing
          ? t('confirm.rotateMissingBody', { name: channel.name })
          : t('confirm.rotateBody', { name: channel.name })
      }
      confirmLabel={t('actions.update')}
      onConfirm={rotate}
    />
  )

  if (missing) {
    return (
      <div className="secret-cell">
        <span className="badge badge-warning" title={t('row.secretMissingHint')}>
          <TriangleAlert aria-hidden="true" />
          {t('row.secretMissing')}
        </span>
        <span className="visually-hidden">{t('row.secretMissingHint')}</span>
        <div className="cell-actions">{update}</div>
      </div>
    )
  }

  return (
    <div className="secret-cell">
      {secret === null ? (
        <span className="masked">
          <span aria-hidden="true">••••••••••••</span>
          <span className="visually-hidden">{t('row.maskedSecret')}</span>
        </span>
      ) : (
        <code className="key key-secret">{secret}</code>
      )}
      <div className="cell-actions">
        {secret === null ? (
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('row.viewSecretOf', { name: channel.name })}
            // Not `disabled`: a disabled button drops the keyboard focus while main answers.
            aria-disabled={pending}
            aria-busy={pending}
            onClick={() => {
              if (!pending) void reveal()
            }}
          >
            <Eye aria-hidden="true" />
            {t('actions.view')}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('row.hideSecretOf', { name: channel.name })}
            onClick={hide}
          >
            <EyeOff aria-hidden="true" />
            {t('actions.hide')}
          </button>
        )}
        <button
          type="button"
          className="btn btn-small"
          aria-label={t('row.copyFieldOf', {
            field: t('fields.accessKeySecret'),
            name: channel.name
          })}
          onClick={() => void actions.copy(channel, 'accessKeySecret')}
        >
          <Copy aria-hidden="true" />
          {t('actions.copy')}
        </button>
        {update}
      </div>
    </div>
  )
}
