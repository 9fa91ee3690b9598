/** Main's side of the contract's events: a payload typed by its event, on the event's channel. */
import type { IpcEvent, IpcEventPayload } from '../../shared/ipc/contract'

/** The part of Electron's `webContents` an event is sent through. */
export interface EventTarget {
  send(channel: string, payload: unknown): void
}

/** Send `event` to the page; the preload checks the payload against the contract again. */
export function sendEvent<E extends IpcEvent>(
  target: EventTarget,
  event: E,
  payload: IpcEventPayload<E>
): void {
  target.send(event, payload)
}
