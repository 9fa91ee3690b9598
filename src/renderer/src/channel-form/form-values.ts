/**
 * The form's own value shape and its mapping onto the shared IPC input. The form keeps
 * rows as `{ value }` objects (what react-hook-form's field arrays need) and the Quick
 * Tracking answer as 'yes' | 'no'; the shared zod schema does all the validating, and its
 * issue paths are mapped back onto the form's fields, each with its message code (the form
 * words the code in the interface language; src/shared/messages.ts).
 */
import { z } from 'zod'
import {
  APP_TYPES,
  createChannelInputSchema,
  MAX_DOMAINS,
  platformsFor,
  type AppType,
  type ChannelFields,
  type ChannelView,
  type CreateChannelInput
} from '@shared/channel'
import { isMessageCode } from '@shared/messages'
import { formMessage } from '../i18n/say'

const rowSchema = z.object({ value: z.string() })

const formShapeSchema = z.object({
  name: z.string(),
  collectedByQuickTracking: z.enum(['yes', 'no']),
  appType: z.union([z.enum(APP_TYPES), z.literal('')]),
  platforms: z.array(rowSchema),
  domains: z.array(rowSchema)
})

export type ChannelFormValues = z.input<typeof formShapeSchema>
export type FormRow = ChannelFormValues['platforms'][number]

/**
 * What the form hands to the shared schema: every field of the IPC input, not yet validated.
 * Derived from the schema, so a new field is a type error in `toChannelInput` until mapped.
 */
export type ChannelInputDraft = { readonly [K in keyof CreateChannelInput]-?: unknown }

/** Map form values to the IPC input: WEB sends no platforms, APP/Mini Program no domains. */
export function toChannelInput(values: ChannelFormValues): ChannelInputDraft {
  const isWeb = values.appType === 'WEB'
  return {
    name: values.name,
    collectedByQuickTracking: values.collectedByQuickTracking === 'yes',
    appType: values.appType,
    platforms: isWeb ? [] : values.platforms.map((row) => row.value),
    domains: isWeb ? values.domains.map((row) => row.value) : []
  }
}

/** A path in the IPC input (`platforms.1`) as a path in the form (`platforms.1.value`). */
export function toFormPath(path: readonly PropertyKey[]): (string | number)[] {
  const parts = path.map((part) => (typeof part === 'symbol' ? String(part) : part))
  const [head, index] = parts
  if ((head === 'platforms' || head === 'domains') && typeof index === 'number') {
    return [head, index, 'value']
  }
  return parts
}

/**
 * An issue's message as the form keeps it. The shared schema words every rule with a code;
 * anything else (zod's own English) would mean a form value of the wrong shape.
 */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (!isMessageCode(issue.message)) return formMessage({ code: 'request.invalid' })
  const params =
    issue.code === 'custom' ? (issue.params as Record<string, string> | undefined) : undefined
  return formMessage(params ? { code: issue.message, params } : { code: issue.message })
}

/**
 * The form schema: the form's shape, then the shared create schema over the mapped input,
 * with each issue put back on the form field it belongs to, as a message code. Output:
 * validated, normalised channel fields, ready for `channels.create` (or `channels.update`
 * with the id added).
 */
export const channelFormSchema = formShapeSchema.transform((values, ctx): ChannelFields => {
  const result = createChannelInputSchema.safeParse(toChannelInput(values))
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    ctx.addIssue({
      code: 'custom',
      message: issueMessage(issue),
      path: toFormPath(issue.path)
    })
  }
  return z.NEVER
})

/** Rows a freshly chosen Application Type starts with. */
export function rowsFor(appType: AppType | ''): Pick<ChannelFormValues, 'platforms' | 'domains'> {
  if (appType === '') return { platforms: [], domains: [] }
  return appType === 'WEB'
    ? { platforms: [], domains: [{ value: '' }] }
    : { platforms: [{ value: '' }], domains: [] }
}

/** An empty Create form: Quick Tracking Yes, no Application Type chosen yet. */
export function emptyFormValues(): ChannelFormValues {
  return { name: '', collectedByQuickTracking: 'yes', appType: '', ...rowsFor('') }
}

/** The Edit form's starting values for a channel. */
export function formValuesFromChannel(channel: ChannelView): ChannelFormValues {
  const rows = (values: readonly string[]): FormRow[] => values.map((value) => ({ value }))
  const fresh = rowsFor(channel.appType)
  const platforms = channel.appType === 'WEB' ? [] : rows(channel.platforms)
  const domains = channel.appType === 'WEB' ? rows(channel.domains) : []
  return {
    name: channel.name,
    collectedByQuickTracking: 'yes',
    appType: channel.appType,
    // A stored record always has at least one row; an empty list still gets one to fill in.
    platforms: platforms.length > 0 ? platforms : fresh.platforms,
    domains: domains.length > 0 ? domains : fresh.domains
  }
}

/** How many rows the Application Type allows. */
export function maxRowsFor(appType: AppType | ''): number {
  if (appType === '') return 0
  return appType === 'WEB' ? MAX_DOMAINS : platformsFor(appType).length
}
