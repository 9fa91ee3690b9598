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
    close: 'Close',
    // The OS keychain in a sentence, per OS (main reports it; Linux until it has).
    keychainNames: { darwin: 'Keychain', win32: 'Credential Manager', linux: 'keyring' }
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
    no: 'No',
    details: 'Details',
    settings: 'Settings',
    save: 'Save',
    discard: 'Discard',
    keepEditing: 'Keep editing',
    copyKeys: 'Copy keys',
    openSettings: 'Open Settings',
    backupMenu: 'Backup',
    backUp: 'Back Up…',
    restoreBackup: 'Restore from Backup…',
    exportList: 'Export List…',
    enterSecret: 'Enter secret…',
    delete: 'Delete',
    disable: 'Disable',
    enable: 'Enable'
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
    edited: 'Edited',
    secretUpdated: 'Secret updated',
    keys: 'Keys',
    actions: 'Actions',
    state: 'State'
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
    actionsFor: 'Actions for {{name}}',
    detailsOf: 'Details of {{name}}',
    keyboardHint:
      'Up and down arrows move between channels, Enter opens one’s details, right and left arrows move between a channel’s buttons.',
    maskedSecret: 'Hidden',
    secretMissing: 'Secret missing',
    secretMissingHint:
      'The keychain has no AccessKeySecret for this channel. Enter the one you still have, restore it from a backup, or use Update to issue a new one.',
    // The visible words first: the accessible name must contain them (WCAG 2.5.3).
    enterSecretOf: 'Enter secret for {{name}}',
    disableChannel: 'Disable {{name}}',
    enableChannel: 'Enable {{name}}',
    // Badges (SPEC §11): a disabled channel, a secret past the rotation policy or due soon.
    disabled: 'Disabled',
    pastPolicy: 'Past policy',
    pastPolicyHint_one: 'Issued {{count}} day ago; the rotation policy is {{days}} days.',
    pastPolicyHint_other: 'Issued {{count}} days ago; the rotation policy is {{days}} days.',
    dueIn_one: 'Due in {{count}} day',
    dueIn_other: 'Due in {{count}} days'
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
    showAllTypes: 'Show all types',
    ageFilterLabel: 'Secret age filter',
    allAges: 'Any secret age',
    agePast: 'Past the rotation policy',
    ageDue: 'Due within 14 days',
    ageNever: 'Never rotated',
    stateFilterLabel: 'State filter',
    allStates: 'Enabled and disabled',
    stateEnabled: 'Enabled',
    stateDisabled: 'Disabled',
    noMatchesFiltered: 'No channels match these filters.',
    showAll: 'Show all channels',
    pastPolicyCount_one: '{{count, number}} secret is past {{days}} days',
    pastPolicyCount_other: '{{count, number}} secrets are past {{days}} days',
    pastPolicyCountHint: 'Show the channels whose AccessKeySecret is past the rotation policy'
  },

  form: {
    createDescription: 'Configure a data collection channel. Click OK to save.',
    editDescription: 'Change the channel’s configuration. Its keys stay the same.',
    namePlaceholder: 'e.g. Shop app',
    nameLength: '{{count}}/{{max}}',
    nameLengthLabel: '{{count}} of at most {{max}} characters',
    useUrl: 'Use {{url}}',
    discardTitle: 'Discard your changes?',
    discardBody: 'What you entered in this form has not been saved and will be lost.',
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
    noChanges: 'No changes',
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
    damagedKeptAt: 'The damaged file is kept as {{path}}',
    keysCopied: 'APPKEY and AccessKeyId copied',
    keysWithSecretCopied_one:
      'APPKEY, AccessKeyId and AccessKeySecret copied — the clipboard will be cleared in {{count}} second',
    keysWithSecretCopied_other:
      'APPKEY, AccessKeyId and AccessKeySecret copied — the clipboard will be cleared in {{count}} seconds',
    codeCopied: 'Code copied: {{what}}',
    fileSaved: 'Saved {{path}}',
    settingsSaved: 'Settings saved',
    backedUp_one: 'Backed up {{count}} channel to {{file}}',
    backedUp_other: 'Backed up {{count}} channels to {{file}}',
    backupLeftOut: 'Left out, with no AccessKeySecret on this computer: {{names}}',
    exported_one: 'Exported {{count}} channel to {{file}}',
    exported_other: 'Exported {{count}} channels to {{file}}',
    restoredFromBackup: 'Restored from the backup',
    restoredCounts:
      '{{added}} added, {{replaced}} replaced, {{filled}} secrets filled in, {{skipped}} skipped',
    secretEntered: 'AccessKeySecret saved in the keychain',
    orphanDeleted: 'The secret without a channel was deleted',
    disabled: '{{name}} disabled',
    enabled: '{{name}} enabled',
    publicKeyCopied: 'Public key copied'
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
      'The damaged file is kept as a copy next to the data file, and the channel list starts empty. AccessKeySecrets in the keychain are not deleted.',
    disableTitle: 'Disable {{name}}?',
    disableBody:
      'The channel stays in the list and keeps its keys, but its AccessKeySecret cannot be viewed or copied on this computer until you enable it again. Update stays possible. This changes only this app: a data collection program that already has the keys keeps them.',
    enableTitle: 'Enable {{name}}?',
    enableBody: 'Its AccessKeySecret can be viewed and copied again on this computer.',
    deleteOrphanTitle: 'Delete this secret?',
    deleteOrphanBody:
      'The AccessKeySecret stored under {{id}} is deleted from the keychain for good. If a data collection program still uses it, restore its channel from a backup first.'
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
    channelCount_one: '{{count}} channel',
    channelCount_other: '{{count}} channels',
    kinds: {
      passphrase: 'passphrase',
      recipients: 'age public keys',
      thisComputer: 'this computer’s backup key',
      csv: 'CSV',
      json: 'JSON'
    },
    actions: {
      create: 'Created',
      edit: 'Edited',
      remove: 'Removed',
      reveal: 'Viewed AccessKeySecret',
      copy: 'Copied',
      rotate: 'Updated AccessKeySecret',
      'refused-ipc': 'Refused a request from outside the app',
      'leak-check': 'Checked a folder for leaked keys',
      backup: 'Backed up',
      restore: 'Restored from a backup',
      'enter-secret': 'Entered AccessKeySecret',
      'delete-orphan': 'Deleted a secret without a channel',
      export: 'Exported the list',
      'export-audit': 'Exported the audit log',
      disable: 'Disabled',
      enable: 'Enabled'
    },
    filters: 'Filter the audit log',
    allChannels: 'All channels',
    allActions: 'All actions',
    from: 'From',
    to: 'To',
    search: 'Search',
    searchPlaceholder: 'Channel, user or detail',
    clearFilters: 'Clear filters',
    range: 'Showing {{first, number}}–{{last, number}} of {{total, number}}',
    pages: 'Pages of the audit log',
    previous: 'Previous',
    next: 'Next',
    noMatches: 'No entry matches these filters.',
    exportCsv: 'Export CSV',
    exported_one: 'Audit log exported: {{count, number}} entry in {{fileName}}',
    exported_other: 'Audit log exported: {{count, number}} entries in {{fileName}}',
    entryCount_one: '{{count, number}} entry',
    entryCount_other: '{{count, number}} entries'
  },

  keychain: {
    unavailableTitle: 'The keychain is not available',
    unavailableFallback: 'Install or unlock the OS keychain, then try again.',
    unavailableNote:
      'The list still works. Viewing, copying and updating an AccessKeySecret, and creating and removing APIs, need the keychain.'
  },

  recovery: {
    title: 'The channel data file is damaged',
    titleMissing: 'The channel data file is missing',
    introMissing:
      'Channels cannot be shown or changed until you restore a backup or start with an empty list. Nothing is deleted: this app’s AccessKeySecrets stay in the keychain.',
    intro:
      'Channels cannot be shown or changed until you restore a backup or start with an empty list. The damaged file itself is never changed: both keep a copy of it next to the data file.',
    problems: {
      corrupt: 'The data file is not valid JSON; it may be truncated or damaged.',
      invalid: 'The data file is not a channel list this version of the app understands.',
      'future-version': 'The data file was written by a newer version of the app. Update the app.',
      unreadable:
        'The data file exists but could not be read. Check that it is a file you have permission to read.',
      missing:
        'The data file is missing, but this app’s secrets or backups show that there were channels.'
    },
    details: 'Details: {{details}}',
    backups: 'Backups',
    backupTaken: 'Taken',
    backupChannels: 'Channels',
    restore: 'Restore',
    restoreBackupOf: 'Restore the backup taken {{when}}',
    noBackups: 'There is no good backup to restore.',
    startEmpty: 'Start with an empty list',
    openDataFolder: 'Open data folder',
    encryptedBackup:
      'An encrypted backup (Back Up…) brings back every channel with its AccessKeySecret.'
  },

  details: {
    description:
      'Everything about this data collection API: its configuration, keys, SDK setup and history.',
    configuration: 'Configuration',
    keys: 'Keys',
    sdkSetup: 'SDK setup',
    history: 'History',
    historyEmpty: 'Nothing has been recorded for this API yet.',
    historyScope_one: 'From the newest {{count}} entry of the audit log.',
    historyScope_other: 'From the newest {{count}} entries of the audit log.',
    historyCount_one: '{{count, number}} entry for this API in the audit log.',
    historyCount_other: '{{count, number}} entries for this API in the audit log.',
    historyNewest_one:
      'The newest {{shown, number}} of {{count, number}} entry for this API in the audit log.',
    historyNewest_other:
      'The newest {{shown, number}} of {{count, number}} entries for this API in the audit log.',
    storedAs: 'stored as {{ascii}}',
    includeSecret: 'Include the AccessKeySecret',
    includeSecretHint:
      'Copied like Copy: recorded in the audit log and cleared from the clipboard.',
    gone: 'This API no longer exists.'
  },

  sdk: {
    intro:
      'The Quick Tracking SDK’s set-up code for each platform, with this channel’s APPKEY and your data collection domain filled in. It never holds the AccessKeySecret.',
    needsDomain:
      'Set your organisation’s data collection domain (Quick Tracking console › Collection information) to fill it into the code.',
    needsWebSdk:
      'Set the Web SDK address (Quick Tracking console › Collection information) to fill it into the code.',
    platforms: 'Platforms',
    copyCode: 'Copy code',
    copyCodeOf: 'Copy code: {{what}}',
    saveFile: 'Save {{file}}…',
    guide: 'Quick Tracking guide',
    guideOf: 'Quick Tracking guide for {{what}} (opens in your browser)',
    where: {
      web: 'In the <head> of every page of your sites',
      android: 'In your Application class',
      ios: 'In AppDelegate.m',
      'harmonyos.qtconfig': 'AppScope/resources/rawfile/qtconfig.json',
      'harmonyos.init': 'In your AbilityStage or EntryAbility',
      miniprogram: 'At the top of app.js'
    },
    notes: {
      web: 'The same code serves every Network Domain of this channel.',
      app: 'Call init only once the user has agreed to your privacy policy; until then the SDK collects nothing.',
      miniprogram:
        'Add the data collection domain to the mini program’s allowed request domains, and set a device ID (openid) as the guide says: the SDK sends nothing without one.'
    }
  },

  settings: {
    title: 'Settings',
    description: 'What the SDK setup fills into every channel’s code. Kept on this computer.',
    collectionDomain: 'Data collection domain',
    collectionDomainHint:
      'Where the SDKs send data: the data collection domain in the Quick Tracking console (Collection information), e.g. https://collect.example.com.',
    standbyDomain: 'Standby data collection domain',
    standbyDomainHint: 'Optional. Android, iOS and HarmonyOS retry here when the first fails.',
    webSdkUrl: 'Web SDK address',
    webSdkUrlHint:
      'The SDK link in the Quick Tracking console (Collection information), for WEB channels.',
    notSet: 'Not set',
    rotationPolicyDays: 'Rotation policy (days)',
    rotationPolicyDaysHint:
      'AccessKeySecrets issued longer ago than this are marked “Past policy”, and those due within 14 days “Due in N days”. Leave it empty to turn the policy off.'
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
    keychainService: 'Keychain service',
    backupKey: 'This computer’s backup key',
    backupKeyHint:
      'Backups made to this public key restore on this computer without a passphrase. Its secret half stays in the keychain.',
    copyPublicKey: 'Copy public key',
    backupKeyLoading: 'Reading the backup key from the keychain…'
  },

  backup: {
    title: 'Back Up',
    description:
      'One encrypted file with every channel and its AccessKeySecret. Keep it away from this computer: with it, a lost or new computer loses no secret.',
    protection: 'Protection',
    thisComputer: 'This computer’s backup key',
    thisComputerHint:
      'Restores on this computer with no passphrase (a lost data file, a reinstall). Not on another computer: for that, use a passphrase or public keys.',
    passphrase: 'Passphrase',
    passphraseHint:
      'At least 12 characters. Whoever has the file and the passphrase has every secret; the passphrase is not stored anywhere.',
    recipients: 'age public keys',
    recipientsHint:
      'One age1… key per line. Each holder restores it with their own age secret key; no passphrase is shared.',
    passphraseLabel: 'Passphrase',
    confirmLabel: 'Passphrase again',
    showPassphrase: 'Show passphrase',
    mismatch: 'The two passphrases are not the same.',
    strength: 'Strength: {{level}}',
    strengthChecking: 'Checking the strength…',
    levels: {
      '0': 'very weak',
      '1': 'weak',
      '2': 'fair',
      '3': 'strong',
      '4': 'very strong'
    },
    tooGuessable: 'Too easy to guess: add more words or characters.',
    recipientsLabel: 'Public keys',
    readFromFile: 'Read keys from a file…',
    keysRead_one: '{{count}} key read from {{file}}',
    keysRead_other: '{{count}} keys read from {{file}}',
    save: 'Choose where to save…',
    working: 'Writing the backup…'
  },

  restore: {
    title: 'Restore from Backup',
    description:
      'Brings channels and their AccessKeySecrets back from a backup file. Nothing changes until you choose Restore.',
    chooseFile: 'Choose backup file…',
    chooseAnother: 'Choose another file',
    opening: 'Opening the backup…',
    lockedPassphrase: '{{file}} is protected by a passphrase.',
    lockedIdentity:
      '{{file}} was made for age public keys. Give the age secret key of one of them.',
    passphraseLabel: 'Passphrase',
    identityLabel: 'age secret key',
    identityHint: 'AGE-SECRET-KEY-1… It opens this file once and is not kept.',
    useIdentityFile: 'Use a key file…',
    open: 'Open',
    fromBackup: '{{file}}: made {{date}} by version {{version}}, {{count}} channels',
    added_one: '{{count}} new channel',
    added_other: '{{count}} new channels',
    sameId_one: '{{count}} channel is already here',
    sameId_other: '{{count}} channels are already here',
    nameClashes_one: '{{count}} name clash, skipped',
    nameClashes_other: '{{count}} name clashes, skipped',
    invalid_one: '{{count}} invalid channel, skipped',
    invalid_other: '{{count}} invalid channels, skipped',
    secretKept: 'its secret on this computer is kept',
    secretFromBackup: 'with its AccessKeySecret',
    fillsSecret: 'no secret here: keeping fills it in from the backup',
    secretDiffers: 'the backup has another AccessKeySecret',
    sameSecret: 'the same AccessKeySecret',
    recordDiffers: 'the backup’s details differ (here: {{name}})',
    replace: 'Replace {{name}} with the backup’s',
    replaceAll: 'Replace every channel that is already here with the backup’s',
    replaceBlocked: 'cannot be replaced: {{name}} here has that name',
    clashesWith: 'clashes with {{name}}',
    positionN: 'Channel {{n}} of the backup',
    andMore_one: '…and {{count}} more',
    andMore_other: '…and {{count}} more',
    apply: 'Restore',
    working: 'Restoring…'
  },

  exportList: {
    title: 'Export List',
    description:
      'The channel list with its APPKEYs and AccessKeyIds, without any AccessKeySecret, as a file you choose.',
    format: 'Format',
    csv: 'CSV (opens in Excel, Chinese names included)',
    json: 'JSON',
    save: 'Choose where to save…'
  },

  secrets: {
    missingTitle_one: '{{count}} channel has no secret on this computer',
    missingTitle_other: '{{count}} channels have no secret on this computer',
    missingBody:
      'Their AccessKeySecret is not in this computer’s keychain (a new computer, a reinstall). Restore it from a backup, or use Enter secret… on a row with the secret you still have. Update issues a new one, which every program using the old one must then be given.',
    enterTitle: 'Enter the AccessKeySecret of {{name}}',
    enterDescription:
      'Paste the AccessKeySecret this channel had: it is checked (csk_…, with its checksum) and stored in this computer’s keychain.',
    secretLabel: 'AccessKeySecret',
    secretPlaceholder: 'csk_…',
    save: 'Save',
    orphansTitle: 'Secrets without a channel',
    orphansBody_one:
      'The keychain holds {{count}} AccessKeySecret of this app that belongs to no channel in the list. It is kept: restore its channel from a backup, or delete it.',
    orphansBody_other:
      'The keychain holds {{count}} AccessKeySecrets of this app that belong to no channel in the list. They are kept: restore their channels from a backup, or delete them.',
    orphanAccount: 'Keychain account (channel id)',
    deleteOrphanOf: 'Delete the secret of {{id}}'
  },

  // The leak check (src/renderer/src/leaks).
  leaks: {
    button: 'Leak check',
    title: 'Leak check',
    description:
      'Looks through a folder for this app’s keys: APPKEYs, AccessKeyIds and AccessKeySecrets with a valid checksum. The files are read on this computer; only what was found is shown here.',
    chooseFolder: 'Choose a folder…',
    checkAnother: 'Check another folder…',
    choosing: 'Choose the folder to check in the window that opened.',
    checking: 'Checking {{folder}}…',
    stop: 'Stop',
    stopping: 'Stopping…',
    count: '{{count, number}}',
    filesRead: 'Files read',
    dataRead: 'Data read',
    keysFound: 'Keys found',
    skippedCount: 'Not read',
    duration: 'Time',
    noneFound: 'No keys of this app were found in {{folder}}.',
    found_one: '{{count, number}} key found in {{folder}}.',
    found_other: '{{count, number}} keys found in {{folder}}.',
    stoppedNote: 'The check was stopped before the end: only part of the folder was read.',
    keychainNote:
      'The keychain could not be read, so the AccessKeySecrets found could not be compared with the current ones. Treat each one as current, or check again once the keychain works.',
    truncated: 'Showing the first {{shown, number}} of {{count, number}} keys found, worst first.',
    table: 'Keys found',
    file: 'File',
    place: 'Line {{line}}, column {{column}}',
    key: 'Key',
    channel: 'Channel',
    status: 'Status',
    action: 'Action',
    statuses: {
      'current-secret': 'Current AccessKeySecret',
      'unverified-secret': 'AccessKeySecret, not compared',
      'retired-secret': 'Retired AccessKeySecret',
      'unknown-key': 'Unknown key',
      'public-key': 'Public key'
    },
    hints: {
      'current-secret':
        'It works now. Update it, then give the new one to your data collection program.',
      'unverified-secret': 'It may be current: the keychain could not be read to compare it.',
      'retired-secret': 'Replaced {{when}}; it no longer works.',
      'unknown-key': 'A valid {{field}} that no channel on this computer has.',
      'public-key': 'The channel’s {{field}}: not a secret, shown for information.'
    },
    removedChannel: '{{name}} (removed)',
    noChannel: '—',
    updateNow: 'Update now',
    updateNowOf: 'Update now: AccessKeySecret of {{name}}',
    updated: 'Updated',
    skippedTitle: 'Not read',
    skippedReasons: {
      'ignored-folder': '.git and node_modules folders',
      binary: 'Binary files',
      'too-large': 'Files over 10 MB',
      symlink: 'Symbolic links (not followed)',
      special: 'Devices, sockets and pipes',
      unreadable: 'Could not be read'
    },
    skippedLine: '{{reason}}: {{count, number}}',
    forExample: 'e.g. {{paths}}'
  },

  // Validation and error messages, by code (src/shared/messages.ts).
  messages: MESSAGES,

  // The native menu and start-up box (main reads src/shared/i18n/native.ts directly).
  native: NATIVE_STRINGS.en
}

/** The shape every language's resources have: the same keys, any wording. */
export type Resources = Wording<typeof en>
type Wording<T> = { readonly [K in keyof T]: T[K] extends string ? string : Wording<T[K]> }
