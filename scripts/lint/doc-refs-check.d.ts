/** The repository as the doc checks see it; paths relative to its root. See doc-refs-check.js. */
export interface Files {
  isFile(path: string): boolean
  exists(path: string): boolean
  read(path: string): string
}

export declare const SOURCE_ROOTS: readonly string[]
export declare const ELECTRON_CHECKLIST: readonly string[]
export declare function checkPathRefs(docPath: string, text: string, files: Files): string[]
export declare function checkNamedTests(docPath: string, text: string, files: Files): string[]
export declare function checkChecklistTable(
  docPath: string,
  text: string,
  checklist: readonly string[],
  files: Files
): string[]
export declare function checkNamesListed(
  docPath: string,
  text: string,
  names: readonly string[]
): string[]
export declare function artifactNames(
  config: unknown,
  packageName: string,
  archName: (arch: string, ext: string) => string
): string[]
