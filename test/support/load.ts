/** Inputs for load tests. */

/**
 * `count` channel names over `unique` distinct names: each later use of a name is spelled
 * differently (case, surrounding spaces, composed vs decomposed accents), so only a
 * case-insensitive, NFC comparison sees that they collide. Shuffled deterministically.
 */
export function collidingNames(count: number, unique: number): string[] {
  const spell = [
    (n: string) => n,
    (n: string) => n.toUpperCase(),
    (n: string) => `  ${n.toLowerCase()} `,
    (n: string) => n.normalize('NFD'),
    (n: string) => n.normalize('NFD').toUpperCase()
  ]
  const names = Array.from({ length: count }, (_, i) => {
    const base = `Caf\u00e9 ${i % unique}`
    return spell[Math.floor(i / unique) % spell.length](base)
  })
  // A fixed shuffle, so colliding spellings arrive in mixed order.
  let seed = 12345
  for (let i = names.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    const j = seed % (i + 1)
    ;[names[i], names[j]] = [names[j], names[i]]
  }
  return names
}
