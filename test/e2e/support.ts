/**
 * Shared steps for the end-to-end suite. Everything here acts the way a person does — by the
 * words on screen (SPEC §7) and the accessible names of controls — so a test reads like the
 * product page. Look-ups behind the UI (the keychain, the data folder) are named as such.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { ChannelView } from '../../src/shared/channel'
import { KeytarVault } from '../../src/main/vault/secret-vault'
import type { LaunchedApp } from './harness'

/** A short reveal / clipboard-clear delay, so the suite can wait for both to happen. */
export const SECRET_TIMEOUT_MS = 1_500

/**
 * How long to wait for something the app does on its own (a reveal hiding, the clipboard
 * clearing, a row appearing). Generous on purpose: this is a ceiling for a slow, shared
 * machine, never a timing the test asserts.
 */
export const SETTLE = { timeout: 30_000, interval: 100 } as const

/** A channel as the Create form asks for it, in the words on screen. */
export type ChannelSpec =
  | {
      readonly name: string
      readonly appType: 'APP' | 'Mini Program'
      /** Platform labels as the select shows them, e.g. 'Android', 'WeChat'. */
      readonly platforms: readonly string[]
    }
  | { readonly name: string; readonly appType: 'WEB'; readonly domains: readonly string[] }

/** The screen, driven by accessible names. */
export class Screen {
  constructor(readonly page: Page) {}

  /** A button by its exact accessible name. */
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** The Create App API / Edit App API form dialog. */
  get form(): Locator {
    return this.page.getByRole('dialog', { name: /^(Create|Edit) App API$/ })
  }

  /** A channel's details sheet (a dialog named after the channel). */
  details(name: string): Locator {
    return this.page.getByRole('dialog', { name, exact: true })
  }

  /** The open confirmation (Update / Remove). */
  get confirmation(): Locator {
    return this.page.getByRole('alertdialog')
  }

  /** The list's row for a channel (found by its row header, the Channel Name). */
  row(name: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) })
  }

  /** A row's "⋯" menu, then one of its items (Details, Edit, Remove). */
  async rowAction(name: string, item: 'Details' | 'Edit' | 'Remove'): Promise<void> {
    await this.button(`Actions for ${name}`).click()
    await this.page.getByRole('menuitem', { name: item, exact: true }).click()
  }

  /** Close a channel's details (Create opens them). */
  async closeDetails(name: string): Promise<void> {
    await this.details(name).getByRole('button', { name: 'Close', exact: true }).click()
    await this.details(name).waitFor({ state: 'hidden' })
  }

  /** Wait for the app to finish its first load (the list or the empty state is shown). */
  async ready(): Promise<void> {
    await this.page.getByRole('heading', { name: 'API Management', level: 1 }).waitFor()
    await this.page.getByText('Loading…').waitFor({ state: 'hidden' })
  }

  /** "Create API" > "Create App API". */
  async openCreateForm(): Promise<Locator> {
    await this.button('Create API').click()
    await this.page.getByRole('menuitem', { name: 'Create App API' }).click()
    await this.page.getByRole('dialog', { name: 'Create App API' }).waitFor()
    return this.form
  }

  /** Fill the open form. Rows beyond the first are added with "New Platform Configuration". */
  async fill(spec: ChannelSpec): Promise<void> {
    const form = this.form
    await form.getByLabel('Channel Name').fill(spec.name)
    await form.getByRole('radio', { name: 'Yes', exact: true }).check()
    await form.getByRole('radio', { name: spec.appType, exact: true }).check()
    const values = spec.appType === 'WEB' ? spec.domains : spec.platforms
    for (const [index, value] of values.entries()) {
      if (index > 0) await this.button('New Platform Configuration').click()
      if (spec.appType === 'WEB') {
        await form.getByLabel(`Network Domain ${index + 1}`, { exact: true }).fill(value)
      } else {
        await form
          .getByLabel(`Platform ${index + 1}`, { exact: true })
          .selectOption({ label: value })
      }
    }
  }

  /** Click OK and wait for the form to close. */
  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'OK', exact: true }).click()
    await this.form.waitFor({ state: 'hidden' })
  }

  /**
   * Create a channel through the form; resolves once its row is in the list. Create opens the
   * new channel's details (with its secret shown): they are closed again here.
   */
  async create(spec: ChannelSpec): Promise<void> {
    await this.openCreateForm()
    await this.fill(spec)
    await this.submit()
    await this.details(spec.name).waitFor()
    await this.closeDetails(spec.name)
    await this.row(spec.name).waitFor()
  }

  /** Reveal the channel's AccessKeySecret and read it off the screen. */
  async revealSecret(name: string): Promise<string> {
    await this.button(`View AccessKeySecret of ${name}`).click()
    await this.button(`Hide AccessKeySecret of ${name}`).waitFor()
    return this.shownSecret(name)
  }

  /** The AccessKeySecret the row shows right now (it must be revealed). */
  async shownSecret(name: string): Promise<string> {
    const secret = this.row(name).getByText(/^csk_/)
    return (await secret.textContent()) ?? ''
  }

  /** Wait until the row is masked again (View is back, no secret shown). */
  async waitUntilMasked(name: string): Promise<void> {
    await this.button(`View AccessKeySecret of ${name}`).waitFor({ timeout: SETTLE.timeout })
    await this.row(name).getByText(/^csk_/).waitFor({ state: 'detached' })
  }

  /** The confirmation dialog's confirm button. */
  confirmButton(name: 'Update' | 'Remove'): Locator {
    return this.confirmation.getByRole('button', { name, exact: true })
  }

  /** Close every toast, so a screenshot or the next step sees the screen itself. */
  async dismissToasts(): Promise<void> {
    const toasts = this.page.locator('[data-sonner-toast]')
    // sonner's own close buttons, whatever the interface language calls them.
    const live = this.page.locator(
      '[data-sonner-toast]:not([data-removed="true"]) [data-close-button]'
    )
    // Stacked toasts lie under the front one, so a pointer click would hit the wrong one:
    // click each close button in the page (this is tidying, not a step under test).
    await live.evaluateAll((buttons) =>
      buttons.forEach((button) => (button as HTMLElement).click())
    )
    await expect.poll(() => toasts.count(), SETTLE).toBe(0)
  }
}

