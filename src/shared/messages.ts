/**
 * The one message catalogue: every message main and the shared schemas can put in front of a
 * user, under a stable code (`group.key`), with its English text. A message travels as its code
 * and parameters (`{ code: 'channelName.taken', params }`), never as its text: main's error
 * envelopes carry codes, the shared zod schemas use codes as their issue messages, and the
 * renderer words each code in the interface language (src/renderer/src/i18n/resources, whose
 * types make a missing translation a type error). The English here is also what main writes to
 * its log (`messageText`).
 *
 * Texts with a part that varies are templates: `{{name}}` is a parameter (i18next's syntax, so
 * the renderer's English resources are this object as it is), and a key ending in
 * `_one`/`_other` is a plural form of the code without that suffix, chosen by `count`.
 * A parameter may itself be a message (`{ code, params }`), worded in the same language.
 * Pure: no `electron`, `node:` or DOM imports.
 */
import { MAX_DOMAINS, NAME_MAX_LENGTH } from './limits'

export const MESSAGES = {
  channelName: {
    required: 'Enter a Channel Name.',
    tooLong: `Channel Name can be at most ${NAME_MAX_LENGTH} characters.`,
    badCharacters: 'Channel Name cannot contain control, invisible or text-direction characters.',
    taken: 'Another channel already has this name: “{{name}}”.',
    noLetterOrDigit: 'Channel Name needs at least one letter or digit.'
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
    disabled:
      'This API is disabled: its AccessKeySecret cannot be viewed or copied. Enable it first.',
    notSaved:
      'The change could not be saved to the data file, so nothing was changed. Check free disk space and permissions, then try again.'
  },
  secret: {
    missing:
      'The AccessKeySecret of this API is not in the keychain. Enter the secret you still have, restore it from a backup, or use Update to issue a new one.',
    rotateUncertain:
      '{{help}} The keychain failed during Update, so it is not certain whether the AccessKeySecret changed. When the keychain works again, use View to check it, or Update again to issue a new one.',
    rotatedNotSaved:
      'The new AccessKeySecret is in the keychain, but the change could not be saved to the data file and the previous secret could not be put back. The previous secret no longer works: use View to get the new one and update your data collection program. Check free disk space and permissions.',
    reauthRefused: 'The AccessKeySecret stays hidden: your identity was not confirmed.',
    badFormat:
      'Paste the whole AccessKeySecret: csk_ followed by 38 letters and digits, with nothing else.',
    badChecksum:
      'This AccessKeySecret has a typo: its last characters (the checksum) do not match the rest.',
    notSecret: 'This is an APPKEY or an AccessKeyId, not an AccessKeySecret.',
    alreadyPresent:
      'This API already has an AccessKeySecret on this computer. Use View to see it, or Update to issue a new one.'
  },
  orphan: {
    notFound: 'There is no such secret without a channel on this computer. Refresh the list.',
    hasChannel: 'This secret belongs to a channel in the list, so it is not deleted here.'
  },
  audit: {
    notWritten:
      'The audit log could not be written, so the action was refused. Check free disk space and permissions, then try again.',
    badDate: 'Enter a valid date.',
    dateOrder: 'The end date must be after the start date.',
    unknownAction: 'Unknown audit action.',
    searchTooLong: 'Search for at most 200 characters.',
    nothingToExport: 'No audit entry matches, so there is nothing to export.'
  },
  file: {
    notWritten:
      'The file could not be written ({{reason}}). Choose another folder, or check free disk space and permissions.',
    notRead: 'The file could not be read ({{reason}}).'
  },
  backup: {
    passphraseTooShort: 'The passphrase must be at least 12 characters.',
    passphraseTooLong: 'The passphrase can be at most 1,024 characters.',
    recipientInvalid: 'This is not an age public key: it starts with age1 and has 62 characters.',
    noRecipients: 'Add at least one age public key (age1…).',
    tooManyRecipients: 'At most 20 age public keys.',
    identityInvalid:
      'This is not an age secret key: it starts with AGE-SECRET-KEY-1 and has 74 characters.',
    recipientsFileEmpty: 'The file holds no age public key (a line starting with age1).',
    nothingToBackUp: 'There are no channels to back up.',
    secretsUnavailable:
      'The keychain did not give the AccessKeySecrets, so no backup was written. {{help}}',
    keyUnavailable:
      'This computer’s backup key could not be read from or stored in the keychain. {{help}}',
    empty: 'The file is empty: it is not a backup.',
    notAge: 'This is not an age-encrypted backup file.',
    damaged: 'The backup file is damaged or incomplete, so it cannot be decrypted.',
    wrongPassphrase: 'This passphrase does not open the backup.',
    wrongKey: 'This key does not open the backup: it was made for other age public keys.',
    needsPassphrase: 'This backup is protected by a passphrase.',
    needsIdentity:
      'This backup was made for age public keys, and this computer’s backup key is not one of them. Give the matching age secret key (AGE-SECRET-KEY-1…).',
    tooLarge: 'The file is larger than {{max}} MB, the most a backup can be.',
    notBackup: 'The file decrypts, but it is not a Collection API Manager backup.',
    newerVersion:
      'This backup was made by a newer version of the app (format {{version}}; this version reads up to {{supported}}). Update the app.',
    invalid: 'The backup is not valid: {{path}}: {{problem}}',
    duplicateIds: 'The backup lists the same channel id twice, so it is not used.',
    tooManyChannels:
      'The backup holds {{count}} channels; at most {{max}} can be restored at once.',
    badSecret: 'Its AccessKeySecret is not a valid key (its format or checksum is wrong).',
    expired: 'This restore is no longer open. Choose the backup file again.',
    nothingToRestore:
      'There is nothing to restore: every channel of this backup is already here with its secret, or cannot be restored.',
    restoreUndone:
      'The restore could not be completed, so everything it had changed was put back. {{help}}',
    restoreInterrupted:
      'The restore could not be completed, and the keychain did not let every AccessKeySecret be put back yet; the app puts them back at its next start. {{help}}',
    recoveryOnly: 'The data file is damaged: restore a backup from the recovery screen.'
  },
  export: {
    nothingToExport: 'There are no channels to export.'
  },
  keychain: {
    unavailableMac:
      'The macOS keychain is not available. Unlock your login keychain (Keychain Access) and try again.',
    unavailableWindows:
      'Windows Credential Manager is not available. Make sure the Credential Manager service is running and you are signed in to your Windows account.',
    unavailableLinux:
      'No unlocked keychain was found. Install and unlock a Secret Service provider such as GNOME Keyring (package gnome-keyring) or KWallet, make sure you are in a desktop session with D-Bus, then try again.'
  },
  store: {
    notJson: 'The data file is not valid JSON; it may be truncated or damaged.',
    notObject: 'The data file is not a valid channel list: it does not hold an object.',
    badVersion:
      'The data file is not a valid channel list: its schemaVersion is missing or not a whole number.',
    newerVersion:
      'The data file was written by a newer version of the app (format {{version}}; this version reads up to {{supported}}). Update the app.',
    noUpgrade:
      'The data file is not a valid channel list: there is no upgrade from format {{from}}.',
    upgradeFailed:
      'The data file is not a valid channel list: upgrading from format {{from}} failed.',
    upgradeChangedCount:
      'The data file is not a valid channel list: upgrading from format {{from}} would change the number of channels ({{before}} → {{after}}).',
    invalidAt: 'The data file is not a valid channel list: {{path}}: {{problem}}',
    invalidValue: 'This value is not valid.',
    nameNotNormalised:
      'The Channel Name is not stored the way the app stores names (trimmed, Unicode NFC).',
    domainNotNormalised:
      'The Network Domain is not stored the way the app stores it (lower-case host, no default port, no trailing /).',
    badAppKey: 'The APPKEY is not a valid key (its format or checksum is wrong).',
    badAccessKeyId: 'The AccessKeyId is not a valid key (its format or checksum is wrong).',
    duplicateName: 'Two channels have the same Channel Name.',
    duplicateId: 'Two channels have the same id.',
    holdsSecret:
      'The data file contains an AccessKeySecret, which the app only ever keeps in the keychain.',
    missingWithSecrets_one:
      'The data file is missing, but the keychain holds {{count}} AccessKeySecret of this app.',
    missingWithSecrets_other:
      'The data file is missing, but the keychain holds {{count}} AccessKeySecrets of this app.',
    missingWithBackups: 'The data file is missing, but good backups of it exist.',
    unreadable:
      'The data file exists but could not be read ({{reason}}). Check that it is a file you have permission to read.'
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
  },
  leaks: {
    running: 'A leak check is already running. Stop it or wait for it to finish, then try again.',
    noFolderPicker: 'Choosing a folder is not available here.',
    fingerprintNotSaved:
      'The AccessKeySecret was not updated: the fingerprint of the current one, which the leak check needs, could not be written to the data folder. Check free disk space and permissions, then try again.'
  },
  settings: {
    webSdkUrlInvalid:
      'Enter the Web SDK’s address as the Quick Tracking console gives it, starting with https:// or http://.',
    standbyWithoutPrimary: 'Set the data collection domain before a standby domain.',
    standbySameAsPrimary: 'The standby domain must differ from the data collection domain.',
    rotationDaysInvalid:
      'Enter the rotation policy as a whole number of days from 1 to 3650, or leave it empty to turn it off.',
    notSaved:
      'The settings could not be saved, so nothing was changed. Check free disk space and permissions, then try again.'
  },
  sdk: {
    domainNotSet: 'Set the data collection domain in Settings first.',
    webSdkUrlNotSet: 'Set the Web SDK address in Settings first.',
    notForChannel: 'This channel has no such SDK setup.',
    saveUnavailable: 'Saving files is not available here.',
    notSaved:
      'The file could not be saved. Check the folder’s permissions and free disk space, then try again.'
  }
} as const

