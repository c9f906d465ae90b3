import { chromium } from 'playwright-core'
import { serveStatic } from '/work/main/site/test/helpers/staticServer.ts'
const s = await serveStatic(process.argv[2]!)
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] })
for (const q of process.argv.slice(3)) {
const p = await b.newPage()
p.on('console', (m) => console.log('console', m.type(), m.text()))
p.on('pageerror', (e) => console.log('pageerror', e.message))
const t0 = Date.now()
await p.goto(s.url + '/tim-kiem/?q=' + encodeURIComponent(q))
await p.waitForFunction(() => /kết quả|Không tải/.test(document.querySelector('[data-status]')?.textContent ?? ''), null, { timeout: 70000 }).catch(() => {})
console.log(q, Date.now() - t0, await p.textContent('[data-status]'))
await p.close()
}
await b.close(); await s.close()
