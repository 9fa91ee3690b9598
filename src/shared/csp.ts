/**
 * The renderer's Content-Security-Policy, written once. The `app://` protocol sends it as a
 * response header (src/main/security/csp.ts) and the build writes the same text into the
 * page's `<meta>` (electron.vite.config.ts), so the two cannot drift apart. Both apply; the
 * header holds even if the built page were edited.
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

/** The policy as the header and the built page's `<meta>` both carry it. */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES)