type Catalogue = typeof MESSAGES
type PluralSuffix = '_one' | '_other'
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K

/** A stable message code such as `channelName.required` (plural forms share one code). */
export type MessageCode = {
  [G in keyof Catalogue]: `${G & string}.${WithoutPlural<keyof Catalogue[G] & string>}`
}[keyof Catalogue]

/** The English text(s) of a code (both plural forms for a plural code). */
type TextOf<C extends MessageCode> = C extends `${infer G}.${infer K}`
  ? G extends keyof Catalogue
    ? Catalogue[G][(K | `${K}${PluralSuffix}`) & keyof Catalogue[G]]
    : never
  : never

type Trim<S extends string> = S extends ` ${infer R}`
  ? Trim<R>
  : S extends `${infer R} `
    ? Trim<R>
    : S
/** The `{{name}}` (or `{{name, format}}`) parameters a text names. */
type ParamNames<T> = T extends `${string}{{${infer P}}}${infer Rest}`
  ? (P extends `${infer N},${string}` ? Trim<N> : Trim<P>) | ParamNames<Rest>
  : never

/** A message whose parameters are not checked against its code: what travels and is stored. */
export interface AnyMessage {
  readonly code: MessageCode
  readonly params?: MessageParams
}
/** A parameter's value: a text, a number (`count` picks the plural form), or a message. */
export type ParamValue = string | number | AnyMessage
export type MessageParams = Readonly<Record<string, ParamValue>>

