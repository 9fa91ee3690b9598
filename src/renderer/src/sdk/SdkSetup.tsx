import { Copy, Download, ExternalLink, Settings as SettingsIcon } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelView } from '@shared/channel'
import { isLanguage, DEFAULT_LANGUAGE } from '@shared/i18n/languages'
import {
  generateSnippet,
  missingSettings,
  sdkTargets,
  snippetInfo,
  snippetsOfTarget,
  snippetValues,
  type SdkTarget,
  type SnippetId
} from '@shared/sdk/snippets'
import type { Settings } from '@shared/settings'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { useSettings } from '../settings/use-settings'
import { CodeBlock } from './CodeBlock'
import { Tabs } from './Tabs'

type WhereKey = 'web' | 'android' | 'ios' | 'harmonyos.qtconfig' | 'harmonyos.init' | 'miniprogram'

const whereKey = (id: SnippetId): WhereKey =>
  id.startsWith('miniprogram.') ? 'miniprogram' : (id as WhereKey)

/** One snippet: where it goes, the code, Copy (and Save for a whole file), and its guide. */
function Snippet({
  channel,
  id,
  targetLabel,
  settings,
  onOpenSettings
}: {
  readonly channel: ChannelView
  readonly id: SnippetId
  readonly targetLabel: string
  readonly settings: Settings
  readonly onOpenSettings: () => void
}) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const notify = useNotify()
  const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
  const info = snippetInfo(id)
  const where = t(`sdk.where.${whereKey(id)}`)
  const what = `${targetLabel} — ${where}`
  const missing = missingSettings(id, settings)

  const copy = async (): Promise<void> => {
    const result = await api.sdk.copySnippet({ id: channel.id, snippet: id, language })
    if (result.ok) notify.success(t('toasts.codeCopied', { what }))
    else notify.error(result.error)
  }
  const save = async (): Promise<void> => {
    const result = await api.sdk.saveHarmonyConfig({ id: channel.id })
    if (!result.ok) notify.error(result.error)
    else if (result.value.saved) notify.success(t('toasts.fileSaved', { path: result.value.path }))
  }

  return (
    <div className="snippet">
      <div className="snippet-header">
        <h4 className="snippet-where">{where}</h4>
        <a
          className="guide-link"
          href={info.guide[language]}
          target="_blank"
          rel="noreferrer"
          aria-label={t('sdk.guideOf', { what: targetLabel })}
        >
          <ExternalLink aria-hidden="true" />
          {t('sdk.guide')}
        </a>
      </div>
      {missing.length > 0 ? (
        <div className="snippet-missing" role="note">
          <p>
            {missing.includes('collectionDomain') ? t('sdk.needsDomain') : t('sdk.needsWebSdk')}
          </p>
          <button type="button" className="btn btn-small" onClick={onOpenSettings}>
            <SettingsIcon aria-hidden="true" />
            {t('actions.openSettings')}
          </button>
        </div>
      ) : (
        <>
          <CodeBlock
            code={generateSnippet(id, snippetValues(channel, settings), language)}
            language={info.language}
            label={what}
          />
          <div className="snippet-actions">
            <button
              type="button"
              className="btn btn-small"
              aria-label={t('sdk.copyCodeOf', { what })}
              onClick={() => void copy()}
            >
              <Copy aria-hidden="true" />
              {t('sdk.copyCode')}
            </button>
            {info.fileName && (
              <button type="button" className="btn btn-small" onClick={() => void save()}>
                <Download aria-hidden="true" />
                {t('sdk.saveFile', { file: info.fileName })}
              </button>
            )}
          </div>
        </>
      )}
    </div>
  )
}

/** The note under a platform's code: what the code alone does not do. */
function noteOf(target: SdkTarget): 'web' | 'app' | 'miniprogram' {
  if (target === 'WEB') return 'web'
  return target === 'ANDROID' || target === 'IOS' || target === 'HARMONYOS' ? 'app' : 'miniprogram'
}

/**
 * SDK setup (SPEC §10): for each platform of the channel, the Quick Tracking SDK's set-up code
 * with its APPKEY and the data collection domain filled in, one tab per platform.
 */
export function SdkSetup({
  channel,
  onOpenSettings
}: {
  readonly channel: ChannelView
  readonly onOpenSettings: () => void
}) {
  const { t } = useTranslation()
  const { settings } = useSettings()
  const targets = sdkTargets(channel)
  const [selected, setSelected] = useState<string>(targets[0] ?? 'WEB')
  const label = (target: SdkTarget): string =>
    target === 'WEB' ? t('appTypes.WEB') : t(`platforms.${target}`)

  if (settings === null) return <p role="status">{t('app.loading')}</p>

  return (
    <div className="sdk-setup">
      <p className="field-hint">{t('sdk.intro')}</p>
      <Tabs
        label={t('sdk.platforms')}
        selected={selected}
        onSelect={setSelected}
        tabs={targets.map((target) => ({
          id: target,
          label: label(target),
          panel: (
            <>
              {snippetsOfTarget(target).map((id) => (
                <Snippet
                  key={id}
                  channel={channel}
                  id={id}
                  targetLabel={label(target)}
                  settings={settings}
                  onOpenSettings={onOpenSettings}
                />
              ))}
              <p className="field-hint snippet-note">{t(`sdk.notes.${noteOf(target)}`)}</p>
            </>
          )
        }))}
      />
    </div>
  )
}
