/**
 * The settings, persisted with lowdb in `<dataDir>/settings.json` over the same durable file
 * as the channel store (temp file, fsync, rename, folder fsync). The file is written only
 * when someone changes a setting; until then the defaults hold and no file exists.
 *
 * A file this version cannot read (damaged, or hand-edited into something the rules refuse)
 * does not stop the app: it is kept as `settings.json.damaged-<time>` and the defaults are
 * used, so the next change writes a good file and nothing of the old one is lost.
 */
import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { AppError, type FieldErrors } from '../../shared/errors'
import { isMessageCode, type PlainMessageCode } from '../../shared/messages'
import {
  DEFAULT_SETTINGS,
  settingsFromFile,
  settingsSchema,
  type Settings,
  type SettingsPatch,
  settingsPatchSchema
} from '../../shared/settings'
import type { Logger } from '../log'
import { DirectorySyncError, DurableTextFile } from '../store/durable-file'
import { SerialQueue } from '../util/serial-queue'

export const SETTINGS_FILE_NAME = 'settings.json'
/** The file's format; a newer one is read for the settings this version knows. */
export const SETTINGS_FILE_VERSION = 1

interface SettingsFile {
  readonly version: number
  readonly settings: Settings
}

/** Why the file could not be used. */
class UnreadableSettings extends Error {}

/** lowdb's adapter: the file's text as validated settings, and back. */
class SettingsAdapter implements Adapter<SettingsFile> {
  constructor(readonly file: Adapter<string>) {}

  async read(): Promise<SettingsFile | null> {
    const text = await this.file.read()
    if (text === null) return null
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch (cause) {
      throw new UnreadableSettings('settings.json is not valid JSON.', { cause })
    }
    const settings = (raw as { settings?: unknown } | null)?.settings
    const parsed = settingsFromFile(settings)
    if (!parsed.success) {
      throw new UnreadableSettings('settings.json breaks a rule of the settings.', {
        cause: parsed.error
      })
    }
    return { version: SETTINGS_FILE_VERSION, settings: parsed.data }
  }

  write(data: SettingsFile): Promise<void> {
    return this.file.write(`${JSON.stringify(data, null, 2)}\n`)
  }
}

export interface SettingsStoreOptions {
  readonly dataDir: string
  readonly log: Logger
  readonly now: () => Date
  /** The text file underneath; tests pass a faulty one. Defaults to a DurableTextFile. */
  readonly file?: Adapter<string>
}

/** A refusal with each issue next to its field, as a message code. */
function refusal(issues: readonly { path: PropertyKey[]; message: string }[]): AppError {
  const code = (message: string): PlainMessageCode =>
    isMessageCode(message) ? (message as PlainMessageCode) : 'request.invalid'
  const fieldErrors: FieldErrors = Object.fromEntries(
    issues.map((issue) => [issue.path.map(String).join('.'), { code: code(issue.message) }])
  )
  return new AppError('VALIDATION', code(issues[0]?.message ?? ''), { fieldErrors })
}

export class SettingsStore {
  readonly filePath: string
  readonly #db: Low<SettingsFile>
  readonly #queue = new SerialQueue()

  private constructor(filePath: string, db: Low<SettingsFile>) {
    this.filePath = filePath
    this.#db = db
  }

  /** Read the settings file (or keep a bad one aside and start from the defaults). */
  static async open(options: SettingsStoreOptions): Promise<SettingsStore> {
    const filePath = join(options.dataDir, SETTINGS_FILE_NAME)
    const file = options.file ?? new DurableTextFile(filePath)
    const db = new Low<SettingsFile>(new SettingsAdapter(file), {
      version: SETTINGS_FILE_VERSION,
      settings: DEFAULT_SETTINGS
    })
    try {
      await db.read()
    } catch (error) {
      if (!(error instanceof UnreadableSettings)) throw error
      const aside = `${filePath}.damaged-${options.now().toISOString().replace(/[:.]/g, '-')}`
      await rename(filePath, aside).catch(() => undefined)
      options.log.warn(
        `${error.message} It was kept as ${aside}; the settings start from the defaults.`
      )
      db.data = { version: SETTINGS_FILE_VERSION, settings: DEFAULT_SETTINGS }
    }
    return new SettingsStore(filePath, db)
  }

  /** The current settings. */
  get(): Settings {
    return this.#db.data.settings
  }

  /**
   * Change the settings `patch` names (each already checked alone), check the rules between
   * them, write the file, and only then answer with the new settings. A failed write leaves
   * the file and the settings as they were.
   */
  update(patch: SettingsPatch): Promise<Settings> {
    return this.#queue.run(async () => {
      const parsed = settingsPatchSchema.safeParse(patch)
      if (!parsed.success) throw refusal(parsed.error.issues)
      const next: Settings = { ...this.get(), ...parsed.data }
      const checked = settingsSchema.safeParse(next)
      if (!checked.success) throw refusal(checked.error.issues)
      const previous = this.#db.data
      this.#db.data = { version: SETTINGS_FILE_VERSION, settings: next }
      try {
        await this.#db.write()
      } catch (error) {
        // The new file is in place; only the folder's fsync failed. Keep what readers see.
        if (error instanceof DirectorySyncError) return next
        this.#db.data = previous
        throw new AppError('STORAGE', 'settings.notSaved', { cause: error })
      }
      return next
    })
  }
}
