/**
 * Export List… (SPEC §9): CSV (UTF-8 with a byte-order mark, formula-safe) or JSON, written
 * where main's save dialog says, never with a secret, and audited.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { channelsCsv, FORMULA_START } from '../../src/main/backup/export-list'
import { startApp, valueOf } from '../support/app-harness'
import { FileDialogs } from '../support/file-dialogs'
import { makeInput, makeRecord } from '../support/fixtures'
import { useTempDirs } from '../support/temp-dir'

const tempDir = useTempDirs()

async function withChannels() {
  const dialogs = new FileDialogs()
  const h = await startApp(await tempDir(), { chooseFile: dialogs.choose })
  for (const input of [
    makeInput({ name: '北京 商城', platforms: ['ANDROID', 'IOS'] }),
    makeInput({ name: '=HYPERLINK("http://evil.example","x")' }),
    makeInput({ name: '+1 shop' }),
    makeInput({ name: '-2 shop' }),
    makeInput({ name: '@SUM(A1)' }),
    makeInput({
      name: 'Site, "quoted"',
      appType: 'WEB',
      platforms: [],
      domains: ['https://a.example', 'https://b.example']
    })
  ]) {
    valueOf(await h.call('channels.create', input))
  }
  return { h, dialogs }
}

describe('Export List…', () => {
  it('CSV: BOM, CRLF, Chinese intact, formulas neutralised, no secret, audited', async () => {
    const { h, dialogs } = await withChannels()
    const path = join(await tempDir(), 'list.csv')
    dialogs.answer(path)
    expect(valueOf(await h.call('channels.exportList', { format: 'csv' }))).toEqual({
      saved: true,
      fileName: 'list.csv',
      count: 6
    })
    expect(dialogs.requests[0]).toMatchObject({ kind: 'save', purpose: 'exportCsv' })
    const bytes = await readFile(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    expect(text).toContain('\r\n')
    const rows = Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data
    expect(rows[0]).toEqual([
      'Channel Name',
      'Application Type',
      'Platform Type Configuration',
      'Network Domain',
      'APPKEY',
      'AccessKeyId',
      'Created',
      'Edited',
      'Secret updated',
      'State',
      'Disabled',
      'Channel ID'
    ])
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '北京 商城',
      `'=HYPERLINK("http://evil.example","x")`,
      "'+1 shop",
      "'-2 shop",
      "'@SUM(A1)",
      'Site, "quoted"'
    ])
    expect(rows[1][2]).toBe('Android; iOS')
    expect(rows[6][3]).toBe('https://a.example; https://b.example')
    for (const secret of h.vault.entries.values()) expect(text).not.toContain(secret)
    expect(text).not.toMatch(/csk_/)
    expect((await h.app.audit.list(1))[0]).toMatchObject({
      action: 'export',
      count: 6,
      kind: 'csv'
    })
    await h.app.dispose()
  })

  it('JSON: the stored fields of every channel, no secret', async () => {
    const { h, dialogs } = await withChannels()
    const path = join(await tempDir(), 'list.json')
    dialogs.answer(path)
    valueOf(await h.call('channels.exportList', { format: 'json' }))
    const data = JSON.parse(await readFile(path, 'utf8'))
    expect(data).toMatchObject({ format: 'collection-api-manager-list', version: 1 })
    const listed = valueOf(await h.call('channels.list', undefined))
    expect(data.channels).toEqual(
      listed.map(({ secretStatus: _s, ...record }) => {
        const { collectedByQuickTracking: _q, ...fields } = record
        return { ...fields, state: 'enabled' }
      })
    )
    expect(JSON.stringify(data)).not.toMatch(/csk_/)
    await h.app.dispose()
  })

  it('a disabled channel is exported with its state, in CSV and JSON', async () => {
    const { h, dialogs } = await withChannels()
    const listed = valueOf(await h.call('channels.list', undefined))
    const disabled = valueOf(await h.call('channels.disable', { id: listed[0].id }))
    expect(disabled.disabledAt).not.toBeNull()
    const csvPath = join(await tempDir(), 'list.csv')
    dialogs.answer(csvPath)
    valueOf(await h.call('channels.exportList', { format: 'csv' }))
    const rows = Papa.parse<string[]>((await readFile(csvPath, 'utf8')).slice(1).trim(), {
      newline: '\r\n'
    }).data
    const state = rows[0].indexOf('State')
    const at = rows[0].indexOf('Disabled')
    expect(rows.slice(1).map((r) => [r[state], r[at]])).toEqual(
      listed.map((c) =>
        c.id === listed[0].id ? ['Disabled', disabled.disabledAt] : ['Enabled', '']
      )
    )
    const jsonPath = join(await tempDir(), 'list.json')
    dialogs.answer(jsonPath)
    valueOf(await h.call('channels.exportList', { format: 'json' }))
    const data = JSON.parse(await readFile(jsonPath, 'utf8')) as {
      channels: Array<{ state: string; disabledAt: string | null }>
    }
    expect(data.channels.map((c) => [c.state, c.disabledAt])).toEqual(
      listed.map((c) =>
        c.id === listed[0].id ? ['disabled', disabled.disabledAt] : ['enabled', null]
      )
    )
    await h.app.dispose()
  })

  it('a cancelled dialog writes nothing; an empty list says there is nothing to export', async () => {
    const { h } = await withChannels()
    expect(valueOf(await h.call('channels.exportList', { format: 'csv' }))).toEqual({
      saved: false
    })
    const empty = await startApp(await tempDir())
    expect(await empty.call('channels.exportList', { format: 'json' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'export.nothingToExport' }
    })
    await h.app.dispose()
    await empty.app.dispose()
  })

  it('neutralises every OWASP formula start, also before a line break papaparse’s own pattern misses', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(FORMULA_START.test(`${start}1`)).toBe(true)
    }
    expect(FORMULA_START.test('=1\nmore')).toBe(true)
    expect(FORMULA_START.test('Shop')).toBe(false)
    const csv = channelsCsv([{ ...makeRecord({ name: '-3' }), secretStatus: 'present' }])
    // Quoted as well, so the apostrophe is part of the cell, not of the syntax.
    expect(csv.split('\r\n')[1].startsWith(`"'-3",`)).toBe(true)
  })
})
