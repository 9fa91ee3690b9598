import { Copy } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { useSay } from '../i18n/say'

/** About: this computer's backup key, as its age public key, with Copy (main puts it on the clipboard). */
export function BackupKeySection() {
  const { t } = useTranslation()
  const { sayError } = useSay()
  const api = useApi()
  const notify = useNotify()
  const [recipient, setRecipient] = useState<string | null>(null)
  const [error, setError] = useState<AppErrorData | null>(null)

  useEffect(() => {
    let active = true
    void api.backup.publicKey().then((result) => {
      if (!active) return
      if (result.ok) setRecipient(result.value.recipient)
      else setError(result.error)
    })
    return () => {
      active = false
    }
  }, [api])

  const copy = async () => {
    const result = await api.backup.copyPublicKey()
    if (result.ok) notify.success(t('toasts.publicKeyCopied'))
    else notify.error(result.error)
  }

  return (
    <section className="about-key" aria-labelledby="about-backup-key">
      <h3 id="about-backup-key">{t('about.backupKey')}</h3>
      <p className="field-hint">{t('about.backupKeyHint')}</p>
      {error ? (
        <p className="field-error" role="alert">
          {sayError(error)}
        </p>
      ) : recipient === null ? (
        <p role="status">{t('about.backupKeyLoading')}</p>
      ) : (
        <div className="key-cell">
          <code className="key">{recipient}</code>
          <button type="button" className="btn btn-small" onClick={() => void copy()}>
            <Copy aria-hidden="true" />
            {t('about.copyPublicKey')}
          </button>
        </div>
      )}
    </section>
  )
}
