import * as AlertDialog from '@radix-ui/react-alert-dialog'
import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { CirclePause, CirclePlay, Ellipsis, PanelRightOpen, Pencil, Trash2 } from 'lucide-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import type { RowLabels } from './row-labels'
import type { ChannelActions } from './use-channel-actions'

/** What the row's confirmation asks about. */
type Confirming = 'remove' | 'disable' | 'enable'

/**
 * A row's "⋯" menu: Details, Edit, Disable or Enable, Remove (each of the last three after its
 * confirmation). One button per row, so a row's actions never need a sideways scroll, whatever
 * the window's width.
 */
export function RowActions({
  channel,
  labels,
  actions,
  onDetails,
  onEdit,
  onRemoved
}: {
  readonly channel: ChannelView
  readonly labels: RowLabels
  readonly actions: ChannelActions
  readonly onDetails: (channel: ChannelView, origin: HTMLElement | null) => void
  readonly onEdit: (channel: ChannelView, origin: HTMLElement | null) => void
  readonly onRemoved: (channel: ChannelView) => void
}) {
  const { t } = useTranslation()
  const trigger = useRef<HTMLButtonElement>(null)
  const [confirming, setConfirming] = useState<Confirming | null>(null)
  // What was asked last: the dialog keeps its words while it closes.
  const [asked, setAsked] = useState<Confirming>('remove')
  const [pending, setPending] = useState(false)
  const removed = useRef(false)
  const disabled = channel.disabledAt !== null

  const ask = (what: Confirming): void => {
    removed.current = false
    setAsked(what)
    setConfirming(what)
  }

  const confirm = async (): Promise<void> => {
    setPending(true)
    try {
      if (asked === 'remove') removed.current = await actions.remove(channel)
      else await actions.setDisabled(channel, asked === 'disable')
    } finally {
      setPending(false)
      setConfirming(null)
    }
    if (removed.current) onRemoved(channel)
  }

  const words = {
    remove: { title: labels.removeTitle, body: labels.removeBody, confirm: labels.remove },
    disable: { title: labels.disableTitle, body: labels.disableBody, confirm: labels.disable },
    enable: { title: labels.enableTitle, body: labels.enableBody, confirm: labels.enable }
  }[asked]

  return (
    <>
      {/* Not modal: an item opens a dialog, and a modal menu would fight it over focus. */}
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button
            ref={trigger}
            type="button"
            className="btn btn-icon btn-small row-menu"
            tabIndex={-1}
            aria-label={labels.actionsFor(channel.name)}
            title={labels.actionsFor(channel.name)}
          >
            <Ellipsis aria-hidden="true" />
          </button>
        </DropdownMenu.Trigger>
        {/* In the page's main landmark, like the row it belongs to (fixed, so nothing clips it). */}
        <DropdownMenu.Portal container={document.querySelector('main') ?? undefined}>
          <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => onDetails(channel, trigger.current)}
            >
              <PanelRightOpen aria-hidden="true" />
              {t('actions.details')}
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => onEdit(channel, trigger.current)}
            >
              <Pencil aria-hidden="true" />
              {labels.edit}
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              onSelect={() => ask(disabled ? 'enable' : 'disable')}
            >
              {disabled ? <CirclePlay aria-hidden="true" /> : <CirclePause aria-hidden="true" />}
              {disabled ? labels.enable : labels.disable}
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item menu-item-danger"
              onSelect={() => ask('remove')}
            >
              <Trash2 aria-hidden="true" />
              {labels.remove}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>

      <AlertDialog.Root
        open={confirming !== null}
        onOpenChange={(open) => !pending && !open && setConfirming(null)}
      >
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content
            className="dialog dialog-narrow"
            onCloseAutoFocus={(event) => {
              // Removed: the list decides where focus goes once the row is gone.
              if (removed.current) event.preventDefault()
              else {
                event.preventDefault()
                trigger.current?.focus()
              }
            }}
          >
            <AlertDialog.Title className="dialog-title">
              {words.title(channel.name)}
            </AlertDialog.Title>
            <AlertDialog.Description className="dialog-description">
              {words.body}
            </AlertDialog.Description>
            <div className="dialog-actions">
              <AlertDialog.Cancel asChild>
                <button type="button" className="btn" disabled={pending}>
                  {t('actions.cancel')}
                </button>
              </AlertDialog.Cancel>
              <button
                type="button"
                className={asked === 'enable' ? 'btn btn-primary' : 'btn btn-danger'}
                disabled={pending}
                aria-busy={pending}
                onClick={() => void confirm()}
              >
                {words.confirm}
              </button>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </>
  )
}
