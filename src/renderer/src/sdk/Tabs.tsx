import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface Tab {
  readonly id: string
  readonly label: string
  readonly panel: ReactNode
}

/**
 * Tabs as WAI-ARIA describes them: one tab stop for the list, arrow keys (and Home, End) move
 * between the tabs and show each one's panel at once; Tab then goes into the panel.
 */
export function Tabs({
  label,
  tabs,
  selected,
  onSelect
}: {
  /** The tab list's accessible name. */
  readonly label: string
  readonly tabs: readonly Tab[]
  readonly selected: string
  readonly onSelect: (id: string) => void
}) {
  const ids = useId()
  const buttons = useRef<Array<HTMLButtonElement | null>>([])
  const current = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected)
  )

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const last = tabs.length - 1
    const next =
      event.key === 'ArrowRight'
        ? current === last
          ? 0
          : current + 1
        : event.key === 'ArrowLeft'
          ? current === 0
            ? last
            : current - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    onSelect(tabs[next].id)
    buttons.current[next]?.focus()
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(button) => {
              buttons.current[index] = button
            }}
            type="button"
            role="tab"
            id={`${ids}-tab-${index}`}
            aria-selected={index === current}
            aria-controls={`${ids}-panel-${index}`}
            tabIndex={index === current ? 0 : -1}
            className="tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${ids}-panel-${index}`}
          aria-labelledby={`${ids}-tab-${index}`}
          className="tab-panel"
          hidden={index !== current}
        >
          {index === current && tab.panel}
        </div>
      ))}
    </div>
  )
}
