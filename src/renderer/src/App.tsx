import { KeyRound, Settings as SettingsIcon } from 'lucide-react'
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
import { BackupDialog } from './backup/BackupDialog'
import { BackupMenu, type BackupCommand } from './backup/BackupMenu'
import { ExportDialog } from './backup/ExportDialog'
import { RestoreDialog } from './backup/RestoreDialog'
import type { FormMode } from './channel-form/ChannelForm'
import { ChannelFormDialog } from './channel-form/ChannelFormDialog'
import { ChannelList, type ListControl } from './channels/ChannelList'
import { ChannelDetails } from './details/ChannelDetails'
import { PastPolicyCount } from './channels/PastPolicyCount'
import { useAgeContext } from './channels/use-age-context'
import { useChannelActions } from './channels/use-channel-actions'
import { useChannels } from './channels/use-channels'
import { useSay } from './i18n/say'
import { useLanguage } from './i18n/use-language'
import { LeakCheckDialog } from './leaks/LeakCheckDialog'
import { RecoveryScreen } from './recovery/RecoveryScreen'
import { SettingsDialog } from './settings/SettingsDialog'
import { SettingsProvider } from './settings/use-settings'
import { MissingSecretsBanner } from './secrets/MissingSecretsBanner'
import { OrphanSecrets } from './secrets/OrphanSecrets'
import { useOrphans } from './secrets/use-orphans'

/** The element to give focus back to when a dialog closes: where it is now. */
function focusedElement(): HTMLElement | null {
  const active = document.activeElement
  return active instanceof HTMLElement && active !== document.body ? active : null
}

/** The channel whose details are open, and whether they open with its secret shown. */
interface OpenDetails {
  readonly channel: ChannelView
  readonly revealSecret: boolean
}

/** The whole screen: header, the channel list, the details, the dialogs and toasts. */
export function App() {
  return (
    <SettingsProvider>
      <Screen />
    </SettingsProvider>
  )
}

