/**
 * The passphrase strength meter's scorer: zxcvbn-ts with its common and English dictionaries
 * (a well-kept library; SPEC §9). The dictionaries are a few megabytes, so they are loaded on
 * first use with a dynamic import (their own chunks), never with the main renderer bundle.
 */
import { useEffect, useState } from 'react'

/** zxcvbn's score: 0 (very guessable) to 4 (very unguessable). */
export type StrengthScore = 0 | 1 | 2 | 3 | 4

/** Below this score a passphrase is refused as too easy to guess. */
export const MIN_STRENGTH_SCORE: StrengthScore = 2

let scorer: Promise<(passphrase: string) => StrengthScore> | undefined

/** The scorer, built once on first use. */
export function loadScorer(): Promise<(passphrase: string) => StrengthScore> {
  scorer ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en')
    ])
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary },
      graphs: common.adjacencyGraphs,
      translations: english.translations
    })
    return (passphrase: string) => zxcvbn.check(passphrase).score
  })()
  return scorer
}

/** The score of `passphrase` (null while the scorer loads, or for an empty one). */
export function usePassphraseStrength(passphrase: string): StrengthScore | null {
  const [score, setScore] = useState<StrengthScore | null>(null)
  useEffect(() => {
    let active = true
    if (passphrase === '') {
      setScore(null)
      return
    }
    void loadScorer().then((check) => {
      if (active) setScore(check(passphrase))
    })
    return () => {
      active = false
    }
  }, [passphrase])
  return passphrase === '' ? null : score
}
