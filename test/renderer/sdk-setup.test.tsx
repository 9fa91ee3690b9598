/**
 * SDK setup in the details, on the real services: one tab per platform; the code with the
 * channel's APPKEY and the data collection domain, highlighted; Copy puts exactly the shown
 * code on the clipboard (main writes it); HarmonyOS's qtconfig.json is saved through main's
 * dialog; what is missing in Settings is said, with the way to set it.
 */
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { generateSnippet, snippetValues } from '@shared/sdk/snippets'
import { startApp } from './app-under-test'
import { findDetails, renderApp, rowAction } from './render-app'

const DOMAIN = 'https://collect.example.com'
const SDK = 'https://d.alicdn.com/alilog/mlog/aplus/203467608.js'

describe('SDK setup', () => {
  it('shows each platform’s code with the APPKEY and domain, and copies exactly that', async () => {
    const app = await startApp()
    const channel = await app.create({
      name: 'Shop app',
      appType: 'APP',
      platforms: ['ANDROID', 'IOS', 'HARMONYOS']
    })
    await app.services.settings.update({
      collectionDomain: DOMAIN,
      standbyDomain: 'https://standby.example.com'
    })
    const { user } = await renderApp(app)
    await rowAction(user, 'Shop app', 'Details')
    const details = within(await findDetails('Shop app'))

    const tabs = within(details.getByRole('tablist', { name: 'Platforms' }))
    expect(tabs.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Android',
      'iOS',
      'HarmonyOS'
    ])
    expect(tabs.getByRole('tab', { name: 'Android' })).toHaveAttribute('aria-selected', 'true')
    const settings = app.services.settings.get()
    const expected = generateSnippet('android', snippetValues(channel, settings), 'en')
    const code = details.getByRole('group', {
      name: 'Android — In your Application class'
    })
    expect(code.textContent).toBe(expected)
    // Highlighted: highlight.js's classes, no markup of its own put into the page as HTML.
    expect(code.querySelector('.hljs-string')).not.toBeNull()
    expect(code.querySelectorAll('*:not(code):not(span)')).toHaveLength(0)
    expect(code.textContent).toContain(channel.appKey)
    expect(code.textContent).toContain(DOMAIN)
    expect(code.textContent).not.toContain(app.secretOf(channel.id) ?? '-')

    await user.click(
      details.getByRole('button', { name: 'Copy code: Android — In your Application class' })
    )
    await waitFor(() => expect(app.clipboard.text).toBe(expected))
    expect(
      await screen.findByText('Code copied: Android — In your Application class')
    ).toBeInTheDocument()
    expect(app.calls('sdk.copySnippet')).toEqual([
      { id: channel.id, snippet: 'android', language: 'en' }
    ])

    // The arrow keys move between the tabs.
    tabs.getByRole('tab', { name: 'Android' }).focus()
    await user.keyboard('{ArrowRight}')
    expect(tabs.getByRole('tab', { name: 'iOS' })).toHaveFocus()
    expect(details.getByRole('group', { name: 'iOS — In AppDelegate.m' })).toBeInTheDocument()
    await user.keyboard('{End}')
    expect(tabs.getByRole('tab', { name: 'HarmonyOS' })).toHaveAttribute('aria-selected', 'true')
  })

  it('saves HarmonyOS’s qtconfig.json where main’s save dialog says', async () => {
    const app = await startApp()
    const channel = await app.create({ name: 'Harmony app', platforms: ['HARMONYOS'] })
    await app.services.settings.update({ collectionDomain: DOMAIN })
    const target = join(app.dataDir, 'chosen-qtconfig.json')
    app.dialogs.answer(target)
    const { user } = await renderApp(app)
    await rowAction(user, 'Harmony app', 'Details')
    const details = within(await findDetails('Harmony app'))

    expect(
      details.getByRole('group', { name: 'HarmonyOS — AppScope/resources/rawfile/qtconfig.json' })
        .textContent
    ).toBe(`{\n  "appKey": "${channel.appKey}",\n  "channel": "AppGallery"\n}\n`)
    await user.click(details.getByRole('button', { name: 'Save qtconfig.json…' }))

    expect(await screen.findByText(`Saved ${target}`)).toBeInTheDocument()
    expect(app.dialogs.requests).toEqual([
      { kind: 'save', purpose: 'sdkConfig', defaultName: 'qtconfig.json' }
    ])
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({
      appKey: channel.appKey,
      channel: 'AppGallery'
    })

    // Cancel in the dialog: nothing saved, nothing said.
    await user.click(details.getByRole('button', { name: 'Save qtconfig.json…' }))
    await waitFor(() => expect(app.dialogs.requests).toHaveLength(2))
    expect(screen.getAllByText(/^Saved /)).toHaveLength(1)
  })

  it('says what is missing and opens Settings to set it; the code follows', async () => {
    const app = await startApp()
    const channel = await app.create({
      name: 'Shop site',
      appType: 'WEB',
      platforms: [],
      domains: ['https://shop.example.com']
    })
    const { user } = await renderApp(app)
    await rowAction(user, 'Shop site', 'Details')
    const details = within(await findDetails('Shop site'))
    expect(details.getByText(/Set your organisation’s data collection domain/)).toBeInTheDocument()
    expect(details.queryByRole('button', { name: /^Copy code/ })).not.toBeInTheDocument()

    await user.click(details.getByRole('button', { name: 'Open Settings' }))
    const settings = within(await screen.findByRole('dialog', { name: 'Settings' }))
    await user.type(settings.getByRole('textbox', { name: 'Data collection domain' }), DOMAIN)
    await user.click(settings.getByRole('button', { name: 'Save' }))
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Settings' })).not.toBeInTheDocument()
    )

    // The Web snippet also needs the SDK's address.
    expect(await details.findByText(/Set the Web SDK address/)).toBeInTheDocument()
    await user.click(details.getByRole('button', { name: 'Open Settings' }))
    const again = within(await screen.findByRole('dialog', { name: 'Settings' }))
    await user.type(again.getByRole('textbox', { name: 'Web SDK address' }), SDK)
    await user.click(again.getByRole('button', { name: 'Save' }))

    const code = await details.findByRole('group', {
      name: 'WEB — In the <head> of every page of your sites'
    })
    expect(code.textContent).toBe(
      generateSnippet('web', snippetValues(channel, app.services.settings.get()), 'en')
    )
    expect(code.textContent).toContain(`'${SDK}'`)
    expect(
      details.getByText('The same code serves every Network Domain of this channel.')
    ).toBeInTheDocument()
  })

  it('gives every mini-program host its own tab, in Chinese with the host’s name', async () => {
    const app = await startApp()
    await app.create({
      name: '会员小程序',
      appType: 'MINI_PROGRAM',
      platforms: ['WECHAT', 'XIAOHONGSHU']
    })
    await app.services.settings.update({ collectionDomain: DOMAIN })
    const { user } = await renderApp(app, { language: 'zh-CN' })
    await user.click(await screen.findByRole('button', { name: '会员小程序 的操作' }))
    await user.click(await screen.findByRole('menuitem', { name: '详情' }))
    const details = within(await findDetails('会员小程序'))
    const tabs = within(details.getByRole('tablist', { name: '平台' }))
    expect(tabs.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['微信', '小红书'])
    const code = details.getByRole('group', { name: '微信 — 放在 app.js 开头' })
    expect(code.textContent?.split('\n')[0]).toBe(
      '// “会员小程序”的 Quick Tracking SDK（微信小程序）：放在 app.js 开头'
    )
    await user.click(tabs.getByRole('tab', { name: '小红书' }))
    expect(details.getByRole('group', { name: '小红书 — 放在 app.js 开头' }).textContent).toContain(
      '// 在 xhs 上挂载 aplus 和 aplus_queue'
    )
  })
})