function Screen() {
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
  const [settingsOpen, setSettingsOpen] = useState(false)
  const [details, setDetails] = useState<OpenDetails | null>(null)
  const [backupDialog, setBackupDialog] = useState<BackupCommand | null>(null)
  const backupReturnFocus = useRef<HTMLElement | null>(null)
  const orphans = useOrphans()
  const returnFocus = useRef<HTMLElement | null>(null)
  const detailsReturnFocus = useRef<HTMLElement | null>(null)
  const list = useRef<ListControl | null>(null)
  // The channel whose details were open last, after they close.
  const lastDetailsId = useRef<string | null>(null)
  if (details) lastDetailsId.current = details.channel.id
  const aboutReturnFocus = useRef<HTMLElement | null>(null)
  const [leakCheckOpen, setLeakCheckOpen] = useState(false)
  const leakCheckReturnFocus = useRef<HTMLElement | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  // The rotation policy and the clock secret ages are measured by (the list, the details, the count).
  const age = useAgeContext()

  // The OS language, as main reports it, unless the user chose one; main words the native
  // menu in whatever the page speaks.
  useEffect(() => followOs(info?.locale), [followOs, info?.locale])
  useEffect(() => {
    void api.app.setLanguage({ language })
  }, [api, language])

  const openBackupDialog = useCallback((command: BackupCommand, origin?: HTMLElement | null) => {
    backupReturnFocus.current = origin ?? focusedElement()
    setBackupDialog(command)
  }, [])
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
    (channel: ChannelView, origin?: HTMLElement | null) =>
      openForm({ kind: 'edit', channel }, origin),
    [openForm]
  )
  const openDetails = useCallback((channel: ChannelView, origin?: HTMLElement | null) => {
    detailsReturnFocus.current = origin ?? focusedElement()
    setDetails({ channel, revealSecret: false })
  }, [])
  // The details follow the list (an edit, an Update); a channel gone from it closes them.
  const detailsChannel = details
    ? (channels.find((channel) => channel.id === details.channel.id) ?? details.channel)
    : null

  // A damaged data file: main answers every channel call with RECOVERY_REQUIRED until the
  // user restores a backup or starts empty.
  const inRecovery = status?.mode === 'recovery' || error?.code === 'RECOVERY_REQUIRED'
  const onRecovered = () => {
    void refreshStatus()
    void refresh()
    void orphans.refresh()
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
    },
    leakCheck: () => {
      if (inRecovery) return
      leakCheckReturnFocus.current = focusedElement()
      setLeakCheckOpen(true)
    },
    settings: () => setSettingsOpen(true),
    backUp: () => {
      if (!inRecovery) openBackupDialog('backUp')
    },
    restoreBackup: () => openBackupDialog('restoreBackup'),
    exportList: () => {
      if (!inRecovery) openBackupDialog('exportList')
    }
  })

  const onSaved = (channel: ChannelView, mode: FormMode, unchanged = false) => {
    setFormMode(null)
    notify.success(
      mode.kind === 'create'
        ? t('toasts.created')
        : unchanged
          ? t('toasts.noChanges')
          : t('toasts.saved')
    )
    if (mode.kind === 'create') {
      // The next step is handing the keys over: the new channel's details, its secret shown.
      // Focus goes into them; closing them returns it to where Create was asked for.
      detailsReturnFocus.current = returnFocus.current
      returnFocus.current = null
      setDetails({ channel, revealSecret: true })
    }
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
          <button
            type="button"
            className="btn"
            title={t('actions.settings')}
            onClick={() => setSettingsOpen(true)}
          >
            <SettingsIcon aria-hidden="true" />
            <span className="btn-label">{t('actions.settings')}</span>
          </button>
          <BackupMenu onCommand={openBackupDialog} inRecovery={inRecovery} />
          <AuditLogDialog channels={channels} />
          <LeakCheckDialog
            open={leakCheckOpen}
            onOpenChange={(open) => {
              if (open) leakCheckReturnFocus.current = focusedElement()
              setLeakCheckOpen(open)
            }}
            returnFocusTo={() => leakCheckReturnFocus.current}
            channels={channels}
            actions={actions}
            disabled={inRecovery}
          />
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
          {!inRecovery && !loading && (
            <PastPolicyCount
              channels={channels}
              age={age}
              onShow={() => list.current?.showPastPolicy()}
            />
          )}
        </div>

        <KeychainBanner status={status} />
        {!inRecovery && (
          <MissingSecretsBanner
            channels={channels}
            onRestore={(origin) => openBackupDialog('restoreBackup', origin)}
          />
        )}

        {inRecovery ? (
          <RecoveryScreen
            onRecovered={onRecovered}
            onRestoreFromBackup={(origin) => openBackupDialog('restoreBackup', origin)}
          />
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
            onDetails={openDetails}
            controlRef={list}
            age={age}
          />
        )}
        {!inRecovery && (
          <OrphanSecrets
            ids={orphans.ids}
            onChanged={() => void orphans.refresh()}
            onRestore={(origin) => openBackupDialog('restoreBackup', origin)}
          />
        )}
      </main>

      <AppFooter info={info} />

      <ChannelDetails
        channel={inRecovery ? null : detailsChannel}
        revealSecret={details?.revealSecret ?? false}
        secretTimeoutMs={secretTimeoutMs}
        actions={actions}
        onClose={() => setDetails(null)}
        onEdit={openEdit}
        onRemoved={(channel) => {
          detailsReturnFocus.current = null
          list.current?.removed(channel)
          setDetails(null)
        }}
        onOpenSettings={() => setSettingsOpen(true)}
        age={age}
        returnFocusTo={() => {
          const origin = detailsReturnFocus.current
          if (origin?.isConnected) return origin
          // Opened from nowhere in particular (Ctrl+N, then Create): back to the channel's row.
          const id = lastDetailsId.current
          return id === null ? null : (list.current?.rowElement(id) ?? null)
        }}
      />
      <SettingsDialog open={settingsOpen} onOpenChange={setSettingsOpen} />
      <ChannelFormDialog
        mode={formMode}
        onClose={() => setFormMode(null)}
        onSaved={onSaved}
        returnFocusTo={() => returnFocus.current}
      />
      <BackupDialog
        open={backupDialog === 'backUp'}
        onOpenChange={(open) => !open && setBackupDialog(null)}
        returnFocusTo={() => backupReturnFocus.current}
      />
      <RestoreDialog
        open={backupDialog === 'restoreBackup'}
        onOpenChange={(open) => !open && setBackupDialog(null)}
        onRestored={onRecovered}
        returnFocusTo={() => backupReturnFocus.current}
      />
      <ExportDialog
        open={backupDialog === 'exportList'}
        onOpenChange={(open) => !open && setBackupDialog(null)}
        returnFocusTo={() => backupReturnFocus.current}
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
