import type { ClipboardEvent } from 'react'
import { Copy, Eye, EyeOff, RefreshCw, TriangleAlert } from 'lucide-react'
import { useEffect, useRef } from 'react'
import type { ChannelView } from '@shared/channel'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { EnterSecretDialog } from '../secrets/EnterSecretDialog'
import type { RowLabels } from './row-labels'
import type { ChannelActions } from './use-channel-actions'
import { useRevealedSecret } from './use-revealed-secret'

/** The AccessKeySecret cell: masked, View (auto-hidden), Copy, Update; or "Secret missing". */
export function SecretCell({
  channel,
  labels,
  secretTimeoutMs,
  actions,
  revealOnMount = false,
  controlTabIndex
}: {
  readonly channel: ChannelView
  readonly labels: RowLabels
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
  /** Reveal the secret once, as soon as the cell appears (the details after Create). */
  readonly revealOnMount?: boolean
  /** The buttons' tabIndex: -1 in a list row, whose buttons the arrow keys reach instead. */
  readonly controlTabIndex?: number
}) {
  const { shown, pending, reveal, hide, showSecret } = useRevealedSecret(
    channel.id,
    secretTimeoutMs
  )
  const missing = channel.secretStatus === 'missing'
  const revealedOnMount = useRef(false)

  useEffect(() => {
    if (!revealOnMount || revealedOnMount.current || missing) return
    revealedOnMount.current = true
    void reveal()
  }, [revealOnMount, missing, reveal])

  // The revealed secret cannot be selected (.key-secret), and a copy event on it anyway (keys,
  // Edit › Copy) goes through main like the Copy button: audited, and cleared after the timeout.
  const copyThroughMain = (event: ClipboardEvent<HTMLElement>): void => {
    event.preventDefault()
    void actions.copy(channel, 'accessKeySecret')
  }

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
          tabIndex={controlTabIndex}
          aria-label={labels.updateSecretOf(channel.name)}
        >
          <RefreshCw aria-hidden="true" />
          {labels.update}
        </button>
      }
      title={labels.rotateTitle}
      description={
        missing ? labels.rotateMissingBody(channel.name) : labels.rotateBody(channel.name)
      }
      confirmLabel={labels.update}
      onConfirm={rotate}
    />
  )

  if (missing) {
    return (
      <div className="secret-cell">
        <span className="badge badge-warning" title={labels.secretMissingHint}>
          <TriangleAlert aria-hidden="true" />
          {labels.secretMissing}
        </span>
        <span className="visually-hidden">{labels.secretMissingHint}</span>
        <div className="cell-actions">
          {/* The way out that breaks no deployed program comes first. */}
          <EnterSecretDialog
            channel={channel}
            label={labels.enterSecretOf(channel.name)}
            onEnter={(secret) => actions.enterSecret(channel, secret)}
          />
          {update}
        </div>
      </div>
    )
  }

  return (
    // Masked, the value and View share the first line and Copy and Update the second; a
    // revealed secret takes the whole first line (or two) and the buttons follow it.
    <div className="secret-cell">
      {shown ? (
        // The text is written by showSecret, outside React (see use-revealed-secret.ts).
        <code
          className="key key-secret"
          ref={showSecret}
          onCopy={copyThroughMain}
          onCut={copyThroughMain}
        />
      ) : (
        <span className="masked">
          <span aria-hidden="true">••••••••••••</span>
          <span className="visually-hidden">{labels.maskedSecret}</span>
        </span>
      )}
      <div className="cell-actions">
        {!shown ? (
          <button
            type="button"
            className="btn btn-small"
            tabIndex={controlTabIndex}
            aria-label={labels.viewSecretOf(channel.name)}
            // Not `disabled`: a disabled button drops the keyboard focus while main answers.
            aria-disabled={pending}
            aria-busy={pending}
            onClick={() => {
              if (!pending) void reveal()
            }}
          >
            <Eye aria-hidden="true" />
            {labels.view}
          </button>
        ) : (
          <button
            type="button"
            className="btn btn-small"
            tabIndex={controlTabIndex}
            aria-label={labels.hideSecretOf(channel.name)}
            onClick={hide}
          >
            <EyeOff aria-hidden="true" />
            {labels.hide}
          </button>
        )}
        <button
          type="button"
          className="btn btn-small"
          tabIndex={controlTabIndex}
          aria-label={labels.copySecretOf(channel.name)}
          onClick={() => void actions.copy(channel, 'accessKeySecret')}
        >
          <Copy aria-hidden="true" />
          {labels.copy}
        </button>
        {update}
      </div>
    </div>
  )
}
