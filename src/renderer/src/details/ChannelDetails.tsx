import * as Dialog from '@radix-ui/react-dialog'
import { CirclePause, CirclePlay, Copy, Pencil, Trash2, X } from 'lucide-react'
import { useId, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { AUDIT_ACTIONS, type AuditEntry } from '@shared/audit'
import { COPYABLE_FIELDS, type ChannelView, type CopyableField } from '@shared/channel'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { DateTime } from '../channels/DateTime'
import { domainToUnicode } from '../channels/domain-text'
import { useRowLabels, type RowLabels } from '../channels/row-labels'
import { SecretCell } from '../channels/SecretCell'
import type { AgeContext } from '../channels/select-channels'
import { StatusBadges } from '../channels/StatusBadges'
import { secretAge } from '@shared/secret-age'
import type { ChannelActions } from '../channels/use-channel-actions'
import { useSay } from '../i18n/say'
import { SdkSetup } from '../sdk/SdkSetup'
import { useChannelHistory } from './use-channel-history'
import { returnFocusOnClose } from '../components/return-focus'

const isKnown = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

/** A history entry's action in words (the audit log's own words). */
function ActionWords({ entry }: { readonly entry: AuditEntry }) {
  const { t } = useTranslation()
  const action = isKnown(AUDIT_ACTIONS, entry.action)
    ? t(`audit.actions.${entry.action}`)
    : entry.action
  if (entry.action === 'copy' && entry.field) {
    const field = isKnown(COPYABLE_FIELDS, entry.field) ? t(`fields.${entry.field}`) : entry.field
    return <>{t('audit.copiedField', { action, field })}</>
  }
  return <>{action}</>
}

/** A public key with its Copy button. */
function KeyRow({
  channel,
  field,
  labels,
  actions
}: {
  readonly channel: ChannelView
  readonly field: Exclude<CopyableField, 'accessKeySecret'>
  readonly labels: RowLabels
  readonly actions: ChannelActions
}) {
  const copyLabel =
    field === 'appKey' ? labels.copyAppKeyOf(channel.name) : labels.copyAccessKeyIdOf(channel.name)
  return (
    <div className="details-row">
      <dt>{labels.fields[field]}</dt>
      <dd className="key-line">
        <code className="key">{channel[field]}</code>
        <button
          type="button"
          className="btn btn-small"
          aria-label={copyLabel}
          onClick={() => void actions.copy(channel, field)}
        >
          <Copy aria-hidden="true" />
          {labels.copy}
        </button>
      </dd>
    </div>
  )
}

/** "Copy keys": APPKEY and AccessKeyId, and the AccessKeySecret only when asked. */
function CopyKeys({
  channel,
  secretTimeoutMs,
  buttonRef
}: {
  readonly channel: ChannelView
  readonly secretTimeoutMs: number
  readonly buttonRef: RefObject<HTMLButtonElement | null>
}) {
  const { t } = useTranslation()
  const api = useApi()
  const notify = useNotify()
  const ids = useId()
  const [withSecret, setWithSecret] = useState(false)
  const missing = channel.secretStatus === 'missing'

  const copy = async (): Promise<void> => {
    const result = await api.channels.copyKeys({
      id: channel.id,
      withSecret: withSecret && !missing
    })
    if (!result.ok) notify.error(result.error)
    else if (result.value.withSecret) {
      notify.success(
        t('toasts.keysWithSecretCopied', { count: Math.round(secretTimeoutMs / 1000) })
      )
    } else notify.success(t('toasts.keysCopied'))
  }

  return (
    <div className="copy-keys">
      <button ref={buttonRef} type="button" className="btn" onClick={() => void copy()}>
        <Copy aria-hidden="true" />
        {t('actions.copyKeys')}
      </button>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={withSecret && !missing}
          disabled={missing}
          aria-describedby={`${ids}-hint`}
          onChange={(event) => setWithSecret(event.target.checked)}
        />
        {t('details.includeSecret')}
      </label>
      <p id={`${ids}-hint`} className="field-hint">
        {t('details.includeSecretHint')}
      </p>
    </div>
  )
}

function History({ channel }: { readonly channel: ChannelView }) {
  const { t, i18n } = useTranslation()
  const { sayError } = useSay()
  const { entries, total, error } = useChannelHistory(channel.id)
  if (error) return <p className="form-alert">{sayError(error)}</p>
  if (entries === null) return <p role="status">{t('app.loading')}</p>
  if (entries.length === 0) return <p className="field-hint">{t('details.historyEmpty')}</p>
  return (
    <>
      <ol className="history">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`} className="history-entry">
            <DateTime iso={entry.at} language={i18n.language} />
            <span className="history-action">
              <ActionWords entry={entry} />
            </span>
            <span className="history-user">{entry.user}</span>
          </li>
        ))}
      </ol>
      <p className="field-hint">
        {total > entries.length
          ? t('details.historyNewest', { shown: entries.length, count: total })
          : t('details.historyCount', { count: total })}
      </p>
    </>
  )
}

/**
 * A channel's details (SPEC §10), as a sheet over the list: every field and date, the keys
 * with View/Copy/Update and Copy keys, Edit and Remove, SDK setup and the channel's history.
 * Opened by a row (click or Enter); after Create it opens with the secret revealed and focus
 * on Copy keys, so all three keys can be handed over at once.
 */
export function ChannelDetails({
  channel,
  revealSecret,
  secretTimeoutMs,
  actions,
  onClose,
  onEdit,
  onRemoved,
  onOpenSettings,
  returnFocusTo,
  age
}: {
  /** The channel shown; null closes the sheet. */
  readonly channel: ChannelView | null
  /** Show the AccessKeySecret as soon as the sheet opens (after Create). */
  readonly revealSecret: boolean
  readonly secretTimeoutMs: number
  readonly actions: ChannelActions
  readonly onClose: () => void
  readonly onEdit: (channel: ChannelView, origin: HTMLElement | null) => void
  readonly onRemoved: (channel: ChannelView) => void
  readonly onOpenSettings: () => void
  readonly returnFocusTo: () => HTMLElement | null
  /** The rotation policy and the time the secret-age badge is measured at. */
  readonly age: AgeContext
}) {
  const { t, i18n } = useTranslation()
  const labels = useRowLabels()
  const disabled = channel !== null && channel.disabledAt !== null
  const ageStatus = channel && secretAge(channel.secretUpdatedAt, age.policyDays, age.now)
  const ids = useId()
  const copyKeys = useRef<HTMLButtonElement>(null)
  const editButton = useRef<HTMLButtonElement>(null)
  const web = channel?.appType === 'WEB'

  return (
    <Dialog.Root open={channel !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog-sheet"
          onOpenAutoFocus={(event) => {
            if (!revealSecret) return
            event.preventDefault()
            copyKeys.current?.focus()
          }}
          onCloseAutoFocus={returnFocusOnClose(returnFocusTo)}
        >
          {channel && (
            <>
              <div className="dialog-header sheet-header">
                <div className="sheet-title">
                  <Dialog.Title className="dialog-title">{channel.name}</Dialog.Title>
                  <span className="badge">{labels.appTypes[channel.appType]}</span>
                  <StatusBadges channel={channel} labels={labels} age={age} />
                </div>
                <div className="sheet-actions">
                  <button
                    ref={editButton}
                    type="button"
                    className="btn btn-small"
                    aria-label={labels.editChannel(channel.name)}
                    onClick={() => onEdit(channel, editButton.current)}
                  >
                    <Pencil aria-hidden="true" />
                    {labels.edit}
                  </button>
                  <ConfirmDialog
                    trigger={
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={
                          disabled
                            ? labels.enableChannel(channel.name)
                            : labels.disableChannel(channel.name)
                        }
                      >
                        {disabled ? (
                          <CirclePlay aria-hidden="true" />
                        ) : (
                          <CirclePause aria-hidden="true" />
                        )}
                        {disabled ? labels.enable : labels.disable}
                      </button>
                    }
                    title={
                      disabled
                        ? labels.enableTitle(channel.name)
                        : labels.disableTitle(channel.name)
                    }
                    description={disabled ? labels.enableBody : labels.disableBody}
                    confirmLabel={disabled ? labels.enable : labels.disable}
                    tone={disabled ? 'primary' : 'danger'}
                    onConfirm={() => actions.setDisabled(channel, !disabled)}
                  />
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
                  <Dialog.Close asChild>
                    <button
                      type="button"
                      className="btn btn-icon"
                      aria-label={t('app.close')}
                      title={t('app.close')}
                    >
                      <X aria-hidden="true" />
                    </button>
                  </Dialog.Close>
                </div>
              </div>
              <Dialog.Description className="dialog-description">
                {t('details.description')}
              </Dialog.Description>

              <div className="sheet-body">
                <section className="details-section" aria-labelledby={`${ids}-config`}>
                  <h3 id={`${ids}-config`}>{t('details.configuration')}</h3>
                  <dl className="details-list">
                    <div className="details-row">
                      <dt>{t('fields.channelName')}</dt>
                      <dd className="details-name">{channel.name}</dd>
                    </div>
                    <div className="details-row">
                      <dt>{t('fields.collectedByQuickTracking')}</dt>
                      <dd>{t('actions.yes')}</dd>
                    </div>
                    <div className="details-row">
                      <dt>{t('fields.applicationType')}</dt>
                      <dd>{labels.appTypes[channel.appType]}</dd>
                    </div>
                    <div className="details-row">
                      <dt>
                        {web ? t('fields.networkDomain') : t('fields.platformTypeConfiguration')}
                      </dt>
                      <dd>
                        <ul className="details-targets">
                          {web
                            ? channel.domains.map((domain) => {
                                const unicode = domainToUnicode(domain)
                                return (
                                  <li key={domain}>
                                    <span className="domain">{unicode}</span>
                                    {unicode !== domain && (
                                      <span className="field-hint">
                                        {' '}
                                        {t('details.storedAs', { ascii: domain })}
                                      </span>
                                    )}
                                  </li>
                                )
                              })
                            : channel.platforms.map((platform) => (
                                <li key={platform}>{labels.platforms[platform]}</li>
                              ))}
                        </ul>
                      </dd>
                    </div>
                    <div className="details-row">
                      <dt>{t('fields.created')}</dt>
                      <dd>
                        <DateTime iso={channel.createdAt} language={i18n.language} />
                      </dd>
                    </div>
                    <div className="details-row">
                      <dt>{t('fields.edited')}</dt>
                      <dd>
                        <DateTime iso={channel.updatedAt} language={i18n.language} />
                      </dd>
                    </div>
                    <div className="details-row">
                      <dt>{t('fields.secretUpdated')}</dt>
                      <dd>
                        <DateTime iso={channel.secretUpdatedAt} language={i18n.language} />
                        {ageStatus?.kind === 'past' && (
                          <span className="field-hint">
                            {' '}
                            {t('row.pastPolicyHint', {
                              count: ageStatus.days,
                              days: age.policyDays
                            })}
                          </span>
                        )}
                      </dd>
                    </div>
                    <div className="details-row">
                      <dt>{t('fields.state')}</dt>
                      <dd>
                        {channel.disabledAt === null ? (
                          t('list.stateEnabled')
                        ) : (
                          <>
                            {t('list.stateDisabled')}{' '}
                            <DateTime iso={channel.disabledAt} language={i18n.language} />
                          </>
                        )}
                      </dd>
                    </div>
                  </dl>
                </section>

                <section className="details-section" aria-labelledby={`${ids}-keys`}>
                  <h3 id={`${ids}-keys`}>{t('details.keys')}</h3>
                  <dl className="details-list">
                    <KeyRow channel={channel} field="appKey" labels={labels} actions={actions} />
                    <KeyRow
                      channel={channel}
                      field="accessKeyId"
                      labels={labels}
                      actions={actions}
                    />
                    <div className="details-row">
                      <dt>{labels.fields.accessKeySecret}</dt>
                      <dd>
                        <SecretCell
                          channel={channel}
                          labels={labels}
                          secretTimeoutMs={secretTimeoutMs}
                          actions={actions}
                          revealOnMount={revealSecret}
                        />
                      </dd>
                    </div>
                  </dl>
                  <CopyKeys
                    channel={channel}
                    secretTimeoutMs={secretTimeoutMs}
                    buttonRef={copyKeys}
                  />
                </section>

                <section className="details-section" aria-labelledby={`${ids}-sdk`}>
                  <h3 id={`${ids}-sdk`}>{t('details.sdkSetup')}</h3>
                  <SdkSetup channel={channel} onOpenSettings={onOpenSettings} />
                </section>

                <section className="details-section" aria-labelledby={`${ids}-history`}>
                  <h3 id={`${ids}-history`}>{t('details.history')}</h3>
                  <History channel={channel} />
                </section>
              </div>
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
