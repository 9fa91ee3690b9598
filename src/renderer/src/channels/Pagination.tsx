import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useI18n } from '../i18n/i18n-context'
import type { Page } from './select-channels'

/** "Showing 1–50 of 120" with Previous / Next. */
export function Pagination({
  page,
  onPage
}: {
  readonly page: Page<unknown>
  readonly onPage: (page: number) => void
}) {
  const { t } = useI18n()
  return (
    <nav className="pagination" aria-label={t.pagination}>
      <p className="pagination-status" aria-live="polite">
        {t.showing(page.from, page.to, page.total)}
      </p>
      <div className="pagination-buttons">
        <button
          type="button"
          className="btn btn-small"
          disabled={page.page <= 1}
          onClick={() => onPage(page.page - 1)}
        >
          <ChevronLeft aria-hidden="true" />
          {t.previousPage}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={page.page >= page.pageCount}
          onClick={() => onPage(page.page + 1)}
        >
          {t.nextPage}
          <ChevronRight aria-hidden="true" />
        </button>
      </div>
    </nav>
  )
}
