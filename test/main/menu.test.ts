/**
 * The native application menu, as a template (Electron cannot run here): File, Edit, View,
 * Help in the page's language, the same shortcuts the page listens for, developer items only
 * in development, and page commands sent to the page.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, type MenuOptions } from '../../src/main/menu'
import { isAllowedExternalUrl } from '../../src/main/hardening'
import { LANGUAGES, type Language } from '../../src/shared/i18n/languages'
import { DOCUMENTATION_URLS, NATIVE_STRINGS } from '../../src/shared/i18n/native'
import { SHORTCUTS, type MenuCommand } from '../../src/shared/ipc/events'

type Item = MenuItemConstructorOptions

function build(patch: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = []
  const opened: string[] = []
  const template = buildMenuTemplate({
    language: 'en',
    isMac: false,
    isPackaged: true,
    send: (command) => sent.push(command),
    openLink: (url) => opened.push(url),
    ...patch
  })
  return { template, sent, opened }
}

const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[]
const labels = (items: readonly Item[]): Array<string | undefined> =>
  items.filter((item) => item.type !== 'separator').map((item) => item.label)
/** Every item, depth first. */
const all = (items: readonly Item[]): Item[] =>
  items.flatMap((item) => [item, ...all(submenu(item))])
const byLabel = (items: readonly Item[], label: string): Item | undefined =>
  all(items).find((item) => item.label === label)
const click = (item: Item | undefined): void => (item?.click as (() => void) | undefined)?.()

describe('application menu', () => {
  it('has File, Edit, View and Help, in English', () => {
    const { template } = build()
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(labels(submenu(template[0]))).toEqual([
      'Create App API',
      'Back Up…',
      'Restore from Backup…',
      'Export List…',
      'Check a Folder for Leaked Keys…',
      'Settings…',
      'Quit Collection API Manager'
    ])
    expect(submenu(template[1]).map((item) => item.role ?? item.type)).toEqual([
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll'
    ])
    expect(labels(submenu(template[2]))).toEqual(['Find', 'Actual Size', 'Zoom In', 'Zoom Out'])
    expect(
      submenu(template[2])
        .filter((item) => item.role)
        .map((item) => item.role)
    ).toEqual(['resetZoom', 'zoomIn', 'zoomOut'])
    expect(labels(submenu(template[3]))).toEqual([
      'About Collection API Manager',
      'Quick Tracking Documentation'
    ])
  })

  it('speaks Simplified Chinese, with the page’s words', () => {
    const { template } = build({ language: 'zh-CN' })
    expect(labels(template)).toEqual(['文件', '编辑', '视图', '帮助'])
    expect(labels(submenu(template[0]))).toEqual([
      '新建APP接口',
      '备份…',
      '从备份恢复…',
      '导出列表…',
      '检查文件夹中泄露的密钥…',
      '设置…',
      '退出采集接口管理'
    ])
    expect(labels(submenu(template[1]))).toEqual(['撤销', '重做', '剪切', '复制', '粘贴', '全选'])
    expect(labels(submenu(template[2]))).toEqual(['查找', '实际大小', '放大', '缩小'])
  })

  it.each(LANGUAGES)('labels every item in %s from the shared strings', (language: Language) => {
    const strings = new Set(Object.values(NATIVE_STRINGS[language]))
    for (const isMac of [false, true]) {
      for (const item of all(build({ language, isMac, isPackaged: false }).template)) {
        if (item.type === 'separator') continue
        expect(strings, JSON.stringify(item.role ?? item.label)).toContain(item.label)
      }
    }
  })

  it('carries the same shortcuts the page listens for', () => {
    const { template } = build()
    expect(byLabel(template, 'Create App API')?.accelerator).toBe(SHORTCUTS.createAppApi)
    expect(byLabel(template, 'Find')?.accelerator).toBe(SHORTCUTS.find)
    expect(SHORTCUTS).toEqual({ createAppApi: 'CmdOrCtrl+N', find: 'CmdOrCtrl+F' })
  })

  it('sends Create App API, Back Up…, Restore from Backup…, Export List…, Find, About and Settings to the page', () => {
    const { template, sent } = build()
    click(byLabel(template, 'Create App API'))
    click(byLabel(template, 'Back Up…'))
    click(byLabel(template, 'Restore from Backup…'))
    click(byLabel(template, 'Export List…'))
    click(byLabel(template, 'Find'))
    click(byLabel(template, 'About Collection API Manager'))
    click(byLabel(template, 'Settings…'))
    expect(sent).toEqual([
      'createAppApi',
      'backUp',
      'restoreBackup',
      'exportList',
      'find',
      'about',
      'settings'
    ])
  })

  it('sends the leak check to the page, from the File menu, without a shortcut', () => {
    const { template, sent } = build()
    const item = byLabel(submenu(template[0]), 'Check a Folder for Leaked Keys…')
    expect(item?.accelerator).toBeUndefined()
    click(item)
    expect(sent).toEqual(['leakCheck'])
  })

  it('opens the documentation in the reader’s language, through the link guard', () => {
    for (const language of LANGUAGES) {
      const { template, opened } = build({ language })
      click(byLabel(template, NATIVE_STRINGS[language].documentation))
      expect(opened).toEqual([DOCUMENTATION_URLS[language]])
      expect(isAllowedExternalUrl(DOCUMENTATION_URLS[language])).toBe(true)
    }
  })

  it('has Reload and developer tools only when not packaged', () => {
    const packaged = all(build({ isPackaged: true }).template).map((item) => item.role)
    expect(packaged).not.toContain('reload')
    expect(packaged).not.toContain('forceReload')
    expect(packaged).not.toContain('toggleDevTools')
    const development = all(build({ isPackaged: false }).template).map((item) => item.role)
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('on macOS, starts with the app menu (About, Services, Hide, Quit) and has a Window menu', () => {
    const { template, sent } = build({ isMac: true })
    expect(labels(template)).toEqual([
      'Collection API Manager',
      'File',
      'Edit',
      'View',
      'Window',
      'Help'
    ])
    expect(submenu(template[0]).map((item) => item.role ?? item.type ?? item.label)).toEqual([
      'About Collection API Manager',
      'separator',
      'Settings…',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit'
    ])
    // Quit and About are in the app menu only.
    expect(labels(submenu(template[1]))).toEqual([
      'Create App API',
      'Back Up…',
      'Restore from Backup…',
      'Export List…',
      'Check a Folder for Leaked Keys…'
    ])
    expect(labels(submenu(template[5]))).toEqual(['Quick Tracking Documentation'])
    expect(template[4].role).toBe('windowMenu')
    expect(byLabel(template, 'Settings…')?.accelerator).toBe('CmdOrCtrl+,')
    click(submenu(template[0])[0])
    expect(sent).toEqual(['about'])
  })

  it('never uses a role that reloads or opens developer tools in a packaged build', () => {
    for (const isMac of [false, true]) {
      for (const language of LANGUAGES) {
        const roles = all(build({ isMac, language, isPackaged: true }).template).map((i) => i.role)
        expect(roles.filter((role) => /reload|devtools/i.test(String(role)))).toEqual([])
      }
    }
  })
})
