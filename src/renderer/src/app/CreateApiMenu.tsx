import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { ChevronDown, Plus, Smartphone } from 'lucide-react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ariaKeyShortcuts, isMacPlatform, shortcutLabel } from './shortcuts'

/** The page's "Create API > Create App API" menu; Create App API is also Ctrl/Cmd+N. */
export function CreateApiMenu({
  onCreateAppApi,
  disabled = false
}: {
  readonly onCreateAppApi: (returnFocusTo: HTMLElement | null) => void
  /** While the data file is being recovered nothing can be created. */
  readonly disabled?: boolean
}) {
  const { t } = useTranslation()
  const trigger = useRef<HTMLButtonElement>(null)
  const isMac = isMacPlatform()
  return (
    // Not modal: the menu opens a dialog, and a modal menu would fight it over focus.
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger asChild>
        <button ref={trigger} type="button" className="btn btn-primary" disabled={disabled}>
          <Plus aria-hidden="true" />
          {t('actions.createApi')}
          <ChevronDown aria-hidden="true" />
        </button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Item
            className="menu-item"
            aria-keyshortcuts={ariaKeyShortcuts('createAppApi', isMac)}
            onSelect={() => onCreateAppApi(trigger.current)}
          >
            <Smartphone aria-hidden="true" />
            {t('actions.createAppApi')}
            <kbd className="menu-shortcut" aria-hidden="true">
              {shortcutLabel('createAppApi', isMac)}
            </kbd>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
