/**
 * The list and the keyboard: one Tab stop for the whole list (the current row), Up and Down
 * between rows, Home and End, Right and Left between a row's buttons and back, Enter for the
 * details, Escape back to the row.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { startApp } from './app-under-test'
import { findDetails, findRow, renderApp } from './render-app'

async function withThree() {
  const app = await startApp()
  for (const name of ['Charlie', 'Bravo', 'Alpha']) await app.create({ name })
  return app
}

/** The row a rowheader names. */
const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')

describe('the list and the keyboard', () => {
  it('is one Tab stop, whatever the number of rows and buttons', async () => {
    const { user } = await renderApp(await withThree())
    await findRow('Alpha')
    const stops: Element[] = []
    for (let i = 0; i < 30; i++) {
      await user.tab()
      if (
        document.activeElement &&
        rowOf('Alpha')?.closest('table')?.contains(document.activeElement)
      ) {
        stops.push(document.activeElement)
      }
    }
    // The sort buttons in the header, and one row: not 7 buttons per row.
    const inBody = stops.filter((element) => element.closest('tbody'))
    expect(new Set(inBody).size).toBe(1)
    expect(inBody[0]).toBe(rowOf('Alpha'))
  })

  it('moves between rows with the arrows, Home and End, and opens one with Enter', async () => {
    const { user } = await renderApp(await withThree())
    await findRow('Alpha')
    rowOf('Alpha')?.focus()

    await user.keyboard('{ArrowDown}')
    expect(rowOf('Bravo')).toHaveFocus()
    expect(rowOf('Bravo')).toHaveAttribute('tabindex', '0')
    expect(rowOf('Alpha')).toHaveAttribute('tabindex', '-1')
    await user.keyboard('{End}')
    expect(rowOf('Charlie')).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(rowOf('Charlie')).toHaveFocus()
    await user.keyboard('{Home}')
    expect(rowOf('Alpha')).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(rowOf('Alpha')).toHaveFocus()

    await user.keyboard('{ArrowDown}{Enter}')
    expect(await findDetails('Bravo')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(rowOf('Bravo')).toHaveFocus())
  })

  it('reaches a row’s buttons with Right and Left, and goes back with Escape', async () => {
    const { user } = await renderApp(await withThree())
    const row = within(await findRow('Alpha'))
    rowOf('Alpha')?.focus()

    await user.keyboard('{ArrowRight}')
    expect(row.getByRole('button', { name: 'Copy APPKEY of Alpha' })).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(row.getByRole('button', { name: 'Copy AccessKeyId of Alpha' })).toHaveFocus()
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(row.getByRole('button', { name: 'Actions for Alpha' })).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(row.getByRole('button', { name: 'Update AccessKeySecret of Alpha' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(rowOf('Alpha')).toHaveFocus()

    // Enter on a button presses the button; it does not open the details.
    await user.keyboard('{ArrowRight}{Enter}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    // Up and Down from a button move to the next row.
    await user.keyboard('{ArrowDown}')
    expect(rowOf('Bravo')).toHaveFocus()
  })

  it('opens the details on a click on the row, not on a click on one of its buttons', async () => {
    const app = await withThree()
    const { user } = await renderApp(app)
    const row = within(await findRow('Alpha'))
    await user.click(row.getByRole('button', { name: 'Copy APPKEY of Alpha' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.click(screen.getByRole('rowheader', { name: 'Alpha' }))
    expect(await findDetails('Alpha')).toBeInTheDocument()
  })
})
