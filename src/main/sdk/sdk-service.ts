/**
 * SDK setup in main: copy a channel's snippet to the clipboard, and save HarmonyOS's
 * qtconfig.json through the OS save dialog. The text is generated here from the stored channel
 * and the settings, with the same pure generator the page shows (src/shared/sdk), so the page
 * cannot put anything else on the clipboard or in the file, and what is copied is what was
 * shown. A snippet never holds a secret, so neither action is audited (only secrets are).
 */
import type { ChannelView } from '../../shared/channel'
import { AppError } from '../../shared/errors'
import type { Language } from '../../shared/i18n/languages'
import type { SavedSdkFile } from '../../shared/ipc/contract'
import {
  generateSnippet,
  missingSettings,
  snippetsFor,
  snippetValues,
  type SnippetId
} from '../../shared/sdk/snippets'
import type { Clipboard } from '../clipboard/secret-clipboard'
import type { AppDeps } from '../deps'
import { DirectorySyncError, DurableTextFile } from '../store/durable-file'
import type { SettingsStore } from '../settings/settings-store'

export interface SdkServiceDeps {
  /** One channel (NOT_FOUND or RECOVERY_REQUIRED as channels.get answers). */
  readonly channel: (id: string) => Promise<ChannelView>
  readonly settings: Pick<SettingsStore, 'get'>
  readonly clipboard: Clipboard
  readonly chooseFile?: AppDeps['chooseFile']
}

const QTCONFIG: SnippetId = 'harmonyos.qtconfig'

export class SdkService {
  readonly #d: SdkServiceDeps

  constructor(deps: SdkServiceDeps) {
    this.#d = deps
  }

  /** The text of one of a channel's snippets, as the page shows it. */
  async #text(id: string, snippet: SnippetId, language: Language): Promise<string> {
    const channel = await this.#d.channel(id)
    if (!snippetsFor(channel).includes(snippet)) {
      throw new AppError('VALIDATION', 'sdk.notForChannel')
    }
    const settings = this.#d.settings.get()
    const missing = missingSettings(snippet, settings)[0]
    if (missing === 'collectionDomain') throw new AppError('CONFLICT', 'sdk.domainNotSet')
    if (missing === 'webSdkUrl') throw new AppError('CONFLICT', 'sdk.webSdkUrlNotSet')
    return generateSnippet(snippet, snippetValues(channel, settings), language)
  }

  /** Put a snippet on the clipboard (it holds the APPKEY and domains, never a secret). */
  async copySnippet(input: {
    readonly id: string
    readonly snippet: SnippetId
    readonly language: Language
  }): Promise<{ readonly snippet: SnippetId }> {
    const text = await this.#text(input.id, input.snippet, input.language)
    await this.#d.clipboard.writeText(text)
    return { snippet: input.snippet }
  }

  /** Save the channel's qtconfig.json where the user chooses in main's save dialog. */
  async saveHarmonyConfig({ id }: { readonly id: string }): Promise<SavedSdkFile> {
    // Any language: the file is JSON, with no comment in it.
    const text = await this.#text(id, QTCONFIG, 'en')
    const choose = this.#d.chooseFile
    if (!choose) throw new AppError('CONFLICT', 'sdk.saveUnavailable')
    const path = await choose({ kind: 'save', purpose: 'sdkConfig', defaultName: 'qtconfig.json' })
    if (path === null) return { saved: false }
    try {
      await new DurableTextFile(path).write(text)
    } catch (error) {
      // Written and renamed; only the folder's fsync failed: the file is there.
      if (!(error instanceof DirectorySyncError)) {
        throw new AppError('STORAGE', 'sdk.notSaved', { cause: error })
      }
    }
    return { saved: true, path }
  }
}
