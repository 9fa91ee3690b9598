import type { Api } from './api'

declare global {
  interface Window {
    readonly api: Api
  }
}
