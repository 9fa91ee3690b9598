/**
 * The channel ("App API") record and every rule of SPEC §2, as zod schemas shared by
 * main (which enforces them) and the renderer (which shows them at the field).
 * Pure: no `electron`, `node:` or DOM imports.
 */
import { z } from 'zod'
import { MAX_DOMAINS, NAME_MAX_LENGTH } from './limits'
import { msg } from './messages'
import { normaliseOrigin } from './origin'

export const APP_TYPES = ['APP', 'MINI_PROGRAM', 'WEB'] as const
export type AppType = (typeof APP_TYPES)[number]

export const APP_TYPE_LABELS: Readonly<Record<AppType, string>> = {
  APP: 'APP',
  MINI_PROGRAM: 'Mini Program',
  WEB: 'WEB'
}

export const APP_PLATFORMS = ['ANDROID', 'IOS', 'HARMONYOS'] as const
export const MINI_PROGRAM_PLATFORMS = [
  'WECHAT',
  'ALIPAY',
  'DINGTALK',
  'DOUYIN',
  'JD',
  'XIAOHONGSHU',
  'BAIDU',
  'TAOBAO'
] as const
export type AppPlatform = (typeof APP_PLATFORMS)[number]
export type MiniProgramPlatform = (typeof MINI_PROGRAM_PLATFORMS)[number]
export type Platform = AppPlatform | MiniProgramPlatform

export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  ANDROID: 'Android',
  IOS: 'iOS',
  HARMONYOS: 'HarmonyOS',
  WECHAT: 'WeChat',
  ALIPAY: 'Alipay',
  DINGTALK: 'DingTalk',
  DOUYIN: 'Douyin (ByteDance)',
  JD: 'JD',
  XIAOHONGSHU: 'Xiaohongshu (RED)',
  BAIDU: 'Baidu',
  TAOBAO: 'Taobao'
}

/** The platforms a given application type may pick from (empty for WEB). */
export function platformsFor(appType: AppType): readonly Platform[] {
  switch (appType) {
    case 'APP':
      return APP_PLATFORMS
    case 'MINI_PROGRAM':
      return MINI_PROGRAM_PLATFORMS
    case 'WEB':
      return []
  }
}

export { MAX_DOMAINS, NAME_MAX_LENGTH }
export const MAX_PLATFORM_ROWS = MINI_PROGRAM_PLATFORMS.length
/** Upper bound on any raw string accepted before trimming, so huge payloads fail fast. */
export const RAW_STRING_LIMIT = 2048

// Characters a Channel Name may not contain (SPEC §2): controls (C0, C1), line and paragraph
// separators, every default-ignorable code point (zero-width characters, joiners, bidi marks,
// embeddings, overrides and isolates, soft hyphen, BOM, variation selectors, tag characters,
// the Hangul fillers U+115F, U+1160, U+3164, U+FFA0 …) and the blank Braille pattern U+2800,
// which draws nothing either: each would let two names look the same, or a name look blank.
const FORBIDDEN_NAME_CHARS = /[\p{Cc}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]/u
// A name must say something: at least one letter or digit, in any script.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** The form a name is stored in: trimmed, NFC. */
export function normaliseName(raw: string): string {
  return raw.normalize('NFC').trim()
}

/**
 * Full case folding of NFKC text (CaseFolding.txt, statuses C and F), which JavaScript has no
 * built-in for: lower, upper, then lower case folds what lowercasing alone keeps apart (ß and ẞ
 * to ss, final ς to σ, ᾳ to αι, ͅ to ι, Cherokee either way), and NFKC again recomposes what
 * the mapping decomposed. The one letter upper-casing would merge that folding keeps apart, dotless
 * ı (which upper-cases to I), is kept as it is. test/shared/name-rules.test.ts checks it
 * against CaseFolding.txt's multi-character and special entries.
 */
function foldCase(nfkc: string): string {
  return nfkc
    .split('\u0131')
    .map((part) => part.toLowerCase().toUpperCase().toLowerCase().normalize('NFKC'))
    .join('\u0131')
    .replace(/\u03c2/g, '\u03c3')
}

/**
 * The key two names are compared by (SPEC §2): trimmed, NFKC, full case folding, so
 * `Ｓhop App`, `SHOP APP` and `shop app` are one name. Creating and editing compare by it.
 */
export function nameKey(name: string): string {
  return foldCase(name.normalize('NFKC').trim())
}

/**
 * The comparison earlier versions used (NFC, trimmed, lower case): names in a data file that
 * differ by it were accepted then, so loading a file checks uniqueness by this key; two stored
 * names that clash only by `nameKey` still load, and the clash shows when one is edited.
 */
export function legacyNameKey(name: string): string {
  return normaliseName(name).toLocaleLowerCase('en-US')
}

const withinNameLength = (s: string): boolean => [...s].length <= NAME_MAX_LENGTH
const cleanNameCharacters = (s: string): boolean =>
  s.isWellFormed() && !FORBIDDEN_NAME_CHARS.test(s)

export const channelNameSchema = z
  .string({ error: msg('channelName.required') })
  .max(RAW_STRING_LIMIT, msg('channelName.tooLong'))
  .transform(normaliseName)
  .pipe(
    z
      .string()
      .min(1, msg('channelName.required'))
      .refine(withinNameLength, msg('channelName.tooLong'))
      .refine(cleanNameCharacters, msg('channelName.badCharacters'))
      // Only when the rules above pass: one problem per name. (zod's `abort` would also stop
      // the form's cross-field rules from reporting while the name is wrong.)
      .refine(
        (s) =>
          s === '' || !withinNameLength(s) || !cleanNameCharacters(s) || LETTER_OR_DIGIT.test(s),
        msg('channelName.noLetterOrDigit')
      )
  )

