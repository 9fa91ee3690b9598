/**
 * The words and file types of main's native save / open dialogs (AppDeps.chooseFile), as a pure
 * function of what the dialog is for: index.ts hands the result to Electron's `dialog`, and a
 * test can check it without Electron.
 */
import { join } from 'node:path'
import type { NativeStrings } from '../../shared/i18n/native'
import type { FileDialogRequest, FilePurpose } from '../deps'

export interface FileDialogOptions {
  readonly title: string
  readonly filters: ReadonlyArray<{ readonly name: string; readonly extensions: string[] }>
  /** A folder dialog's button (the leak check's). */
  readonly buttonLabel?: string
  /** For a save dialog: the suggested file, in `folder`. */
  readonly defaultPath?: string
}

const TITLES: Readonly<Record<FilePurpose, keyof NativeStrings>> = {
  backup: 'backupTitle',
  restore: 'restoreTitle',
  exportCsv: 'exportTitle',
  exportJson: 'exportTitle',
  recipients: 'recipientsTitle',
  identity: 'identityTitle',
  sdkConfig: 'sdkConfigTitle',
  leakFolder: 'leakCheckPickerTitle',
  auditCsv: 'auditExportTitle'
}

/** Title, filters and default path of a dialog, in the language of `words`. */
export function fileDialogOptions(
  request: FileDialogRequest,
  words: NativeStrings,
  folder: string
): FileDialogOptions {
  const all = { name: words.allFiles, extensions: ['*'] }
  const filters =
    request.purpose === 'backup' || request.purpose === 'restore'
      ? [{ name: words.backupFiles, extensions: ['age', 'asc'] }, all]
      : request.purpose === 'exportCsv' || request.purpose === 'auditCsv'
        ? [{ name: words.csvFiles, extensions: ['csv'] }]
        : request.purpose === 'exportJson' || request.purpose === 'sdkConfig'
          ? [{ name: words.jsonFiles, extensions: ['json'] }]
          : [{ name: words.keyFiles, extensions: ['txt', 'key', 'pub'] }, all]
  return {
    title: words[TITLES[request.purpose]],
    filters: request.kind === 'folder' ? [] : filters,
    ...(request.kind === 'folder' ? { buttonLabel: words.leakCheckPickerButton } : {}),
    ...(request.defaultName ? { defaultPath: join(folder, request.defaultName) } : {})
  }
}
