/**
 * Syntax highlighting for the SDK setup's code: highlight.js's core with only the languages the
 * snippets are in, bundled (nothing is fetched). highlight.js returns HTML with its text
 * escaped; it is read back here with DOMParser into React elements — only `<span class>` and
 * text — so no HTML string is ever put into the page. The colours are a stylesheet of ours
 * (styles/code.css): highlight.js sets no inline style, which the CSP would refuse.
 */
import hljs from 'highlight.js/lib/core'
import java from 'highlight.js/lib/languages/java'
import javascript from 'highlight.js/lib/languages/javascript'
import json from 'highlight.js/lib/languages/json'
import objectivec from 'highlight.js/lib/languages/objectivec'
import typescript from 'highlight.js/lib/languages/typescript'
import xml from 'highlight.js/lib/languages/xml'
import { createElement, type ReactNode } from 'react'
import type { SnippetLanguage } from '@shared/sdk/snippets'

const LANGUAGES: Readonly<Record<SnippetLanguage, Parameters<typeof hljs.registerLanguage>[1]>> = {
  java,
  javascript,
  json,
  objectivec,
  typescript,
  // HTML, with the <script> in it highlighted as JavaScript.
  xml
}
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language)

/** highlight.js's markup as React nodes: its spans (by class) and text, nothing else. */
function toNodes(parent: Node, path: string): ReactNode[] {
  const nodes: ReactNode[] = []
  parent.childNodes.forEach((node, index) => {
    if (node.nodeType === Node.TEXT_NODE) nodes.push(node.textContent)
    else if (node instanceof Element && node.tagName === 'SPAN') {
      const key = `${path}.${index}`
      const className = [...node.classList].filter((name) => /^hljs-[\w-]+$|^language-/.test(name))
      nodes.push(createElement('span', { key, className: className.join(' ') }, toNodes(node, key)))
    } else nodes.push(node.textContent)
  })
  return nodes
}

/** The code, highlighted, as React nodes whose text is exactly `code`. */
export function highlighted(code: string, language: SnippetLanguage): ReactNode[] {
  const html = hljs.highlight(code, { language, ignoreIllegals: true }).value
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body
  return toNodes(body, 'h')
}
