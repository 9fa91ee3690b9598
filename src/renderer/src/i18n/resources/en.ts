/**
 * English. The page's own words (SPEC §7) are used verbatim for the things it names. The
 * validation and error messages are main's own English (src/shared/messages.ts), so a code
 * and the text main logged always say the same thing. `zh-CN.ts` has exactly these keys
 * (its type is derived from this object; test/renderer/i18n-resources.test.ts checks values).
 *
 * i18next syntax: `{{name}}` is interpolated, `{{count, number}}` formatted, and keys ending
 * in `_one`/`_other` are the plural forms of the key without the suffix.
 */
import { APP_TYPE_LABELS, PLATFORM_LABELS } from '@shared/channel'
import { NATIVE_STRINGS } from '@shared/i18n/native'
import { MESSAGES } from '@shared/messages'
import { LANGUAGE_NAMES } from './language-names'

export const en = {
  app: {
    title: 'Collection API Manager',
    pageTitle: 'API Management',
    pageIntro:
      'Data collection APIs for Quick Tracking. AccessKeySecrets stay in this computer’s keychain.',
    language: 'Language',
    closeNotification: 'Close toast',
    notifications: 'Notifications',
    loading: 'Loading…',
    loadFailed: 'The channels could not be loaded.',
    tryAgain: 'Try again',
    close: 'Close'
  },
  languageNames: LANGUAGE_NAMES,

  // Buttons and menus: the page's words.
  actions: {
    createApi: 'Create API',
    createAppApi: 'Create App API',
    editAppApi: 'Edit App API',
    auditLog: 'Audit log',
    about: 'About',
    ok: 'OK',
    cancel: 'Cancel',
    view: 'View',
    hide: 'Hide',
    copy: 'Copy',
    update: 'Update',
    edit: 'Edit',
    remove: 'Remove',
    yes: 'Yes',
    no: 'No'
  },

  // Field and column names: the page's words.
  fields: {
    channelName: 'Channel Name',
    collectedByQuickTracking: 'Collected by Quick Tracking',
    applicationType: 'Application Type',
    platformTypeConfiguration: 'Platform Type Configuration',
    networkDomain: 'Network Domain',
    newPlatformConfiguration: 'New Platform Configuration',
    appKey: 'APPKEY',
    accessKeyId: 'AccessKeyId',
    accessKeySecret: 'AccessKeySecret',
    platformsOrDomains: 'Platforms / Network Domains',
    created: 'Created',
    actions: 'Actions'
  },
  appTypes: { ...APP_TYPE_LABELS },
  platforms: { ...PLATFORM_LABELS },

  // A channel's row: accessible names say which channel a control acts on.
  row: {
    copyFieldOf: 'Copy {{field}} of {{name}}',
    viewSecretOf: 'View AccessKeySecret of {{name}}',
    hideSecretOf: 'Hide AccessKeySecret of {{name}}',
    updateSecretOf: 'Update AccessKeySecret of {{name}}',
    editChannel: 'Edit {{name}}',
    removeChannel: 'Remove {{name}}',
    maskedSecret: 'Hidden',
    secretMissing: 'Secret missing',
    secretMissingHint:
      'The keychain has no AccessKeySecret for this channel. Update issues a new one.'
  },

  list: {
    emptyTitle: 'No data collection APIs yet',
    emptyBody:
      'Create an App API to get the APPKEY, AccessKeyId and AccessKeySecret your data collection program uses.',
    searchLabel: 'Search channels',
    searchPlaceholder: 'Name, APPKEY, AccessKeyId, platform or domain',
    filterLabel: 'Application Type filter',
    allTypes: 'All types',
    table: 'Data collection APIs',
    region: 'Channels',
    showing_one: 'Showing {{shown, number}} of {{count, number}} channel',
    showing_other: 'Showing {{shown, number}} of {{count, number}} channels',
    loadingPart_one: 'Loading channels: {{loaded, number}} of {{count, number}}…',
    loadingPart_other: 'Loading channels: {{loaded, number}} of {{count, number}}…',
    noMatchesFor: 'No channels match “{{search}}”.',
    noMatchesForOfType: 'No {{type}} channels match “{{search}}”.',
    noChannelsOfType: 'There are no {{type}} channels.',
    clearSearch: 'Clear search',
    showAllTypes: 'Show all types'
  },

  form: {
    createDescription: 'Configure a data collection channel. Click OK to save.',
    editDescription: 'Change the channel’s configuration. Its keys stay the same.',
    namePlaceholder: 'e.g. Shop app',
    selectAppTypeFirst: 'Select an Application Type to configure its platforms.',
    platformN: 'Platform {{n}}',
    removePlatformN: 'Remove platform {{n}}',
    selectPlatform: 'Select a platform',
    networkDomainN: 'Network Domain {{n}}',
    removeNetworkDomainN: 'Remove Network Domain {{n}}',
    domainPlaceholder: 'https://shop.example.com',
    domainHint:
      'The full address of the site: http:// or https://, the host, and a port if it is not the default.'
  },

  toasts: {
    created: 'App API created',
    saved: 'Changes saved',
    copiedAppKey: 'APPKEY copied',
    copiedAccessKeyId: 'AccessKeyId copied',
    copiedSecret_one: 'AccessKeySecret copied — the clipboard will be cleared in {{count}} second',
    copiedSecret_other:
      'AccessKeySecret copied — the clipboard will be cleared in {{count}} seconds',
    rotated: 'AccessKeySecret updated',
    rotatedDescription: 'Update your data collection program with the new AccessKeySecret.',
    removed: '{{name}} removed',
    restored_one: 'Backup restored: {{count}} channel',
    restored_other: 'Backup restored: {{count}} channels',
    startedEmpty: 'Started with an empty channel list',
    damagedKeptAt: 'The damaged file is kept as {{path}}'
  },

  confirm: {
    rotateTitle: 'Update AccessKeySecret?',
    rotateBody:
      'The previous AccessKeySecret of {{name}} becomes invalid at once. You must update your data collection program with the new AccessKeySecret.',
    rotateMissingBody:
      '{{name}} has no AccessKeySecret in the keychain. A new AccessKeySecret will be issued; you must update your data collection program with it.',
    removeTitle: 'Remove {{name}}?',
    removeBody:
      'The record and its AccessKeySecret are deleted from this computer and the keychain. They cannot be recovered, and data collection programs that use this AccessKey stop working.',
    startEmptyTitle: 'Start with an empty list?',
    startEmptyBody:
      'The damaged file is kept as a copy next to the data file, and the channel list starts empty. AccessKeySecrets in the keychain are not deleted.'
  },

  audit: {
    title: 'Audit log',
    description:
      'Every create, edit, remove, view, copy and update made on this computer. Secrets are never recorded.',
    when: 'When',
    who: 'Who',
    action: 'Action',
    channel: 'Channel',
    empty: 'No entries yet.',
    noChannel: '—',
    copiedField: '{{action}} {{field}}',
    withDetail: '{{action}} ({{detail}})',
    actions: {
      create: 'Created',
      edit: 'Edited',
      remove: 'Removed',
      reveal: 'Viewed AccessKeySecret',
      copy: 'Copied',
      rotate: 'Updated AccessKeySecret',
      'refused-ipc': 'Refused a request from outside the app'
    }
  },

  keychain: {
    unavailableTitle: 'The keychain is not available',
    unavailableFallback: 'Install or unlock the OS keychain, then try again.',
    unavailableNote:
      'The list still works. Viewing, copying and updating an AccessKeySecret, and creating and removing APIs, need the keychain.'
  },

  recovery: {
    title: 'The channel data file is damaged',
    intro:
      'Channels cannot be shown or changed until you restore a backup or start with an empty list. The damaged file itself is never changed: both keep a copy of it next to the data file.',
    problems: {
      corrupt: 'The data file is not valid JSON; it may be truncated or damaged.',
      invalid: 'The data file is not a channel list this version of the app understands.',
      'future-version': 'The data file was written by a newer version of the app. Update the app.',
      unreadable:
        'The data file exists but could not be read. Check that it is a file you have permission to read.'
    },
    details: 'Details: {{details}}',
    backups: 'Backups',
    backupTaken: 'Taken',
    backupChannels: 'Channels',
    restore: 'Restore',
    restoreBackupOf: 'Restore the backup taken {{when}}',
    noBackups: 'There is no good backup to restore.',
    startEmpty: 'Start with an empty list',
    openDataFolder: 'Open data folder'
  },

  footer: {
    version: 'Version {{version}}',
    dataFile: 'Data file:',
    keychainService: 'Keychain service:'
  },

  about: {
    title: 'About Collection API Manager',
    description:
      'Creates and manages data collection APIs; keeps each AccessKeySecret in the OS keychain.',
    version: 'Version',
    electron: 'Electron',
    chrome: 'Chrome',
    node: 'Node.js',
    notInElectron: 'not running in Electron',
    dataFolder: 'Data folder',
    keychain: 'Keychain',
    keychainService: 'Keychain service'
  },

  // Validation and error messages, by code (src/shared/messages.ts).
  messages: MESSAGES,

  // The native menu and start-up box (main reads src/shared/i18n/native.ts directly).
  native: NATIVE_STRINGS.en
}

/** The shape every language's resources have: the same keys, any wording. */
export type Resources = Wording<typeof en>
type Wording<T> = { readonly [K in keyof T]: T[K] extends string ? string : Wording<T[K]> }
