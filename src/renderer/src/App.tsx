import { KeyRound } from 'lucide-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Toaster } from 'sonner'
import type { ChannelView } from '@shared/channel'
import { useApi } from './api/api-context'
import { AboutDialog } from './app/AboutDialog'
import { AppFooter } from './app/AppFooter'
import { CreateApiMenu } from './app/CreateApiMenu'
import { KeychainBanner } from './app/KeychainBanner'
import { LanguageSwitch } from './app/LanguageSwitch'
import { useAppCommands } from './app/use-app-commands'
import { useAppInfo } from './app/use-app-info'
import { useAppStatus } from './app/use-app-status'
import { useNotify } from './app/use-notify'
import { AuditLogDialog } from './audit/AuditLogDialog'
import type { FormMode } from './channel-form/ChannelForm'
import { ChannelFormDialog } from './channel-form/ChannelFormDialog'
import { ChannelList } from './channels/ChannelList'
import { useChannelActions } from './channels/use-channel-actions'
import { useChannels } from './channels/use-channels'
import { useSay } from './i18n/say'
import { useLanguage } from './i18n/use-language'
import { RecoveryScreen } from './recovery/RecoveryScreen'

/** The element to give focus back to when a dialog closes: where it is now. */
function focusedElement(): HTMLElement | null {
  const active = document.activeElement
  return active instanceof HTMLElement && active !== document.body ? active : null
}

/** The whole screen: header, the channel list, the form dialog and toasts. */
export function App() {
  const { t } = useTranslation()
  const { sayError } = useSay()
  const api = useApi()
  const { language, followOs } = useLanguage()
  const { channels, loading, partial, error, refresh } = useChannels()
  const { info, secretTimeoutMs } = useAppInfo()
  const { status, refresh: refreshStatus } = useAppStatus()
  const notify = useNotify()
  const [formMode, setFormMode] = useState<FormMode | null>(null)
  const [aboutOpen, setAboutOpen] = useState(false)
  const returnFocus = useRef<HTMLElement | null>(null)
  const aboutReturnFocus = useRef<HTMLElement | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)

  // The OS language, as main reports it, unless the user chose one; main words the native
  // menu in whatever the page speaks.
  useEffect(() => followOs(info?.locale), [followOs, info?.locale])
  useEffect(() => {
    void api.app.setLanguage({ language })
  }, [api, language])

  // A change reaches the list as main's `channels.changed` event: nothing to reload here.
  const actions = useChannelActions(secretTimeoutMs)

  const openForm = useCallback((mode: FormMode, origin?: HTMLElement | null) => {
    returnFocus.current = origin ?? focusedElement()
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

  useAppCommands({
    createAppApi: () => {
      if (!inRecovery && formMode === null) openCreate()
    },
    find: () => {
      searchRef.current?.focus()
      searchRef.current?.select()
    },
    about: () => {
      if (!info) return
      aboutReturnFocus.current = focusedElement()
      setAboutOpen(true)
    }
  })

  const onSaved = (_channel: ChannelView, mode: FormMode) => {
    setFormMode(null)
    notify.success(mode.kind === 'create' ? t('toasts.created') : t('toasts.saved'))
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <KeyRound aria-hidden="true" />
          <span>{t('app.title')}</span>
        </div>
        <div className="header-actions">
          <LanguageSwitch />
          <AuditLogDialog />
          <AboutDialog
            info={info}
            open={aboutOpen}
            onOpenChange={(open) => {
              if (open) aboutReturnFocus.current = focusedElement()
              setAboutOpen(open)
            }}
            returnFocusTo={() => aboutReturnFocus.current}
          />
          <CreateApiMenu onCreateAppApi={openCreate} disabled={inRecovery} />
        </div>
      </header>

      <main className="page">
        <div className="page-heading">
          <h1>{t('app.pageTitle')}</h1>
          <p className="page-intro">{t('app.pageIntro')}</p>
        </div>

        <KeychainBanner status={status} />

        {inRecovery ? (
          <RecoveryScreen onRecovered={onRecovered} />
        ) : error && channels.length === 0 ? (
          <div className="page-alert" role="alert">
            <p>
              <strong>{t('app.loadFailed')}</strong> {sayError(error)}
            </p>
            <button type="button" className="btn" onClick={() => void refresh()}>
              {t('app.tryAgain')}
            </button>
          </div>
        ) : loading ? (
          <p role="status" className="loading">
            {t('app.loading')}
          </p>
        ) : (
          <ChannelList
            channels={channels}
            partial={partial}
            secretTimeoutMs={secretTimeoutMs}
            actions={actions}
            searchRef={searchRef}
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
        containerAriaLabel={t('app.notifications')}
        toastOptions={{ closeButtonAriaLabel: t('app.closeNotification') }}
      />
    </div>
  )
}
