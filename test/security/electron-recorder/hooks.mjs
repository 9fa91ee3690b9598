/** Module resolution hook (see register.mjs): `electron` is the recorder, everything else as usual. */
const RECORDER = new URL('./electron.mjs', import.meta.url).href

export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: RECORDER, shortCircuit: true }
  return next(specifier, context)
}
