import { Copy } from 'lucide-react'
import { memo } from 'react'
import type { ChannelView, CopyableField } from '@shared/channel'
import { DateTime } from './DateTime'
import { domainToUnicode } from './domain-text'
import type { RowLabels } from './row-labels'
import { RowActions } from './RowActions'
import { SecretCell } from './SecretCell'
import type { AgeContext } from './select-channels'
import { StatusBadges } from './StatusBadges'
import type { ChannelActions } from './use-channel-actions'

/**
 * A public key and its Copy button. The arrow keys reach the button (it is no Tab stop of its
 * own: the list is one).
 */
function KeyLine({
  channel,
  field,
  label,
  copyLabel,
  labels,
  actions
}: {
  readonly channel: ChannelView
  readonly field: Exclude<CopyableField, 'accessKeySecret'>
  /** The key's name, for the line (the column shows two keys). */
  readonly label: string
  /** The Copy button's accessible name, e.g. "Copy AccessKeyId of Shop app". */
  readonly copyLabel: string
  readonly labels: RowLabels
  readonly actions: ChannelActions
}) {
  return (
    <div className="key-cell">
      <span className="key-label">{label}</span>
      <code className="key">{channel[field]}</code>
      <button
        type="button"
        className="btn btn-small btn-icon-text"
        tabIndex={-1}
        aria-label={copyLabel}
        title={copyLabel}
        onClick={() => void actions.copy(channel, field)}
      >
        <Copy aria-hidden="true" />
        <span className="copy-word">{labels.copy}</span>
      </button>
    </div>
  )
}

interface CellProps {
  readonly channel: ChannelView
  readonly labels: RowLabels
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
  readonly onDetails: (channel: ChannelView, origin: HTMLElement | null) => void
  readonly onEdit: (channel: ChannelView, origin: HTMLElement | null) => void
  /** Called after a successful Remove, so the list can place focus once the row is gone. */
  readonly onRemoved: (channel: ChannelView) => void
  /** The rotation policy and the time the secret-age badge is measured at. */
  readonly age: AgeContext
}

/**
 * A row's cells. Memoised apart from the `<tr>`, so a search that only moves a row (a new
 * index) or moves the keyboard's place re-renders its attributes, not its content.
 */
const ChannelCells = memo(function ChannelCells({
  channel,
  labels,
  secretTimeoutMs,
  actions,
  onDetails,
  onEdit,
  onRemoved,
  age
}: CellProps) {
  const web = channel.appType === 'WEB'

  return (
    <>
      {/* The row header is named by the name alone: the badges are the cell's, not its name's. */}
      <th scope="row" className="cell-name" aria-labelledby={`name-${channel.id}`}>
        <span id={`name-${channel.id}`} className="row-name">
          {channel.name}
        </span>
        <StatusBadges channel={channel} labels={labels} age={age} />
      </th>
      <td className="cell-type">
        <span className="badge">{labels.appTypes[channel.appType]}</span>
      </td>
      <td className="cell-targets">
        <ul className="chips">
          {web
            ? channel.domains.map((domain) => {
                const shown = domainToUnicode(domain)
                return (
                  // One line per domain, never broken inside (the details show it whole).
                  <li
                    key={domain}
                    className="chip chip-mono"
                    title={shown === domain ? domain : `${shown}\n${domain}`}
                  >
                    {shown}
                  </li>
                )
              })
            : channel.platforms.map((platform) => (
                <li key={platform} className="chip">
                  {labels.platforms[platform]}
                </li>
              ))}
        </ul>
      </td>
      <td className="cell-keys">
        <KeyLine
          channel={channel}
          field="appKey"
          label={labels.fields.appKey}
          copyLabel={labels.copyAppKeyOf(channel.name)}
          labels={labels}
          actions={actions}
        />
        <KeyLine
          channel={channel}
          field="accessKeyId"
          label={labels.fields.accessKeyId}
          copyLabel={labels.copyAccessKeyIdOf(channel.name)}
          labels={labels}
          actions={actions}
        />
      </td>
      <td className="cell-secret">
        <SecretCell
          channel={channel}
          labels={labels}
          secretTimeoutMs={secretTimeoutMs}
          actions={actions}
          controlTabIndex={-1}
        />
      </td>
      <td className="cell-time">
        <DateTime iso={channel.createdAt} language={labels.language} />
      </td>
      <td className="cell-secret-updated">
        <DateTime iso={channel.secretUpdatedAt} language={labels.language} />
      </td>
      <td className="cell-actions-menu">
        <RowActions
          channel={channel}
          labels={labels}
          actions={actions}
          onDetails={onDetails}
          onEdit={onEdit}
          onRemoved={onRemoved}
        />
      </td>
    </>
  )
})

/** One channel in the list: row `index` (0-based) of the shown channels. */
export const ChannelRow = memo(function ChannelRow({
  index,
  measureRef,
  active,
  ...cells
}: CellProps & {
  readonly index: number
  /** The virtualizer measures each rendered row, whose height varies with its content. */
  readonly measureRef: (row: HTMLTableRowElement | null) => void
  /** The list's one Tab stop: where the keyboard is (or returns to). */
  readonly active: boolean
}) {
  return (
    // aria-rowindex counts the header row as 1. Clicks and keys are handled by the table body.
    <tr
      ref={measureRef}
      data-index={index}
      data-id={cells.channel.id}
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      className="channel-row"
    >
      <ChannelCells {...cells} />
    </tr>
  )
})
