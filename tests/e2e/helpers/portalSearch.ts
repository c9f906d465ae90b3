import type { Browser, Page } from 'playwright-core'

export interface PortalSearchResult { total: number; results: { title: string; summary: string; url: string }[] }

/**
 * Runs a query on the portal's search page (/tim-kiem/) in the browser, as a reader would; the first
 * page of results. `prepare` sees the page before it loads (to route its requests).
 */
export async function searchPortal(
  browser: Browser, portalUrl: string, query: string, filters: Record<string, string> = {}, prepare?: (page: Page) => Promise<unknown>,
): Promise<PortalSearchResult> {
  const page = await browser.newPage()
  try {
    await prepare?.(page)
    await page.goto(`${portalUrl}/tim-kiem/?${new URLSearchParams({ q: query, ...filters })}`)
    await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-status]')?.textContent ?? ''))
    const results = await page.$$eval('[data-results] li', (lis) => lis.map((li) => {
      const a = li.querySelector('a')!
      return { title: a.textContent!, summary: li.querySelector('p')!.textContent!, url: new URL(a.href).pathname }
    }))
    const status = (await page.textContent('[data-status]')) ?? ''
    const total = /Không tìm thấy/.test(status) ? 0 : Number(/(\d+) kết quả/.exec(status)?.[1] ?? -1)
    return { total, results }
  } finally {
    await page.close()
  }
}
