/**
 * English strings. The page's own words (SPEC §7) are used verbatim for the things it names.
 * `zh-CN.ts` must provide every key: its type is `Messages`, derived from this object.
 */
import { APP_TYPE_LABELS, PLATFORM_LABELS } from '@shared/channel'
import type { AuditAction } from '@shared/audit'

const enNumber = new Intl.NumberFormat('en')

export const en = {
  appTitle: 'Collection API Manager',
  pageTitle: 'API Management',
  pageIntro:
    'Data collection APIs for Quick Tracking. AccessKeySecrets stay in this computer’s keychain.',
  language: 'Language',
  notifications: 'Notifications',

  createApi: 'Create API',
  createAppApi: 'Create App API',
  editAppApi: 'Edit App API',
  auditLog: 'Audit log',

  // Field and column names: the page's words.
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
  actions: 'Actions',
  appTypeLabels: { ...APP_TYPE_LABELS },
  platformLabels: { ...PLATFORM_LABELS },

  // Buttons.
  ok: 'OK',
  cancel: 'Cancel',
  view: 'View',
  hide: 'Hide',
  copy: 'Copy',
  update: 'Update',
  edit: 'Edit',
  remove: 'Remove',
  close: 'Close',
  yes: 'Yes',
  no: 'No',
  tryAgain: 'Try again',

  // Accessible names that say which channel a control acts on.
  copyFieldOf: (field: string, name: string) => `Copy ${field} of ${name}`,
  viewSecretOf: (name: string) => `View AccessKeySecret of ${name}`,
  hideSecretOf: (name: string) => `Hide AccessKeySecret of ${name}`,
  updateSecretOf: (name: string) => `Update AccessKeySecret of ${name}`,
  editChannel: (name: string) => `Edit ${name}`,
  removeChannel: (name: string) => `Remove ${name}`,
  maskedSecret: 'Hidden',
  secretMissing: 'Secret missing',
  secretMissingHint:
    'The keychain has no AccessKeySecret for this channel. Update issues a new one.',

  // List.
  loading: 'Loading…',
  loadFailed: 'The channels could not be loaded.',
  emptyTitle: 'No data collection APIs yet',
  emptyBody:
    'Create an App API to get the APPKEY, AccessKeyId and AccessKeySecret your data collection program uses.',
  searchLabel: 'Search channels',
  searchPlaceholder: 'Name, APPKEY, AccessKeyId, platform or domain',
  filterLabel: 'Application Type filter',
  allTypes: 'All types',
  channelsTable: 'Data collection APIs',
  channelsRegion: 'Channels',
  showingCount: (shown: number, total: number) =>
    `Showing ${enNumber.format(shown)} of ${enNumber.format(total)} ${total === 1 ? 'channel' : 'channels'}`,
  noMatchesFor: (search: string) => `No channels match “${search}”.`,
  noMatchesForOfType: (search: string, type: string) => `No ${type} channels match “${search}”.`,
  noChannelsOfType: (type: string) => `There are no ${type} channels.`,
  clearSearch: 'Clear search',
  showAllTypes: 'Show all types',

  // Form.
  createDescription: 'Configure a data collection channel. Click OK to save.',
  editDescription: 'Change the channel’s configuration. Its keys stay the same.',
  namePlaceholder: 'e.g. Shop app',
  selectAppTypeFirst: 'Select an Application Type to configure its platforms.',
  platformN: (n: number) => `Platform ${n}`,
  removePlatformN: (n: number) => `Remove platform ${n}`,
  selectPlatform: 'Select a platform',
  networkDomainN: (n: number) => `Network Domain ${n}`,
  removeNetworkDomainN: (n: number) => `Remove Network Domain ${n}`,
  domainPlaceholder: 'https://shop.example.com',
  domainHint:
    'The full address of the site: http:// or https://, the host, and a port if it is not the default.',
  saving: 'Saving…',

  // Toasts.
  createdToast: 'App API created',
  savedToast: 'Changes saved',
  copiedAppKey: 'APPKEY copied',
  copiedAccessKeyId: 'AccessKeyId copied',
  copiedSecret: (seconds: number) =>
    `AccessKeySecret copied — the clipboard will be cleared in ${seconds} seconds`,
  rotatedToast: 'AccessKeySecret updated',
  rotatedDescription: 'Update your data collection program with the new AccessKeySecret.',
  removedToast: (name: string) => `${name} removed`,

  // Confirmations.
  rotateTitle: 'Update AccessKeySecret?',
  rotateBody: (name: string) =>
    `The previous AccessKeySecret of ${name} becomes invalid at once. You must update your data collection program with the new AccessKeySecret.`,
  rotateMissingBody: (name: string) =>
    `${name} has no AccessKeySecret in the keychain. A new AccessKeySecret will be issued; you must update your data collection program with it.`,
  removeTitle: (name: string) => `Remove ${name}?`,
  removeBody:
    'The record and its AccessKeySecret are deleted from this computer and the keychain. They cannot be recovered, and data collection programs that use this AccessKey stop working.',

  // Audit log.
  auditDescription:
    'Every create, edit, remove, view, copy and update made on this computer. Secrets are never recorded.',
  auditWhen: 'When',
  auditWho: 'Who',
  auditAction: 'Action',
  auditChannel: 'Channel',
  auditEmpty: 'No entries yet.',
  auditActions: {
    create: 'Created',
    edit: 'Edited',
    remove: 'Removed',
    reveal: 'Viewed AccessKeySecret',
    copy: 'Copied',
    rotate: 'Updated AccessKeySecret',
    'refused-ipc': 'Refused a request from outside the app'
  } satisfies Record<AuditAction, string>,
  noChannel: '—',

  // Keychain banner.
  keychainUnavailableTitle: 'The keychain is not available',
  keychainUnavailableFallback: 'Install or unlock the OS keychain, then try again.',
  keychainUnavailableNote:
    'The list still works. Viewing, copying and updating an AccessKeySecret, and creating and removing APIs, need the keychain.',

  // Recovery (damaged data file).
  recoveryTitle: 'The channel data file is damaged',
  recoveryIntro:
    'Channels cannot be shown or changed until you restore a backup or start with an empty list. The damaged file itself is never changed: both keep a copy of it next to the data file.',
  backupsTitle: 'Backups',
  backupTaken: 'Taken',
  backupChannels: 'Channels',
  restore: 'Restore',
  restoreBackupOf: (when: string) => `Restore the backup taken ${when}`,
  noBackups: 'There is no good backup to restore.',
  startEmpty: 'Start with an empty list',
  startEmptyTitle: 'Start with an empty list?',
  startEmptyBody:
    'The damaged file is kept as a copy next to the data file, and the channel list starts empty. AccessKeySecrets in the keychain are not deleted.',
  openDataFolder: 'Open data folder',
  restoredToast: (count: number) =>
    `Backup restored: ${count} ${count === 1 ? 'channel' : 'channels'}`,
  startedEmptyToast: 'Started with an empty channel list',
  damagedKeptAt: (path: string) => `The damaged file is kept as ${path}`,

  // Footer.
  version: (v: string) => `Version ${v}`,
  dataFile: 'Data file',
  keychainService: 'Keychain service',

  // About dialog.
  about: 'About',
  aboutTitle: 'About Collection API Manager',
  aboutDescription:
    'Creates and manages data collection APIs; keeps each AccessKeySecret in the OS keychain.',
  appVersion: 'Version',
  electronVersion: 'Electron',
  chromeVersion: 'Chrome',
  nodeVersion: 'Node.js',
  notInElectron: 'not running in Electron',
  dataFolder: 'Data folder',
  keychainBackend: 'Keychain'
}

export type Messages = typeof en
