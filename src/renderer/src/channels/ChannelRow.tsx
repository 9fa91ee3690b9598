import { Copy, Pencil, Trash2 } from 'lucide-react'
import { memo } from 'react'
import type { ChannelView, CopyableField } from '@shared/channel'
import { ConfirmDialog } from '../components/ConfirmDialog'
import type { RowLabels } from './row-labels'
import { SecretCell } from './SecretCell'
import type { ChannelActions } from './use-channel-actions'

function KeyLine({
  channel,
  field,
  value,
  copyLabel,
  labels,
  actions
}: {
  readonly channel: ChannelView
  readonly field: CopyableField
  readonly value: string
  /** The Copy button's accessible name, e.g. "Copy AccessKeyId of Shop app". */
  readonly copyLabel: string
  readonly labels: RowLabels
  readonly actions: ChannelActions
}) {
  return (
    <div className="key-cell">
      <code className="key">{value}</code>
      <button
        type="button"
        className="btn btn-small"
        aria-label={copyLabel}
        onClick={() => void actions.copy(channel, field)}
      >
        <Copy aria-hidden="true" />
        {labels.copy}
      </button>
    </div>
  )
}

/**
 * A domain that may wrap only after its scheme ("https://" | "shop.example.com"), never in
 * the middle of the host. The text stays one string to search and to read.
 */
function DomainText({ domain }: { readonly domain: string }) {
  const at = domain.indexOf('://')
  if (at < 0) return domain
  return (
    <>
      {domain.slice(0, at + 3)}
      <wbr />
      {domain.slice(at + 3)}
    </>
  )
}

interface CellProps {
  readonly channel: ChannelView
  readonly labels: RowLabels
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
  readonly onEdit: (channel: ChannelView) => void
  /** Called after a successful Remove, so the list can place focus once the row is gone. */
  readonly onRemoved: (channel: ChannelView) => void
}

/**
 * A row's cells. Memoised apart from the `<tr>`, so a search that only moves a row (a new
 * index) re-renders its attributes, not its content.
 */
const ChannelCells = memo(function ChannelCells({
  channel,
  labels,
  secretTimeoutMs,
  actions,
  onEdit,
  onRemoved
}: CellProps) {
  const web = channel.appType === 'WEB'
  const targets = web ? channel.domains : channel.platforms.map((p) => labels.platforms[p])

  return (
    <>
      <th scope="row" className="cell-name">
        {channel.name}
      </th>
      <td>
        <span className="badge">{labels.appTypes[channel.appType]}</span>
      </td>
      <td>
        <ul className="chips">
          {targets.map((target) => (
            <li
              key={target}
              className={web ? 'chip chip-mono' : 'chip'}
              title={web ? target : undefined}
            >
              {web ? <DomainText domain={target} /> : target}
            </li>
          ))}
        </ul>
      </td>
      <td>
        <KeyLine
          channel={channel}
          field="appKey"
          value={channel.appKey}
          copyLabel={labels.copyAppKeyOf(channel.name)}
          labels={labels}
          actions={actions}
        />
      </td>
      <td>
        <KeyLine
          channel={channel}
          field="accessKeyId"
          value={channel.accessKeyId}
          copyLabel={labels.copyAccessKeyIdOf(channel.name)}
          labels={labels}
          actions={actions}
        />
      </td>
      <td>
        <SecretCell
          channel={channel}
          labels={labels}
          secretTimeoutMs={secretTimeoutMs}
          actions={actions}
        />
      </td>
      <td className="cell-time">
        <time dateTime={channel.createdAt}>{labels.formatDateTime(channel.createdAt)}</time>
      </td>
      <td>
        <div className="cell-actions row-actions">
          <button
            type="button"
            className="btn btn-small"
            aria-label={labels.editChannel(channel.name)}
            onClick={() => onEdit(channel)}
          >
            <Pencil aria-hidden="true" />
            {labels.edit}
          </button>
          <ConfirmDialog
            trigger={
              <button
                type="button"
                className="btn btn-small btn-danger-quiet"
                aria-label={labels.removeChannel(channel.name)}
              >
                <Trash2 aria-hidden="true" />
                {labels.remove}
              </button>
            }
            title={labels.removeTitle(channel.name)}
            description={labels.removeBody}
            confirmLabel={labels.remove}
            restoreFocusOnSuccess={false}
            onConfirm={async () => {
              const removed = await actions.remove(channel)
              if (removed) onRemoved(channel)
              return removed
            }}
          />
        </div>
      </td>
    </>
  )
})

/** One channel in the list: row `index` (0-based) of the shown channels. */
export const ChannelRow = memo(function ChannelRow({
  index,
  measureRef,
  ...cells
}: CellProps & {
  readonly index: number
  /** The virtualizer measures each rendered row, whose height varies with its content. */
  readonly measureRef: (row: HTMLTableRowElement | null) => void
}) {
  return (
    // aria-rowindex counts the header row as 1.
    <tr ref={measureRef} data-index={index} data-id={cells.channel.id} aria-rowindex={index + 2}>
      <ChannelCells {...cells} />
    </tr>
  )
})
