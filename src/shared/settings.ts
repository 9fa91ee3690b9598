/**
 * The organisation's settings (one per computer): what the SDK setup fills into every snippet
 * besides a channel's APPKEY. Main keeps them in `settings.json` in the data folder; the
 * Settings dialog edits them; main and the dialog check them with these schemas.
 *
 * To add a setting: one entry in SETTINGS below (its schema and its value until someone sets
 * it), then its control in the Settings dialog (src/renderer/src/settings/SettingsDialog.tsx)
 * and its label in the i18n resources. The file, the IPC input and the defaults follow.
 * Pure: no `electron`, `node:` or DOM imports.
 */
import { z } from 'zod'
import { domainSchema, RAW_STRING_LIMIT } from './channel'
import { msg } from './messages'
import { MAX_ROTATION_DAYS, MIN_ROTATION_DAYS, DEFAULT_ROTATION_DAYS } from './secret-age'

/** Empty (or only spaces) means "not set". */
const unset = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? null : value

/** An origin checked and normalised exactly like a Network Domain, or null for none. */
const originOrNone = z.preprocess(unset, domainSchema.nullable())

/** The Web SDK's script address, as the Quick Tracking console gives it. */
export function parseSdkUrl(raw: string): string | null {
  const input = raw.trim()
  if (input === '' || /\s/.test(input) || !/^https?:\/\//i.test(input)) return null
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return null
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '' || url.hostname === '') {
    return null
  }
  return url.href
}

const sdkUrlOrNone = z.preprocess(
  unset,
  z
    .string({ error: msg('settings.webSdkUrlInvalid') })
    .max(RAW_STRING_LIMIT, msg('settings.webSdkUrlInvalid'))
    .transform((raw, ctx) => {
      const url = parseSdkUrl(raw)
      if (url === null) {
        ctx.addIssue({ code: 'custom', message: msg('settings.webSdkUrlInvalid') })
        return z.NEVER
      }
      return url
    })
    .nullable()
)

/**
 * The rotation policy in days (SPEC §11), or null for off. The dialog sends what was typed:
 * empty (or spaces) is off, digits are the days.
 */
const rotationDays = z.preprocess(
  (value) => {
    const v = unset(value)
    return typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : v
  },
  z
    .int({ error: msg('settings.rotationDaysInvalid') })
    .min(MIN_ROTATION_DAYS, msg('settings.rotationDaysInvalid'))
    .max(MAX_ROTATION_DAYS, msg('settings.rotationDaysInvalid'))
    .nullable()
)

/** A setting: how it is checked, and its value until it is set. */
const setting = <S extends z.ZodType>(schema: S, initial: z.output<S>) => ({ schema, initial })

/** Every setting. */
const SETTINGS = {
  /** Where the SDKs send their data (the console's 收数域名): an http(s) origin. */
  collectionDomain: setting(originOrNone, null),
  /** Where they retry when the data collection domain fails (Android, iOS, HarmonyOS). */
  standbyDomain: setting(originOrNone, null),
  /** The Web SDK's script (the console's SDK link) that the Web snippet loads. */
  webSdkUrl: setting(sdkUrlOrNone, null),
  /** Secrets older than this many days are marked for rotation (null: off). */
  rotationPolicyDays: setting(rotationDays, DEFAULT_ROTATION_DAYS)
}

type Definitions = typeof SETTINGS
export type SettingName = keyof Definitions
export type Settings = {
  readonly [K in SettingName]: z.output<Definitions[K]['schema']>
}

const names = Object.keys(SETTINGS) as SettingName[]
const schemas = Object.fromEntries(names.map((name) => [name, SETTINGS[name].schema])) as {
  readonly [K in SettingName]: Definitions[K]['schema']
}

/** The settings before anyone has set one. */
export const DEFAULT_SETTINGS: Settings = Object.fromEntries(
  names.map((name) => [name, SETTINGS[name].initial])
) as Settings

/** Rules between settings, with the path of the field each one belongs to. */
function checkTogether(value: Settings, ctx: z.RefinementCtx): void {
  if (value.standbyDomain !== null && value.collectionDomain === null) {
    ctx.addIssue({
      code: 'custom',
      path: ['standbyDomain'],
      message: msg('settings.standbyWithoutPrimary')
    })
  } else if (value.standbyDomain !== null && value.standbyDomain === value.collectionDomain) {
    ctx.addIssue({
      code: 'custom',
      path: ['standbyDomain'],
      message: msg('settings.standbySameAsPrimary')
    })
  }
}

/** A whole set of settings, every rule checked (what the file holds and what main answers). */
export const settingsSchema = z.strictObject(schemas).superRefine(checkTogether)

/**
 * What `settings.update` takes: any of the settings, each checked alone; main checks the rules
 * between them on the result. A setting left out keeps its value.
 */
export const settingsPatchSchema = z.strictObject(schemas).partial()
export type SettingsPatch = z.input<typeof settingsPatchSchema>

/** Settings as read from a file written by this or another version: unknown keys are dropped, missing ones get their default. */
export function settingsFromFile(raw: unknown): ReturnType<typeof settingsSchema.safeParse> {
  const known =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? Object.fromEntries(
          names
            .filter((name) => name in raw)
            .map((name) => [name, (raw as Record<string, unknown>)[name]])
        )
      : {}
  return settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...known })
}
