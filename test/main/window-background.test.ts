/**
 * The window starts in the page's own background for the OS theme, so a dark-theme start
 * shows no white flash before the first frame.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mainWindowOptions, WINDOW_BACKGROUND, windowBackground } from '../../src/main/window'

const css = readFileSync(
  join(import.meta.dirname, '../../src/renderer/src/styles/base.css'),
  'utf8'
)

/** The `--bg` of the light theme (`:root`) and of the dark one (inside prefers-color-scheme: dark). */
function pageBackgrounds(text: string): { light: string; dark: string } {
  const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(text)?.[1]
  const light = /:root\s*\{([^}]*)\}/.exec(text)?.[1]
  const bg = (block: string | undefined): string =>
    /--bg:\s*(#[0-9a-f]{6})/i.exec(block ?? '')?.[1]?.toLowerCase() ?? '(none)'
  return { light: bg(light), dark: bg(dark) }
}

describe('window background', () => {
  it('is the page’s --bg in each theme', () => {
    expect(pageBackgrounds(css)).toEqual(WINDOW_BACKGROUND)
  })

  it('follows the OS theme', () => {
    expect(windowBackground(true)).toBe(WINDOW_BACKGROUND.dark)
    expect(windowBackground(false)).toBe(WINDOW_BACKGROUND.light)
    const options = { preload: '/p.cjs', icon: '/i.png', isPackaged: true }
    expect(mainWindowOptions({ ...options, dark: true }).backgroundColor).toBe('#15181d')
    expect(mainWindowOptions(options).backgroundColor).toBe('#f5f6f8')
  })

  it('notices when the stylesheet and the window disagree', () => {
    const changed = css.replace('--bg: #15181d;', '--bg: #000000;')
    expect(pageBackgrounds(changed)).not.toEqual(WINDOW_BACKGROUND)
  })
})
