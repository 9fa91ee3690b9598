/** Types for punycode.js's ES module (Mathias Bynens; it ships none). */
declare module 'punycode/punycode.es6.js' {
  /** Each `xn--` label of a domain name (or email address) in Unicode; other labels as they are. */
  export function toUnicode(input: string): string
  /** Each non-ASCII label of a domain name in punycode. */
  export function toASCII(input: string): string
}
