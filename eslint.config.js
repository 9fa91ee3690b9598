// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import uiText from './scripts/eslint/no-literal-ui-text.js'
import electronSecurity from './scripts/eslint/electron-security.js'

const nodeAndElectron = [
  { name: 'electron', message: 'src/shared and src/renderer must not import Electron.' },
  ...['fs', 'path', 'os', 'crypto', 'child_process', 'keytar', 'lowdb'].map((name) => ({
    name,
    message: 'src/shared and src/renderer must not import Node or main-process modules.'
  }))
]

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'docs/**', 'bench/results/**']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', '.ci/*.js'] },
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } }
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/main/**', 'src/preload/**', 'test/**', 'scripts/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    // Every word on screen comes from the i18n resources (scripts/eslint/no-literal-ui-text.js).
    files: ['src/renderer/**/*.tsx'],
    plugins: { 'ui-text': uiText },
    rules: { 'ui-text/no-literal-ui-text': 'error' }
  },
  {
    // Electron's security checklist, kept by every main and preload file (scripts/eslint/electron-security.js).
    files: ['src/main/**', 'src/preload/**'],
    plugins: { 'electron-security': electronSecurity },
    rules: {
      'electron-security/secure-electron-options': 'error',
      'electron-security/no-unsafe-page-load': 'error',
      'electron-security/open-external-through-guard': 'error'
    }
  },
  {
    // Where code may run is part of its folder: shared code is pure, the renderer is a web page.
    files: ['src/shared/**', 'src/renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeAndElectron,
          patterns: [{ group: ['node:*'], message: 'No Node built-ins here.' }]
        }
      ]
    }
  },
  {
    // IPC goes through one wrapper in main and the preload's named methods, nothing else.
    files: ['src/**'],
    ignores: ['src/main/ipc/register.ts', 'src/preload/index.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Identifier[name='ipcMain']",
          message: 'Use the handle() wrapper in src/main/ipc.'
        },
        { selector: "Identifier[name='ipcRenderer']", message: 'Use window.api from the preload.' }
      ]
    }
  }
)
