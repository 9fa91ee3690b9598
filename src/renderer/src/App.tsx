import { KeyRound } from 'lucide-react'
import { useCallback, useRef, useState } from 'react'
import { Toaster } from 'sonner'
import type { ChannelView } from '@shared/channel'
import { AboutDialog } from './app/AboutDialog'
import { AppFooter } from './app/AppFooter'
import { CreateApiMenu } from './app/CreateApiMenu'
import { KeychainBanner } from './app/KeychainBanner'
import { LanguageSwitch } from './app/LanguageSwitch'
import { useAppInfo } from './app/use-app-info'
import { useAppStatus } from './app/use-app-status'
import { useNotify } from './app/use-notify'
import { AuditLogDialog } from './audit/AuditLogDialog'
import type { FormMode } from './channel-form/ChannelForm'
import { ChannelFormDialog } from './channel-form/ChannelFormDialog'
import { ChannelList } from './channels/ChannelList'
import { useChannelActions } from './channels/use-channel-actions'
import { useChannels } from './channels/use-channels'
import { useI18n } from './i18n/i18n-context'
import { RecoveryScreen } from './recovery/RecoveryScreen'

/** The whole screen: header, the channel list, the form dialog and toasts. */
export function App() {
  const { t, translate } = useI18n()
  const { channels, loading, error, refresh } = useChannels()
  const { info, secretTimeoutMs } = useAppInfo()
  const { status, refresh: refreshStatus } = useAppStatus()
  const notify = useNotify()
  const [formMode, setFormMode] = useState<FormMode | null>(null)
  const returnFocus = useRef<HTMLElement | null>(null)

  const onChanged = useCallback(() => void refresh(), [refresh])
  const actions = useChannelActions(secretTimeoutMs, onChanged)

  const openForm = useCallback((mode: FormMode, origin?: HTMLElement | null) => {
    const active = document.activeElement
    returnFocus.current = origin ?? (active instanceof HTMLElement ? active : null)
    setFormMode(mode)
  }, [])
  const openCreate = useCallback(
    (origin?: HTMLElement | null) => openForm({ kind: 'create' }, origin),
    [openForm]
  )
  const openEdit = useCallback(
    (channel: ChannelView) => openForm({ kind: 'edit', channel }),
    [openForm]
  )

  // A damaged data file: main answers every channel call with RECOVERY_REQUIRED until the
  // user restores a backup or starts empty.
  const inRecovery = status?.mode === 'recovery' || error?.code === 'RECOVERY_REQUIRED'
  const onRecovered = () => {
    void refreshStatus()
    void refresh()
  }

  const onSaved = (_channel: ChannelView, mode: FormMode) => {
    setFormMode(null)
    notify.success(mode.kind === 'create' ? t.createdToast : t.savedToast)
    void refresh()
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <KeyRound aria-hidden="true" />
          <span>{t.appTitle}</span>
        </div>
        <div className="header-actions">
          <LanguageSwitch />
          <AuditLogDialog />
          <AboutDialog info={info} />
          <CreateApiMenu onCreateAppApi={openCreate} disabled={inRecovery} />
        </div>
      </header>

      <main className="page">
        <div className="page-heading">
          <h1>{t.pageTitle}</h1>
          <p className="page-intro">{t.pageIntro}</p>
        </div>

        <KeychainBanner status={status} />

        {inRecovery ? (
          <RecoveryScreen onRecovered={onRecovered} />
        ) : error && channels.length === 0 ? (
          <div className="page-alert" role="alert">
            <p>
              <strong>{t.loadFailed}</strong> {translate(error.message)}
            </p>
            <button type="button" className="btn" onClick={() => void refresh()}>
              {t.tryAgain}
            </button>
          </div>
        ) : loading ? (
          <p role="status" className="loading">
            {t.loading}
          </p>
        ) : (
          <ChannelList
            channels={channels}
            secretTimeoutMs={secretTimeoutMs}
            actions={actions}
            onCreate={() => openCreate()}
            onEdit={openEdit}
          />
        )}
      </main>

      <AppFooter info={info} />

      <ChannelFormDialog
        mode={formMode}
        onClose={() => setFormMode(null)}
        onSaved={onSaved}
        returnFocusTo={() => returnFocus.current}
      />
      <Toaster
        position="bottom-right"
        closeButton
        richColors
        theme="system"
        containerAriaLabel={t.notifications}
      />
    </div>
  )
}
