import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import {
  CSP_DIRECTIVES,
  CSP_NONCE_PLACEHOLDER,
  pagePolicy,
  serializeCsp,
  withSources
} from './src/shared/csp'

/**
 * `electron-vite dev` only: React's refresh preamble is an inline script, Vite injects CSS as
 * <style> tags and its client reaches the dev server over a WebSocket. Builds (and the app://
 * protocol's header) keep the strict policy.
 */
const DEV_SERVER_SOURCES = {
  'script-src': ["'unsafe-inline'"],
  'style-src': ["'unsafe-inline'"],
  'connect-src': ['ws:', 'http://localhost:*']
} as const

// electronegativity flags script-src 'self' as possibly weak; its suppression must sit on the
// line of the <meta> (npm run security:electronegativity scans the built page). Its HTML
// pattern ends the reason at any character but letters, digits and spaces.
const ELECTRONEGATIVITY_NOTE =
  '<!-- eng-disable CSP_GLOBAL_CHECK script src self is the app protocol which serves only the bundled renderer files -->'

const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i

const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * Writes the page's Content-Security-Policy `<meta>` from src/shared/csp.ts, the map the
 * app:// protocol's header comes from, right after the charset (a `<meta>` policy only covers
 * what follows it). src/renderer/index.html states no policy of its own. The built page's
 * policy names the nonce placeholder the app:// handler replaces per response; the dev
 * server's allows inline styles instead (a nonce would switch 'unsafe-inline' off).
 */
const cspMeta = (): Plugin => {
  let serving = false
  return {
    name: 'cam-csp-meta',
    configResolved: (config) => {
      serving = config.command === 'serve'
    },
    transformIndexHtml: (html) => {
      if (/http-equiv=["']?Content-Security-Policy/i.test(html))
        throw new Error('index.html states its own CSP; the policy lives in src/shared/csp.ts.')
      if (!CHARSET_META.test(html)) throw new Error('index.html needs a <meta charset>.')
      const policy = serving
        ? serializeCsp(withSources(CSP_DIRECTIVES, DEV_SERVER_SOURCES))
        : pagePolicy(CSP_NONCE_PLACEHOLDER)
      const meta = `<meta http-equiv="Content-Security-Policy" content="${attribute(policy)}" />`
      return html.replace(
        CHARSET_META,
        (charset) => `${charset}\n    ${meta}${ELECTRONEGATIVITY_NOTE}`
      )
    }
  }
}

// sonner adds its stylesheet as a <style> when it is imported; the same CSS is loaded as a file
// (sonner/dist/styles.css, src/renderer/src/main.tsx), so the build drops the injection instead
// of allowing it. If a new sonner injects differently, the build fails here rather than the
// page losing its styles or logging a CSP violation.
const SONNER_MODULE = /[\\/]node_modules[\\/]sonner[\\/]dist[\\/]index\.m?js$/
const SONNER_INSERT_CSS = /__insertCSS\("(?:[^"\\]|\\.)*"\);?/

const sonnerStylesAsFile = (): Plugin => ({
  name: 'cam-sonner-styles-as-file',
  apply: 'build',
  transform(code, id) {
    if (!SONNER_MODULE.test(id)) return undefined
    if (!SONNER_INSERT_CSS.test(code)) {
      this.error('sonner no longer injects its CSS with __insertCSS("…"): update this plugin.')
    }
    return { code: code.replace(SONNER_INSERT_CSS, ''), map: null }
  }
})

const shared = { '@shared': resolve('src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      // Bundle every dependency into out/main: an ESM import of a package from inside app.asar
      // is a path Electron has broken before (28, 29, 35), and the bundle is what the tests run.
      externalizeDeps: false,
      rollupOptions: {
        // keytar is a native module: it must stay a runtime require (its .node file is unpacked).
        external: ['electron', 'keytar']
      }
    }
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload can only `require('electron')`: bundle everything else
      // into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false }
      }
    }
  },
  renderer: {
    resolve: {
      alias: { ...shared, '@renderer': resolve('src/renderer/src') }
    },
    // Vite writes the nonce placeholder on the page's tags and in <meta property="csp-nonce">,
    // where the renderer reads it for the styles libraries add (src/renderer/src/csp-nonce.ts).
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
    plugins: [react(), cspMeta(), sonnerStylesAsFile()],
    // Minified: every start parses the bundle, and at ~1.8 MB unminified that was most of the
    // ~230 ms before the page asked for its list (npm run bench, "boot").
    build: { minify: true }
  }
})