/** What a form control's error says and whether it is marked invalid, as assistive tech reads it. */
export async function fieldState(
  control: Locator
): Promise<{ readonly invalid: boolean; readonly description: string }> {
  return control.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    const description = ids
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ')
    return { invalid: element.getAttribute('aria-invalid') === 'true', description }
  })
}

/** Wait until the control is invalid and its accessible description includes `message`. */
export async function expectFieldError(control: Locator, message: string): Promise<void> {
  await expect
    .poll(async () => {
      const { invalid, description } = await fieldState(control)
      return invalid && description.includes(message) ? 'shown' : description || '(none)'
    }, SETTLE)
    .toBe('shown')
}

/** The channel record as main holds it (behind the UI). */
export async function channelNamed(app: LaunchedApp, name: string): Promise<ChannelView> {
  const channel = (await app.services.service.list()).find((c) => c.name === name)
  if (!channel) throw new Error(`no channel named ${JSON.stringify(name)}`)
  return channel
}

/** The app's keychain entries (behind the UI): the real keytar, under the launch's service name. */
export function keychainOf(app: LaunchedApp): KeytarVault {
  return new KeytarVault(app.keychainService)
}

/** The data folder's files the app writes, as text. */
export async function dataFiles(dataDir: string): Promise<{ channels: string; audit: string }> {
  return {
    channels: await readFile(join(dataDir, 'channels.json'), 'utf8'),
    audit: await readFile(join(dataDir, 'audit.jsonl'), 'utf8')
  }
}

// --- Accessibility ---------------------------------------------------------------------------

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let axeSource: Promise<string> | undefined

/** The axe rule sets every screen is checked against. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const

export interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: readonly string[]
}

/**
 * Run axe-core on the page and return its violations, one line per failing element. The app's
 * CSP (script-src 'self') refuses an injected <script>, so axe is evaluated through the
 * DevTools protocol (page.evaluate), which page CSP does not govern; the page keeps its CSP.
 */
export async function axeViolations(page: Page): Promise<readonly AxeViolation[]> {
  const present = await page.evaluate(() => 'axe' in window)
  if (!present) {
    axeSource ??= readFile(AXE_PATH, 'utf8')
    await page.evaluate(await axeSource)
  }
  return page.evaluate(
    async (tags) => {
      interface AxeResult {
        violations: Array<{
          id: string
          impact: string | null
          help: string
          nodes: Array<{ target: unknown[]; failureSummary?: string }>
        }>
      }
      const axe = (
        window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<AxeResult> } }
      ).axe
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations']
      })
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
      }))
    },
    [...AXE_TAGS]
  )
}

/** Wait until every finite animation and transition (a dialog fading in) has finished. */
async function animationsDone(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)))
  })
}

/** Expect axe to find no violation; the message lists every one found. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  await animationsDone(page)
  const violations = await axeViolations(page)
  const report = violations
    .map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help}\n  ${v.nodes.join('\n  ')}`)
    .join('\n')
  expect(report, `axe violations on ${screen}`).toBe('')
}
