// @ts-check
/**
 * ESLint rules for the Electron security checklist, on main and preload code
 * (docs/security.md). Each guard is a module tested on its own and the entry's wiring is
 * tested by starting the built app (test/security/entry-wiring.test.ts); these rules keep any
 * file from quietly going around them:
 * - secure-electron-options: the web preferences that must stay on or off are written as
 *   that literal (no `sandbox: false`, no `nodeIntegration: isDev`), and scheme privileges
 *   that bypass the CSP or widen the origin are never written at all;
 * - no-unsafe-page-load: no `loadFile()` (file:// pages) and no `loadURL()` of a literal
 *   http(s) or file URL — the app loads its own app:// page;
 * - open-external-through-guard: `shell.openExternal` only as the function handed to the
 *   guards (`openExternal: (url) => shell.openExternal(url)`), which check the URL first.
 */

/** Web preferences and the only value each may have. */
const REQUIRED_VALUES = new Map([
  ['contextIsolation', true],
  ['sandbox', true],
  ['webSecurity', true],
  ['nodeIntegration', false],
  ['nodeIntegrationInWorker', false],
  ['nodeIntegrationInSubFrames', false],
  ['allowRunningInsecureContent', false],
  ['experimentalFeatures', false],
  ['webviewTag', false]
])

/** Options the app never sets: Blink features on, and scheme privileges past the CSP or CORS. */
const FORBIDDEN_OPTIONS = new Set([
  'enableBlinkFeatures',
  'bypassCSP',
  'allowServiceWorkers',
  'corsEnabled'
])

/** @param {any} node A property key or member property: its name, if it has a fixed one. */
function keyName(node) {
  if (node.type === 'Identifier') return node.name
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  return null
}

/**
 * @param {any} node The value an option is given.
 * @param {import('eslint').SourceCode} sourceCode
 */
function describeValue(node, sourceCode) {
  return sourceCode.getText(node).slice(0, 40)
}

/** @type {import('eslint').Rule.RuleModule} */
export const secureElectronOptions = {
  meta: {
    type: 'problem',
    docs: { description: 'Security-relevant Electron options keep their safe literal value' },
    schema: [],
    messages: {
      value:
        '`{{name}}` must be the literal `{{required}}` (Electron security checklist), not `{{given}}`.',
      forbidden: '`{{name}}` is never set: it weakens the sandbox, the CSP or the origin.'
    }
  },
  create(context) {
    const sourceCode = context.sourceCode
    /** @param {any} node @param {string | null} name @param {any} value */
    const check = (node, name, value) => {
      if (name === null) return
      if (FORBIDDEN_OPTIONS.has(name)) {
        context.report({ node, messageId: 'forbidden', data: { name } })
        return
      }
      if (!REQUIRED_VALUES.has(name)) return
      const required = REQUIRED_VALUES.get(name)
      if (value.type === 'Literal' && value.value === required) return
      context.report({
        node,
        messageId: 'value',
        data: { name, required: String(required), given: describeValue(value, sourceCode) }
      })
    }
    return {
      /** @param {any} node */
      Property(node) {
        // `{ sandbox } = prefs` reads an option; only object literals set one.
        if (node.parent.type !== 'ObjectExpression' || node.computed) return
        check(node, keyName(node.key), node.value)
      },
      /** @param {any} node */
      AssignmentExpression(node) {
        if (node.left.type !== 'MemberExpression' || node.left.computed) return
        check(node, keyName(node.left.property), node.right)
      }
    }
  }
}

const UNSAFE_URL = /^\s*(https?|file):/i

/** @param {any} node A call argument: its text when written literally. */
function literalText(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node?.type === 'TemplateLiteral') return node.quasis[0]?.value.cooked ?? ''
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
export const noUnsafePageLoad = {
  meta: {
    type: 'problem',
    docs: { description: 'Pages come from app://, never file:// or a remote URL' },
    schema: [],
    messages: {
      loadFile: '`loadFile()` loads a file:// page; serve it through the app:// protocol.',
      remote: '`loadURL({{url}})` loads a page that is not the app’s own app:// page.'
    }
  },
  create(context) {
    return {
      /** @param {any} node */
      CallExpression(node) {
        const callee = node.callee
        if (callee.type !== 'MemberExpression' || callee.computed) return
        const method = keyName(callee.property)
        if (method === 'loadFile') context.report({ node, messageId: 'loadFile' })
        if (method !== 'loadURL') return
        const url = literalText(node.arguments[0])
        if (url !== null && UNSAFE_URL.test(url)) {
          context.report({ node, messageId: 'remote', data: { url: JSON.stringify(url) } })
        }
      }
    }
  }
}

/** @param {any} node True for `shell.openExternal`. */
const isShellOpenExternal = (node) =>
  node.type === 'MemberExpression' &&
  !node.computed &&
  node.object.type === 'Identifier' &&
  node.object.name === 'shell' &&
  keyName(node.property) === 'openExternal'

/** @param {any} node `shell.openExternal`: true when it is the call in `openExternal: (url) => shell.openExternal(url)`. */
function isGuardHandOver(node) {
  const call = node.parent
  const arrow = call?.parent
  const property = arrow?.parent
  return (
    call?.type === 'CallExpression' &&
    call.callee === node &&
    arrow?.type === 'ArrowFunctionExpression' &&
    arrow.body === call &&
    property?.type === 'Property' &&
    property.value === arrow &&
    keyName(property.key) === 'openExternal'
  )
}

/** @type {import('eslint').Rule.RuleModule} */
export const openExternalThroughGuard = {
  meta: {
    type: 'problem',
    docs: { description: 'shell.openExternal is only handed to the link guards' },
    schema: [],
    messages: {
      direct:
        '`shell.openExternal` is only handed to the guards (`openExternal: (url) => shell.openExternal(url)` in hardenApp), which allow-list the URL first; open links with their opener.'
    }
  },
  create(context) {
    return {
      /** @param {any} node */
      MemberExpression(node) {
        if (isShellOpenExternal(node) && !isGuardHandOver(node)) {
          context.report({ node, messageId: 'direct' })
        }
      },
      /** @param {any} node `const { openExternal } = shell` */
      VariableDeclarator(node) {
        if (node.id.type !== 'ObjectPattern' || node.init?.type !== 'Identifier') return
        if (node.init.name !== 'shell') return
        for (const property of node.id.properties) {
          if (property.type === 'Property' && keyName(property.key) === 'openExternal') {
            context.report({ node: property, messageId: 'direct' })
          }
        }
      }
    }
  }
}

export default {
  rules: {
    'secure-electron-options': secureElectronOptions,
    'no-unsafe-page-load': noUnsafePageLoad,
    'open-external-through-guard': openExternalThroughGuard
  }
}
