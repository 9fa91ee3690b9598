import { Copy, Pencil, Trash2 } from 'lucide-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelView, CopyableField } from '@shared/channel'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useFormatDateTime } from '../i18n/format'
import { SecretCell } from './SecretCell'
import type { ChannelActions } from './use-channel-actions'

function KeyCell({
  channel,
  field,
  label,
  value,
  actions
}: {
  readonly channel: ChannelView
  readonly field: CopyableField
  readonly label: string
  readonly value: string
  readonly actions: ChannelActions
}) {
  const { t } = useTranslation()
  return (
    <div className="key-cell">
      <code className="key">{value}</code>
      <button
        type="button"
        className="btn btn-small"
        aria-label={t('row.copyFieldOf', { field: label, name: channel.name })}
        onClick={() => void actions.copy(channel, field)}
      >
        <Copy aria-hidden="true" />
        {t('actions.copy')}
      </button>
    </div>
  )
}

/** One channel in the list: row `index` (0-based) of the shown channels. */
export const ChannelRow = memo(function ChannelRow({
  channel,
  index,
  measureRef,
  secretTimeoutMs,
  actions,
  onEdit,
  onRemoved
}: {
  readonly channel: ChannelView
  readonly index: number
  /** The virtualizer measures each rendered row, whose height varies with its content. */
  readonly measureRef: (row: HTMLTableRowElement | null) => void
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
  readonly onEdit: (channel: ChannelView) => void
  /** Called after a successful Remove, so the list can place focus once the row is gone. */
  readonly onRemoved: (channel: ChannelView) => void
}) {
  const { t } = useTranslation()
  const formatDateTime = useFormatDateTime()
  const targets =
    channel.appType === 'WEB' ? channel.domains : channel.platforms.map((p) => t(`platforms.${p}`))

  return (
    // aria-rowindex counts the header row as 1.
    <tr ref={measureRef} data-index={index} data-id={channel.id} aria-rowindex={index + 2}>
      <th scope="row" className="cell-name">
        {channel.name}
      </th>
      <td>
        <span className="badge">{t(`appTypes.${channel.appType}`)}</span>
      </td>
      <td>
        <ul className="chips">
          {targets.map((target) => (
            <li key={target} className={channel.appType === 'WEB' ? 'chip chip-mono' : 'chip'}>
              {target}
            </li>
          ))}
        </ul>
      </td>
      <td>
        <KeyCell
          channel={channel}
          field="appKey"
          label={t('fields.appKey')}
          value={channel.appKey}
          actions={actions}
        />
      </td>
      <td>
        <KeyCell
          channel={channel}
          field="accessKeyId"
          label={t('fields.accessKeyId')}
          value={channel.accessKeyId}
          actions={actions}
        />
      </td>
      <td>
        <SecretCell channel={channel} secretTimeoutMs={secretTimeoutMs} actions={actions} />
      </td>
      <td className="cell-time">
        <time dateTime={channel.createdAt}>{formatDateTime(channel.createdAt)}</time>
      </td>
      <td>
        <div className="cell-actions row-actions">
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('row.editChannel', { name: channel.name })}
            onClick={() => onEdit(channel)}
          >
            <Pencil aria-hidden="true" />
            {t('actions.edit')}
          </button>
          <ConfirmDialog
            trigger={
              <button
                type="button"
                className="btn btn-small btn-danger-quiet"
                aria-label={t('row.removeChannel', { name: channel.name })}
              >
                <Trash2 aria-hidden="true" />
                {t('actions.remove')}
              </button>
            }
            title={t('confirm.removeTitle', { name: channel.name })}
            description={t('confirm.removeBody')}
            confirmLabel={t('actions.remove')}
            restoreFocusOnSuccess={false}
            onConfirm={async () => {
              const removed = await actions.remove(channel)
              if (removed) onRemoved(channel)
              return removed
            }}
          />
        </div>
      </td>
    </tr>
  )
})