/** A Network Domain: validated and normalised to its canonical origin. */
export const domainSchema = z
  .string({ error: msg('domain.empty') })
  .max(RAW_STRING_LIMIT, msg('domain.tooLong'))
  .transform((raw, ctx) => {
    const result = normaliseOrigin(raw)
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.code })
      return z.NEVER
    }
    return result.origin
  })

export const appTypeSchema = z.enum(APP_TYPES, { error: msg('appType.required') })
const platformSchema = z.enum([...APP_PLATFORMS, ...MINI_PROGRAM_PLATFORMS], {
  error: msg('platform.required')
})

/** The editable fields of a channel, as the form and the IPC boundary send them. */
const channelFieldsSchema = z.strictObject({
  name: channelNameSchema,
  collectedByQuickTracking: z.literal(true, { error: msg('quickTracking.notCollected') }),
  appType: appTypeSchema,
  platforms: z.array(platformSchema).max(MAX_PLATFORM_ROWS, msg('platform.duplicate')),
  domains: z.array(domainSchema).max(MAX_DOMAINS, msg('domain.tooMany'))
})

type ChannelFieldsOut = z.output<typeof channelFieldsSchema>

/** Cross-field rules: the list that matches the type is non-empty and has no duplicates. */
function checkConfiguration(value: ChannelFieldsOut, ctx: z.RefinementCtx): void {
  if (value.appType === 'WEB') {
    if (value.platforms.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['platforms'], message: msg('platform.notAllowed') })
    }
    if (value.domains.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['domains'], message: msg('domain.listRequired') })
    }
    const seen = new Set<string>()
    value.domains.forEach((domain, index) => {
      if (seen.has(domain)) {
        ctx.addIssue({
          code: 'custom',
          path: ['domains', index],
          message: msg('domain.duplicate')
        })
      }
      seen.add(domain)
    })
    return
  }
  if (value.domains.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['domains'], message: msg('platform.notAllowed') })
  }
  if (value.platforms.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['platforms'], message: msg('platform.listRequired') })
  }
  const allowed = platformsFor(value.appType)
  const seen = new Set<string>()
  value.platforms.forEach((platform, index) => {
    if (!allowed.includes(platform)) {
      ctx.addIssue({
        code: 'custom',
        path: ['platforms', index],
        message: msg('platform.notAllowed')
      })
    } else if (seen.has(platform)) {
      ctx.addIssue({
        code: 'custom',
        path: ['platforms', index],
        message: msg('platform.duplicate')
      })
    }
    seen.add(platform)
  })
}

export const createChannelInputSchema = channelFieldsSchema.superRefine(checkConfiguration)
export type CreateChannelInput = z.input<typeof createChannelInputSchema>
export type ChannelFields = z.output<typeof createChannelInputSchema>

const channelIdSchema = z.uuid({ error: msg('request.unknownChannel') })
export const channelIdInputSchema = z.strictObject({ id: channelIdSchema })
export type ChannelIdInput = z.input<typeof channelIdInputSchema>

/** Edit: every field but the keys; `appType` is sent so main can refuse a change of it. */
export const updateChannelInputSchema = channelFieldsSchema
  .extend({ id: channelIdSchema })
  .superRefine(checkConfiguration)
export type UpdateChannelInput = z.input<typeof updateChannelInputSchema>

export const COPYABLE_FIELDS = ['appKey', 'accessKeyId', 'accessKeySecret'] as const
export type CopyableField = (typeof COPYABLE_FIELDS)[number]
export const copyInputSchema = z.strictObject({
  id: channelIdSchema,
  field: z.enum(COPYABLE_FIELDS, { error: msg('request.unknownField') })
})
export type CopyInput = z.input<typeof copyInputSchema>

const isoTimestamp = z.iso.datetime()

/** A channel as stored in the data file. It never holds the AccessKeySecret. */
export const channelRecordSchema = z.strictObject({
  id: z.uuid(),
  name: z
    .string()
    .min(1)
    .max(NAME_MAX_LENGTH * 2),
  collectedByQuickTracking: z.literal(true),
  appType: appTypeSchema,
  platforms: z.array(platformSchema),
  domains: z.array(z.string()),
  appKey: z.string(),
  accessKeyId: z.string(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  secretUpdatedAt: isoTimestamp,
  /**
   * When the channel was disabled (SPEC §11), null while it is enabled. A disabled channel
   * stays listed and keeps its keys; its secret cannot be viewed or copied until it is enabled.
   */
  disabledAt: isoTimestamp.nullable()
})
export type ChannelRecord = Readonly<z.output<typeof channelRecordSchema>>

/** What the renderer's list receives: the record plus whether its secret is in the keychain. */
export type ChannelView = ChannelRecord & {
  readonly secretStatus: 'present' | 'missing' | 'unknown'
}

/** Whether a channel's secret is in the keychain: 'unknown' until the keychain was asked. */
export const SECRET_STATUSES = ['present', 'missing', 'unknown'] as const

/** A view as it crosses IPC in an event (the preload drops an event that does not pass). */
export const channelViewSchema = channelRecordSchema.extend({
  secretStatus: z.enum(SECRET_STATUSES)
})
