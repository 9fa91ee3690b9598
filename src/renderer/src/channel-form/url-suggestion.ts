/**
 * "Use https://…": what a domain (or address) typed without its scheme most likely means. People
 * type `shop.example.com`; a Network Domain needs `https://shop.example.com`. Pure.
 */
import { normaliseOrigin } from '@shared/origin'
import { parseSdkUrl } from '@shared/settings'

/** Has a scheme (`https://`, `ftp://`): then nothing is suggested, the rules say what is wrong. */
const WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i

/** The https form of `value` when it lacks a scheme and that form would be valid; else null. */
export function httpsSuggestion(value: string, kind: 'origin' | 'url' = 'origin'): string | null {
  const typed = value.trim()
  if (typed === '' || WITH_SCHEME.test(typed)) return null
  const candidate = typed.startsWith('//') ? `https:${typed}` : `https://${typed}`
  if (kind === 'url') return parseSdkUrl(candidate)
  const result = normaliseOrigin(candidate)
  return result.ok ? result.origin : null
}
