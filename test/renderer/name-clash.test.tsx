/**
 * Names that clash only by SPEC §2's stricter comparison (NFKC, full case folding), in a data
 * file an earlier version wrote: the file loads normally with both channels as they are (no
 * recovery, no silent rename), and the clash shows the moment one of them is edited; a rename
 * resolves it.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { legacyNameKey, nameKey } from '@shared/channel'
import { startApp, storedChannels, storeText } from './app-under-test'
import { findRow, renderApp, rowAction } from './render-app'

const NAMES = ['Prod', 'Ｐｒｏｄ'] as const

describe('a file with look-alike names from an earlier version', () => {
  it('loads both, then shows the clash when one is edited, naming the other', async () => {
    // Different by the earlier comparison, one name by today's.
    expect(legacyNameKey(NAMES[0])).not.toBe(legacyNameKey(NAMES[1]))
    expect(nameKey(NAMES[0])).toBe(nameKey(NAMES[1]))
    const stored = storedChannels(2, (i) => ({ name: NAMES[i] }))
    const app = await startApp({
      files: { 'channels.json': storeText(stored.records) },
      secrets: stored.secrets
    })
    expect(app.services.recovery).toBeNull()
    const { user } = await renderApp(app)
    await findRow('Prod')
    await findRow('Ｐｒｏｄ')

    await rowAction(user, 'Ｐｒｏｄ', 'Edit')
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit App API' }))
    await user.click(dialog.getByRole('button', { name: 'New Platform Configuration' }))
    await user.selectOptions(dialog.getByRole('combobox', { name: 'Platform 2' }), 'iOS')
    await user.click(dialog.getByRole('button', { name: 'OK' }))

    const name = dialog.getByRole('textbox', { name: 'Channel Name' })
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    expect(name).toHaveAccessibleDescription(/^Another channel already has this name: “Prod”\./)
    // Nothing was renamed or saved behind the user's back.
    const names = (await app.services.service.list()).map((c) => c.name).sort()
    expect(names).toEqual([...NAMES].sort())

    await user.clear(name)
    await user.type(name, 'Prod (full-width)')
    await user.click(dialog.getByRole('button', { name: 'OK' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect((await app.services.service.list()).map((c) => c.name).sort()).toEqual([
      'Prod',
      'Prod (full-width)'
    ])
  })
})
