/**
 * A second, throwaway Electron app that prints what the OS clipboard holds, as JSON, and
 * exits: how the real-Electron tests read the clipboard from outside the app under test (the
 * packaged app has no debugger to ask, and after a quit there is no app left to ask).
 * Usage: electron test/electron/clipboard-reader.cjs (CommonJS: what `electron <file>` loads
 * everywhere)
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS entry for `electron <file>`
const { app, clipboard } = require('electron')

app.whenReady().then(async () => {
  const text = await clipboard.readText()
  process.stdout.write(`${JSON.stringify({ text })}\n`)
  app.exit(0)
})