/** The parameters code `C` takes. */
export type ParamsOf<C extends MessageCode> = {
  readonly [P in ParamNames<TextOf<C>>]: P extends 'count' ? number : ParamValue
}

/** The codes that take no parameter. */
export type PlainMessageCode = {
  [C in MessageCode]: [ParamNames<TextOf<C>>] extends [never] ? C : never
}[MessageCode]

/** A message with exactly the parameters its code takes (the type checker names a missing one). */
export type Message<C extends MessageCode = MessageCode> = C extends MessageCode
  ? [ParamNames<TextOf<C>>] extends [never]
    ? { readonly code: C; readonly params?: undefined }
    : { readonly code: C; readonly params: ParamsOf<C> }
  : never

/**
 * A code that takes no parameter, as a zod schema's issue message (`{ error: msg('…') }`): the
 * type checker refuses a code the catalogue does not have.
 */
export const msg = <C extends PlainMessageCode>(code: C): C => code

const PLURAL = /_(one|other)$/

/** Every message code. */
export const MESSAGE_CODES: readonly MessageCode[] = [
  ...new Set(
    Object.entries(MESSAGES).flatMap(([group, entries]) =>
      Object.keys(entries).map((key) => `${group}.${key.replace(PLURAL, '')}` as MessageCode)
    )
  )
]
const CODES: ReadonlySet<string> = new Set(MESSAGE_CODES)

/** True for a known message code (never for prototype names such as `toString`). */
export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && CODES.has(value)
}

/** True for a value shaped like a message with a known code. */
export function isMessage(value: unknown): value is AnyMessage {
  return (
    typeof value === 'object' && value !== null && isMessageCode((value as { code?: unknown }).code)
  )
}

/** The English template of a code, in the plural form `count` asks for. */
function template(code: MessageCode, count: unknown): string {
  const [group, key] = code.split('.') as [keyof Catalogue, string]
  const entries = MESSAGES[group] as Readonly<Record<string, string>>
  return entries[key] ?? entries[`${key}_${count === 1 ? 'one' : 'other'}`]
}

/** A message in English, parameters filled in (nested messages too): what main writes to its log. */
export function messageText(message: AnyMessage): string {
  const params = message.params ?? {}
  return template(message.code, params.count).replace(
    /\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g,
    (_, name: string) => {
      const value = Object.hasOwn(params, name) ? params[name] : undefined
      if (value === undefined) return `{{${name}}}`
      return typeof value === 'object' ? messageText(value) : String(value)
    }
  )
}
