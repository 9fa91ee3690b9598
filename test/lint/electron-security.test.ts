/**
 * The Electron security lint rules (scripts/eslint/electron-security.js): each fails on the
 * shape it exists to stop and lets the app's own code through; `npm run lint` applies them to
 * every main and preload file.
 */
import { ESLint, RuleTester } from 'eslint'
import { join } from 'node:path'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import {
  noUnsafePageLoad,
  openExternalThroughGuard,
  secureElectronOptions
} from '../../scripts/eslint/electron-security.js'

RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } })

tester.run('secure-electron-options', secureElectronOptions, {
  valid: [
    // src/main/window.ts, as it is.
    {
      code: `const p = { preload, contextIsolation: true, sandbox: true, nodeIntegration: false,
        nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true,
        allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false,
        disableBlinkFeatures: 'Auxclick', devTools: !isPackaged }`
    },
    // src/main/app-protocol.ts's privileges.
    { code: `const APP = { standard: true, secure: true, supportFetchAPI: true } as const` },
    // Reading an option is not setting it.
    { code: `const { sandbox, nodeIntegration } = prefs` },
    { code: `if (prefs.sandbox === false) throw new Error('x')` }
  ],
  invalid: [
    {
      code: `new BrowserWindow({ webPreferences: { sandbox: false } })`,
      errors: [{ messageId: 'value' }]
    },
    { code: `const p = { contextIsolation: false }`, errors: [{ messageId: 'value' }] },
    { code: `const p = { nodeIntegration: true }`, errors: [{ messageId: 'value' }] },
    { code: `const p = { 'webSecurity': false }`, errors: [{ messageId: 'value' }] },
    { code: `const p = { nodeIntegration: !isPackaged }`, errors: [{ messageId: 'value' }] },
    { code: `const p = { webviewTag: 1 }`, errors: [{ messageId: 'value' }] },
    {
      code: `const p = { allowRunningInsecureContent: true, experimentalFeatures: true }`,
      errors: [{ messageId: 'value' }, { messageId: 'value' }]
    },
    { code: `prefs.sandbox = false`, errors: [{ messageId: 'value' }] },
    {
      code: `const p = { enableBlinkFeatures: 'CSSHighlight' }`,
      errors: [{ messageId: 'forbidden' }]
    },
    {
      code: `protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, bypassCSP: true } }])`,
      errors: [{ messageId: 'forbidden' }]
    },
    {
      code: `const p = { corsEnabled: true, allowServiceWorkers: true }`,
      errors: [{ messageId: 'forbidden' }, { messageId: 'forbidden' }]
    }
  ]
})

tester.run('no-unsafe-page-load', noUnsafePageLoad, {
  valid: [
    { code: `win.loadURL(APP_ENTRY_URL)` },
    { code: `win.loadURL(devServerUrl ?? APP_ENTRY_URL)` },
    { code: `win.loadURL('app://renderer/index.html')` },
    { code: 'win.loadURL(`app://renderer/${page}`)' }
  ],
  invalid: [
    {
      code: `win.loadFile(join(__dirname, '../renderer/index.html'))`,
      errors: [{ messageId: 'loadFile' }]
    },
    { code: `win.webContents.loadURL('https://example.com')`, errors: [{ messageId: 'remote' }] },
    { code: `win.loadURL('http://localhost:5173')`, errors: [{ messageId: 'remote' }] },
    { code: 'win.loadURL(`file://${dir}/index.html`)', errors: [{ messageId: 'remote' }] },
    { code: `win.loadURL(' FILE:///etc/passwd')`, errors: [{ messageId: 'remote' }] }
  ]
})

tester.run('open-external-through-guard', openExternalThroughGuard, {
  valid: [
    // src/main/index.ts: the one hand-over to hardenApp.
    { code: `const open = hardenApp({ app, openExternal: (url) => shell.openExternal(url) })` },
    { code: `options.openExternal(url)` },
    { code: `other.shell.openPath(path)` }
  ],
  invalid: [
    { code: `void shell.openExternal(url)`, errors: [{ messageId: 'direct' }] },
    {
      code: `menu({ click: () => shell.openExternal('https://x.example') })`,
      errors: [{ messageId: 'direct' }]
    },
    { code: `const open = shell.openExternal`, errors: [{ messageId: 'direct' }] },
    { code: `hardenApp({ openExternal: shell.openExternal })`, errors: [{ messageId: 'direct' }] },
    {
      code: `hardenApp({ openLink: (url) => shell.openExternal(url) })`,
      errors: [{ messageId: 'direct' }]
    },
    { code: `const { openExternal } = shell`, errors: [{ messageId: 'direct' }] }
  ]
})

describe('eslint.config.js', () => {
  const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') })
  const RULES = [
    'electron-security/secure-electron-options',
    'electron-security/no-unsafe-page-load',
    'electron-security/open-external-through-guard'
  ]

  it.each(['src/main/index.ts', 'src/main/window.ts', 'src/preload/index.ts'])(
    'applies every Electron security rule to %s as an error',
    async (file) => {
      const config = (await eslint.calculateConfigForFile(file)) as {
        rules: Record<string, unknown>
      }
      for (const rule of RULES) expect(config.rules[rule], rule).toEqual([2])
    }
  )
})
