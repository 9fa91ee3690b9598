import { defineConfig } from 'vitest/config'

/**
 * The real-Electron suite (test/electron): the built app and the `electron-builder --dir`
 * package started in Electron's runtime with Playwright. It needs the runtime, a display and a
 * keychain, so it runs in CI only (`npm run test:electron`, .github/workflows/ci.yml); the
 * local test command (vitest.config.ts) does not include it, but typecheck and lint cover it.
 */
export default defineConfig({
  test: {
    name: 'electron',
    environment: 'node',
    include: ['test/electron/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // One app, one clipboard and one keychain at a time.
    fileParallelism: false
  }
})
