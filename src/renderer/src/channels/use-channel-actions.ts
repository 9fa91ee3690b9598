import { useMemo } from 'react'
import type { ChannelView, CopyableField } from '@shared/channel'
import { assertNever, type AppErrorData } from '@shared/errors'
import { useApi } from '../api/api-context'
import { useNotify } from '../app/use-notify'
import { useTranslation } from 'react-i18next'

/**
 * Copy, rotate and remove for one list: each calls main, then toasts the outcome. The list
 * learns of a change from main's `channels.changed` event, not from here.
 */
export function useChannelActions(secretTimeoutMs: number) {
  const api = useApi()
  const notify = useNotify()
  const { t } = useTranslation()

  return useMemo(() => {
    const copiedMessage = (field: CopyableField): string => {
      switch (field) {
        case 'appKey':
          return t('toasts.copiedAppKey')
        case 'accessKeyId':
          return t('toasts.copiedAccessKeyId')
        case 'accessKeySecret':
          return t('toasts.copiedSecret', { count: Math.round(secretTimeoutMs / 1000) })
        default:
          return assertNever(field)
      }
    }

    return {
      /** Main puts the value on the clipboard; the renderer never holds a copied secret. */
      copy: async (channel: ChannelView, field: CopyableField): Promise<void> => {
        const result = await api.channels.copy({ id: channel.id, field })
        if (result.ok) notify.success(copiedMessage(field))
        else notify.error(result.error)
      },
      rotate: async (channel: ChannelView): Promise<boolean> => {
        const result = await api.channels.rotateSecret({ id: channel.id })
        if (result.ok) {
          notify.success(t('toasts.rotated'), t('toasts.rotatedDescription'))
        } else {
          notify.error(result.error)
        }
        return result.ok
      },
      /** Enter secret…: null when main stored it, else the error for the dialog to show. */
      enterSecret: async (channel: ChannelView, secret: string): Promise<AppErrorData | null> => {
        const result = await api.channels.enterSecret({ id: channel.id, secret })
        if (!result.ok) return result.error
        notify.success(t('toasts.secretEntered'))
        return null
      },
      /** Disable or enable (SPEC §11); the list hears of it from main's change event. */
      setDisabled: async (channel: ChannelView, disable: boolean): Promise<boolean> => {
        const result = disable
          ? await api.channels.disable({ id: channel.id })
          : await api.channels.enable({ id: channel.id })
        if (result.ok) {
          notify.success(t(disable ? 'toasts.disabled' : 'toasts.enabled', { name: channel.name }))
        } else {
          notify.error(result.error)
        }
        return result.ok
      },
      remove: async (channel: ChannelView): Promise<boolean> => {
        const result = await api.channels.remove({ id: channel.id })
        if (result.ok) {
          notify.success(t('toasts.removed', { name: channel.name }))
        } else {
          notify.error(result.error)
        }
        return result.ok
      }
    }
  }, [api, notify, t, secretTimeoutMs])
}

export type ChannelActions = ReturnType<typeof useChannelActions>
