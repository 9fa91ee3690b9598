import * as Dialog from '@radix-ui/react-dialog'
import { FolderSearch, ShieldAlert, Square } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import { DialogHeader } from '../components/DialogHeader'
import type { ChannelActions } from '../channels/use-channel-actions'
import { useSay } from '../i18n/say'
import { useSizeFormat } from './format'
import { LeakReportView } from './LeakReportView'
import { useLeakCheck } from './use-leak-check'
import './leak-check.css'
import { returnFocusOnClose } from '../components/return-focus'

/**
 * "Leak check" button and dialog (SPEC §11): main picks the folder with its own dialog, scans
 * it and answers with what it found. Controlled, because the native menu opens it too; closing
 * it stops a check that is running.
 */
export function LeakCheckDialog({
  open,
  onOpenChange,
  returnFocusTo,
  channels,
  actions,
  disabled = false
}: {
  readonly open: boolean
  readonly onOpenChange: (open: boolean) => void
  readonly returnFocusTo: () => HTMLElement | null
  /** The channel list, for Update now on a current secret. */
  readonly channels: readonly ChannelView[]
  readonly actions: ChannelActions
  /** While the data file is being recovered there is nothing to compare with. */
  readonly disabled?: boolean
}) {
  const { t } = useTranslation()
  const { sayError } = useSay()
  const { formatBytes } = useSizeFormat()
  const { state, start, stop, running } = useLeakCheck()
  const startButton = useRef<HTMLButtonElement>(null)
  const stopButton = useRef<HTMLButtonElement>(null)
  const wasRunning = useRef(false)

  // The button that was pressed is gone once the check starts or ends: focus goes to the one
  // that takes its place (Stop, then Check another folder).
  useEffect(() => {
    if (running) stopButton.current?.focus()
    else if (wasRunning.current) startButton.current?.focus()
    wasRunning.current = running
  }, [running])

  const progress = state.phase === 'running' ? state.progress : null

  return (
    <Dialog.Root
      open={open && !disabled}
      onOpenChange={(next) => {
        if (!next && running) void stop()
        onOpenChange(next)
      }}
    >
      <Dialog.Trigger asChild>
        <button type="button" className="btn" disabled={disabled} title={t('leaks.button')}>
          <ShieldAlert aria-hidden="true" />
          <span className="btn-label">{t('leaks.button')}</span>
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog-wide leak-dialog"
          onOpenAutoFocus={(event) => {
            // The action, not the close button, is what a person opened this for.
            if (startButton.current) {
              event.preventDefault()
              startButton.current.focus()
            }
          }}
          onCloseAutoFocus={returnFocusOnClose(returnFocusTo)}
        >
          <DialogHeader title={t('leaks.title')} description={t('leaks.description')} />

          {state.phase === 'running' ? (
            <div className="leak-progress">
              <p role="status">
                {progress === null
                  ? t('leaks.choosing')
                  : t('leaks.checking', { folder: progress.folder })}
              </p>
              {progress !== null && (
                <>
                  <progress aria-label={t('leaks.checking', { folder: progress.folder })} />
                  <dl className="leak-figures">
                    <div>
                      <dt>{t('leaks.filesRead')}</dt>
                      <dd>{t('leaks.count', { count: progress.filesScanned })}</dd>
                    </div>
                    <div>
                      <dt>{t('leaks.dataRead')}</dt>
                      <dd>{formatBytes(progress.bytesScanned)}</dd>
                    </div>
                    <div>
                      <dt>{t('leaks.keysFound')}</dt>
                      <dd>{t('leaks.count', { count: progress.hits })}</dd>
                    </div>
                  </dl>
                </>
              )}
              <div className="dialog-actions">
                <button
                  ref={stopButton}
                  type="button"
                  className="btn"
                  // Not `disabled`: a disabled button drops the keyboard focus.
                  aria-disabled={state.stopping}
                  aria-busy={state.stopping}
                  onClick={() => {
                    if (!state.stopping) void stop()
                  }}
                >
                  <Square aria-hidden="true" />
                  {state.stopping ? t('leaks.stopping') : t('leaks.stop')}
                </button>
              </div>
            </div>
          ) : (
            <>
              {state.phase === 'failed' && (
                <p className="form-alert" role="alert">
                  {sayError(state.error)}
                </p>
              )}
              {state.phase === 'done' && (
                <LeakReportView report={state.report} channels={channels} actions={actions} />
              )}
              <div className="dialog-actions">
                {state.phase === 'failed' && state.error.code === 'CONFLICT' && (
                  <button type="button" className="btn" onClick={() => void stop()}>
                    <Square aria-hidden="true" />
                    {t('leaks.stop')}
                  </button>
                )}
                <button
                  ref={startButton}
                  type="button"
                  className="btn btn-primary"
                  onClick={() => void start()}
                >
                  <FolderSearch aria-hidden="true" />
                  {state.phase === 'done' ? t('leaks.checkAnother') : t('leaks.chooseFolder')}
                </button>
              </div>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
