/**
 * Both languages say everything: the same keys, no empty value, every plural form each
 * language needs, and the same interpolation variables in each wording.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '@shared/i18n/languages'
import { NATIVE_STRINGS } from '@shared/i18n/native'
import { MESSAGES } from '@shared/messages'
import { createI18n, DEFAULT_VARIABLES, osFamily, RESOURCES } from '@renderer/i18n/i18n'
import { dateTimeParts } from '@renderer/channels/DateTime'

type Tree = { readonly [key: string]: string | Tree }

/** Every leaf as `path → value` (non-strings show up as a problem, not a crash). */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (value !== null && typeof value === 'object') {
      for (const [inner, leaf] of flatten(value, path)) out.set(inner, leaf)
    } else {
      out.set(path, value)
    }
  }
  return out
}

const PLURAL = /_(zero|one|two|few|many|other)$/
/** The variables a wording needs from its caller: not the default ones every wording may use. */
const variables = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)/g)]
    .map((match) => match[1])
    .filter((name) => !(DEFAULT_VARIABLES as readonly string[]).includes(name))
    .sort()

const flat = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    flatten(RESOURCES[language].translation as unknown as Tree)
  ])
) as Record<(typeof LANGUAGES)[number], Map<string, unknown>>

/** Problems with a set of resources compared with English (pure, so a bad fixture can fail it). */
function resourceProblems(
  english: Map<string, unknown>,
  other: Map<string, unknown>,
  language: string
): string[] {
  const problems: string[] = []
  for (const key of english.keys()) if (!other.has(key)) problems.push(`${language} lacks ${key}`)
  for (const key of other.keys()) if (!english.has(key)) problems.push(`${language} adds ${key}`)
  for (const [key, value] of other) {
    if (typeof value !== 'string') problems.push(`${language} ${key} is not text`)
    else if (value.trim() === '') problems.push(`${language} ${key} is empty`)
    else {
      const englishValue = english.get(key)
      if (typeof englishValue === 'string') {
        const ours = variables(value).filter((name) => name !== 'count')
        const theirs = variables(englishValue).filter((name) => name !== 'count')
        if (ours.join() !== theirs.join()) {
          problems.push(`${language} ${key} uses {{${ours.join()}}}, English {{${theirs.join()}}}`)
        }
      }
    }
  }
  // Every plural key has each form the language's plural rules use.
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories
  const bases = new Set(
    [...other.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''))
  )
  for (const base of bases) {
    for (const category of categories) {
      if (!other.has(`${base}_${category}`)) problems.push(`${language} lacks ${base}_${category}`)
    }
  }
  return problems
}

describe('interface resources', () => {
  it.each(LANGUAGES)(
    '%s has exactly the English keys, all worded, with every plural form',
    (language) => {
      expect(resourceProblems(flat.en, flat[language], language)).toEqual([])
    }
  )

  it('has plural forms to check (the check is not vacuous)', () => {
    const plurals = [...flat['zh-CN'].keys()].filter((key) => PLURAL.test(key))
    expect(plurals).toEqual(expect.arrayContaining(['list.showing_one', 'list.showing_other']))
  })

  it('catches a missing key, an extra key, an empty value, a lost variable and a missing plural form', () => {
    const bad = new Map(flat['zh-CN'])
    bad.delete('actions.ok')
    bad.set('actions.extra', '多余')
    bad.set('actions.cancel', ' ')
    bad.set('row.editChannel', '编辑')
    bad.delete('list.showing_other')
    expect(resourceProblems(flat.en, bad, 'zh-CN').sort()).toEqual(
      [
        'zh-CN lacks actions.ok',
        'zh-CN adds actions.extra',
        'zh-CN actions.cancel is empty',
        'zh-CN row.editChannel uses {{}}, English {{name}}',
        'zh-CN lacks list.showing_other',
        'zh-CN lacks list.showing_other'
      ].sort()
    )
  })

  it('gives the messages exactly the codes of the shared catalogue, in main’s English', () => {
    expect(RESOURCES.en.translation.messages).toEqual(MESSAGES)
    const codes = [...flat.en.keys()].filter((key) => key.startsWith('messages.'))
    expect(codes.length).toBeGreaterThan(50)
  })

  it('includes main’s native strings (the menu) in each language', () => {
    for (const language of LANGUAGES) {
      expect(RESOURCES[language].translation.native).toEqual(NATIVE_STRINGS[language])
    }
  })
})

