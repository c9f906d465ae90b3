/**
 * The command-line import (issue #12, point 3), run by scripts/import.ts under tsx (the CMS's
 * migrations import without extensions): reads the file, plans it against the database of this
 * DATA_DIR / DATABASE_URI, prints the verdict of every row, and writes only without --dry-run and
 * only if no row is in error. Acts as the given --as account (default: the first administrator), so
 * the same access rules apply as in the admin.
 */
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { IMPORT_KINDS, guessImportKind, planImport, type ImportKind } from '@thidua/content-models'
import type { Where } from 'payload'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, kind: { type: 'string' }, as: { type: 'string' } },
})
const file = positionals[0]
if (!file || !fs.existsSync(file)) {
  console.error('Usage: npm run import -- FILE.xlsx|FILE.csv [--kind units|users|exemplars] [--dry-run] [--as EMAIL]')
  process.exit(2)
}
process.env.SEED_DEMO ??= 'false'
const { getPayload, createLocalReq } = await import('payload')
const { default: config } = await import('../../cms/src/payload.config.ts')
const { readTable, UnreadableTableError } = await import('../../cms/src/dataExchange/readTable.ts')
const { loadImportContext } = await import('../../cms/src/dataExchange/importContext.ts')
const { applyImport } = await import('../../cms/src/dataExchange/applyImport.ts')

let exitCode = 0
const payload = await getPayload({ config })
try {
  const table = await readTable(new Uint8Array(fs.readFileSync(file)))
  const kind = (values.kind ?? guessImportKind(table.headers)) as ImportKind | undefined
  if (!kind || !(IMPORT_KINDS as readonly string[]).includes(kind)) throw new UnreadableTableError(`Không nhận ra loại dữ liệu từ dòng tiêu đề; thêm --kind ${IMPORT_KINDS.join('|')}.`)
  const where: Where = values.as ? { email: { equals: values.as.toLowerCase() } } : { role: { equals: 'admin' } }
  const user = (await payload.find({ collection: 'users', where, limit: 1, sort: 'createdAt', overrideAccess: true })).docs[0]
  if (!user) throw new UnreadableTableError(values.as ? `Không có tài khoản ${values.as}.` : 'Chưa có tài khoản quản trị nào.')
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const plan = planImport(kind, table, await loadImportContext(req, kind))
  console.log(`${file}: ${kind}, ${plan.rows.length} dòng: ${plan.counts.create} thêm mới, ${plan.counts.update} cập nhật, ${plan.counts.unchanged} không đổi, ${plan.counts.error} lỗi.`)
  for (const issue of plan.fileIssues) console.log(`  LỖI TỆP: ${issue}`)
  if (plan.ignoredColumns.length) console.log(`  Cột bỏ qua: ${plan.ignoredColumns.join(', ')}`)
  for (const row of plan.rows) {
    if (row.verdict === 'error') console.log(`  dòng ${row.line} (${row.label}): LỖI: ${row.messages.join(' ')}`)
    else if (row.verdict === 'update') console.log(`  dòng ${row.line} (${row.label}): cập nhật ${row.changes.join(', ')}`)
  }
  if (!plan.ready) {
    exitCode = plan.counts.error || plan.fileIssues.length ? 1 : 0
    console.log(exitCode ? 'Chưa nhập gì: sửa các lỗi rồi chạy lại.' : 'Không có gì mới để nhập.')
  } else if (values['dry-run']) {
    console.log('--dry-run: không ghi gì.')
  } else {
    const outcome = await applyImport(req, plan)
    console.log(`Đã nhập: ${outcome.created} thêm mới, ${outcome.updated} cập nhật${outcome.invited.length ? `; đã gửi thư mời: ${outcome.invited.join(', ')}` : ''}.`)
  }
} catch (error) {
  if (!(error instanceof UnreadableTableError)) throw error
  console.error(error.message)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
