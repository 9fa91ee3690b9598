/**
 * What a channel is found by, and what a search looks for: pure, so it is tested without React
 * and select-channels can precompute it once per list. People type what they see, in either
 * language, so a channel's text holds:
 * - its name, APPKEY and AccessKeyId;
 * - each Network Domain as stored (`https://xn--czru2d.example.cn`) and as read
 *   (`https://商城.example.cn`);
 * - its Application Type and each platform by code and by its name in every interface language
 *   (`WECHAT`, `WeChat`, `微信`), whatever language the page speaks now;
 * - "Mini Program" also as `mini-program` and `miniprogram`, so the words match however typed.
 *
 * A search is split into words that must all be found. A word that is a pasted address
 * (`https://shop.example.com/cart?id=1`, `shop.example.com/cart`) looks for its site only: a
 * channel's domains are origins, never paths.
 */
import {
  APP_PLATFORMS,
  APP_TYPES,
  MINI_PROGRAM_PLATFORMS,
  type AppType,
  type ChannelView,
  type Platform
} from '@shared/channel'
import { en } from '../i18n/resources/en'
import { zhCN } from '../i18n/resources/zh-CN'
import { domainToUnicode } from './domain-text'

/** NFKC (full-width letters match their ASCII forms) and lower case. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

// Fields are joined with a character no search word contains, so a word never matches across
// two fields.
const FIELD_SEPARATOR = '\n'

/** Every interface language's words (each names every type and platform). */
const LANGUAGE_RESOURCES = [en, zhCN]

/** Every name of an Application Type, in every language, with the words' other spellings. */
const TYPE_WORDS: Readonly<Record<AppType, string>> = Object.fromEntries(
  APP_TYPES.map((type) => {
    const names = LANGUAGE_RESOURCES.map((resources) => resources.appTypes[type])
    const spellings = names.flatMap((name) => [
      name,
      name.replace(/\s+/g, '-'),
      name.replace(/\s+/g, '')
    ])
    return [type, fold([type, ...new Set(spellings)].join(FIELD_SEPARATOR))]
  })
) as Record<AppType, string>

/** Every name of a platform, in every language. */
const PLATFORM_WORDS: Readonly<Record<Platform, string>> = Object.fromEntries(
  [...APP_PLATFORMS, ...MINI_PROGRAM_PLATFORMS].map((platform) => {
    const names = LANGUAGE_RESOURCES.map((resources) => resources.platforms[platform])
    return [platform, fold([platform, ...new Set(names)].join(FIELD_SEPARATOR))]
  })
) as Record<Platform, string>

/** The folded text a search looks in for one channel. */
export function channelSearchText(channel: ChannelView): string {
  const parts = [channel.name, channel.appKey, channel.accessKeyId]
  for (const domain of channel.domains) {
    parts.push(domain)
    const unicode = domainToUnicode(domain)
    if (unicode !== domain) parts.push(unicode)
  }
  return [
    fold(parts.join(FIELD_SEPARATOR)),
    TYPE_WORDS[channel.appType],
    ...channel.platforms.map((platform) => PLATFORM_WORDS[platform])
  ].join(FIELD_SEPARATOR)
}

/** A host followed by a path, without a scheme: `shop.example.com/cart`. */
const HOST_AND_PATH = /^([^/\s:]+\.[^/\s:]+(?::\d+)?)[/?#]/

/** A pasted address as the origin it belongs to (ASCII, as domains are stored); else the word. */
function siteOf(word: string): string {
  if (/^https?:\/\//.test(word)) {
    try {
      const url = new URL(word)
      // Only a word with more than its origin is cut; `https://shop` stays a prefix to look for.
      if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || word.endsWith('/')) {
        return url.origin
      }
    } catch {
      return word
    }
    return word
  }
  const hostAndPath = HOST_AND_PATH.exec(word)
  return hostAndPath ? hostAndPath[1] : word
}

/** The search as folded words; a channel matches when its text contains every one. */
export function searchTerms(search: string): readonly string[] {
  return fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => fold(siteOf(word)))
}
