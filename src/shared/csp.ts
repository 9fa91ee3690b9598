/**
 * The renderer's Content-Security-Policy, written once. The `app://` protocol sends it as a
 * response header (src/main/security/csp.ts) and the build writes the same text into the
 * page's `<meta>` (electron.vite.config.ts), so the two cannot drift apart. Both apply; the
 * header holds even if the built page were edited. The page's own copy carries a nonce for
 * styles, fresh per response (pagePolicy).
 *
 * Pure: no `electron`, `node:` or DOM imports (the Vite config imports it too).
 */

/** Directive name → allowed sources. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>

/**
 * The policy: only the app's own origin, no inline or eval'd script, no plugins, no `<base>`,
 * no form posts. `data:` images are the bundle's own inline SVG icons. `frame-ancestors` only
 * works as a header (the browser ignores it in a `<meta>`).
 */
export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"]
}

/** Write a directive map as a policy string. */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** `directives` with `extra` sources added to the directives they name. */
export function withSources(directives: CspDirectives, extra: CspDirectives): CspDirectives {
  const merged: Record<string, readonly string[]> = { ...directives }
  for (const [name, sources] of Object.entries(extra)) {
    merged[name] = [...(merged[name] ?? []), ...sources]
  }
  return merged
}

/** The policy of every response that is not the page (no nonce: nothing there can use one). */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES)

/**
 * Where the page's nonce goes. The build writes it into the page (the CSP `<meta>` and Vite's
 * `<meta property="csp-nonce">`, `html.cspNonce`); the app:// handler replaces every copy with
 * a fresh random nonce per response, and sends the same policy as the header. Libraries that
 * add a `<style>` at run time (Radix's scroll lock, through react-style-singleton) put the
 * page's nonce on it; nothing gets `'unsafe-inline'`.
 */
export const CSP_NONCE_PLACEHOLDER = 'CAM_CSP_NONCE'

/** The page's policy: CSP_DIRECTIVES, with its `<style>` elements allowed by `nonce`. */
export function pagePolicy(nonce: string): string {
  return serializeCsp(withSources(CSP_DIRECTIVES, { 'style-src': [`'nonce-${nonce}'`] }))
}
