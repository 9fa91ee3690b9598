/**
 * The window starts in the page's own background for the OS theme, so a dark-theme start
 * shows no white flash before the first frame. That the page really paints these colours is
 * checked in a browser: test/e2e/window-background.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { mainWindowOptions, WINDOW_BACKGROUND, windowBackground } from '../../src/main/window'

describe('window background', () => {
  it('follows the OS theme', () => {
    expect(windowBackground(true)).toBe(WINDOW_BACKGROUND.dark)
    expect(windowBackground(false)).toBe(WINDOW_BACKGROUND.light)
    const options = { preload: '/p.cjs', icon: '/i.png', isPackaged: true }
    expect(mainWindowOptions({ ...options, dark: true }).backgroundColor).toBe('#15181d')
    expect(mainWindowOptions(options).backgroundColor).toBe('#f5f6f8')
  })
})
