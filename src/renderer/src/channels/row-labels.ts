import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  APP_PLATFORMS,
  APP_TYPES,
  MINI_PROGRAM_PLATFORMS,
  type AppType,
  type Platform
} from '@shared/channel'
import { DUE_WINDOW_DAYS } from '@shared/secret-age'
import { formatDateTime } from '../i18n/format'

/** Stands in for a channel's name while a label is translated once, then is replaced per row. */
const NAME_SLOT = '\u0000'

/** A label translated once with a slot for the name; filling it in costs no i18next call. */
function withName(template: string): (name: string) => string {
  const parts = template.split(NAME_SLOT)
  return (name) => parts.join(name)
}

/**
 * Every word the channel rows show, translated once per language rather than per cell on
 * every render: thousands of rows then cost no i18next lookups, and the rows need no
 * `useTranslation` of their own (a new object, so memoised rows follow a language change).
 */
export function useRowLabels() {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return useMemo(() => {
    const fields = {
      appKey: t('fields.appKey'),
      accessKeyId: t('fields.accessKeyId'),
      accessKeySecret: t('fields.accessKeySecret')
    }
    const copyOf = (field: string) => withName(t('row.copyFieldOf', { field, name: NAME_SLOT }))
    return {
      fields,
      appTypes: Object.fromEntries(
        APP_TYPES.map((type) => [type, t(`appTypes.${type}`)])
      ) as Record<AppType, string>,
      platforms: Object.fromEntries(
        [...APP_PLATFORMS, ...MINI_PROGRAM_PLATFORMS].map((p) => [p, t(`platforms.${p}`)])
      ) as Record<Platform, string>,
      copy: t('actions.copy'),
      view: t('actions.view'),
      hide: t('actions.hide'),
      update: t('actions.update'),
      edit: t('actions.edit'),
      remove: t('actions.remove'),
      maskedSecret: t('row.maskedSecret'),
      secretMissing: t('row.secretMissing'),
      secretMissingHint: t('row.secretMissingHint'),
      rotateTitle: t('confirm.rotateTitle'),
      removeBody: t('confirm.removeBody'),
      copyAppKeyOf: copyOf(fields.appKey),
      copyAccessKeyIdOf: copyOf(fields.accessKeyId),
      copySecretOf: copyOf(fields.accessKeySecret),
      viewSecretOf: withName(t('row.viewSecretOf', { name: NAME_SLOT })),
      hideSecretOf: withName(t('row.hideSecretOf', { name: NAME_SLOT })),
      updateSecretOf: withName(t('row.updateSecretOf', { name: NAME_SLOT })),
      enterSecretOf: withName(t('row.enterSecretOf', { name: NAME_SLOT })),
      editChannel: withName(t('row.editChannel', { name: NAME_SLOT })),
      removeChannel: withName(t('row.removeChannel', { name: NAME_SLOT })),
      actionsFor: withName(t('row.actionsFor', { name: NAME_SLOT })),
      detailsOf: withName(t('row.detailsOf', { name: NAME_SLOT })),
      removeTitle: withName(t('confirm.removeTitle', { name: NAME_SLOT })),
      rotateBody: withName(t('confirm.rotateBody', { name: NAME_SLOT })),
      rotateMissingBody: withName(t('confirm.rotateMissingBody', { name: NAME_SLOT })),
      disableChannel: withName(t('row.disableChannel', { name: NAME_SLOT })),
      enableChannel: withName(t('row.enableChannel', { name: NAME_SLOT })),
      disableTitle: withName(t('confirm.disableTitle', { name: NAME_SLOT })),
      enableTitle: withName(t('confirm.enableTitle', { name: NAME_SLOT })),
      disableBody: t('confirm.disableBody'),
      enableBody: t('confirm.enableBody'),
      disable: t('actions.disable'),
      enable: t('actions.enable'),
      disabled: t('row.disabled'),
      pastPolicy: t('row.pastPolicy'),
      // "Due in N days" for the 14 days of the due window, so a row needs no i18next call.
      dueIn: Array.from({ length: DUE_WINDOW_DAYS + 1 }, (_, count) =>
        t('row.dueIn', { count })
      ) as readonly string[],
      formatDateTime: (iso: string) => formatDateTime(iso, language),
      language
    }
  }, [t, language])
}

export type RowLabels = ReturnType<typeof useRowLabels>
