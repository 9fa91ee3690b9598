import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { messageOf, type AppErrorData } from '@shared/errors'
import { matchLanguage } from '@shared/i18n/languages'
import { MESSAGE_CODES, MESSAGES, messageText } from '@shared/messages'
import { createI18n } from '@renderer/i18n/i18n'
import { initialLanguage } from '@renderer/i18n/language'
import { formMessage, readFormMessage, say } from '@renderer/i18n/say'
import { startApp } from './app-under-test'
import { findRow, renderApp } from './render-app'

const zh = createI18n('zh-CN').t
const en = createI18n('en').t

describe('interface language', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('follows the OS language: Chinese variants get Simplified Chinese, others English', () => {
    expect(matchLanguage(['zh-CN', 'en-US'])).toBe('zh-CN')
    expect(matchLanguage(['zh'])).toBe('zh-CN')
    expect(matchLanguage(['zh-Hans-CN'])).toBe('zh-CN')
    expect(matchLanguage(['zh_CN'])).toBe('zh-CN')
    expect(matchLanguage(['en-GB', 'zh-CN'])).toBe('en')
    expect(matchLanguage(['fr-FR', 'zh-TW'])).toBe('zh-CN')
    expect(matchLanguage(['fr-FR'])).toBe('en')
    expect(matchLanguage([])).toBe('en')
  })

  it('prefers the stored choice over the OS language', () => {
    vi.stubGlobal('navigator', { languages: ['zh-CN'], language: 'zh-CN' })
    expect(initialLanguage()).toBe('zh-CN')
    window.localStorage.setItem('collection-api-manager.locale', 'en')
    expect(initialLanguage()).toBe('en')
    window.localStorage.setItem('collection-api-manager.locale', 'klingon')
    expect(initialLanguage()).toBe('zh-CN')
  })

  it('switches to Simplified Chinese and back, remembers the choice and tells main', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app', appType: 'MINI_PROGRAM', platforms: ['WECHAT'] })
    const { user } = await renderApp(app)
    await findRow('Shop app')
    await waitFor(() => expect(app.languages).toEqual(['en']))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文')

    expect(screen.getByRole('button', { name: '创建接口' })).toBeInTheDocument()
    expect(screen.getByRole('columnheader', { name: '渠道名称' })).toBeInTheDocument()
    const row = within(await findRow('Shop app'))
    expect(row.getByText('小程序')).toBeInTheDocument()
    expect(row.getByText('微信')).toBeInTheDocument()
    expect(row.getByRole('button', { name: '复制 Shop app 的 AccessKeyId' })).toHaveTextContent(
      '复制'
    )
    expect(screen.getByText('显示 1 个渠道，共 1 个')).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(document.title).toBe('采集接口管理')
    expect(window.localStorage.getItem('collection-api-manager.locale')).toBe('zh-CN')
    await waitFor(() => expect(app.languages).toEqual(['en', 'zh-CN']))

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English')
    expect(screen.getByRole('button', { name: 'Create API' })).toBeInTheDocument()
    expect(document.title).toBe('Collection API Manager')
    await waitFor(() => expect(app.languages).toEqual(['en', 'zh-CN', 'en']))
  })

  it('follows the OS language main reports, unless the user chose one', async () => {
    await renderApp(await startApp({ locale: 'zh-CN' }))
    expect(await screen.findByRole('button', { name: '创建接口' })).toBeInTheDocument()
  })

  it('keeps the language the user chose over the OS language main reports', async () => {
    window.localStorage.setItem('collection-api-manager.locale', 'en')
    const app = await startApp({ locale: 'zh-CN' })
    await renderApp(app)
    await waitFor(() => expect(app.calls('app.info').length).toBeGreaterThan(0))
    await screen.findByRole('heading', { name: 'No data collection APIs yet' })
    expect(screen.getByRole('button', { name: 'Create API' })).toBeInTheDocument()
  })

  it('shows validation messages in Chinese', async () => {
    const { user } = await renderApp(await startApp(), { language: 'zh-CN' })
    await user.click(await screen.findByRole('button', { name: '创建接口' }))
    await user.click(await screen.findByRole('menuitem', { name: '新建APP接口' }))
    const dialog = within(await screen.findByRole('dialog', { name: '新建APP接口' }))

    await user.click(dialog.getByRole('button', { name: '确定' }))

    expect(dialog.getByRole('textbox', { name: '渠道名称' })).toHaveAccessibleDescription(
      /^请输入渠道名称。/
    )
    expect(dialog.getByRole('group', { name: '应用类型' })).toHaveAccessibleDescription(
      '请选择应用类型。'
    )
    await user.click(dialog.getByRole('radio', { name: '否' }))
    expect(
      dialog.getByText('如果数据不是由Quick Tracking采集，则无需配置此接口。')
    ).toBeInTheDocument()
  })

  it('words main’s errors in Chinese by their code, in the form and in toasts', async () => {
    const app = await startApp()
    const channel = await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app, { language: 'zh-CN' })
    const row = within(await findRow('Shop app'))
    // Deleted from the keychain outside the app after the list was shown.
    app.vault.entries.delete(channel.id)

    await user.click(row.getByRole('button', { name: '查看 Shop app 的 AccessKeySecret' }))
    expect(
      await screen.findByText(
        '密钥环中没有此接口的 AccessKeySecret。请输入您仍保存的密钥、从备份恢复，或点击“更新”签发新的密钥。'
      )
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: '创建接口' }))
    await user.click(await screen.findByRole('menuitem', { name: '新建APP接口' }))
    const dialog = within(await screen.findByRole('dialog', { name: '新建APP接口' }))
    // Another channel's name in other letter case: main answers CONFLICT.
    await user.type(dialog.getByRole('textbox', { name: '渠道名称' }), 'SHOP APP')
    await user.click(dialog.getByRole('radio', { name: 'APP' }))
    await user.selectOptions(dialog.getByRole('combobox', { name: '平台 1' }), 'Android')
    await user.click(dialog.getByRole('button', { name: '确定' }))

    await waitFor(() =>
      expect(dialog.getByRole('textbox', { name: '渠道名称' })).toHaveAccessibleDescription(
        /^已有渠道使用此名称：“Shop app”。/
      )
    )
  })

  it('shows the generic words for a code it does not know (a newer main)', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    // Every code this main sends has words; a newer main may send one this page lacks.
    app.failNext('channels.revealSecret', {
      code: 'INTERNAL',
      message: 'disk.onFire' as AppErrorData['message']
    })
    const { user } = await renderApp(app, { language: 'zh-CN' })
    const row = within(await findRow('Shop app'))
    await user.click(row.getByRole('button', { name: '查看 Shop app 的 AccessKeySecret' }))
    expect(await screen.findByText(zh('messages.app.internal'))).toBeInTheDocument()
    expect(screen.queryByText(/disk\.onFire/)).not.toBeInTheDocument()
  })

  it('words a templated message with its parts, and a message inside another', () => {
    const composite: AppErrorData = {
      code: 'VALIDATION',
      message: 'request.andMore',
      params: { problem: { code: 'channelName.required' }, count: 2 }
    }
    expect(say(zh, messageOf(composite))).toBe('请输入渠道名称。（另有 2 个问题）')
    expect(say(en, messageOf(composite))).toBe(messageText(messageOf(composite)))

    const rotate: AppErrorData = {
      code: 'KEYCHAIN_UNAVAILABLE',
      message: 'secret.rotateUncertain',
      params: { help: { code: 'keychain.unavailableLinux' } }
    }
    const worded = say(zh, messageOf(rotate))
    expect(worded).toMatch(/^未找到已解锁的密钥环。/)
    expect(worded).toContain('密钥环在更新过程中出错')
    expect(say(en, messageOf(rotate))).toBe(messageText(messageOf(rotate)))

    const folder = { code: 'recovery.folderNotOpened', params: { path: '/home/王/数据' } } as const
    expect(say(zh, folder)).toBe('无法打开数据文件夹。它位于 /home/王/数据')
  })

  it('words a field error the form holds as a string, parameters included', () => {
    expect(say(zh, readFormMessage('domain.duplicate')!)).toBe('此网络域名已配置。')
    const folder = { code: 'recovery.folderNotOpened', params: { path: '/p' } } as const
    expect(readFormMessage(formMessage(folder))).toEqual(folder)
    expect(say(en, readFormMessage(formMessage(folder))!)).toBe(messageText(folder))
    // Anything else is not a message (never worded as one).
    expect(readFormMessage('Some message from main')).toBeNull()
    expect(readFormMessage('{"code":"toString"}')).toBeNull()
    expect(readFormMessage('{not json')).toBeNull()
  })

  it('has Chinese words for every message code, and English words that are main’s own', () => {
    // Every parameter any message takes, so no text is left with a {{gap}}.
    const params: Record<string, string | number> = {
      ...{ count: 2, problem: 'P', help: 'H', path: '/p', version: 3, supported: 1 },
      ...{ from: 0, before: 2, after: 1, reason: 'EIO', name: 'N', max: 64 }
    }
    for (const code of MESSAGE_CODES) {
      const english = say(en, { code, params })
      const chinese = say(zh, { code, params })
      expect(english, code).not.toMatch(/\{\{/)
      expect(chinese, code).not.toMatch(/\{\{/)
      expect(chinese, code).not.toBe(english)
      expect(chinese, code).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(en('messages.channelName.required')).toBe(MESSAGES.channelName.required)
  })

  it('shows a channel name verbatim, even one that looks like i18next syntax', async () => {
    const name = '$t(app.title) {{name}} <b>'
    const app = await startApp()
    await app.create({ name })
    await renderApp(app, { language: 'zh-CN' })
    const row = within(await findRow(name))
    expect(row.getByRole('button', { name: `${name} 的操作` })).toBeInTheDocument()
    expect(row.getByRole('button', { name: `复制 ${name} 的 APPKEY` })).toBeInTheDocument()
  })
})
