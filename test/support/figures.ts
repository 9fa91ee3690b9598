/**
 * Reliability figures: each test merges its section into test-results/reliability.json,
 * which docs/reliability.md quotes. Only the integration project (one file at a time)
 * writes here, so a read-merge-write cannot lose another file's section.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'

export const FIGURES_FILE = resolve(import.meta.dirname, '../../test-results/reliability.json')

/** Record `figures` under `section`, with the time of the run. */
export async function recordFigures(section: string, figures: object): Promise<void> {
  await mkdir(join(FIGURES_FILE, '..'), { recursive: true })
  const current = await readFile(FIGURES_FILE, 'utf8')
    .then((text) => JSON.parse(text) as Record<string, unknown>)
    .catch(() => ({}) as Record<string, unknown>)
  current[section] = { ...figures, recordedAt: new Date().toISOString() }
  const temp = `${FIGURES_FILE}.${process.pid}.tmp`
  await writeFile(temp, `${JSON.stringify(current, null, 2)}\n`)
  await rename(temp, FIGURES_FILE)
}
