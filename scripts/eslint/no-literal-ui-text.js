// @ts-check
/**
 * ESLint rule: no user-visible text written into JSX. Every word on screen comes from the
 * i18n resources (src/renderer/src/i18n/resources), so a literal in JSX is a string the other
 * language will never get. Reported:
 * - JSX text with a letter in it (`<p>Hello</p>`; `•••` and `—` are fine);
 * - a string with a letter as a JSX child expression (`{'Hello'}`, `` {`Hi ${name}`} ``);
 * - a string with a letter in an attribute people read or hear: aria-label, title,
 *   placeholder, alt and the like, and the text props of the app's own components.
 */

/** Attributes whose value is shown or spoken. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  // The app's own components (ConfirmDialog, SortableHeader, …).
  'description',
  'confirmLabel',
  'containerAriaLabel',
  'closeButtonAriaLabel'
])

const LETTER = /\p{L}/u

/** @param {any} node An expression: a string literal or template gives its text. */
function literalText(node) {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? '').join('')
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
export const noLiteralUiText = {
  meta: {
    type: 'problem',
    docs: { description: 'Words on screen come from the i18n resources, not from JSX literals.' },
    schema: [],
    messages: {
      text: 'Text on screen must come from the i18n resources (t(…)): "{{text}}".',
      attribute:
        'The {{name}} attribute is read by people: take it from the i18n resources (t(…)): "{{text}}".'
    }
  },
  create(context) {
    /** @param {string} text */
    const shown = (text) => text.trim().slice(0, 40)
    return {
      /** @param {any} node */
      JSXText(node) {
        if (LETTER.test(node.value)) {
          context.report({ node, messageId: 'text', data: { text: shown(node.value) } })
        }
      },
      /** @param {any} node */
      JSXExpressionContainer(node) {
        if (node.parent?.type === 'JSXAttribute') return
        const text = literalText(node.expression)
        if (text !== null && LETTER.test(text)) {
          context.report({ node, messageId: 'text', data: { text: shown(text) } })
        }
      },
      /** @param {any} node */
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null
        if (name === null || !TEXT_ATTRIBUTES.has(name) || node.value === null) return
        const value =
          node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value
        const text = literalText(value)
        if (text !== null && LETTER.test(text)) {
          context.report({ node, messageId: 'attribute', data: { name, text: shown(text) } })
        }
      }
    }
  }
}

export default { rules: { 'no-literal-ui-text': noLiteralUiText } }
