import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDateTime } from '@renderer/i18n/format'
import { AUDIT_FILE_NAME } from '../../src/main/audit/audit-log'
import { startApp } from './app-under-test'
import { findRow, renderApp } from './render-app'

describe('Audit log', () => {
  it('lists when, who, what and which channel, newest first, without secrets', async () => {
    const app = await startApp({ user: 'alice' })
    const channel = await app.create({ name: 'Shop app' })
    const { user } = await renderApp(app)
    const row = within(await findRow('Shop app'))

    // Copying a public key is not an audited event (SPEC §3.7); copying the secret is.
    await user.click(row.getByRole('button', { name: 'Copy AccessKeyId of Shop app' }))
    await screen.findByText('AccessKeyId copied')
    await user.click(row.getByRole('button', { name: 'Copy AccessKeySecret of Shop app' }))
    await screen.findByText(/^AccessKeySecret copied/)
    await user.click(row.getByRole('button', { name: 'View AccessKeySecret of Shop app' }))
    const secret = app.secretOf(channel.id) ?? ''
    await row.findByText(secret)
    await user.click(row.getByRole('button', { name: 'Hide AccessKeySecret of Shop app' }))

    await user.click(screen.getByRole('button', { name: 'Audit log' }))
    const dialog = await screen.findByRole('dialog', { name: 'Audit log' })
    const table = await within(dialog).findByRole('table', { name: 'Audit log' })
    for (const header of ['When', 'Who', 'Action', 'Channel']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument()
    }
    const rows = within(table).getAllByRole('row').slice(1)
    // Creating the channel is in the log too.
    expect(rows).toHaveLength(3)
    const [reveal, copy, create] = await app.services.audit.list()
    expect(rows[0]).toHaveTextContent(formatDateTime(reveal.at, 'en'))
    expect(rows[0]).toHaveTextContent('alice')
    expect(rows[0]).toHaveTextContent('Viewed AccessKeySecret')
    expect(rows[0]).toHaveTextContent('Shop app')
    expect(rows[1]).toHaveTextContent(formatDateTime(copy.at, 'en'))
    expect(rows[1]).toHaveTextContent('Copied AccessKeySecret')
    expect(rows[2]).toHaveTextContent(formatDateTime(create.at, 'en'))
    expect(rows[2]).toHaveTextContent('Created')
    expect(dialog).not.toHaveTextContent(secret)

    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Audit log' })).toHaveFocus()
  })

  it('says when the log is empty, and shows an error when it cannot be read', async () => {
    const app = await startApp()
    const { user } = await renderApp(app)
    await user.click(await screen.findByRole('button', { name: 'Audit log' }))
    expect(
      await within(await screen.findByRole('dialog', { name: 'Audit log' })).findByText(
        'No entries yet.'
      )
    ).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    // A folder where the log file should be: main cannot read it.
    await mkdir(join(app.dataDir, AUDIT_FILE_NAME))
    await user.click(screen.getByRole('button', { name: 'Audit log' }))
    const dialog = await screen.findByRole('dialog', { name: 'Audit log' })
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Something went wrong. The details are in the log.'
    )
  })
})
