import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { ChevronDown, Plus, Smartphone } from 'lucide-react'
import { useRef } from 'react'
import { useI18n } from '../i18n/i18n-context'

/** The page's "Create API > Create App API" menu. */
export function CreateApiMenu({
  onCreateAppApi,
  disabled = false
}: {
  readonly onCreateAppApi: (returnFocusTo: HTMLElement | null) => void
  /** While the data file is being recovered nothing can be created. */
  readonly disabled?: boolean
}) {
  const { t } = useI18n()
  const trigger = useRef<HTMLButtonElement>(null)
  return (
    // Not modal: the menu opens a dialog, and a modal menu would fight it over focus.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button ref={trigger} type="button" className="btn btn-primary" disabled={disabled}>
          <Plus aria-hidden="true" />
          {t.createApi}
          <ChevronDown aria-hidden="true" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Item className="menu-item" onSelect={() => onCreateAppApi(trigger.current)}>
            <Smartphone aria-hidden="true" />
            {t.createAppApi}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
