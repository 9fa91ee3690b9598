/**
 * The window starts in the page's own background for the OS theme (src/main/window.ts), so a
 * dark-theme start shows no white flash before the first frame: the built page, in a real
 * browser in each colour scheme, paints exactly that colour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { windowBackground } from '../../src/main/window'
import { closeBrowser, launchApp, type LaunchedApp } from './harness'
import { Screen } from './support'

/** `#15181d` as the browser reports a computed colour: `rgb(21, 24, 29)`. */
const asRgb = (hex: string): string =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`

describe('window background', () => {
  let app: LaunchedApp

  beforeAll(async () => {
    app = await launchApp()
    await new Screen(app.page).ready()
  })

  afterAll(async () => {
    await app?.close()
    await closeBrowser()
  })

  it.each([
    ['light', false],
    ['dark', true]
  ] as const)('is the page’s own background in the %s theme', async (colorScheme, dark) => {
    await app.page.emulateMedia({ colorScheme })
    const painted = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(painted).toBe(asRgb(windowBackground(dark)))
  })
})
