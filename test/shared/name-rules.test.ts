/**
 * Channel Names per SPEC §2: no control, default-ignorable or filler characters, at least one
 * letter or digit, and compared after NFKC and full case folding (so look-alikes clash), with
 * the CONFLICT naming the channel that has the name. `legacyNameKey` is the comparison earlier
 * versions used, kept for files they wrote.
 */
import { describe, expect, it } from 'vitest'
import { createChannelInputSchema, legacyNameKey, nameKey } from '../../src/shared/channel'
import { AppError } from '../../src/shared/errors'
import { makeFields, makeInput } from '../support/fixtures'
import { makeService } from '../support/service-harness'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

const nameIssue = (name: string): string | undefined => {
  const result = createChannelInputSchema.safeParse(makeInput({ name }))
  return result.success
    ? undefined
    : result.error.issues.find((issue) => issue.path[0] === 'name')?.message
}

describe('Channel Name characters', () => {
  it.each([
    ['Hangul filler', 'Shop\u3164app'],
    ['Hangul filler alone', '\u3164'],
    ['Hangul choseong filler', 'a\u115fb'],
    ['Hangul jungseong filler', 'a\u1160b'],
    ['half-width Hangul filler', 'a\uffa0b'],
    ['blank Braille pattern', 'Shop\u2800app'],
    ['tag characters', 'Shop\u{E0041}\u{E0042}'],
    ['variation selector', 'Shop\ufe0f'],
    ['combining grapheme joiner', 'Shop\u034fapp'],
    ['zero-width non-joiner', 'Shop\u200capp'],
    ['Mongolian vowel separator', 'Shop\u180eapp'],
    ['invisible plus', 'a\u2064b'],
    ['paragraph separator', 'Shop\u2029app'],
    ['right-to-left override', 'a\u202eb']
  ])('refuses a %s', (_label, name) => {
    expect(nameIssue(name)).toBe('channelName.badCharacters')
  })

  it.each([
    ['punctuation only', '---'],
    ['an emoji only', '😀'],
    ['symbols only', '…★※'],
    ['a no-break space between symbols', '*\u00a0*']
  ])('needs a letter or digit: refuses %s', (_label, name) => {
    expect(nameIssue(name)).toBe('channelName.noLetterOrDigit')
  })

  it('a blank name is simply required (one problem per name)', () => {
    expect(nameIssue('   ')).toBe('channelName.required')
    expect(nameIssue('\u00a0\u3000')).toBe('channelName.required')
  })

  it('a name problem does not hide the form’s other problems', () => {
    for (const name of ['', '---', 'a\u3164']) {
      const result = createChannelInputSchema.safeParse(
        makeInput({ name, appType: 'WEB', platforms: [], domains: [] })
      )
      const paths = result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))
      expect(paths, JSON.stringify(name)).toEqual(['name', 'domains'])
    }
  })

  it.each(['数据采集', 'Ⅻ', '٣', 'ক', 'Shop 😀', 'a\u00a0b'])('accepts %j', (name) => {
    expect(nameIssue(name)).toBeUndefined()
  })
})

describe('nameKey: NFKC and full case folding', () => {
  it.each([
    ['full-width and case', 'Ｓhop App', 'shop app'],
    ['full-width letters', 'Ｐｒｏｄ', 'PROD'],
    ['no-break space', 'Shop\u00a0App', 'shop app'],
    ['ideographic space', 'Shop\u3000App', 'SHOP APP'],
    ['decomposed accent', 'Cafe\u0301', 'CAFÉ'],
    ['ligature', 'ﬁle', 'FILE'],
    ['Roman numeral', 'Ⅻ', 'xii'],
    ['sharp s (full folding)', 'Straße', 'STRASSE'],
    ['capital sharp s', 'ẞ', 'ss'],
    ['final sigma', 'ὈΔΥΣΣΕΎΣ', 'ὀδυσσεύσ'],
    ['iota subscript', 'ᾳ', 'ΑΙ'],
    ['dotted capital I', 'İ', 'i\u0307'],
    ['title-case digraph', 'ǅ', 'DŽ'],
    ['Cherokee', '\u13a0', '\uab70'],
    ['Kelvin sign', '\u212a', 'k'],
    ['surrounding spaces', '  shop  ', 'SHOP']
  ])('%s: %j and %j are one name', (_label, a, b) => {
    expect(nameKey(a)).toBe(nameKey(b))
  })

  it.each([
    ['dotless i is its own letter', 'ı', 'i'],
    ['accents matter', 'Café', 'Cafe'],
    ['a digit matters', 'Shop', 'Shop 2'],
    ['inner spaces matter', 'Shop App', 'ShopApp']
  ])('%s: %j and %j differ', (_label, a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b))
  })

  it('the earlier comparison kept look-alikes apart (so files it accepted may hold them)', () => {
    expect(legacyNameKey('Ｐｒｏｄ')).not.toBe(legacyNameKey('prod'))
    expect(legacyNameKey('Shop')).toBe(legacyNameKey('SHOP'))
    expect(legacyNameKey('Cafe\u0301')).toBe(legacyNameKey('café'))
  })
})

describe('name conflicts name the channel', () => {
  it.each([
    ['Prod', 'Ｐｒｏｄ'],
    ['shop app', 'Ｓhop\u00a0APP'],
    ['Straße', 'STRASSE']
  ])('creating %j then %j: CONFLICT names the first', async (existing, attempt) => {
    const h = await makeService(await tempDir())
    await h.service.create(makeFields({ name: existing }))
    const error = await h.service.create(makeFields({ name: attempt })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).toData()).toEqual({
      code: 'CONFLICT',
      message: 'channelName.taken',
      params: { name: existing },
      fieldErrors: { name: { code: 'channelName.taken', params: { name: existing } } }
    })
    expect((error as AppError).message).toBe(
      `Another channel already has this name: “${existing}”.`
    )
  })

  it('renaming onto a look-alike of another channel is refused the same way', async () => {
    const h = await makeService(await tempDir())
    await h.service.create(makeFields({ name: 'Ｐｒｏｄ' }))
    const other = await h.service.create(makeFields({ name: 'Staging' }))
    const error = await h.service
      .update({ ...makeFields({ name: 'PROD' }), id: other.id })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'CONFLICT', params: { name: 'Ｐｒｏｄ' } })
  })
})
