/**
 * A dialog's `onCloseAutoFocus`: focus goes back to where the dialog was opened from (the
 * element `target` names), when that element is still on the page; else Radix's default.
 */
export function returnFocusOnClose(
  target: () => HTMLElement | null | undefined
): (event: Event) => void {
  return (event) => {
    const element = target()
    if (element?.isConnected) {
      event.preventDefault()
      element.focus()
    }
  }
}
