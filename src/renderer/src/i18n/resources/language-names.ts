import type { Language } from '@shared/i18n/languages'

/**
 * Each language's name in itself (an autonym), the same in every language's resources: a
 * reader looks for their own language by the name they know it by.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  'zh-CN': '简体中文'
}
