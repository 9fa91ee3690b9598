/**
 * The lint rule that keeps words out of JSX (scripts/eslint/no-literal-ui-text.js): it fails
 * on literal text, and lets through what comes from t(…). `npm run lint` applies it to
 * src/renderer/**\/*.tsx.
 */
import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, it } from 'vitest'
import { noLiteralUiText } from '../../scripts/eslint/no-literal-ui-text.js'

RuleTester.describe = describe
RuleTester.it = it

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } }
  }
})

tester.run('no-literal-ui-text', noLiteralUiText, {
  valid: [
    { code: `const a = <p>{t('list.emptyTitle')}</p>` },
    {
      code: `const a = <button aria-label={t('row.editChannel', { name })}>{t('actions.edit')}</button>`
    },
    { code: `const a = <input placeholder={t('form.namePlaceholder')} />` },
    // No letters: symbols and punctuation are not words.
    { code: `const a = <span aria-hidden="true">••••••••••••</span>` },
    { code: `const a = <p>{count} / {total} —</p>` },
    // Attributes nobody reads.
    { code: `const a = <div className="toolbar" role="search" lang="en" data-id="x" />` },
    { code: `const a = <option value="ALL">{t('list.allTypes')}</option>` }
  ],
  invalid: [
    { code: `const a = <p>No channels yet</p>`, errors: [{ messageId: 'text' }] },
    { code: `const a = <p>{'OK'}</p>`, errors: [{ messageId: 'text' }] },
    { code: 'const a = <p>{`Edit ${name}`}</p>', errors: [{ messageId: 'text' }] },
    { code: `const a = <p>渠道名称</p>`, errors: [{ messageId: 'text' }] },
    { code: `const a = <button aria-label="Close" />`, errors: [{ messageId: 'attribute' }] },
    { code: `const a = <button title={'Close'} />`, errors: [{ messageId: 'attribute' }] },
    {
      code: `const a = <input placeholder="e.g. Shop app" />`,
      errors: [{ messageId: 'attribute' }]
    },
    { code: `const a = <img alt="Logo" />`, errors: [{ messageId: 'attribute' }] },
    {
      code: `const a = <ConfirmDialog title={t('x')} description="Gone for good" confirmLabel="Remove" />`,
      errors: [{ messageId: 'attribute' }, { messageId: 'attribute' }]
    },
    {
      code: `const a = <label>{t('fields.channelName')}: Name</label>`,
      errors: [{ messageId: 'text' }]
    }
  ]
})