describe('Simplified Chinese in the platform’s own terms (SPEC §12)', () => {
  const zh = RESOURCES['zh-CN'].translation
  it('uses the Chinese page’s words for what it names', () => {
    expect({
      pageTitle: zh.app.pageTitle,
      createApi: zh.actions.createApi,
      createAppApi: zh.actions.createAppApi,
      channelName: zh.fields.channelName,
      collectedByQuickTracking: zh.fields.collectedByQuickTracking,
      applicationType: zh.fields.applicationType,
      types: [zh.appTypes.APP, zh.appTypes.MINI_PROGRAM, zh.appTypes.WEB],
      platformTypeConfiguration: zh.fields.platformTypeConfiguration,
      newPlatformConfiguration: zh.fields.newPlatformConfiguration,
      networkDomain: zh.fields.networkDomain,
      buttons: [
        zh.actions.ok,
        zh.actions.cancel,
        zh.actions.view,
        zh.actions.copy,
        zh.actions.update,
        zh.actions.edit,
        zh.actions.remove
      ],
      menu: NATIVE_STRINGS['zh-CN'].createAppApi
    }).toEqual({
      pageTitle: '接口管理',
      createApi: '创建接口',
      createAppApi: '新建APP接口',
      channelName: '渠道名称',
      collectedByQuickTracking: '是否Quick Tracking采集',
      applicationType: '应用类型',
      types: ['APP', '小程序', 'WEB'],
      platformTypeConfiguration: '平台类型配置',
      newPlatformConfiguration: '新建平台配置',
      networkDomain: '网络域名',
      buttons: ['确定', '取消', '查看', '复制', '更新', '编辑', '移除'],
      menu: '新建APP接口'
    })
  })

  it('never uses the words the page does not (新增平台配置, 删除 for Remove, API 管理)', () => {
    const worded = [...flat['zh-CN'].values()].join('\n')
    expect(worded).not.toContain('新增平台配置')
    expect(worded).not.toContain('API 管理')
    expect(zh.actions.remove).not.toBe('删除')
    expect(zh.row.removeChannel).toBe('移除 {{name}}')
  })

  it('names the keychain the way each OS does', () => {
    const title = (os: 'darwin' | 'win32' | 'linux') =>
      createI18n('zh-CN', os).t('keychain.unavailableTitle')
    expect(title('darwin')).toBe('钥匙串不可用')
    expect(title('win32')).toBe('凭据管理器不可用')
    expect(title('linux')).toBe('密钥环不可用')
    expect(createI18n('zh-CN', 'linux').t('messages.secret.missing')).toBe(
      '密钥环中没有此接口的 AccessKeySecret。请输入您仍保存的密钥、从备份恢复，或点击“更新”签发新的密钥。'
    )
    expect(createI18n('en', 'darwin').t('keychain.unavailableTitle')).toBe(
      'The keychain is not available'
    )
    expect(osFamily('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Electron/45')).toBe('darwin')
    expect(osFamily('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Electron/45')).toBe('win32')
    expect(osFamily('Mozilla/5.0 (X11; Linux x86_64) Electron/45')).toBe('linux')
  })

  it('has no keychain word left that does not follow the OS', () => {
    const worded = [...flat['zh-CN'].entries()].filter(
      // The names themselves, and main's per-OS keychain help (one code per OS already).
      ([key]) => !key.startsWith('app.keychainNames.') && !key.startsWith('messages.keychain.')
    )
    for (const [key, value] of worded)
      expect(String(value), key).not.toMatch(/钥匙串|凭据管理器|密钥环/)
  })

  it('writes dates whose parts never break inside a word', () => {
    const parts = dateTimeParts('2026-12-01T09:05:00.000Z', 'zh-CN')
    expect(parts?.date).toMatch(/^2026年12月\d{1,2}日$/)
    expect(parts?.time).toMatch(/^\d{1,2}:\d{2}$/)
    expect(dateTimeParts('not a date', 'zh-CN')).toBeNull()
  })
})
