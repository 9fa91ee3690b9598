/** Typed keys: `t('actions.ok')` is checked against the English resources. */
import 'i18next'
import type { en } from './resources/en'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
    returnNull: false
  }
}
