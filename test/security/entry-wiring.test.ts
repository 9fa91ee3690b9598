/**
 * The Electron entry (src/main/index.ts) cannot run here (no Electron runtime), so every
 * guard lives in a module tested on its own. This test checks, on the entry's source, that
 * each of those modules is actually wired in, and that nothing bypasses them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const entry = readFileSync(join(ROOT, 'src/main/index.ts'), 'utf8')
/** Source without comments (which may name what the code avoids). */
const code = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '')
const mainSources = ['index.ts', 'window.ts', 'hardening.ts', 'app-protocol.ts'].map((f) =>
  code(readFileSync(join(ROOT, 'src/main', f), 'utf8'))
)

describe('the Electron entry wires every guard', () => {
  it.each([
    [
      'app:// registered as privileged with the reviewed privileges',
      /registerSchemesAsPrivileged\(\[\{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES \}\]\)/
    ],
    [
      'the renderer served by the tested protocol handler (traversal refused, CSP header)',
      /protocol\.handle\(\s*APP_SCHEME,\s*createAppProtocolHandler\(/
    ],
    [
      'navigation, window, webview and permission guards installed',
      /hardenApp\(\{[\s\S]*defaultSession: session\.defaultSession[\s\S]*isAppUrl: isOwnUrl/
    ],
    ['the window built with the tested secure options', /createMainWindow\(BrowserWindow, \{/],
    [
      'the app page loaded from app:// (or the dev server in development)',
      /url: devServerUrl \?\? APP_ENTRY_URL/
    ],
    [
      'the dev server trusted only in unpackaged builds',
      /app\.isPackaged \? undefined : process\.env\['ELECTRON_RENDERER_URL'\]/
    ],
    [
      'IPC senders checked: main frame of the app window only',
      /isAppMainFrame\(event, mainWindow, isOwnUrl\)/
    ],
    ['refused IPC calls written to the audit log', /onRejected: refusals\.onRejected/],
    [
      'every IPC method registered through the one dispatcher',
      /registerIpc\([\s\S]*createDispatcher\(services\.handlers, \{/
    ],
    ['one redacting logger for the whole main process', /createAppLogger\(/],
    ['the services given that logger', /services = await createAppServices\(\{[\s\S]*\blog,/]
  ])('%s', (_label, pattern) => {
    expect(entry).toMatch(pattern)
  })

  it('never loads file:// pages, remote pages, or grants privileges that bypass the CSP', () => {
    for (const source of mainSources) {
      expect(source).not.toMatch(/\.loadFile\(|loadURL\(\s*['"`](https?|file):/)
      expect(source).not.toMatch(/bypassCSP|allowServiceWorkers|corsEnabled/)
      expect(source).not.toMatch(
        /nodeIntegration:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/
      )
    }
  })

  it('calls shell.openExternal only inside the guard hand-over', () => {
    const calls = entry.match(/shell\.openExternal\(/g) ?? []
    expect(calls).toHaveLength(1)
    expect(entry).toMatch(/openExternal: \(url\) => shell\.openExternal\(url\)/)
  })
})
