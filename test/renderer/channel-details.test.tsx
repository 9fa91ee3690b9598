/**
 * A channel's details (SPEC §10) on the real services: opened by a click on a row or Enter on
 * it; every field and date; the keys with View/Copy/Update; Copy keys, with the secret only
 * when asked; Edit and Remove; the channel's own history.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { dateTimeParts } from '@renderer/channels/DateTime'
import { normaliseOrigin } from '@shared/origin'
import { startApp } from './app-under-test'
import { findDetails, findRow, renderApp, rowAction } from './render-app'

const origin = (typed: string): string => {
  const result = normaliseOrigin(typed)
  if (!result.ok) throw new Error(typed)
  return result.origin
}

describe('channel details', () => {
  it('open on a click on the row and show every field and date', async () => {
    const app = await startApp()
    const channel = await app.create({
      name: 'Mall',
      appType: 'WEB',
      platforms: [],
      domains: ['https://商城.example.cn', 'https://shop.example.com:8443']
    })
    // One edit later, so the three dates differ.
    await app.services.service.update({
      id: channel.id,
      name: 'Mall site',
      collectedByQuickTracking: true,
      appType: 'WEB',
      platforms: [],
      domains: [origin('https://商城.example.cn'), 'https://shop.example.com:8443']
    })
    await app.services.service.rotateSecret({ id: channel.id })
    const stored = await app.services.service.get({ id: channel.id })
    const { user } = await renderApp(app)

    await user.click(within(await findRow('Mall site')).getByText('WEB'))

    const details = within(await findDetails('Mall site'))
    const value = (label: string) =>
      details.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement
    expect(value('Channel Name')).toHaveTextContent('Mall site')
    expect(value('Collected by Quick Tracking')).toHaveTextContent('Yes')
    expect(value('Application Type')).toHaveTextContent('WEB')
    // The domain as people read it, with the form it is stored in.
    expect(value('Network Domain')).toHaveTextContent('https://商城.example.cn')
    expect(value('Network Domain')).toHaveTextContent(
      `stored as ${origin('https://商城.example.cn')}`
    )
    expect(value('Network Domain')).toHaveTextContent('https://shop.example.com:8443')
    for (const [label, iso] of [
      ['Created', stored.createdAt],
      ['Edited', stored.updatedAt],
      ['Secret updated', stored.secretUpdatedAt]
    ] as const) {
      const time = value(label).querySelector('time')
      expect(time).toHaveAttribute('datetime', iso)
      const parts = dateTimeParts(iso, 'en')
      expect(time).toHaveTextContent(`${parts?.date} ${parts?.time}`)
    }
    expect(new Set([stored.createdAt, stored.updatedAt, stored.secretUpdatedAt]).size).toBe(3)
    expect(value('APPKEY')).toHaveTextContent(stored.appKey)
    expect(value('AccessKeyId')).toHaveTextContent(stored.accessKeyId)
    // Masked until asked.
    expect(value('AccessKeySecret')).toHaveTextContent('Hidden')
    expect(document.body).not.toHaveTextContent(app.secretOf(channel.id) ?? '-')
  })

  it('open on Enter on a row, and give focus back to it when closed', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    await findRow('Shop app')

    // Search, type filter, the sort buttons… until the list's one Tab stop: its first row.
    for (let i = 0; i < 20 && !(document.activeElement instanceof HTMLTableRowElement); i++) {
      await user.tab()
    }
    const row = document.activeElement
    await user.keyboard('{Enter}')

    await findDetails('Shop app')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(row).toHaveFocus())
  })

  it('View, Copy and Update the secret; Copy keys copies it only when asked', async () => {
    const app = await startApp()
    const channel = await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    await rowAction(user, 'Shop app', 'Details')
    const details = within(await findDetails('Shop app'))
    const secret = app.secretOf(channel.id) ?? '-'

    await user.click(details.getByRole('button', { name: 'Copy keys' }))
    await waitFor(() =>
      expect(app.clipboard.text).toBe(
        `APPKEY: ${channel.appKey}\nAccessKeyId: ${channel.accessKeyId}`
      )
    )
    expect(await screen.findByText('APPKEY and AccessKeyId copied')).toBeInTheDocument()

    await user.click(details.getByRole('checkbox', { name: 'Include the AccessKeySecret' }))
    await user.click(details.getByRole('button', { name: 'Copy keys' }))
    await waitFor(() => expect(app.clipboard.text).toContain(`AccessKeySecret: ${secret}`))
    expect(
      await screen.findByText(
        /AccessKeySecret copied — the clipboard will be cleared in 30 seconds/
      )
    ).toBeInTheDocument()

    await user.click(details.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))
    expect(await details.findByText(secret)).toBeInTheDocument()

    await user.click(details.getByRole('button', { name: 'Copy APPKEY of Shop app' }))
    await waitFor(() => expect(app.clipboard.text).toBe(channel.appKey))

    await user.click(details.getByRole('button', { name: 'Update AccessKeySecret of Shop app' }))
    const confirm = within(
      await screen.findByRole('alertdialog', { name: 'Update AccessKeySecret?' })
    )
    await user.click(confirm.getByRole('button', { name: 'Update' }))
    await waitFor(() => expect(app.secretOf(channel.id)).not.toBe(secret))
    // The new secret is shown, the old one is gone from the screen.
    expect(await details.findByText(app.secretOf(channel.id) ?? '-')).toBeInTheDocument()
    expect(details.queryByText(secret)).not.toBeInTheDocument()
  })

  it('list the channel’s own history, newest first, and follow what is done in them', async () => {
    const app = await startApp()
    const shop = await app.create({ name: 'Shop app' })
    await app.create({ name: 'Other app' })
    await app.services.service.revealSecret({ id: shop.id })
    const { user } = await renderApp(app)
    await rowAction(user, 'Shop app', 'Details')
    const details = within(await findDetails('Shop app'))

    const history = () =>
      within(details.getByRole('heading', { name: 'History' }).parentElement as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.history-action')?.textContent)
    await waitFor(() => expect(history()).toEqual(['Viewed AccessKeySecret', 'Created']))

    await user.click(details.getByRole('button', { name: 'Copy AccessKeySecret of Shop app' }))
    await waitFor(() =>
      expect(history()).toEqual(['Copied AccessKeySecret', 'Viewed AccessKeySecret', 'Created'])
    )
    expect(details.getByText('3 entries for this API in the audit log.')).toBeInTheDocument()
  })

  it('Edit opens the form over them; a saved edit shows in them', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    await rowAction(user, 'Shop app', 'Details')
    const details = within(await findDetails('Shop app'))

    await user.click(details.getByRole('button', { name: 'Edit Shop app' }))
    const form = within(await screen.findByRole('dialog', { name: 'Edit App API' }))
    const name = form.getByRole('textbox', { name: 'Channel Name' })
    await user.clear(name)
    await user.type(name, 'Shop app 2')
    await user.click(form.getByRole('button', { name: 'OK' }))

    const renamed = within(await findDetails('Shop app 2'))
    expect(renamed.getByText('Shop app 2', { selector: 'dd' })).toBeInTheDocument()
    await waitFor(() =>
      expect(renamed.getByRole('button', { name: 'Edit Shop app 2' })).toHaveFocus()
    )
  })

  it('Remove asks first, then closes them and puts focus on the next row', async () => {
    const app = await startApp()
    await app.create({ name: 'Shop app' })
    await app.create({ name: 'Other app' })
    const { user } = await renderApp(app)
    await rowAction(user, 'Other app', 'Details')
    const details = within(await findDetails('Other app'))

    await user.click(details.getByRole('button', { name: 'Remove Other app' }))
    const confirm = within(await screen.findByRole('alertdialog', { name: 'Remove Other app?' }))
    await user.click(confirm.getByRole('button', { name: 'Remove' }))

    expect(await screen.findByText('Other app removed')).toBeInTheDocument()
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Other app', hidden: true })
      ).not.toBeInTheDocument()
    )
    expect((await app.services.service.list()).map((c) => c.name)).toEqual(['Shop app'])
    await waitFor(() =>
      expect(screen.getByRole('rowheader', { name: 'Shop app' }).closest('tr')).toHaveFocus()
    )
  })

  it('open after Create on the new channel with its secret shown, in Chinese too', async () => {
    const app = await startApp()
    const { user } = await renderApp(app, { language: 'zh-CN' })
    await user.click(await screen.findByRole('button', { name: '新建APP接口' }))
    const form = within(await screen.findByRole('dialog', { name: '新建APP接口' }))
    await user.type(form.getByRole('textbox', { name: '渠道名称' }), '商城 App')
    await user.click(form.getByRole('radio', { name: 'APP' }))
    await user.selectOptions(form.getByRole('combobox', { name: '平台 1' }), 'Android')
    await user.click(form.getByRole('button', { name: '确定' }))

    const details = within(await findDetails('商城 App'))
    const [channel] = await app.services.service.list()
    expect(await details.findByText(app.secretOf(channel.id) ?? '-')).toBeInTheDocument()
    expect(details.getByRole('heading', { name: 'SDK 接入' })).toBeInTheDocument()
    expect(details.getByRole('heading', { name: '操作记录' })).toBeInTheDocument()
    expect(details.getByRole('button', { name: '复制密钥' })).toHaveFocus()
    await user.click(details.getByRole('button', { name: '关闭' }))
    expect(await findRow('商城 App')).toBeInTheDocument()
  })
})
