/** highlight.js's language modules ship no types of their own; each is a LanguageFn. */
declare module 'highlight.js/lib/languages/*' {
  import type { LanguageFn } from 'highlight.js'
  const language: LanguageFn
  export default language
}
