import type { Endpoint, PayloadRequest } from 'payload'
import { IMPORT_KINDS, IMPORT_SPECS, planImport, type ImportKind, type ImportPlan } from '@thidua/content-models'
import { roleOf } from '../access/roles.ts'
import { applyImport } from './applyImport.ts'
import { loadImportContext } from './importContext.ts'
import { importTemplate } from './importTemplate.ts'
import { MAX_IMPORT_BYTES, readTable, UnreadableTableError } from './readTable.ts'
import { readLimitedBody, withBody } from '../security/readLimitedBody.ts'
import { refuseRequest as refuse } from '../security/refusalResponse.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Accounts are the administrator's; units and exemplars the council staff's. */
function mayImport(req: PayloadRequest, kind: ImportKind): boolean {
  const role = roleOf(req)
  return kind === 'users' ? role === 'admin' : role === 'admin' || role === 'editor'
}

function kindOf(value: unknown): ImportKind | undefined {
  return (IMPORT_KINDS as readonly unknown[]).includes(value) ? (value as ImportKind) : undefined
}

function checkCaller(req: PayloadRequest, kind: ImportKind | undefined): Response | undefined {
  if (!req.user) return refuse(401, 'Cần đăng nhập để nhập dữ liệu.')
  if (!kind) return refuse(400, `Loại dữ liệu (kind) phải là một trong: ${IMPORT_KINDS.join(', ')}.`)
  if (!mayImport(req, kind)) return refuse(403, kind === 'users' ? 'Chỉ quản trị viên được nhập tài khoản.' : 'Chỉ cán bộ Hội đồng được nhập dữ liệu.')
  return undefined
}

/** The uploaded file and kind, planned against the database; or a refusal. */
async function planFromRequest(req: PayloadRequest): Promise<{ plan: ImportPlan; kind: ImportKind } | Response> {
  if (!req.user) return refuse(401, 'Cần đăng nhập để nhập dữ liệu.')
  // Who may import at all is known before the body: nobody else makes the server read a file.
  const role = roleOf(req)
  if (role !== 'admin' && role !== 'editor') return refuse(403, 'Chỉ cán bộ Hội đồng được nhập dữ liệu.')
  const body = await readLimitedBody(req as unknown as Request, MAX_IMPORT_BYTES + 64 * 1024)
  if (!body) return refuse(413, `Tệp lớn hơn ${MAX_IMPORT_BYTES / 1024 / 1024} MB; hãy chia nhỏ.`)
  let form: FormData
  try {
    form = await withBody(req as unknown as Request, body).formData()
  } catch {
    return refuse(400, 'Gửi tệp dạng multipart/form-data với hai trường “kind” và “file”.')
  }
  const kind = kindOf(form.get('kind'))
  const refusal = checkCaller(req, kind)
  if (refusal) return refusal
  const file = form.get('file')
  if (!(file instanceof Blob)) return refuse(400, 'Chưa chọn tệp (trường “file”).')
  try {
    const table = await readTable(new Uint8Array(await file.arrayBuffer()))
    return { kind: kind!, plan: planImport(kind!, table, await loadImportContext(req, kind!)) }
  } catch (error) {
    if (error instanceof UnreadableTableError) return refuse(422, error.message)
    throw error
  }
}

/** What the preview shows: everything but the values to write. */
const view = (plan: ImportPlan) => ({ ...plan, rows: plan.rows.map(({ data: _data, ...row }) => row) })

/** `POST /api/import/preview` (multipart kind + file): the verdict on every row; writes nothing. */
export const importPreviewEndpoint: Endpoint = {
  path: '/import/preview',
  method: 'post',
  handler: async (req) => {
    const planned = await planFromRequest(req)
    if (planned instanceof Response) return planned
    return Response.json(view(planned.plan), { headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * `POST /api/import/commit` (the same file again): plans it afresh (the database may have moved since
 * the preview) and writes it only if every row is valid; otherwise 422 with the verdicts.
 */
export const importCommitEndpoint: Endpoint = {
  path: '/import/commit',
  method: 'post',
  handler: async (req) => {
    const planned = await planFromRequest(req)
    if (planned instanceof Response) return planned
    const { plan } = planned
    if (!plan.ready) {
      const message = plan.counts.error || plan.fileIssues.length ? 'Tệp còn lỗi; chưa nhập dòng nào. Sửa các dòng báo lỗi rồi tải lại.' : 'Không có gì mới để nhập: mọi dòng đã có và không đổi.'
      return Response.json({ errors: [{ message }], plan: view(plan) }, { status: 422, headers: { 'Cache-Control': 'no-store' } })
    }
    const outcome = await applyImport(req, plan)
    req.payload.logger.info(`Import of ${plan.kind} by ${req.user?.email}: ${outcome.created} created, ${outcome.updated} updated, ${outcome.unchanged} unchanged.`)
    return Response.json({ ...outcome, plan: view(plan) }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/** `GET /api/import/template?kind=units|users|exemplars`: the XLSX to fill in. */
export const importTemplateEndpoint: Endpoint = {
  path: '/import/template',
  method: 'get',
  handler: async (req) => {
    const kind = kindOf(new URL(req.url ?? 'http://cms/').searchParams.get('kind'))
    const refusal = checkCaller(req, kind)
    if (refusal) return refusal
    const name = `mau-nhap-${kind}.xlsx`
    return new Response(new Uint8Array(await importTemplate(kind!)), {
      headers: { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' },
    })
  },
}

export const importEndpoints = [importPreviewEndpoint, importCommitEndpoint, importTemplateEndpoint]
