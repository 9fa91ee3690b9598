/**
 * Bundle a TypeScript entry into an ES module that a plain `node` child process can run
 * (vitest transforms TypeScript only inside its own workers). The bundle is written under
 * node_modules/.cache so its bare imports (lowdb, zod, keytar) resolve to the project's
 * node_modules; dependencies stay external, the app's own code is bundled.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')

export interface ChildBundle {
  /** Absolute path of the bundled .mjs entry. */
  readonly file: string
  dispose(): Promise<void>
}

/** Build `entry` (relative to the project root) for Node 20. */
export async function buildChild(entry: string): Promise<ChildBundle> {
  const cache = join(ROOT, 'node_modules/.cache')
  await mkdir(cache, { recursive: true })
  const outDir = await mkdtemp(join(cache, 'cam-child-'))
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      ssr: join(ROOT, entry),
      rolldownOptions: { output: { format: 'es', entryFileNames: 'child.mjs' } }
    }
  })
  return {
    file: join(outDir, 'child.mjs'),
    dispose: () => rm(outDir, { recursive: true, force: true })
  }
}
