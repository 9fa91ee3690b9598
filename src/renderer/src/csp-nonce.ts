import { setNonce } from 'get-nonce'

/**
 * Hand the page's style nonce to the libraries that add a `<style>` at run time: Radix's
 * dialogs lock scrolling through react-remove-scroll, whose react-style-singleton asks
 * get-nonce for it. The app:// handler writes a fresh nonce per response into
 * `<meta property="csp-nonce">` (Vite's `html.cspNonce`) and names it in the page's
 * Content-Security-Policy (src/shared/csp.ts), so those styles apply and nothing gets
 * `'unsafe-inline'`. Call once, before the first render.
 */
export function applyStyleNonce(doc: Document = document): void {
  const nonce = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce
  if (nonce) setNonce(nonce)
}
