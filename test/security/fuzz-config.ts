/**
 * How many generated payloads the IPC boundary fuzz (ipc-fuzz.test.ts) sends, in total over
 * every contract method and payload family. Raise it here, or for one run with
 * CAM_FUZZ_RUNS=100000; it never goes below the 10,000 the security issue asks for.
 * CAM_FUZZ_SEED=<n> replays a run (fast-check prints the seed of a failing run).
 */
export const FUZZ_RUNS_MINIMUM = 10_000

const fromEnv = Number(process.env['CAM_FUZZ_RUNS'])
export const FUZZ_RUNS_TOTAL =
  Number.isInteger(fromEnv) && fromEnv > FUZZ_RUNS_MINIMUM ? fromEnv : FUZZ_RUNS_MINIMUM

const seed = Number(process.env['CAM_FUZZ_SEED'])
export const FUZZ_SEED: number | undefined = Number.isInteger(seed) ? seed : undefined
