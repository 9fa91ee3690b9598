/**
 * Both languages say everything: the same keys, no empty value, every plural form each
 * language needs, and the same interpolation variables in each wording.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '@shared/i18n/languages'
import { NATIVE_STRINGS } from '@shared/i18n/native'
import { MESSAGES } from '@shared/messages'
import { RESOURCES } from '@renderer/i18n/i18n'

type Tree = { readonly [key: string]: string | Tree }

/** Every leaf as `path → value` (non-strings show up as a problem, not a crash). */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object') {
      for (const [inner, leaf] of flatten(value, path)) out.set(inner, leaf)
    } else {
      out.set(path, value)
    }
  }
  return out
}

const PLURAL = /_(zero|one|two|few|many|other)$/
const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort()

const flat = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    flatten(RESOURCES[language].translation as unknown as Tree)
  ])
) as Record<(typeof LANGUAGES)[number], Map<string, unknown>>

/** Problems with a set of resources compared with English (pure, so a bad fixture can fail it). */
function resourceProblems(
  english: Map<string, unknown>,
  other: Map<string, unknown>,
  language: string
): string[] {
  const problems: string[] = []
  for (const key of english.keys()) if (!other.has(key)) problems.push(`${language} lacks ${key}`)
  for (const key of other.keys()) if (!english.has(key)) problems.push(`${language} adds ${key}`)
  for (const [key, value] of other) {
    if (typeof value !== 'string') problems.push(`${language} ${key} is not text`)
    else if (value.trim() === '') problems.push(`${language} ${key} is empty`)
    else {
      const englishValue = english.get(key)
      if (typeof englishValue === 'string') {
        const ours = variables(value).filter((name) => name !== 'count')
        const theirs = variables(englishValue).filter((name) => name !== 'count')
        if (ours.join() !== theirs.join()) {
          problems.push(`${language} ${key} uses {{${ours.join()}}}, English {{${theirs.join()}}}`)
        }
      }
    }
  }
  // Every plural key has each form the language's plural rules use.
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  const bases = new Set(
    [...other.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''))
  )
  for (const base of bases) {
    for (const category of categories) {
      if (!other.has(`${base}_${category}`)) problems.push(`${language} lacks ${base}_${category}`)
    }
  }
  return problems
}

describe('interface resources', () => {
  it.each(LANGUAGES)(
    '%s has exactly the English keys, all worded, with every plural form',
    (language) => {
      expect(resourceProblems(flat.en, flat[language], language)).toEqual([])
    }
  )

  it('has plural forms to check (the check is not vacuous)', () => {
    const plurals = [...flat['zh-CN'].keys()].filter((key) => PLURAL.test(key))
    expect(plurals).toEqual(expect.arrayContaining(['list.showing_one', 'list.showing_other']))
  })

  it('catches a missing key, an extra key, an empty value, a lost variable and a missing plural form', () => {
    const bad = new Map(flat['zh-CN'])
    bad.delete('actions.ok')
    bad.set('actions.extra', '多余')
    bad.set('actions.cancel', ' ')
    bad.set('row.editChannel', '编辑')
    bad.delete('list.showing_other')
    expect(resourceProblems(flat.en, bad, 'zh-CN').sort()).toEqual(
      [
        'zh-CN lacks actions.ok',
        'zh-CN adds actions.extra',
        'zh-CN actions.cancel is empty',
        'zh-CN row.editChannel uses {{}}, English {{name}}',
        'zh-CN lacks list.showing_other',
        'zh-CN lacks list.showing_other'
      ].sort()
    )
  })

  it('gives the messages exactly the codes of the shared catalogue, in main’s English', () => {
    expect(RESOURCES.en.translation.messages).toEqual(MESSAGES)
    const codes = [...flat.en.keys()].filter((key) => key.startsWith('messages.'))
    expect(codes.length).toBeGreaterThan(50)
  })

  it('includes main’s native strings (the menu) in each language', () => {
    for (const language of LANGUAGES) {
      expect(RESOURCES[language].translation.native).toEqual(NATIVE_STRINGS[language])
    }
  })
})
