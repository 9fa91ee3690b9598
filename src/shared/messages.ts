/**
 * Every message main and the shared schemas can put in front of a user, under a stable code.
 *
 * The English text is what main says (logs, envelopes, main's tests rely on it) and the
 * English wording the renderer shows; the renderer words each code in every language it
 * speaks (src/renderer/src/i18n/resources). A message travels as its code: the IPC
 * dispatcher adds `messageCode`/`fieldCodes` to each error envelope (see `withMessageCodes`),
 * and the renderer's form keeps the shared schema's issues as codes.
 *
 * Texts with a part that varies are templates: `{{name}}` is a parameter (i18next's
 * interpolation syntax, so the renderer's resources can use this object as they are), and a
 * key ending in `_one`/`_other` is a plural form of the code without that suffix.
 * Pure: no `electron`, `node:` or DOM imports.
 */
import { MAX_DOMAINS, NAME_MAX_LENGTH } from './limits'

export const MESSAGE_TEXTS = {
  channelName: {
    required: 'Enter a Channel Name.',
    tooLong: `Channel Name can be at most ${NAME_MAX_LENGTH} characters.`,
    badCharacters: 'Channel Name cannot contain control, invisible or text-direction characters.',
    taken: 'A channel with this name already exists.'
  },
  quickTracking: {
    notCollected:
      'You do not need to configure this API if data is not collected by Quick Tracking.'
  },
  appType: {
    required: 'Select an Application Type.',
    immutable: 'Application Type cannot be changed after the API is created.'
  },
  platform: {
    required: 'Select a platform.',
    notAllowed: 'This platform is not available for this Application Type.',
    duplicate: 'This platform is already configured.',
    listRequired: 'Add at least one platform.'
  },
  domain: {
    listRequired: 'Add at least one Network Domain.',
    tooMany: `At most ${MAX_DOMAINS} Network Domains.`,
    duplicate: 'This Network Domain is already configured.',
    empty: 'Enter a Network Domain.',
    spaces: 'A Network Domain cannot contain spaces.',
    scheme: 'Start the Network Domain with http:// or https://.',
    protocol: 'Only http:// and https:// Network Domains are supported.',
    credentials: 'A Network Domain cannot contain a user name or password.',
    query: 'A Network Domain cannot contain a query (?…).',
    fragment: 'A Network Domain cannot contain a fragment (#…).',
    path: 'A Network Domain cannot contain a path.',
    host: 'Enter the host name, e.g. https://shop.example.com.',
    invalid: 'This is not a valid Network Domain.',
    hostLabel: 'The host name has an invalid part; use letters, digits and hyphens.',
    tooLong: 'This Network Domain is too long.'
  },
  request: {
    invalid: 'The request is not valid.',
    andMore_one: '{{problem}} (and {{count}} more problem)',
    andMore_other: '{{problem}} (and {{count}} more problems)',
    noInput: 'This method takes no input.',
    unknownChannel: 'Unknown channel.',
    unknownField: 'Unknown field.',
    unknownBackup: 'Unknown backup.',
    unknownLanguage: 'Unknown language.',
    confirmStartEmpty: 'Starting with an empty channel list must be confirmed.',
    untrustedSender: 'This window may not use the app API.',
    unknownMethod: 'Unknown method.'
  },
  app: {
    internal: 'Something went wrong. The details are in the log.',
    unreachable: 'The app did not answer. Try again; if this keeps happening, restart the app.'
  },
  channel: {
    notFound: 'This API no longer exists. Refresh the list.',
    notSaved:
      'The change could not be saved to the data file, so nothing was changed. Check free disk space and permissions, then try again.'
  },
  secret: {
    missing:
      'The AccessKeySecret of this API is not in the keychain. Use Update to issue a new one.',
    rotateUncertain:
      '{{help}} The keychain failed during Update, so it is not certain whether the AccessKeySecret changed. When the keychain works again, use View to check it, or Update again to issue a new one.',
    rotatedNotSaved:
      'The new AccessKeySecret is in the keychain, but the change could not be saved to the data file and the previous secret could not be put back. The previous secret no longer works: use View to get the new one and update your data collection program. Check free disk space and permissions.',
    reauthRefused: 'The AccessKeySecret stays hidden: your identity was not confirmed.'
  },
  keychain: {
    unavailableMac:
      'The macOS keychain is not available. Unlock your login keychain (Keychain Access) and try again.',
    unavailableWindows:
      'Windows Credential Manager is not available. Make sure the Credential Manager service is running and you are signed in to your Windows account.',
    unavailableLinux:
      'No unlocked keychain was found. Install and unlock a Secret Service provider such as GNOME Keyring (package gnome-keyring) or KWallet, make sure you are in a desktop session with D-Bus, then try again.'
  },
  recovery: {
    required:
      'The channel data file is damaged, so channels cannot be shown or changed. Restore a backup or start empty first; the damaged file is kept.',
    noBackup:
      'There is no good backup to restore. Start empty, or open the data folder to repair the file by hand.',
    backupNotFound: 'This backup does not exist or can no longer be read.',
    notWritten:
      'The data folder could not be written, so the damaged file is still in place and nothing was changed. Check free disk space and permissions, or open the data folder.',
    nothingToRecover: 'The data file is in good order; there is nothing to recover.',
    folderUnavailable: 'Opening folders is not available here. The data folder is {{path}}',
    folderNotOpened: 'The data folder could not be opened. It is {{path}}'
  }
} as const

