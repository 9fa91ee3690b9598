/**
 * SPEC §3.7: an edit that changes nothing is not saved or logged; the page says "No changes" and
 * closes the form (both languages), and the audit log gains no entry.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { startApp } from './app-under-test'
import { renderApp } from './render-app'

describe('an Edit with no change', () => {
  it.each([
    ['en', 'Actions for Shop app', 'Edit', 'Edit App API', 'OK', 'No changes'],
    ['zh-CN', 'Shop app 的操作', '编辑', '编辑APP接口', '确定', '没有修改']
  ] as const)(
    'in %s says so, closes the form and records nothing',
    async (language, menu, edit, title, ok, words) => {
      const app = await startApp()
      const channel = await app.create({ name: 'Shop app' })
      const { user } = await renderApp(app, { language })
      await user.click(await screen.findByRole('button', { name: menu }))
      await user.click(await screen.findByRole('menuitem', { name: edit }))
      const dialog = within(await screen.findByRole('dialog', { name: title }))
      await user.click(dialog.getByRole('button', { name: ok }))
      expect(await screen.findByText(words)).toBeInTheDocument()
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
      expect((await app.services.audit.list()).map((e) => e.action)).toEqual(['create'])
      expect((await app.services.service.get({ id: channel.id })).updatedAt).toBe(channel.updatedAt)
    }
  )
})
