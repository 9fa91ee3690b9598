import type { ESLint, Rule } from 'eslint'

/** Security-relevant Electron options keep their safe literal value; see electron-security.js. */
export declare const secureElectronOptions: Rule.RuleModule
/** No loadFile() and no loadURL() of a literal http(s)/file URL. */
export declare const noUnsafePageLoad: Rule.RuleModule
/** shell.openExternal only as the function handed to the link guards. */
export declare const openExternalThroughGuard: Rule.RuleModule
declare const plugin: ESLint.Plugin
export default plugin