type Catalogue = typeof MESSAGE_TEXTS
type PluralSuffix = '_one' | '_other'
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K

/** A stable message code such as `channelName.required` (plural forms share one code). */
export type MessageCode = {
  [G in keyof Catalogue]: `${G & string}.${WithoutPlural<keyof Catalogue[G] & string>}`
}[keyof Catalogue]

/** Values for a template's `{{name}}` parts; `count` picks the plural form. */
export type MessageParams = Readonly<Record<string, string | number>>

/** A message as a code and its parameters. */
export interface CodedMessage {
  readonly code: MessageCode
  readonly params?: MessageParams
}

const PLURAL = /_(one|other)$/

interface Template {
  readonly code: MessageCode
  readonly text: string
  readonly pattern: RegExp | null
  readonly names: readonly string[]
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every template, flat. */
const TEMPLATES: readonly Template[] = Object.entries(MESSAGE_TEXTS).flatMap(([group, entries]) =>
  Object.entries(entries as Readonly<Record<string, string>>).map(([key, text]): Template => {
    const code = `${group}.${key.replace(PLURAL, '')}` as MessageCode
    const names = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1])
    if (names.length === 0) return { code, text, pattern: null, names }
    const source = text
      .split(/(\{\{\w+\}\})/)
      .map((part) => {
        const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1]
        if (name === undefined) return escapeRegExp(part)
        return name === 'count' ? '(\\d+)' : '([\\s\\S]+?)'
      })
      .join('')
    return { code, text, pattern: new RegExp(`^${source}$`), names }
  })
)

const BY_TEXT = new Map(
  TEMPLATES.filter((template) => template.pattern === null).map((template) => [
    template.text,
    template.code
  ])
)
const CODES: ReadonlySet<string> = new Set(TEMPLATES.map((template) => template.code))

/** Every message code. */
export const MESSAGE_CODES = [...CODES] as readonly MessageCode[]

/** True for a known message code. */
export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && CODES.has(value)
}

/** The English text of a code without parameters (what main puts in `message`). */
export function messageText(code: MessageCode): string {
  const template = TEMPLATES.find((entry) => entry.code === code)
  if (!template) throw new Error(`Unknown message code ${code}`)
  return template.text
}

/** Which code (and parameters) an English message is, or null for a message the catalogue lacks. */
export function codeOfMessage(text: string): CodedMessage | null {
  const exact = BY_TEXT.get(text)
  if (exact !== undefined) return { code: exact }
  for (const template of TEMPLATES) {
    const match = template.pattern?.exec(text)
    if (!match) continue
    const params: Record<string, string | number> = {}
    template.names.forEach((name, index) => {
      const value = match[index + 1]
      params[name] = name === 'count' ? Number(value) : value
    })
    return { code: template.code, params }
  }
  return null
}
