/**
 * The right-click menu (src/main/context-menu.ts): editing commands in editable fields, in the
 * page's language, each enabled as Chromium says; no menu on page text, so a revealed secret
 * can never be copied around main.
 */
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import {
  contextMenuTemplate,
  installContextMenu,
  type ContextMenuParams
} from '../../src/main/context-menu'
import { NATIVE_STRINGS } from '../../src/shared/i18n/native'

const ALL = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
const field = (extra: Partial<ContextMenuParams> = {}): ContextMenuParams => ({
  isEditable: true,
  inputFieldType: 'plainText',
  editFlags: ALL,
  ...extra
})
const items = (template: MenuItemConstructorOptions[] | null) =>
  template?.map((item) => [item.role ?? item.type, item.label, item.enabled]) ?? null

describe('context menu', () => {
  it('offers Cut, Copy, Paste and Select All in a text field, in the page’s language', () => {
    expect(items(contextMenuTemplate(field(), NATIVE_STRINGS.en))).toEqual([
      ['cut', 'Cut', true],
      ['copy', 'Copy', true],
      ['paste', 'Paste', true],
      ['separator', undefined, undefined],
      ['selectAll', 'Select All', true]
    ])
    const zh = NATIVE_STRINGS['zh-CN']
    expect(items(contextMenuTemplate(field(), zh))?.map((i) => i[1])).toEqual([
      zh.cut,
      zh.copy,
      zh.paste,
      undefined,
      zh.selectAll
    ])
  })

  it('enables each command as Chromium’s edit flags say', () => {
    const empty = field({
      editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: false }
    })
    expect(items(contextMenuTemplate(empty, NATIVE_STRINGS.en))?.map((i) => i[2])).toEqual([
      false,
      false,
      true,
      undefined,
      false
    ])
  })

  it('offers no Cut or Copy in a password field', () => {
    const template = contextMenuTemplate(field({ inputFieldType: 'password' }), NATIVE_STRINGS.en)
    expect(template?.map((item) => item.role ?? item.type)).toEqual([
      'paste',
      'separator',
      'selectAll'
    ])
  })

  it('shows nothing on page text — a revealed secret, a key, a label', () => {
    expect(
      contextMenuTemplate(
        { isEditable: false, editFlags: ALL, inputFieldType: 'none' },
        NATIVE_STRINGS.en
      )
    ).toBeNull()
  })

  it('pops up on right-clicks in the window’s WebContents, with the words read at each click', () => {
    const contents = new EventEmitter()
    const shown: string[][] = []
    let language: 'en' | 'zh-CN' = 'en'
    installContextMenu(contents, {
      strings: () => NATIVE_STRINGS[language],
      popup: (template) => shown.push(template.map((item) => String(item.label ?? item.type)))
    })
    contents.emit('context-menu', {}, field())
    contents.emit('context-menu', {}, { isEditable: false, editFlags: ALL })
    language = 'zh-CN'
    contents.emit('context-menu', {}, field({ inputFieldType: 'password' }))
    expect(shown).toEqual([
      ['Cut', 'Copy', 'Paste', 'separator', 'Select All'],
      [NATIVE_STRINGS['zh-CN'].paste, 'separator', NATIVE_STRINGS['zh-CN'].selectAll]
    ])
  })
})
