/**
 * Simplified Chinese, in the Chinese product page's own terms (渠道名称, 是否 Quick Tracking
 * 采集, 应用类型, 小程序, 平台类型配置, 新增平台配置, 网络域名, 确定, 取消, 查看, 复制, 更新,
 * 编辑, 删除). AccessKeyId, AccessKeySecret and APPKEY are the platform's names in Chinese
 * too. The type makes this object have exactly the English keys.
 *
 * Chinese has one plural form (`_other`); `_one` is given too, so both languages have the
 * same keys, and i18next never uses it for Chinese.
 */
import { NATIVE_STRINGS } from '@shared/i18n/native'
import { MAX_DOMAINS, NAME_MAX_LENGTH } from '@shared/limits'
import type { Resources } from './en'
import { LANGUAGE_NAMES } from './language-names'

export const zhCN: Resources = {
  app: {
    title: '采集 API 管理',
    pageTitle: 'API 管理',
    pageIntro: '用于 Quick Tracking 的数据采集 API。AccessKeySecret 仅保存在本机的钥匙串中。',
    language: '语言',
    closeNotification: '关闭通知',
    notifications: '通知',
    loading: '加载中…',
    loadFailed: '无法加载渠道列表。',
    tryAgain: '重试',
    close: '关闭'
  },
  languageNames: LANGUAGE_NAMES,

  actions: {
    createApi: '创建 API',
    createAppApi: '创建 App API',
    editAppApi: '编辑 App API',
    auditLog: '审计日志',
    about: '关于',
    ok: '确定',
    cancel: '取消',
    view: '查看',
    hide: '隐藏',
    copy: '复制',
    update: '更新',
    edit: '编辑',
    remove: '删除',
    yes: '是',
    no: '否',
    backupMenu: '备份',
    backUp: '备份…',
    restoreBackup: '从备份恢复…',
    exportList: '导出列表…',
    enterSecret: '输入密钥…',
    delete: '删除'
  },

  fields: {
    channelName: '渠道名称',
    collectedByQuickTracking: '是否 Quick Tracking 采集',
    applicationType: '应用类型',
    platformTypeConfiguration: '平台类型配置',
    networkDomain: '网络域名',
    newPlatformConfiguration: '新增平台配置',
    appKey: 'APPKEY',
    accessKeyId: 'AccessKeyId',
    accessKeySecret: 'AccessKeySecret',
    platformsOrDomains: '平台 / 网络域名',
    created: '创建时间',
    actions: '操作'
  },
  appTypes: { APP: 'APP', MINI_PROGRAM: '小程序', WEB: 'WEB' },
  platforms: {
    ANDROID: 'Android',
    IOS: 'iOS',
    HARMONYOS: 'HarmonyOS（鸿蒙）',
    WECHAT: '微信',
    ALIPAY: '支付宝',
    DINGTALK: '钉钉',
    DOUYIN: '抖音（字节跳动）',
    JD: '京东',
    XIAOHONGSHU: '小红书',
    BAIDU: '百度',
    TAOBAO: '淘宝'
  },

  row: {
    copyFieldOf: '复制 {{name}} 的 {{field}}',
    viewSecretOf: '查看 {{name}} 的 AccessKeySecret',
    hideSecretOf: '隐藏 {{name}} 的 AccessKeySecret',
    updateSecretOf: '更新 {{name}} 的 AccessKeySecret',
    editChannel: '编辑 {{name}}',
    removeChannel: '删除 {{name}}',
    maskedSecret: '已隐藏',
    secretMissing: '密钥缺失',
    secretMissingHint:
      '钥匙串中没有此渠道的 AccessKeySecret。请输入您仍保存的密钥、从备份恢复，或点击“更新”签发新的密钥。',
    enterSecretOf: '为 {{name}} 输入密钥'
  },

  list: {
    emptyTitle: '还没有数据采集 API',
    emptyBody: '创建一个 App API，获取数据采集程序所需的 APPKEY、AccessKeyId 和 AccessKeySecret。',
    searchLabel: '搜索渠道',
    searchPlaceholder: '名称、APPKEY、AccessKeyId、平台或域名',
    filterLabel: '按应用类型筛选',
    allTypes: '全部类型',
    table: '数据采集 API',
    region: '渠道',
    showing_one: '显示 {{shown, number}} 个渠道，共 {{count, number}} 个',
    showing_other: '显示 {{shown, number}} 个渠道，共 {{count, number}} 个',
    noMatchesFor: '没有与“{{search}}”匹配的渠道。',
    noMatchesForOfType: '没有与“{{search}}”匹配的{{type}}渠道。',
    noChannelsOfType: '没有{{type}}类型的渠道。',
    clearSearch: '清除搜索',
    showAllTypes: '显示全部类型'
  },

  form: {
    createDescription: '配置一个数据采集渠道，点击“确定”保存。',
    editDescription: '修改渠道配置，密钥保持不变。',
    namePlaceholder: '例如：商城 App',
    selectAppTypeFirst: '请先选择应用类型，再配置平台。',
    platformN: '平台 {{n}}',
    removePlatformN: '删除平台 {{n}}',
    selectPlatform: '请选择平台',
    networkDomainN: '网络域名 {{n}}',
    removeNetworkDomainN: '删除网络域名 {{n}}',
    domainPlaceholder: 'https://shop.example.com',
    domainHint: '网站的完整地址：以 http:// 或 https:// 开头，包含主机名；非默认端口需写明。'
  },

  toasts: {
    created: 'App API 已创建',
    saved: '修改已保存',
    copiedAppKey: 'APPKEY 已复制',
    copiedAccessKeyId: 'AccessKeyId 已复制',
    copiedSecret_one: 'AccessKeySecret 已复制，剪贴板将在 {{count}} 秒后清空',
    copiedSecret_other: 'AccessKeySecret 已复制，剪贴板将在 {{count}} 秒后清空',
    rotated: 'AccessKeySecret 已更新',
    rotatedDescription: '请使用新的 AccessKeySecret 更新您的数据采集程序。',
    removed: '已删除 {{name}}',
    restored_one: '已恢复备份：{{count}} 个渠道',
    restored_other: '已恢复备份：{{count}} 个渠道',
    startedEmpty: '已以空的渠道列表开始',
    damagedKeptAt: '损坏的文件已保留为 {{path}}',
    backedUp_one: '已将 {{count}} 个渠道备份到 {{file}}',
    backedUp_other: '已将 {{count}} 个渠道备份到 {{file}}',
    backupLeftOut: '本机没有 AccessKeySecret、因而未备份的渠道：{{names}}',
    exported_one: '已将 {{count}} 个渠道导出到 {{file}}',
    exported_other: '已将 {{count}} 个渠道导出到 {{file}}',
    restoredFromBackup: '已从备份恢复',
    restoredCounts:
      '新增 {{added}} 个，替换 {{replaced}} 个，补回密钥 {{filled}} 个，跳过 {{skipped}} 个',
    secretEntered: 'AccessKeySecret 已存入钥匙串',
    orphanDeleted: '已删除无渠道的密钥',
    publicKeyCopied: '公钥已复制'
  },

  confirm: {
    rotateTitle: '更新 AccessKeySecret？',
    rotateBody:
      '{{name}} 原有的 AccessKeySecret 将立即失效。您必须使用新的 AccessKeySecret 更新数据采集程序。',
    rotateMissingBody:
      '钥匙串中没有 {{name}} 的 AccessKeySecret。将签发新的 AccessKeySecret，您必须用它更新数据采集程序。',
    removeTitle: '删除 {{name}}？',
    removeBody:
      '该记录及其 AccessKeySecret 将从本机和钥匙串中删除，且无法恢复；使用此 AccessKey 的数据采集程序将停止工作。',
    startEmptyTitle: '以空列表开始？',
    startEmptyBody:
      '损坏的文件会作为副本保留在数据文件旁，渠道列表将为空。钥匙串中的 AccessKeySecret 不会被删除。',
    deleteOrphanTitle: '删除此密钥？',
    deleteOrphanBody:
      '保存在 {{id}} 下的 AccessKeySecret 将从钥匙串中永久删除。如果仍有数据采集程序在使用它，请先从备份恢复它的渠道。'
  },

  audit: {
    title: '审计日志',
    description: '本机上所有的创建、编辑、删除、查看、复制和更新操作。日志从不记录密钥。',
    when: '时间',
    who: '操作人',
    action: '操作',
    channel: '渠道',
    empty: '暂无记录。',
    noChannel: '—',
    copiedField: '{{action}} {{field}}',
    withDetail: '{{action}}（{{detail}}）',
    channelCount_one: '{{count}} 个渠道',
    channelCount_other: '{{count}} 个渠道',
    kinds: {
      passphrase: '密码短语',
      recipients: 'age 公钥',
      thisComputer: '本机的备份密钥',
      csv: 'CSV',
      json: 'JSON'
    },
    olderEntries: '显示更早的记录',
    shownOf: '显示 {{shown, number}} 条记录，共 {{total, number}} 条',
    actions: {
      create: '创建',
      edit: '编辑',
      remove: '删除',
      reveal: '查看 AccessKeySecret',
      copy: '复制',
      rotate: '更新 AccessKeySecret',
      'refused-ipc': '拒绝了来自应用外部的请求',
      backup: '备份',
      restore: '从备份恢复',
      'enter-secret': '输入 AccessKeySecret',
      'delete-orphan': '删除无渠道的密钥',
      export: '导出列表'
    }
  },

  keychain: {
    unavailableTitle: '钥匙串不可用',
    unavailableFallback: '请安装或解锁系统钥匙串，然后重试。',
    unavailableNote:
      '列表仍可使用；查看、复制、更新 AccessKeySecret 以及创建、删除 API 需要钥匙串。'
  },

  recovery: {
    title: '渠道数据文件已损坏',
    titleMissing: '渠道数据文件不见了',
    introMissing:
      '在恢复备份或以空列表开始之前，无法显示或修改渠道。不会删除任何内容：此应用的 AccessKeySecret 仍保存在钥匙串中。',
    intro:
      '在恢复备份或以空列表开始之前，无法显示或修改渠道。损坏的文件本身不会被改动：两种方式都会在数据文件旁保留它的副本。',
    problems: {
      corrupt: '数据文件不是有效的 JSON，可能已被截断或损坏。',
      invalid: '数据文件不是此版本应用能识别的渠道列表。',
      'future-version': '数据文件由更新版本的应用写入。请更新应用。',
      unreadable: '数据文件存在，但无法读取。请检查它是否为您有权读取的文件。',
      missing: '数据文件不见了，但此应用的密钥或备份表明之前存在渠道。'
    },
    details: '详细信息：{{details}}',
    backups: '备份',
    backupTaken: '备份时间',
    backupChannels: '渠道数',
    restore: '恢复',
    restoreBackupOf: '恢复 {{when}} 的备份',
    noBackups: '没有可恢复的完好备份。',
    startEmpty: '以空列表开始',
    openDataFolder: '打开数据文件夹',
    encryptedBackup: '加密备份（通过“备份…”制作）可带着 AccessKeySecret 恢复全部渠道。'
  },

  footer: {
    version: '版本 {{version}}',
    dataFile: '数据文件：',
    keychainService: '钥匙串服务：'
  },

  about: {
    title: '关于 采集 API 管理',
    description: '创建和管理数据采集 API；每个 AccessKeySecret 都保存在操作系统的钥匙串中。',
    version: '版本',
    electron: 'Electron',
    chrome: 'Chrome',
    node: 'Node.js',
    notInElectron: '未在 Electron 中运行',
    dataFolder: '数据文件夹',
    keychain: '钥匙串',
    keychainService: '钥匙串服务',
    backupKey: '本机的备份密钥',
    backupKeyHint: '以此公钥制作的备份可在本机无需密码短语直接恢复。其私钥部分保存在钥匙串中。',
    copyPublicKey: '复制公钥',
    backupKeyLoading: '正在从钥匙串读取备份密钥…'
  },

  backup: {
    title: '备份',
    description:
      '一个加密文件，包含每个渠道及其 AccessKeySecret。请把它存放在本机之外：有了它，电脑丢失或更换都不会丢失任何密钥。',
    protection: '保护方式',
    thisComputer: '本机的备份密钥',
    thisComputerHint:
      '在本机无需密码短语即可恢复（数据文件丢失、重装）。不能在其他电脑上恢复：如需在其他电脑恢复，请使用密码短语或公钥。',
    passphrase: '密码短语',
    passphraseHint:
      '至少 12 个字符。拿到文件和密码短语的人就拥有全部密钥；密码短语不会被保存在任何地方。',
    recipients: 'age 公钥',
    recipientsHint: '每行一个 age1… 公钥。持有者用各自的 age 私钥恢复，无需共享密码短语。',
    passphraseLabel: '密码短语',
    confirmLabel: '再次输入密码短语',
    showPassphrase: '显示密码短语',
    mismatch: '两次输入的密码短语不一致。',
    strength: '强度：{{level}}',
    strengthChecking: '正在检查强度…',
    levels: {
      '0': '很弱',
      '1': '弱',
      '2': '一般',
      '3': '强',
      '4': '很强'
    },
    tooGuessable: '太容易猜到：请增加单词或字符。',
    recipientsLabel: '公钥',
    readFromFile: '从文件读取公钥…',
    keysRead_one: '已从 {{file}} 读取 {{count}} 个公钥',
    keysRead_other: '已从 {{file}} 读取 {{count}} 个公钥',
    save: '选择保存位置…',
    working: '正在写入备份…'
  },

  restore: {
    title: '从备份恢复',
    description: '从备份文件恢复渠道及其 AccessKeySecret。在您点击“恢复”之前不会做任何更改。',
    chooseFile: '选择备份文件…',
    chooseAnother: '选择其他文件',
    opening: '正在打开备份…',
    lockedPassphrase: '{{file}} 受密码短语保护。',
    lockedIdentity: '{{file}} 是为 age 公钥制作的。请提供其中一个公钥对应的 age 私钥。',
    passphraseLabel: '密码短语',
    identityLabel: 'age 私钥',
    identityHint: 'AGE-SECRET-KEY-1… 仅用于打开此文件一次，不会被保存。',
    useIdentityFile: '使用密钥文件…',
    open: '打开',
    fromBackup: '{{file}}：由 {{version}} 版本于 {{date}} 制作，共 {{count}} 个渠道',
    added_one: '{{count}} 个新渠道',
    added_other: '{{count}} 个新渠道',
    sameId_one: '{{count}} 个渠道已在本机',
    sameId_other: '{{count}} 个渠道已在本机',
    nameClashes_one: '{{count}} 个名称冲突，已跳过',
    nameClashes_other: '{{count}} 个名称冲突，已跳过',
    invalid_one: '{{count}} 个无效渠道，已跳过',
    invalid_other: '{{count}} 个无效渠道，已跳过',
    secretKept: '保留本机已有的密钥',
    secretFromBackup: '连同其 AccessKeySecret',
    fillsSecret: '本机没有密钥：保留时会从备份补回',
    secretDiffers: '备份中的 AccessKeySecret 与本机不同',
    sameSecret: 'AccessKeySecret 相同',
    recordDiffers: '备份中的信息不同（本机：{{name}}）',
    replace: '用备份中的 {{name}} 替换',
    replaceAll: '用备份替换所有已在本机的渠道',
    replaceBlocked: '无法替换：本机的 {{name}} 已使用此名称',
    clashesWith: '与 {{name}} 冲突',
    positionN: '备份中的第 {{n}} 个渠道',
    andMore_one: '…另有 {{count}} 个',
    andMore_other: '…另有 {{count}} 个',
    apply: '恢复',
    working: '正在恢复…'
  },

  exportList: {
    title: '导出列表',
    description:
      '将渠道列表（含 APPKEY 和 AccessKeyId，不含任何 AccessKeySecret）导出到您选择的文件。',
    format: '格式',
    csv: 'CSV（可用 Excel 打开，支持中文名称）',
    json: 'JSON',
    save: '选择保存位置…'
  },

  secrets: {
    missingTitle_one: '{{count}} 个渠道在本机没有密钥',
    missingTitle_other: '{{count}} 个渠道在本机没有密钥',
    missingBody:
      '这些渠道的 AccessKeySecret 不在本机的钥匙串中（新电脑或重装之后）。请从备份恢复，或在对应行点击“输入密钥…”输入您仍保存的密钥。“更新”会签发新的密钥，之后所有使用旧密钥的程序都必须改用新密钥。',
    enterTitle: '输入 {{name}} 的 AccessKeySecret',
    enterDescription:
      '粘贴此渠道原来的 AccessKeySecret：会检查其格式（csk_…）和校验码，然后存入本机的钥匙串。',
    secretLabel: 'AccessKeySecret',
    secretPlaceholder: 'csk_…',
    save: '保存',
    orphansTitle: '无渠道的密钥',
    orphansBody_one:
      '钥匙串中有此应用的 {{count}} 个 AccessKeySecret 不属于列表中的任何渠道。它会被保留：请从备份恢复它的渠道，或将其删除。',
    orphansBody_other:
      '钥匙串中有此应用的 {{count}} 个 AccessKeySecret 不属于列表中的任何渠道。它们会被保留：请从备份恢复它们的渠道，或将其删除。',
    orphanAccount: '钥匙串帐户（渠道 ID）',
    deleteOrphanOf: '删除 {{id}} 的密钥'
  },

  messages: {
    channelName: {
      required: '请输入渠道名称。',
      tooLong: `渠道名称最多 ${NAME_MAX_LENGTH} 个字符。`,
      badCharacters: '渠道名称不能包含控制字符、不可见字符或文字方向字符。',
      taken: '已存在同名的渠道。'
    },
    quickTracking: {
      notCollected: '如果数据不是由 Quick Tracking 采集，则无需配置此 API。'
    },
    appType: {
      required: '请选择应用类型。',
      immutable: 'API 创建后不能更改应用类型。'
    },
    platform: {
      required: '请选择平台。',
      notAllowed: '该应用类型不支持此平台。',
      duplicate: '此平台已配置。',
      listRequired: '请至少添加一个平台。'
    },
    domain: {
      listRequired: '请至少添加一个网络域名。',
      tooMany: `最多 ${MAX_DOMAINS} 个网络域名。`,
      duplicate: '此网络域名已配置。',
      empty: '请输入网络域名。',
      spaces: '网络域名不能包含空格。',
      scheme: '网络域名须以 http:// 或 https:// 开头。',
      protocol: '仅支持 http:// 和 https:// 网络域名。',
      credentials: '网络域名不能包含用户名或密码。',
      query: '网络域名不能包含查询参数（?…）。',
      fragment: '网络域名不能包含片段（#…）。',
      path: '网络域名不能包含路径。',
      host: '请输入主机名，例如 https://shop.example.com。',
      invalid: '这不是有效的网络域名。',
      hostLabel: '主机名中有无效部分，请使用字母、数字和连字符。',
      tooLong: '网络域名过长。'
    },
    request: {
      invalid: '请求无效。',
      andMore_one: '{{problem}}（另有 {{count}} 个问题）',
      andMore_other: '{{problem}}（另有 {{count}} 个问题）',
      noInput: '此方法不接受输入。',
      unknownChannel: '未知的渠道。',
      unknownField: '未知的字段。',
      unknownBackup: '未知的备份。',
      unknownLanguage: '未知的语言。',
      confirmStartEmpty: '以空的渠道列表开始需要确认。',
      untrustedSender: '此窗口不能使用应用的接口。',
      unknownMethod: '未知的方法。'
    },
    app: {
      internal: '出现了问题，详细信息已写入日志。',
      unreachable: '应用没有响应。请重试；如果问题持续出现，请重启应用。'
    },
    channel: {
      notFound: '此 API 已不存在，请刷新列表。',
      notSaved: '更改无法保存到数据文件，因此没有做任何修改。请检查磁盘剩余空间和权限，然后重试。'
    },
    secret: {
      missing:
        '钥匙串中没有此 API 的 AccessKeySecret。请输入您仍保存的密钥、从备份恢复，或点击“更新”签发新的密钥。',
      rotateUncertain:
        '{{help}} 钥匙串在更新过程中出错，无法确定 AccessKeySecret 是否已更改。钥匙串恢复后，请点击“查看”确认，或再次“更新”以签发新的密钥。',
      rotatedNotSaved:
        '新的 AccessKeySecret 已存入钥匙串，但更改无法保存到数据文件，原有密钥也无法恢复。原有密钥已失效：请点击“查看”获取新密钥并更新您的数据采集程序。请检查磁盘剩余空间和权限。',
      reauthRefused: 'AccessKeySecret 保持隐藏：未能确认您的身份。',
      badFormat: '请粘贴完整的 AccessKeySecret：以 csk_ 开头，后接 38 个字母和数字，不含其他字符。',
      badChecksum: '此 AccessKeySecret 有输入错误：末尾的校验码与前面的内容不符。',
      notSecret: '这是 APPKEY 或 AccessKeyId，不是 AccessKeySecret。',
      alreadyPresent:
        '此 API 在本机已有 AccessKeySecret。请点击“查看”查看它，或点击“更新”签发新的密钥。'
    },
    orphan: {
      notFound: '本机没有这个无渠道的密钥。请刷新列表。',
      hasChannel: '此密钥属于列表中的一个渠道，因此不在这里删除。'
    },
    audit: {
      notWritten: '无法写入审计日志，因此操作已被拒绝。请检查磁盘剩余空间和权限，然后重试。'
    },
    file: {
      notWritten: '无法写入文件（{{reason}}）。请选择其他文件夹，或检查磁盘剩余空间和权限。',
      notRead: '无法读取文件（{{reason}}）。'
    },
    backup: {
      passphraseTooShort: '密码短语至少需要 12 个字符。',
      passphraseTooLong: '密码短语最多 1024 个字符。',
      recipientInvalid: '这不是 age 公钥：age 公钥以 age1 开头，共 62 个字符。',
      noRecipients: '请至少添加一个 age 公钥（age1…）。',
      tooManyRecipients: '最多 20 个 age 公钥。',
      identityInvalid: '这不是 age 私钥：age 私钥以 AGE-SECRET-KEY-1 开头，共 74 个字符。',
      recipientsFileEmpty: '该文件中没有 age 公钥（以 age1 开头的行）。',
      nothingToBackUp: '没有可备份的渠道。',
      secretsUnavailable: '钥匙串没有提供 AccessKeySecret，因此没有写入备份。{{help}}',
      keyUnavailable: '无法从钥匙串读取或向钥匙串存入本机的备份密钥。{{help}}',
      empty: '该文件是空的，不是备份文件。',
      notAge: '这不是用 age 加密的备份文件。',
      damaged: '备份文件已损坏或不完整，无法解密。',
      wrongPassphrase: '此密码短语无法打开该备份。',
      wrongKey: '此密钥无法打开该备份：备份是为其他 age 公钥制作的。',
      needsPassphrase: '此备份受密码短语保护。',
      needsIdentity:
        '此备份是为 age 公钥制作的，而本机的备份密钥不在其中。请提供对应的 age 私钥（AGE-SECRET-KEY-1…）。',
      tooLarge: '文件大于 {{max}} MB，超过了备份文件的上限。',
      notBackup: '该文件可以解密，但不是采集 API 管理的备份。',
      newerVersion:
        '此备份由更新版本的应用制作（格式 {{version}}；此版本最多读取格式 {{supported}}）。请更新应用。',
      invalid: '备份无效：{{path}}：{{problem}}',
      duplicateIds: '备份中同一个渠道 ID 出现了两次，因此不能使用。',
      tooManyChannels: '备份包含 {{count}} 个渠道；一次最多可恢复 {{max}} 个。',
      badSecret: '其 AccessKeySecret 不是有效的密钥（格式或校验码错误）。',
      expired: '此次恢复已不再打开。请重新选择备份文件。',
      nothingToRestore:
        '没有需要恢复的内容：此备份中的每个渠道要么已带着密钥在本机，要么无法恢复。',
      restoreUndone: '恢复未能完成，已撤销它所做的全部更改。{{help}}',
      restoreInterrupted:
        '恢复未能完成，且钥匙串暂时无法让所有 AccessKeySecret 恢复原状；应用会在下次启动时将它们恢复原状。{{help}}',
      recoveryOnly: '数据文件已损坏：请在恢复界面中恢复备份。'
    },
    export: {
      nothingToExport: '没有可导出的渠道。'
    },
    keychain: {
      unavailableMac: 'macOS 钥匙串不可用。请解锁登录钥匙串（钥匙串访问），然后重试。',
      unavailableWindows:
        'Windows 凭据管理器不可用。请确认凭据管理器服务正在运行，并且您已登录 Windows 帐户。',
      unavailableLinux:
        '未找到已解锁的钥匙串。请安装并解锁 Secret Service 提供程序（例如 GNOME Keyring（软件包 gnome-keyring）或 KWallet），确认您处于带有 D-Bus 的桌面会话中，然后重试。'
    },
    store: {
      notJson: '数据文件不是有效的 JSON，可能被截断或已损坏。',
      notObject: '数据文件不是有效的渠道列表：它不包含对象。',
      badVersion: '数据文件不是有效的渠道列表：其 schemaVersion 缺失或不是整数。',
      newerVersion:
        '数据文件由更新版本的应用写入（格式 {{version}}；此版本最多读取格式 {{supported}}）。请更新应用。',
      noUpgrade: '数据文件不是有效的渠道列表：没有从格式 {{from}} 升级的方法。',
      upgradeFailed: '数据文件不是有效的渠道列表：从格式 {{from}} 升级失败。',
      upgradeChangedCount:
        '数据文件不是有效的渠道列表：从格式 {{from}} 升级会改变渠道数量（{{before}} → {{after}}）。',
      invalidAt: '数据文件不是有效的渠道列表：{{path}}：{{problem}}',
      invalidValue: '此值无效。',
      nameNotNormalised:
        '渠道名称的存储形式与应用存储名称的方式不同（去除首尾空格、Unicode NFC）。',
      domainNotNormalised:
        '网络域名的存储形式与应用的存储方式不同（主机名小写、不含默认端口、末尾不带 /）。',
      badAppKey: 'APPKEY 不是有效的密钥（格式或校验码错误）。',
      badAccessKeyId: 'AccessKeyId 不是有效的密钥（格式或校验码错误）。',
      duplicateName: '有两个渠道的渠道名称相同。',
      duplicateId: '有两个渠道的 ID 相同。',
      holdsSecret: '数据文件中含有 AccessKeySecret，而应用只会把它保存在钥匙串中。',
      missingWithSecrets_one:
        '数据文件不见了，但钥匙串中保存着此应用的 {{count}} 个 AccessKeySecret。',
      missingWithSecrets_other:
        '数据文件不见了，但钥匙串中保存着此应用的 {{count}} 个 AccessKeySecret。',
      missingWithBackups: '数据文件不见了，但存在它的完好备份。',
      unreadable: '数据文件存在但无法读取（{{reason}}）。请确认它是一个您有权限读取的文件。'
    },
    recovery: {
      required:
        '渠道数据文件已损坏，无法显示或修改渠道。请先恢复备份或以空列表开始；损坏的文件会被保留。',
      noBackup: '没有可恢复的完好备份。请以空列表开始，或打开数据文件夹手动修复文件。',
      backupNotFound: '此备份不存在或已无法读取。',
      notWritten:
        '无法写入数据文件夹，损坏的文件仍在原处，没有做任何修改。请检查磁盘剩余空间和权限，或打开数据文件夹。',
      nothingToRecover: '数据文件完好，无需恢复。',
      folderUnavailable: '此处无法打开文件夹。数据文件夹位于 {{path}}',
      folderNotOpened: '无法打开数据文件夹。它位于 {{path}}'
    }
  },

  native: NATIVE_STRINGS['zh-CN']
}
