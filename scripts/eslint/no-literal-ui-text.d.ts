import type { ESLint, Rule } from 'eslint'

/** No user-visible text written into JSX; see no-literal-ui-text.js. */
export declare const noLiteralUiText: Rule.RuleModule
declare const plugin: ESLint.Plugin
export default plugin
