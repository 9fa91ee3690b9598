import { mkdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatAuditTime } from '@renderer/audit/audit-time'
import { AUDIT_FILE_NAME } from '../../src/main/audit/audit-log'
import type { AuditEntry } from '@shared/audit'
import { startApp } from './app-under-test'
import { findRow, renderApp } from './render-app'

const SHOP = '0b1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'
const MALL = '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5'

/**
 * 250 entries, oldest first: one every 15 minutes from 2024-05-01T00:00Z (the third day starts
 * at entry 192); every fifth a View of the secret, the others edits; odd ones of 商城, even of Shop.
 */
function seededLog(): string {
  const lines: string[] = []
  for (let n = 0; n < 250; n++) {
    const entry: AuditEntry = {
      at: new Date(Date.UTC(2024, 4, 1) + n * 15 * 60_000 + 5000).toISOString(),
      user: n % 2 ? 'bob' : 'alice',
      action: n % 5 === 0 ? 'reveal' : 'edit',
      channelId: n % 2 ? MALL : SHOP,
      channelName: n % 2 ? '商城' : 'Shop'
    }
    lines.push(JSON.stringify(entry))
  }
  return `${lines.join('\n')}\n`
}

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
    expect(rows[0]).toHaveTextContent(formatAuditTime(reveal.at, 'en'))
    expect(rows[0]).toHaveTextContent('alice')
    expect(rows[0]).toHaveTextContent('Viewed AccessKeySecret')
    expect(rows[0]).toHaveTextContent('Shop app')
    expect(rows[1]).toHaveTextContent(formatAuditTime(copy.at, 'en'))
    expect(rows[1]).toHaveTextContent('Copied AccessKeySecret')
    expect(rows[2]).toHaveTextContent(formatAuditTime(create.at, 'en'))
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

  it('pages 100 at a time, filters by action, channel, dates and search, and says when nothing matches', async () => {
    const app = await startApp({ files: { 'audit.jsonl': seededLog() } })
    const { user } = await renderApp(app)
    await user.click(await screen.findByRole('button', { name: 'Audit log' }))
    const dialog = within(await screen.findByRole('dialog', { name: 'Audit log' }))
    const rows = () => within(dialog.getByRole('table')).getAllByRole('row').slice(1)
    expect(await dialog.findByText('Showing 1–100 of 250')).toBeInTheDocument()
    expect(rows()).toHaveLength(100)
    // Newest first, to the second and naming the time zone.
    const newest = new Date(Date.UTC(2024, 4, 1) + 249 * 15 * 60_000 + 5000).toISOString()
    expect(rows()[0]).toHaveTextContent(formatAuditTime(newest, 'en'))
    expect(formatAuditTime(newest, 'en')).toMatch(/:05 \S+$/)
    expect(dialog.getByRole('button', { name: 'Previous' })).toBeDisabled()

    await user.click(dialog.getByRole('button', { name: 'Next' }))
    expect(await dialog.findByText('Showing 101–200 of 250')).toBeInTheDocument()
    await user.click(dialog.getByRole('button', { name: 'Next' }))
    expect(await dialog.findByText('Showing 201–250 of 250')).toBeInTheDocument()
    expect(rows()).toHaveLength(50)
    expect(dialog.getByRole('button', { name: 'Next' })).toBeDisabled()
    await user.click(dialog.getByRole('button', { name: 'Previous' }))
    expect(await dialog.findByText('Showing 101–200 of 250')).toBeInTheDocument()

    // By action: back to the first page of the matches.
    await user.selectOptions(
      dialog.getByRole('combobox', { name: 'Action' }),
      'Viewed AccessKeySecret'
    )
    expect(await dialog.findByText('Showing 1–50 of 50')).toBeInTheDocument()
    expect(rows().every((row) => row.textContent?.includes('Viewed AccessKeySecret'))).toBe(true)
    // And by search, in the stored text (channel name, user).
    await user.type(dialog.getByRole('searchbox', { name: 'Search' }), '商城')
    expect(await dialog.findByText('Showing 1–25 of 25')).toBeInTheDocument()
    await user.clear(dialog.getByRole('searchbox', { name: 'Search' }))
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Action' }), 'All actions')
    expect(await dialog.findByText('Showing 1–100 of 250')).toBeInTheDocument()

    // One local day (the entries lie around noon UTC on 2024-05-03 …): From and To both inclusive.
    await user.type(dialog.getByLabelText('From'), '2024-05-03')
    await user.type(dialog.getByLabelText('To'), '2024-05-03')
    const onThird = (await app.services.audit.list(1000)).filter((e) => {
      const at = new Date(e.at)
      return at >= new Date(2024, 4, 3) && at < new Date(2024, 4, 4)
    }).length
    expect(await dialog.findByText(`Showing 1–${onThird} of ${onThird}`)).toBeInTheDocument()
    expect(onThird).toBeGreaterThan(0)
    await user.clear(dialog.getByLabelText('To'))
    await user.type(dialog.getByLabelText('To'), '2024-05-02')
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'The end date must be after the start date.'
    )
    await user.clear(dialog.getByLabelText('To'))
    await user.clear(dialog.getByLabelText('From'))

    await user.type(dialog.getByRole('searchbox', { name: 'Search' }), 'no such channel')
    expect(await dialog.findByText('No entry matches these filters.')).toBeInTheDocument()
    await user.click(dialog.getByRole('button', { name: 'Clear filters' }))
    expect(await dialog.findByText('Showing 1–100 of 250')).toBeInTheDocument()
    expect(dialog.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  })

  it('filters by a channel of the list and exports what is shown as CSV', async () => {
    const app = await startApp({ user: 'alice' })
    await app.create({ name: 'Shop app' })
    const mall = await app.create({ name: '商城' })
    await app.services.service.revealSecret({ id: mall.id })
    const { user } = await renderApp(app)
    await user.click(await screen.findByRole('button', { name: 'Audit log' }))
    const dialog = within(await screen.findByRole('dialog', { name: 'Audit log' }))
    expect(await dialog.findByText('Showing 1–3 of 3')).toBeInTheDocument()
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Channel' }), '商城')
    expect(await dialog.findByText('Showing 1–2 of 2')).toBeInTheDocument()

    const target = join(tmpdir(), `cam-audit-${process.pid}-${Date.now()}.csv`)
    app.dialogs.answer(target)
    await user.click(dialog.getByRole('button', { name: 'Export CSV' }))
    expect(
      await screen.findByText(`Audit log exported: 2 entries in ${target.split('/').pop()}`)
    ).toBeInTheDocument()
    expect(app.dialogs.requests.at(-1)).toMatchObject({ kind: 'save', purpose: 'auditCsv' })
    const csv = await readFile(target, 'utf8')
    expect(csv.split('\r\n').filter((line) => line.includes('商城'))).toHaveLength(2)
    expect(csv).not.toContain(app.secretOf(mall.id) ?? 'no secret')
    await rm(target)
  })

  it('speaks Chinese: the range, paging, an empty match, the times', async () => {
    const app = await startApp({ files: { 'audit.jsonl': seededLog() } })
    const { user } = await renderApp(app, { language: 'zh-CN' })
    await user.click(await screen.findByRole('button', { name: '审计日志' }))
    const dialog = within(await screen.findByRole('dialog', { name: '审计日志' }))
    expect(await dialog.findByText('显示第 1–100 条，共 250 条')).toBeInTheDocument()
    const newest = new Date(Date.UTC(2024, 4, 1) + 249 * 15 * 60_000 + 5000).toISOString()
    expect(within(dialog.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent(
      formatAuditTime(newest, 'zh-CN')
    )
    await user.click(dialog.getByRole('button', { name: '下一页' }))
    expect(await dialog.findByText('显示第 101–200 条，共 250 条')).toBeInTheDocument()
    await user.click(dialog.getByRole('button', { name: '上一页' }))
    await user.selectOptions(dialog.getByRole('combobox', { name: '操作' }), '查看 AccessKeySecret')
    expect(await dialog.findByText('显示第 1–50 条，共 50 条')).toBeInTheDocument()
    await user.type(dialog.getByRole('searchbox', { name: '搜索' }), '没有这个')
    expect(await dialog.findByText('没有符合筛选条件的记录。')).toBeInTheDocument()
    expect(dialog.getByRole('button', { name: '清除筛选' })).toBeInTheDocument()
  })
})
