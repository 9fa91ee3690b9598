/**
 * Simplified Chinese, in the terms of the platform's own Chinese page for this screen (SPEC §12,
 * help.aliyun.com document_detail/181421): 接口管理, 创建接口, 新建APP接口, 渠道名称,
 * 是否Quick Tracking采集, 应用类型, APP, 小程序, WEB, 平台类型配置, 新建平台配置, 网络域名, 确定,
 * 取消, 查看, 复制, 更新, 编辑, 移除. AccessKeyId, AccessKeySecret and APPKEY are the platform's
 * names in Chinese too. The OS keychain is named as each OS names it (钥匙串 on macOS,
 * 凭据管理器 on Windows, 密钥环 on Linux): `$t(app.keychainNames.{{os}})`, where `os` is a
 * default variable (src/renderer/src/i18n/i18n.ts). The type makes this object have exactly the
 * English keys.
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
    title: '采集接口管理',
    pageTitle: '接口管理',
    pageIntro:
      '用于 Quick Tracking 的数据采集接口。AccessKeySecret 仅保存在本机的$t(app.keychainNames.{{os}})中。',
    language: '语言',
    closeNotification: '关闭通知',
    notifications: '通知',
    loading: '加载中…',
    loadFailed: '无法加载渠道列表。',
    tryAgain: '重试',
    close: '关闭',
    keychainNames: { darwin: '钥匙串', win32: '凭据管理器', linux: '密钥环' }
  },
  languageNames: LANGUAGE_NAMES,

  actions: {
    createApi: '创建接口',
    createAppApi: '新建APP接口',
    editAppApi: '编辑APP接口',
    auditLog: '审计日志',
    about: '关于',
    ok: '确定',
    cancel: '取消',
    view: '查看',
    hide: '隐藏',
    copy: '复制',
    update: '更新',
    edit: '编辑',
    remove: '移除',
    yes: '是',
    no: '否',
    details: '详情',
    settings: '设置',
    save: '保存',
    discard: '放弃修改',
    keepEditing: '继续编辑',
    copyKeys: '复制密钥',
    openSettings: '打开设置',
    backupMenu: '备份',
    backUp: '备份…',
    restoreBackup: '从备份恢复…',
    exportList: '导出列表…',
    enterSecret: '输入密钥…',
    delete: '删除',
    disable: '停用',
    enable: '启用'
  },

  fields: {
    channelName: '渠道名称',
    collectedByQuickTracking: '是否Quick Tracking采集',
    applicationType: '应用类型',
    platformTypeConfiguration: '平台类型配置',
    networkDomain: '网络域名',
    newPlatformConfiguration: '新建平台配置',
    appKey: 'APPKEY',
    accessKeyId: 'AccessKeyId',
    accessKeySecret: 'AccessKeySecret',
    platformsOrDomains: '平台 / 网络域名',
    created: '创建时间',
    edited: '修改时间',
    secretUpdated: '密钥更新时间',
    keys: '密钥',
    actions: '操作',
    state: '状态'
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
    removeChannel: '移除 {{name}}',
    actionsFor: '{{name}} 的操作',
    detailsOf: '{{name}} 的详情',
    keyboardHint: '上下方向键在渠道之间移动，回车键打开渠道详情，左右方向键在渠道的按钮之间移动。',
    maskedSecret: '已隐藏',
    secretMissing: '密钥缺失',
    secretMissingHint:
      '$t(app.keychainNames.{{os}})中没有此渠道的 AccessKeySecret。请输入您仍保存的密钥、从备份恢复，或点击“更新”签发新的密钥。',
    enterSecretOf: '为 {{name}} 输入密钥',
    disableChannel: '停用 {{name}}',
    enableChannel: '启用 {{name}}',
    disabled: '已停用',
    pastPolicy: '已超期',
    pastPolicyHint_one: '已签发 {{count}} 天；轮换周期为 {{days}} 天。',
    pastPolicyHint_other: '已签发 {{count}} 天；轮换周期为 {{days}} 天。',
    dueIn_one: '{{count}} 天后到期',
    dueIn_other: '{{count}} 天后到期'
  },

  list: {
    emptyTitle: '还没有数据采集接口',
    emptyBody: '新建一个APP接口，获取数据采集程序所需的 APPKEY、AccessKeyId 和 AccessKeySecret。',
    searchLabel: '搜索渠道',
    searchPlaceholder: '名称、APPKEY、AccessKeyId、平台或域名',
    filterLabel: '按应用类型筛选',
    allTypes: '全部类型',
    table: '数据采集接口',
    region: '渠道',
    showing_one: '显示 {{shown, number}} 个渠道，共 {{count, number}} 个',
    showing_other: '显示 {{shown, number}} 个渠道，共 {{count, number}} 个',
    loadingPart_one: '正在加载渠道：{{loaded, number}} / {{count, number}}…',
    loadingPart_other: '正在加载渠道：{{loaded, number}} / {{count, number}}…',
    noMatchesFor: '没有与“{{search}}”匹配的渠道。',
    noMatchesForOfType: '没有与“{{search}}”匹配的{{type}}渠道。',
    noChannelsOfType: '没有{{type}}类型的渠道。',
    clearSearch: '清除搜索',
    showAllTypes: '显示全部类型',
    ageFilterLabel: '按密钥更新时间筛选',
    allAges: '全部密钥',
    agePast: '已超过轮换周期',
    ageDue: '14 天内到期',
    ageNever: '从未轮换',
    stateFilterLabel: '按状态筛选',
    allStates: '已启用和已停用',
    stateEnabled: '已启用',
    stateDisabled: '已停用',
    noMatchesFiltered: '没有符合这些筛选条件的渠道。',
    showAll: '显示全部渠道',
    pastPolicyCount_one: '{{count, number}} 个密钥已超过 {{days}} 天',
    pastPolicyCount_other: '{{count, number}} 个密钥已超过 {{days}} 天',
    pastPolicyCountHint: '显示 AccessKeySecret 已超过轮换周期的渠道'
  },

  form: {
    createDescription: '配置一个数据采集渠道，点击“确定”保存。',
    editDescription: '修改渠道配置，密钥保持不变。',
    namePlaceholder: '例如：商城 App',
    nameLength: '{{count}}/{{max}}',
    nameLengthLabel: '{{count}} 个字符，最多 {{max}} 个',
    useUrl: '使用 {{url}}',
    discardTitle: '放弃修改？',
    discardBody: '此表单中填写的内容尚未保存，放弃后将丢失。',
    selectAppTypeFirst: '请先选择应用类型，再配置平台。',
    platformN: '平台 {{n}}',
    removePlatformN: '移除平台 {{n}}',
    selectPlatform: '请选择平台',
    networkDomainN: '网络域名 {{n}}',
    removeNetworkDomainN: '移除网络域名 {{n}}',
    domainPlaceholder: 'https://shop.example.com',
    domainHint: '网站的完整地址：以 http:// 或 https:// 开头，包含主机名；非默认端口需写明。'
  },

  toasts: {
    created: 'APP接口已创建',
    saved: '修改已保存',
    noChanges: '没有修改',
    copiedAppKey: 'APPKEY 已复制',
    copiedAccessKeyId: 'AccessKeyId 已复制',
    copiedSecret_one: 'AccessKeySecret 已复制，剪贴板将在 {{count}} 秒后清空',
    copiedSecret_other: 'AccessKeySecret 已复制，剪贴板将在 {{count}} 秒后清空',
    rotated: 'AccessKeySecret 已更新',
    rotatedDescription: '请使用新的 AccessKeySecret 更新您的数据采集程序。',
    removed: '已移除 {{name}}',
    restored_one: '已恢复备份：{{count}} 个渠道',
    restored_other: '已恢复备份：{{count}} 个渠道',
    startedEmpty: '已以空的渠道列表开始',
    damagedKeptAt: '损坏的文件已保留为 {{path}}',
    keysCopied: 'APPKEY 和 AccessKeyId 已复制',
    keysWithSecretCopied_one:
      'APPKEY、AccessKeyId 和 AccessKeySecret 已复制，剪贴板将在 {{count}} 秒后清空',
    keysWithSecretCopied_other:
      'APPKEY、AccessKeyId 和 AccessKeySecret 已复制，剪贴板将在 {{count}} 秒后清空',
    codeCopied: '代码已复制：{{what}}',
    fileSaved: '已保存 {{path}}',
    settingsSaved: '设置已保存',
    backedUp_one: '已将 {{count}} 个渠道备份到 {{file}}',
    backedUp_other: '已将 {{count}} 个渠道备份到 {{file}}',
    backupLeftOut: '本机没有 AccessKeySecret、因而未备份的渠道：{{names}}',
    exported_one: '已将 {{count}} 个渠道导出到 {{file}}',
    exported_other: '已将 {{count}} 个渠道导出到 {{file}}',
    restoredFromBackup: '已从备份恢复',
    restoredCounts:
      '新增 {{added}} 个，替换 {{replaced}} 个，补回密钥 {{filled}} 个，跳过 {{skipped}} 个',
    secretEntered: 'AccessKeySecret 已存入$t(app.keychainNames.{{os}})',
    orphanDeleted: '已删除无渠道的密钥',
    disabled: '已停用 {{name}}',
    enabled: '已启用 {{name}}',
    publicKeyCopied: '公钥已复制'
  },

  confirm: {
    rotateTitle: '更新 AccessKeySecret？',
    rotateBody:
      '{{name}} 原有的 AccessKeySecret 将立即失效。您必须使用新的 AccessKeySecret 更新数据采集程序。',
    rotateMissingBody:
      '$t(app.keychainNames.{{os}})中没有 {{name}} 的 AccessKeySecret。将签发新的 AccessKeySecret，您必须用它更新数据采集程序。',
    removeTitle: '移除 {{name}}？',
    removeBody:
      '该记录及其 AccessKeySecret 将从本机和$t(app.keychainNames.{{os}})中删除，且无法恢复；使用此 AccessKey 的数据采集程序将停止工作。',
    startEmptyTitle: '以空列表开始？',
    startEmptyBody:
      '损坏的文件会作为副本保留在数据文件旁，渠道列表将为空。$t(app.keychainNames.{{os}})中的 AccessKeySecret 不会被删除。',
    disableTitle: '停用 {{name}}？',
    disableBody:
      '该渠道仍保留在列表中，其密钥也会保留，但在重新启用之前，本机不能查看或复制其 AccessKeySecret。仍可更新密钥。此操作只影响本应用：已拿到密钥的数据采集程序不受影响。',
    enableTitle: '启用 {{name}}？',
    enableBody: '本机将可以再次查看和复制其 AccessKeySecret。',
    deleteOrphanTitle: '删除此密钥？',
    deleteOrphanBody:
      '保存在 {{id}} 下的 AccessKeySecret 将从$t(app.keychainNames.{{os}})中永久删除。如果仍有数据采集程序在使用它，请先从备份恢复它的渠道。'
  },

  audit: {
    title: '审计日志',
    description: '本机上所有的创建、编辑、移除、查看、复制和更新操作。日志从不记录密钥。',
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
    actions: {
      create: '创建',
      edit: '编辑',
      remove: '移除',
      reveal: '查看 AccessKeySecret',
      copy: '复制',
      rotate: '更新 AccessKeySecret',
      'refused-ipc': '拒绝了来自应用外部的请求',
      'leak-check': '检查了文件夹中泄露的密钥',
      backup: '备份',
      restore: '从备份恢复',
      'enter-secret': '输入 AccessKeySecret',
      'delete-orphan': '删除无渠道的密钥',
      export: '导出列表',
      'export-audit': '导出审计日志',
      disable: '停用',
      enable: '启用'
    },
    filters: '筛选审计日志',
    allChannels: '全部渠道',
    allActions: '全部操作',
    from: '开始日期',
    to: '结束日期',
    search: '搜索',
    searchPlaceholder: '渠道、操作人或详情',
    clearFilters: '清除筛选',
    range: '显示第 {{first, number}}–{{last, number}} 条，共 {{total, number}} 条',
    pages: '审计日志分页',
    previous: '上一页',
    next: '下一页',
    noMatches: '没有符合筛选条件的记录。',
    exportCsv: '导出 CSV',
    exported_one: '审计日志已导出：{{count, number}} 条记录，保存在 {{fileName}}',
    exported_other: '审计日志已导出：{{count, number}} 条记录，保存在 {{fileName}}',
    entryCount_one: '{{count, number}} 条记录',
    entryCount_other: '{{count, number}} 条记录'
  },

  keychain: {
    unavailableTitle: '$t(app.keychainNames.{{os}})不可用',
    unavailableFallback: '请安装或解锁系统的$t(app.keychainNames.{{os}})，然后重试。',
    unavailableNote:
      '列表仍可使用；查看、复制、更新 AccessKeySecret 以及新建、移除接口需要$t(app.keychainNames.{{os}})。'
  },

  recovery: {
    title: '渠道数据文件已损坏',
    titleMissing: '渠道数据文件不见了',
    introMissing:
      '在恢复备份或以空列表开始之前，无法显示或修改渠道。不会删除任何内容：此应用的 AccessKeySecret 仍保存在$t(app.keychainNames.{{os}})中。',
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

  details: {
    description: '此数据采集接口的全部信息：配置、密钥、SDK 接入和操作记录。',
    configuration: '配置',
    keys: '密钥',
    sdkSetup: 'SDK 接入',
    history: '操作记录',
    historyEmpty: '此接口还没有操作记录。',
    historyScope_one: '取自审计日志中最新的 {{count}} 条记录。',
    historyScope_other: '取自审计日志中最新的 {{count}} 条记录。',
    historyCount_one: '审计日志中有此接口的 {{count, number}} 条记录。',
    historyCount_other: '审计日志中有此接口的 {{count, number}} 条记录。',
    historyNewest_one:
      '此接口在审计日志中共有 {{count, number}} 条记录，这里显示最新的 {{shown, number}} 条。',
    historyNewest_other:
      '此接口在审计日志中共有 {{count, number}} 条记录，这里显示最新的 {{shown, number}} 条。',
    storedAs: '存储为 {{ascii}}',
    includeSecret: '包含 AccessKeySecret',
    includeSecretHint: '与“复制”相同：记入审计日志，并会从剪贴板清除。',
    gone: '此接口已不存在。'
  },

  sdk: {
    intro:
      '各平台 Quick Tracking SDK 的接入代码，已填入此渠道的 APPKEY 和您的收数域名。代码中永远不含 AccessKeySecret。',
    needsDomain: '请先设置贵组织的收数域名（Quick Tracking 管理控制台 › 采集信息），以便填入代码。',
    needsWebSdk: '请先设置 Web SDK 地址（Quick Tracking 管理控制台 › 采集信息），以便填入代码。',
    platforms: '平台',
    copyCode: '复制代码',
    copyCodeOf: '复制代码：{{what}}',
    saveFile: '保存 {{file}}…',
    guide: 'Quick Tracking 接入文档',
    guideOf: '{{what}} 的 Quick Tracking 接入文档（在浏览器中打开）',
    where: {
      web: '放在网站每个页面的 <head> 中',
      android: '放在应用的 Application 类中',
      ios: '放在 AppDelegate.m 中',
      'harmonyos.qtconfig': 'AppScope/resources/rawfile/qtconfig.json',
      'harmonyos.init': '放在 AbilityStage 或 EntryAbility 中',
      miniprogram: '放在 app.js 开头'
    },
    notes: {
      web: '此渠道的所有网络域名使用同一段代码。',
      app: '用户同意隐私政策后再调用 init；在此之前 SDK 不采集任何数据。',
      miniprogram:
        '请把收数域名加入小程序的 request 合法域名，并按文档设置设备 ID（openid）：没有设备 ID，SDK 不会上报任何数据。'
    }
  },

  settings: {
    title: '设置',
    description: 'SDK 接入时填入每个渠道代码的内容，保存在本机。',
    collectionDomain: '收数域名',
    collectionDomainHint:
      'SDK 上报数据的地址：Quick Tracking 管理控制台“采集信息”中的收数域名，例如 https://collect.example.com。',
    standbyDomain: '备用收数域名',
    standbyDomainHint: '可选。Android、iOS 和 HarmonyOS 在收数域名上报失败时改用此域名。',
    webSdkUrl: 'Web SDK 地址',
    webSdkUrlHint: 'Quick Tracking 管理控制台“采集信息”中的 SDK 链接，用于 WEB 渠道。',
    notSet: '未设置',
    rotationPolicyDays: '密钥轮换周期（天）',
    rotationPolicyDaysHint:
      'AccessKeySecret 签发时间超过此天数时标记为“已超期”，14 天内到期的标记为“N 天后到期”。留空则关闭轮换周期。'
  },

  footer: {
    version: '版本 {{version}}',
    dataFile: '数据文件：',
    keychainService: '$t(app.keychainNames.{{os}})服务：'
  },

  about: {
    title: '关于采集接口管理',
    description:
      '创建和管理数据采集接口；每个 AccessKeySecret 都保存在操作系统的$t(app.keychainNames.{{os}})中。',
    version: '版本',
    electron: 'Electron',
    chrome: 'Chrome',
    node: 'Node.js',
    notInElectron: '未在 Electron 中运行',
    dataFolder: '数据文件夹',
    keychain: '$t(app.keychainNames.{{os}})',
    keychainService: '$t(app.keychainNames.{{os}})服务',
    backupKey: '本机的备份密钥',
    backupKeyHint:
      '以此公钥制作的备份可在本机无需密码短语直接恢复。其私钥部分保存在$t(app.keychainNames.{{os}})中。',
    copyPublicKey: '复制公钥',
    backupKeyLoading: '正在从$t(app.keychainNames.{{os}})读取备份密钥…'
  },

  leaks: {
    button: '泄露检查',
    title: '密钥泄露检查',
    description:
      '在文件夹中查找本应用的密钥：校验和有效的 APPKEY、AccessKeyId 和 AccessKeySecret。文件只在本机读取，此处只显示找到的内容。',
    chooseFolder: '选择文件夹…',
    checkAnother: '检查其他文件夹…',
    choosing: '请在打开的窗口中选择要检查的文件夹。',
    checking: '正在检查 {{folder}}…',
    stop: '停止',
    stopping: '正在停止…',
    count: '{{count, number}}',
    filesRead: '已读取文件',
    dataRead: '已读取数据',
    keysFound: '找到的密钥',
    skippedCount: '未读取',
    duration: '用时',
    noneFound: '在 {{folder}} 中没有找到本应用的密钥。',
    found_one: '在 {{folder}} 中找到 {{count, number}} 个密钥。',
    found_other: '在 {{folder}} 中找到 {{count, number}} 个密钥。',
    stoppedNote: '检查在完成前已停止：只读取了文件夹的一部分。',
    keychainNote:
      '无法读取$t(app.keychainNames.{{os}})，因此找到的 AccessKeySecret 未能与当前密钥比对。请将它们视为当前密钥，或在$t(app.keychainNames.{{os}})可用后重新检查。',
    truncated: '按严重程度显示找到的 {{count, number}} 个密钥中的前 {{shown, number}} 个。',
    table: '找到的密钥',
    file: '文件',
    place: '第 {{line}} 行，第 {{column}} 列',
    key: '密钥',
    channel: '渠道',
    status: '状态',
    action: '操作',
    statuses: {
      'current-secret': '当前的 AccessKeySecret',
      'unverified-secret': 'AccessKeySecret（未比对）',
      'retired-secret': '已停用的 AccessKeySecret',
      'unknown-key': '未知密钥',
      'public-key': '公开的 Key'
    },
    hints: {
      'current-secret': '此密钥当前有效。请立即更新，并将新的密钥提供给数据采集程序。',
      'unverified-secret': '它可能是当前密钥：无法读取$t(app.keychainNames.{{os}})进行比对。',
      'retired-secret': '已于 {{when}} 更换，不再有效。',
      'unknown-key': '有效的 {{field}}，但不属于本机上的任何渠道。',
      'public-key': '该渠道的 {{field}}：不是机密信息，仅供参考。'
    },
    removedChannel: '{{name}}（已删除）',
    noChannel: '—',
    updateNow: '立即更新',
    updateNowOf: '立即更新 {{name}} 的 AccessKeySecret',
    updated: '已更新',
    skippedTitle: '未读取',
    skippedReasons: {
      'ignored-folder': '.git 和 node_modules 文件夹',
      binary: '二进制文件',
      'too-large': '超过 10 MB 的文件',
      symlink: '符号链接（不跟随）',
      special: '设备、套接字和管道',
      unreadable: '无法读取'
    },
    skippedLine: '{{reason}}：{{count, number}}',
    forExample: '例如 {{paths}}'
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
      '这些渠道的 AccessKeySecret 不在本机的$t(app.keychainNames.{{os}})中（新电脑或重装之后）。请从备份恢复，或在对应行点击“输入密钥…”输入您仍保存的密钥。“更新”会签发新的密钥，之后所有使用旧密钥的程序都必须改用新密钥。',
    enterTitle: '输入 {{name}} 的 AccessKeySecret',
    enterDescription:
      '粘贴此渠道原来的 AccessKeySecret：会检查其格式（csk_…）和校验码，然后存入本机的$t(app.keychainNames.{{os}})。',
    secretLabel: 'AccessKeySecret',
    secretPlaceholder: 'csk_…',
    save: '保存',
    orphansTitle: '无渠道的密钥',
    orphansBody_one:
      '$t(app.keychainNames.{{os}})中有此应用的 {{count}} 个 AccessKeySecret 不属于列表中的任何渠道。它会被保留：请从备份恢复它的渠道，或将其删除。',
    orphansBody_other:
      '$t(app.keychainNames.{{os}})中有此应用的 {{count}} 个 AccessKeySecret 不属于列表中的任何渠道。它们会被保留：请从备份恢复它们的渠道，或将其删除。',
    orphanAccount: '$t(app.keychainNames.{{os}})帐户（渠道 ID）',
    deleteOrphanOf: '删除 {{id}} 的密钥'
  },

  messages: {
    channelName: {
      required: '请输入渠道名称。',
      tooLong: `渠道名称最多 ${NAME_MAX_LENGTH} 个字符。`,
      badCharacters: '渠道名称不能包含控制字符、不可见字符或文字方向字符。',
      taken: '已有渠道使用此名称：“{{name}}”。',
      noLetterOrDigit: '渠道名称至少要包含一个字母或数字。'
    },
    quickTracking: {
      notCollected: '如果数据不是由Quick Tracking采集，则无需配置此接口。'
    },
    appType: {
      required: '请选择应用类型。',
      immutable: '接口创建后不能更改应用类型。'
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
      notFound: '此接口已不存在，请刷新列表。',
      disabled: '此接口已停用：不能查看或复制其 AccessKeySecret。请先启用。',
      notSaved: '更改无法保存到数据文件，因此没有做任何修改。请检查磁盘剩余空间和权限，然后重试。'
    },
    secret: {
      missing:
        '$t(app.keychainNames.{{os}})中没有此接口的 AccessKeySecret。请输入您仍保存的密钥、从备份恢复，或点击“更新”签发新的密钥。',
      rotateUncertain:
        '{{help}} $t(app.keychainNames.{{os}})在更新过程中出错，无法确定 AccessKeySecret 是否已更改。$t(app.keychainNames.{{os}})恢复后，请点击“查看”确认，或再次“更新”以签发新的密钥。',
      rotatedNotSaved:
        '新的 AccessKeySecret 已存入$t(app.keychainNames.{{os}})，但更改无法保存到数据文件，原有密钥也无法恢复。原有密钥已失效：请点击“查看”获取新密钥并更新您的数据采集程序。请检查磁盘剩余空间和权限。',
      reauthRefused: 'AccessKeySecret 保持隐藏：未能确认您的身份。',
      badFormat: '请粘贴完整的 AccessKeySecret：以 csk_ 开头，后接 38 个字母和数字，不含其他字符。',
      badChecksum: '此 AccessKeySecret 有输入错误：末尾的校验码与前面的内容不符。',
      notSecret: '这是 APPKEY 或 AccessKeyId，不是 AccessKeySecret。',
      alreadyPresent:
        '此接口在本机已有 AccessKeySecret。请点击“查看”查看它，或点击“更新”签发新的密钥。'
    },
    orphan: {
      notFound: '本机没有这个无渠道的密钥。请刷新列表。',
      hasChannel: '此密钥属于列表中的一个渠道，因此不在这里删除。'
    },
    audit: {
      notWritten: '无法写入审计日志，因此操作已被拒绝。请检查磁盘剩余空间和权限，然后重试。',
      badDate: '请输入有效的日期。',
      dateOrder: '结束日期必须晚于开始日期。',
      unknownAction: '未知的审计操作。',
      searchTooLong: '搜索内容最多 200 个字符。',
      nothingToExport: '没有匹配的审计记录，因此无可导出。'
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
      secretsUnavailable:
        '$t(app.keychainNames.{{os}})没有提供 AccessKeySecret，因此没有写入备份。{{help}}',
      keyUnavailable:
        '无法从$t(app.keychainNames.{{os}})读取或向$t(app.keychainNames.{{os}})存入本机的备份密钥。{{help}}',
      empty: '该文件是空的，不是备份文件。',
      notAge: '这不是用 age 加密的备份文件。',
      damaged: '备份文件已损坏或不完整，无法解密。',
      wrongPassphrase: '此密码短语无法打开该备份。',
      wrongKey: '此密钥无法打开该备份：备份是为其他 age 公钥制作的。',
      needsPassphrase: '此备份受密码短语保护。',
      needsIdentity:
        '此备份是为 age 公钥制作的，而本机的备份密钥不在其中。请提供对应的 age 私钥（AGE-SECRET-KEY-1…）。',
      tooLarge: '文件大于 {{max}} MB，超过了备份文件的上限。',
      notBackup: '该文件可以解密，但不是采集接口管理的备份。',
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
        '恢复未能完成，且$t(app.keychainNames.{{os}})暂时无法让所有 AccessKeySecret 恢复原状；应用会在下次启动时将它们恢复原状。{{help}}',
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
        '未找到已解锁的密钥环。请安装并解锁 Secret Service 提供程序（例如 GNOME Keyring（软件包 gnome-keyring）或 KWallet），确认您处于带有 D-Bus 的桌面会话中，然后重试。'
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
      holdsSecret:
        '数据文件中含有 AccessKeySecret，而应用只会把它保存在$t(app.keychainNames.{{os}})中。',
      missingWithSecrets_one:
        '数据文件不见了，但$t(app.keychainNames.{{os}})中保存着此应用的 {{count}} 个 AccessKeySecret。',
      missingWithSecrets_other:
        '数据文件不见了，但$t(app.keychainNames.{{os}})中保存着此应用的 {{count}} 个 AccessKeySecret。',
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
    },
    leaks: {
      running: '已有一个泄露检查正在进行。请停止它或等待其完成，然后重试。',
      noFolderPicker: '此处无法选择文件夹。',
      fingerprintNotSaved:
        'AccessKeySecret 未更新：泄露检查所需的当前密钥指纹无法写入数据文件夹。请检查磁盘剩余空间和权限，然后重试。'
    },
    settings: {
      webSdkUrlInvalid:
        '请输入 Quick Tracking 控制台提供的 Web SDK 地址，以 https:// 或 http:// 开头。',
      standbyWithoutPrimary: '请先设置收数域名，再设置备用收数域名。',
      standbySameAsPrimary: '备用收数域名不能与收数域名相同。',
      rotationDaysInvalid: '请将轮换周期填写为 1 到 3650 之间的整数天数，留空则关闭。',
      notSaved: '设置无法保存，因此没有做任何修改。请检查磁盘剩余空间和权限，然后重试。'
    },
    sdk: {
      domainNotSet: '请先在“设置”中填写收数域名。',
      webSdkUrlNotSet: '请先在“设置”中填写 Web SDK 地址。',
      notForChannel: '此渠道没有这项 SDK 配置。',
      saveUnavailable: '此处无法保存文件。',
      notSaved: '文件无法保存。请检查文件夹的权限和磁盘剩余空间，然后重试。'
    }
  },

  native: NATIVE_STRINGS['zh-CN']
}
