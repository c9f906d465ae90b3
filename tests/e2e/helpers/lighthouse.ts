import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

export interface LighthouseResult {
  /** 0-100 per category. */
  scores: Record<Category, number>
  /** Cumulative layout shift, as Lighthouse measured it. */
  cls: number
  /** Audits that lost points, "category: audit id (score)", to say why a score is low. */
  failing: string[]
}

/**
 * Lighthouse's default mobile run (a mid-range phone on a slow 4G link, simulated) of one URL in
 * Debian's Chromium, through Lighthouse's own Node API and launcher.
 */
export async function runLighthouse(url: string, chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>
    const failing = CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.score}${lhr.audits[ref.id]?.displayValue ? `, ${lhr.audits[ref.id]?.displayValue}` : ''})`))
    return { scores, cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN), failing }
  } finally {
    chrome.kill()
  }
}
