/**
 * Minimal lexers for the SDK snippets' compiled languages, written from the language rules
 * (not from the app's escapers), so a test can see what a compiler would: which parts of a
 * generated file are code, which are comments and what each string literal's value is.
 *
 * - Java (JLS §3.3, §3.7, §3.10.5): Unicode escapes are turned into characters first, then
 *   comments and literals are read; a line comment ends at CR or LF.
 * - Objective-C (C11 §5.1.1.2, §6.4.4.4): trigraphs, then line splicing (backslash-newline),
 *   then comments and literals.
 *
 * `skeleton` is the source with each literal replaced by `"…"` and each comment by `/*…*\/`:
 * two sources with the same skeleton are the same program but for literal values.
 */

export interface Lexed {
  readonly skeleton: string
  readonly literals: readonly string[]
  readonly comments: readonly string[]
}

/** JLS §3.3: a `\` preceded by an even number of `\` and followed by u+XXXX is a character. */
export function javaUnicodeEscapes(source: string): string {
  let out = ''
  let i = 0
  while (i < source.length) {
    if (source[i] === '\\' && source[i + 1] === 'u') {
      let before = 0
      while (i - before - 1 >= 0 && source[i - before - 1] === '\\') before++
      if (before % 2 === 0) {
        let k = i + 1
        while (source[k] === 'u') k++
        const hex = source.slice(k, k + 4)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Error(`bad Unicode escape at ${i}`)
        out += String.fromCharCode(parseInt(hex, 16))
        i = k + 4
        continue
      }
    }
    out += source[i]
    i++
  }
  return out
}

const TRIGRAPHS: Readonly<Record<string, string>> = {
  '=': '#',
  '(': '[',
  '/': '\\',
  ')': ']',
  "'": '^',
  '<': '{',
  '!': '|',
  '>': '}',
  '-': '~'
}

/** C translation phases 1–2: trigraphs, then a backslash at the end of a line joins the next. */
export function cPhases(source: string): string {
  return source
    .replace(/\?\?([=(/)'<!>-])/g, (_, c: string) => TRIGRAPHS[c])
    .replace(/\\\r?\n/g, '')
}

type Escapes = (body: string, at: number) => { value: string; length: number }

/** Read a quoted literal starting at `start` (the quote); throws if a line ends first. */
function readQuoted(
  source: string,
  start: number,
  escapes: Escapes
): { value: string; end: number } {
  const quote = source[start]
  let value = ''
  let i = start + 1
  for (;;) {
    const c = source[i]
    if (c === undefined || c === '\n' || c === '\r')
      throw new Error(`unterminated literal at ${start}`)
    if (c === quote) return { value, end: i + 1 }
    if (c === '\\') {
      const escaped = escapes(source, i + 1)
      value += escaped.value
      i += 1 + escaped.length
    } else {
      value += c
      i++
    }
  }
}

const SIMPLE: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '"': '"',
  "'": "'",
  '\\': '\\'
}

const javaEscape: Escapes = (s, at) => {
  const c = s[at]
  if (c in SIMPLE) return { value: SIMPLE[c], length: 1 }
  const octal = /^[0-3][0-7]{0,2}|^[0-7]{1,2}/.exec(s.slice(at, at + 3))
  if (octal) return { value: String.fromCharCode(parseInt(octal[0], 8)), length: octal[0].length }
  throw new Error(`bad Java escape \\${c}`)
}

const cEscape: Escapes = (s, at) => {
  const c = s[at]
  if (c in SIMPLE) return { value: SIMPLE[c], length: 1 }
  if (c === '?') return { value: '?', length: 1 }
  const octal = /^[0-7]{1,3}/.exec(s.slice(at, at + 3))
  if (octal) return { value: String.fromCharCode(parseInt(octal[0], 8)), length: octal[0].length }
  if (c === 'u' && /^[0-9a-fA-F]{4}/.test(s.slice(at + 1))) {
    return { value: String.fromCodePoint(parseInt(s.slice(at + 1, at + 5), 16)), length: 5 }
  }
  if (c === 'U' && /^[0-9a-fA-F]{8}/.test(s.slice(at + 1))) {
    return { value: String.fromCodePoint(parseInt(s.slice(at + 1, at + 9), 16)), length: 9 }
  }
  throw new Error(`bad C escape \\${c}`)
}

/** Comments and string/char literals of a C-family source (after its preprocessing). */
function lex(source: string, escapes: Escapes): Lexed {
  let skeleton = ''
  const literals: string[] = []
  const comments: string[] = []
  let i = 0
  while (i < source.length) {
    const two = source.slice(i, i + 2)
    if (two === '//') {
      let end = i
      while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++
      comments.push(source.slice(i + 2, end))
      skeleton += '/*…*/'
      i = end
    } else if (two === '/*') {
      const end = source.indexOf('*/', i + 2)
      if (end === -1) throw new Error(`unterminated comment at ${i}`)
      comments.push(source.slice(i + 2, end))
      skeleton += '/*…*/'
      i = end + 2
    } else if (source[i] === '"' || source[i] === "'") {
      const { value, end } = readQuoted(source, i, escapes)
      literals.push(value)
      skeleton += '"…"'
      i = end
    } else {
      skeleton += source[i]
      i++
    }
  }
  return { skeleton, literals, comments }
}

/** A Java source as javac reads it. */
export function lexJava(source: string): Lexed {
  return lex(javaUnicodeEscapes(source), javaEscape)
}

/** An Objective-C source as clang reads it. */
export function lexObjectiveC(source: string): Lexed {
  return lex(cPhases(source), cEscape)
}
