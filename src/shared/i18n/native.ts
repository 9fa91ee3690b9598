/**
 * The words main shows itself, outside the page: the native application menu and the
 * start-up failure box. Main cannot load the renderer's i18next instance, so they live here,
 * in both languages; the renderer's resources include them too (key `native`), so the one
 * key-parity test covers them. Pure.
 */
import type { Language } from './languages'

export interface NativeStrings {
  readonly appName: string
  readonly file: string
  readonly createAppApi: string
  readonly settings: string
  readonly quit: string
  readonly edit: string
  readonly undo: string
  readonly redo: string
  readonly cut: string
  readonly copy: string
  readonly paste: string
  readonly selectAll: string
  readonly view: string
  readonly find: string
  readonly reload: string
  readonly toggleDevTools: string
  readonly resetZoom: string
  readonly zoomIn: string
  readonly zoomOut: string
  readonly window: string
  readonly help: string
  readonly about: string
  readonly documentation: string
  readonly services: string
  readonly hide: string
  readonly hideOthers: string
  readonly showAll: string
  readonly startFailed: string
  /** File menu: the leak check. */
  readonly leakCheck: string
  /** The leak check's folder picker: its title and its button. */
  readonly leakCheckPickerTitle: string
  readonly leakCheckPickerButton: string
  readonly backUp: string
  readonly restoreBackup: string
  readonly exportList: string
  /** Main's save / open dialogs: titles and file type names. */
  readonly backupTitle: string
  readonly restoreTitle: string
  readonly exportTitle: string
  readonly auditExportTitle: string
  readonly recipientsTitle: string
  readonly identityTitle: string
  readonly sdkConfigTitle: string
  readonly backupFiles: string
  readonly csvFiles: string
  readonly jsonFiles: string
  readonly keyFiles: string
  readonly allFiles: string
}

export const NATIVE_STRINGS: Readonly<Record<Language, NativeStrings>> = {
  en: {
    appName: 'Collection API Manager',
    file: 'File',
    createAppApi: 'Create App API',
    settings: 'Settings…',
    quit: 'Quit Collection API Manager',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    find: 'Find',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    window: 'Window',
    help: 'Help',
    about: 'About Collection API Manager',
    documentation: 'Quick Tracking Documentation',
    services: 'Services',
    hide: 'Hide Collection API Manager',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    startFailed: 'Collection API Manager could not start',
    leakCheck: 'Check a Folder for Leaked Keys…',
    leakCheckPickerTitle: 'Choose a folder to check for leaked keys',
    leakCheckPickerButton: 'Check This Folder',
    backUp: 'Back Up…',
    restoreBackup: 'Restore from Backup…',
    exportList: 'Export List…',
    backupTitle: 'Save the encrypted backup',
    restoreTitle: 'Open a backup',
    exportTitle: 'Export the channel list',
    auditExportTitle: 'Export the audit log',
    recipientsTitle: 'Read age public keys',
    identityTitle: 'Open an age secret key file',
    sdkConfigTitle: 'Save the HarmonyOS SDK configuration',
    backupFiles: 'age-encrypted backups',
    csvFiles: 'CSV files',
    jsonFiles: 'JSON files',
    keyFiles: 'age key files',
    allFiles: 'All files'
  },
  'zh-CN': {
    appName: '采集接口管理',
    file: '文件',
    createAppApi: '新建APP接口',
    settings: '设置…',
    quit: '退出采集接口管理',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    find: '查找',
    reload: '重新加载',
    toggleDevTools: '切换开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    window: '窗口',
    help: '帮助',
    about: '关于采集接口管理',
    documentation: 'Quick Tracking 文档',
    services: '服务',
    hide: '隐藏采集接口管理',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
    startFailed: '采集接口管理无法启动',
    leakCheck: '检查文件夹中泄露的密钥…',
    leakCheckPickerTitle: '选择要检查密钥泄露的文件夹',
    leakCheckPickerButton: '检查此文件夹',
    backUp: '备份…',
    restoreBackup: '从备份恢复…',
    exportList: '导出列表…',
    backupTitle: '保存加密备份',
    restoreTitle: '打开备份',
    exportTitle: '导出渠道列表',
    auditExportTitle: '导出审计日志',
    recipientsTitle: '读取 age 公钥',
    identityTitle: '打开 age 私钥文件',
    sdkConfigTitle: '保存 HarmonyOS SDK 配置文件',
    backupFiles: 'age 加密备份',
    csvFiles: 'CSV 文件',
    jsonFiles: 'JSON 文件',
    keyFiles: 'age 密钥文件',
    allFiles: '所有文件'
  }
}

/** Quick Tracking's documentation, in the reader's language (hosts allow-listed in hardening.ts). */
export const DOCUMENTATION_URLS: Readonly<Record<Language, string>> = {
  en: 'https://www.alibabacloud.com/help/en/quick-tracking',
  'zh-CN': 'https://help.aliyun.com/zh/quick-tracking/'
}
