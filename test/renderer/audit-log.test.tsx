import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDateTime } from '@renderer/i18n/format'
import { createFakeApi } from './fake-api'
import { makeChannel } from './fixtures'
import { findRow, renderApp } from './render-app'

describe('Audit log', () => {
  it('lists when, who, what and which channel, newest first, without secrets', async () => {
    const channel = makeChannel({ name: 'Shop app' })
    const fake = createFakeApi({ channels: [channel], user: 'alice' })
    const { user } = renderApp(fake)
    const row = within(await findRow('Shop app'))

    await user.click(row.getByRole('button', { name: 'Copy AccessKeyId of Shop app' }))
    await screen.findByText('AccessKeyId copied')
    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))
    const secret = fake.secretOf(channel.id) ?? ''
    await row.findByText(secret)
    await user.click(row.getByRole('button', { name: 'Hide AccessKeySecret of Shop app' }))

    await user.click(screen.getByRole('button', { name: 'Audit log' }))
    const dialog = await screen.findByRole('dialog', { name: 'Audit log' })
    const table = await within(dialog).findByRole('table', { name: 'Audit log' })
    for (const header of ['When', 'Who', 'Action', 'Channel']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument()
    }
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(2)
    const [reveal, copy] = fake.auditEntries().slice().reverse()
    expect(rows[0]).toHaveTextContent(formatDateTime(reveal.at, 'en'))
    expect(rows[0]).toHaveTextContent('alice')
    expect(rows[0]).toHaveTextContent('Viewed AccessKeySecret')
    expect(rows[0]).toHaveTextContent('Shop app')
    expect(rows[1]).toHaveTextContent(formatDateTime(copy.at, 'en'))
    expect(rows[1]).toHaveTextContent('Copied AccessKeyId')
    expect(dialog).not.toHaveTextContent(secret)

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Audit log' })).toHaveFocus()
  })

  it('says when the log is empty, and shows an error when it cannot be read', async () => {
    const fake = createFakeApi()
    const { user } = renderApp(fake)
    await user.click(await screen.findByRole('button', { name: 'Audit log' }))
    expect(
      await within(await screen.findByRole('dialog', { name: 'Audit log' })).findByText(
        'No entries yet.'
      )
    ).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    fake.failNext('audit.list', { code: 'STORAGE', message: 'The audit log could not be read.' })
    await user.click(screen.getByRole('button', { name: 'Audit log' }))
    const dialog = await screen.findByRole('dialog', { name: 'Audit log' })
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The audit log could not be read.'
    )
  })
})
