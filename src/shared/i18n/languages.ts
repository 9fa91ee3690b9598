/**
 * The languages the interface speaks, and how an OS or browser language picks one. Shared by
 * main (the native menu, from `app.getLocale()`) and the renderer. Pure.
 */
export const LANGUAGES = ['en', 'zh-CN'] as const
export type Language = (typeof LANGUAGES)[number]

export const DEFAULT_LANGUAGE: Language = 'en'

/** True for a language the interface speaks. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/**
 * The first supported language in a preference list (BCP 47 tags such as `zh-Hans-CN`,
 * `en_US`); English when none is. Every Chinese variant gets Simplified Chinese, the only
 * Chinese the interface has.
 */
export function matchLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const lower = tag.toLowerCase().replace(/_/g, '-')
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN'
    if (lower === 'en' || lower.startsWith('en-')) return 'en'
  }
  return DEFAULT_LANGUAGE
}
