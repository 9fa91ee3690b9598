#!/usr/bin/env node
/**
 * `npm run bench`: bundle bench/run.ts (TypeScript, the app's own modules) with Vite's build
 * API into bench/out/run.mjs, then run it with plain `node --expose-gc`, so timings are not
 * those of a test runner's module loader. The bundle sits two folders below the project root,
 * like test/e2e/harness.ts, so every `import.meta.dirname`-relative path resolves the same;
 * its bare imports (zod, lowdb, playwright-core, vite) resolve to the project's node_modules.
 * Arguments are passed through: `npm run bench -- --sizes 1000,10000 --quick --no-renderer`.
 * The bundle is deleted when the run ends.
 */
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { resolve } from 'node:path'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const OUT_DIR = resolve(ROOT, 'bench/out')
const entry = process.env.BENCH_ENTRY ?? 'bench/run.ts'

await build({
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  publicDir: false,
  resolve: { alias: { '@shared': resolve(ROOT, 'src/shared') } },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    ssr: resolve(ROOT, entry),
    rolldownOptions: { output: { format: 'es', entryFileNames: 'run.mjs' } }
  }
})

const child = spawn(
  process.execPath,
  ['--expose-gc', resolve(OUT_DIR, 'run.mjs'), ...process.argv.slice(2)],
  { stdio: 'inherit', cwd: ROOT }
)
child.on('exit', async (code, signal) => {
  // The bundle is a build product: leave nothing for linters and formatters to trip on.
  await rm(OUT_DIR, { recursive: true, force: true })
  process.exitCode = signal ? 1 : (code ?? 1)
})
