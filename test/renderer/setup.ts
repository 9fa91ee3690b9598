/** jsdom set-up for the renderer tests: jest-dom matchers, clean-up, and what Radix/sonner need. */
import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { toast } from 'sonner'
import { afterEach, vi } from 'vitest'

// These tests drive the whole screen through user-event; on a busy two-core CI machine one can
// take longer than vitest's 5 s default without anything being wrong. No assertion is timed.
vi.setConfig({ testTimeout: 20_000 })

afterEach(() => {
  // sonner keeps toasts in a module-level store and replays active ones to a new <Toaster/>.
  toast.dismiss()
  cleanup()
  vi.useRealTimers()
  vi.restoreAllMocks()
  window.localStorage.clear()
})

// Radix measures with ResizeObserver (popper, menus); jsdom has none.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.assign(globalThis, { ResizeObserver: ResizeObserverStub })
}

// Radix menus use pointer capture and scroll items into view.
const proto = Element.prototype as Element & {
  hasPointerCapture?: (id: number) => boolean
  releasePointerCapture?: (id: number) => void
  setPointerCapture?: (id: number) => void
  scrollIntoView?: () => void
}
proto.hasPointerCapture ??= () => false
proto.releasePointerCapture ??= () => undefined
proto.setPointerCapture ??= () => undefined
proto.scrollIntoView ??= () => undefined

// sonner follows the system theme through matchMedia.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false
      }) as MediaQueryList
  })
}
