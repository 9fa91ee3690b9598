/**
 * Values written into generated source code, escaped for the language they land in, so no
 * value — a hostile channel name, a hand-edited domain in settings.json — can end the string
 * literal or comment it sits in and become code. Each function returns the whole literal,
 * quotes included. Pure.
 */

const hex = (code: number, width: number): string =>
  code.toString(16).toUpperCase().padStart(width, '0')

/**
 * Invisible characters that change how code reads: C1 controls, bidi overrides, zero-width
 * joiners, U+2028/U+2029. (C0 controls are handled before this is asked.)
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

/** `\\uXXXX` per UTF-16 unit: Java spells a character beyond U+FFFF as its surrogate pair. */
const utf16Units = (char: string): string =>
  [...Array(char.length).keys()].map((i) => `\\u${hex(char.charCodeAt(i), 4)}`).join('')

// Every escaper first replaces lone surrogates (half a character, which no source file can
// hold) with U+FFFD, as `toWellFormed()` does.

/**
 * A JavaScript / TypeScript (ArkTS) string literal in single quotes, safe inside an HTML
 * `<script>` too: `\`, `'`, `"`, line terminators (including U+2028/U+2029), other control and
 * format characters and lone surrogates are escaped, and so are `<` and `>` (no `</script>` or
 * `<!--` can appear).
 */
export function jsString(value: string): string {
  let out = "'"
  for (const char of value.toWellFormed()) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\\') out += '\\\\'
    else if (char === "'") out += "\\'"
    else if (char === '"') out += '\\"'
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (char === '\t') out += '\\t'
    else if (char === '<' || char === '>' || code < 0x20 || code === 0x7f)
      out += `\\x${hex(code, 2)}`
    else if (INVISIBLE.test(char)) out += `\\u{${hex(code, 4)}}`
    else out += char
  }
  return `${out}'`
}

/**
 * A Java string literal. Java turns `\uXXXX` into a character before it reads the source, so
 * an escape of that form could close the literal: none is ever written, every backslash is
 * doubled (a doubled one starts no such escape), and control characters are written in octal.
 * Invisible characters (bidi overrides, zero-width ones) are spelt `\\uXXXX`: they can neither
 * end a literal nor a line, and the reader sees them.
 */
export function javaString(value: string): string {
  let out = '"'
  for (const char of value.toWellFormed()) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\\') out += '\\\\'
    else if (char === '"') out += '\\"'
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (char === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, '0')}`
    else if (INVISIBLE.test(char)) out += utf16Units(char)
    else out += char
  }
  return `${out}"`
}

/**
 * An Objective-C NSString literal (`@"…"`). As in C: `\` and `"` escaped, control characters
 * in three-digit octal (a longer hex escape would swallow the next character), and `?` escaped
 * so no trigraph (`??/` is a backslash) can form; invisible characters as `\\uXXXX`.
 */
export function objcString(value: string): string {
  let out = '@"'
  for (const char of value.toWellFormed()) {
    const code = char.codePointAt(0) ?? 0
    if (char === '\\') out += '\\\\'
    else if (char === '"') out += '\\"'
    else if (char === '?') out += '\\?'
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (char === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, '0')}`
    else if (code >= 0x80 && code < 0xa0)
      out += '\uFFFD' // C allows no \\u below U+00A0
    else if (INVISIBLE.test(char))
      out += code > 0xffff ? `\\U${hex(code, 8)}` : `\\u${hex(code, 4)}`
    else out += char
  }
  return `${out}"`
}

/**
 * Text for a one-line comment in any of the snippets' languages (`//` in Java, Objective-C,
 * JavaScript, ArkTS; `<!-- -->` in HTML). Nothing in it can end the comment or the line:
 * line terminators and other control or format characters (bidi overrides too) become spaces,
 * half characters (lone surrogates) U+FFFD;
 * `\` (a C line continuation, a Java Unicode escape) and `<`, `>` (`-->`, `</script>`) become
 * their full-width forms, and `??` (a C trigraph) is broken up. People still read the name.
 */
export function commentText(value: string): string {
  return value
    .toWellFormed()
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\\/g, '\uFF3C')
    .replace(/</g, '\uFF1C')
    .replace(/>/g, '\uFF1E')
    .replace(/\?(?=\?)/g, '\uFF1F')
}
