import { useMemo } from 'react'
import type { SnippetLanguage } from '@shared/sdk/snippets'
import { highlighted } from './highlight'

/**
 * A snippet, highlighted, in a scrollable block that keeps each line whole (code never wraps
 * in the middle of a literal). Focusable, so the keyboard can scroll it sideways; its name is
 * what the snippet is.
 */
export function CodeBlock({
  code,
  language,
  label
}: {
  readonly code: string
  readonly language: SnippetLanguage
  readonly label: string
}) {
  const nodes = useMemo(() => highlighted(code, language), [code, language])
  return (
    <pre className="code-block" tabIndex={0} role="group" aria-label={label}>
      <code className={`hljs language-${language}`}>{nodes}</code>
    </pre>
  )
}
