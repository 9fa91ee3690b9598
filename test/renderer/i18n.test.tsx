import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MESSAGES } from '@shared/channel'
import { detectLocale, matchLocale } from '@renderer/i18n/locale'
import { translateMessage } from '@renderer/i18n/translate-message'
import { createFakeApi } from './fake-api'
import { makeChannel } from './fixtures'
import { findRow, renderApp } from './render-app'

describe('interface language', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('follows the OS language: Chinese variants get Simplified Chinese, others English', () => {
    expect(matchLocale(['zh-CN', 'en-US'])).toBe('zh-CN')
    expect(matchLocale(['zh'])).toBe('zh-CN')
    expect(matchLocale(['en-GB', 'zh-CN'])).toBe('en')
    expect(matchLocale(['fr-FR', 'zh-TW'])).toBe('zh-CN')
    expect(matchLocale(['fr-FR'])).toBe('en')
    expect(matchLocale([])).toBe('en')
  })

  it('prefers the stored choice over the OS language', () => {
    vi.stubGlobal('navigator', { languages: ['zh-CN'], language: 'zh-CN' })
    expect(detectLocale()).toBe('zh-CN')
    window.localStorage.setItem('collection-api-manager.locale', 'en')
    expect(detectLocale()).toBe('en')
  })

  it('switches to Simplified Chinese and back, and remembers the choice', async () => {
    const fake = createFakeApi({
      channels: [makeChannel({ name: 'Shop app', appType: 'MINI_PROGRAM', platforms: ['WECHAT'] })]
    })
    const { user } = renderApp(fake)
    await findRow('Shop app')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '简体中文')

    expect(screen.getByRole('button', { name: '创建 API' })).toBeInTheDocument()
    expect(screen.getByRole('columnheader', { name: '渠道名称' })).toBeInTheDocument()
    const row = within(await findRow('Shop app'))
    expect(row.getByText('小程序')).toBeInTheDocument()
    expect(row.getByText('微信')).toBeInTheDocument()
    expect(row.getByRole('button', { name: '复制 Shop app 的 AccessKeyId' })).toHaveTextContent(
      '复制'
    )
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(window.localStorage.getItem('collection-api-manager.locale')).toBe('zh-CN')

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English')
    expect(screen.getByRole('button', { name: 'Create API' })).toBeInTheDocument()
  })

  it('shows validation messages in Chinese', async () => {
    const { user } = renderApp(createFakeApi(), { locale: 'zh-CN' })
    await user.click(await screen.findByRole('button', { name: '创建 API' }))
    await user.click(await screen.findByRole('menuitem', { name: '创建 App API' }))
    const dialog = within(await screen.findByRole('dialog', { name: '创建 App API' }))

    await user.click(dialog.getByRole('button', { name: '确定' }))

    expect(dialog.getByRole('textbox', { name: '渠道名称' })).toHaveAccessibleDescription(
      '请输入渠道名称。'
    )
  })

  it('has a Chinese translation for every shared validation message', () => {
    for (const message of Object.values(MESSAGES)) {
      const translated = translateMessage(message, 'zh-CN')
      expect(translated, message).not.toBe(message)
    }
    expect(translateMessage('Some message from main', 'zh-CN')).toBe('Some message from main')
    expect(translateMessage(MESSAGES.nameTaken, 'en')).toBe(MESSAGES.nameTaken)
  })
})
