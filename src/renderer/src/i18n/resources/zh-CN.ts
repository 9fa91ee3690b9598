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
    no: '否'
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
    secretMissingHint: '钥匙串中没有此渠道的 AccessKeySecret。点击“更新”可签发新的密钥。'
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
    loadingPart_one: '正在加载渠道：{{loaded, number}} / {{count, number}}…',
    loadingPart_other: '正在加载渠道：{{loaded, number}} / {{count, number}}…',
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
    damagedKeptAt: '损坏的文件已保留为 {{path}}'
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
      '损坏的文件会作为副本保留在数据文件旁，渠道列表将为空。钥匙串中的 AccessKeySecret 不会被删除。'
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
    actions: {
      create: '创建',
      edit: '编辑',
      remove: '删除',
      reveal: '查看 AccessKeySecret',
      copy: '复制',
      rotate: '更新 AccessKeySecret',
      'refused-ipc': '拒绝了来自应用外部的请求'
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
    intro:
      '在恢复备份或以空列表开始之前，无法显示或修改渠道。损坏的文件本身不会被改动：两种方式都会在数据文件旁保留它的副本。',
    problems: {
      corrupt: '数据文件不是有效的 JSON，可能已被截断或损坏。',
      invalid: '数据文件不是此版本应用能识别的渠道列表。',
      'future-version': '数据文件由更新版本的应用写入。请更新应用。',
      unreadable: '数据文件存在，但无法读取。请检查它是否为您有权读取的文件。'
    },
    details: '详细信息：{{details}}',
    backups: '备份',
    backupTaken: '备份时间',
    backupChannels: '渠道数',
    restore: '恢复',
    restoreBackupOf: '恢复 {{when}} 的备份',
    noBackups: '没有可恢复的完好备份。',
    startEmpty: '以空列表开始',
    openDataFolder: '打开数据文件夹'
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
    keychainService: '钥匙串服务'
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
      missing: '钥匙串中没有此 API 的 AccessKeySecret。请点击“更新”签发新的密钥。',
      rotateUncertain:
        '{{help}} 钥匙串在更新过程中出错，无法确定 AccessKeySecret 是否已更改。钥匙串恢复后，请点击“查看”确认，或再次“更新”以签发新的密钥。',
      rotatedNotSaved:
        '新的 AccessKeySecret 已存入钥匙串，但更改无法保存到数据文件，原有密钥也无法恢复。原有密钥已失效：请点击“查看”获取新密钥并更新您的数据采集程序。请检查磁盘剩余空间和权限。',
      reauthRefused: 'AccessKeySecret 保持隐藏：未能确认您的身份。'
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
