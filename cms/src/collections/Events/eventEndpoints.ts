import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { COLLECTIONS, EVENT_LEVELS, formatDateVi, isStaffRole, labelOf, vietnamYearMonth, vietnameseSlug } from '@thidua/content-models'
import { roleOf } from '../../access/roles.ts'
import { loadDelegation } from '../../events/loadDelegation.ts'
import { agendaTable, compositionTable, delegateListTable } from '../../events/delegationTables.ts'
import { administrativeDocx } from '../../reports/reportDocx.ts'
import { documentIssuer } from '../../reports/documentIssuer.ts'
import { reportXlsx } from '../../reports/reportXlsx.ts'
import { refuseRequest as refuse } from '../../security/refusalResponse.ts'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const download = (body: Buffer, type: string, name: string) =>
  new Response(new Uint8Array(body), { headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' } })

async function delegationFor(req: PayloadRequest) {
  if (!req.user) return refuse(401, 'Cần đăng nhập.')
  const delegation = await loadDelegation(req, String(req.routeParams?.id ?? ''))
  return delegation ?? refuse(404, 'Không có sự kiện này, hoặc tài khoản của bạn không được xem.')
}

const when = (event: Record<string, unknown>) => (event.startsAt ? formatDateVi(String(event.startsAt)) : '')

/** `GET /api/events/:id/agenda`: the programme as a DOCX in the administrative form. */
const agendaEndpoint: Endpoint = {
  path: '/:id/agenda',
  method: 'get',
  handler: async (req) => {
    const delegation = await delegationFor(req)
    if (delegation instanceof Response) return delegation
    const { event } = delegation
    const agenda = (event.agenda as { time?: string; item: string; speaker?: string }[] | undefined) ?? []
    const body = await administrativeDocx({
      issuer: await documentIssuer(req.payload),
      issuedYear: vietnamYearMonth(new Date()).year,
      symbol: 'CTr',
      kind: 'CHƯƠNG TRÌNH',
      subject: `${event.title}${event.place ? `, ${event.place}` : ''}${when(event) ? `, ngày ${when(event)}` : ''}`,
      table: agendaTable(agenda),
      recipients: ['- Các đại biểu dự hội nghị;', '- Ban Tổ chức;', '- Lưu: VT.'],
    })
    return download(body, DOCX, `chuong-trinh-${vietnameseSlug(event.title)}.docx`)
  },
}

/**
 * `GET /api/events/:id/delegates?format=json|xlsx|docx`: the delegate list ("danh sách trích
 * ngang") with the composition; organisers get every unit, a unit its own.
 */
const delegatesEndpoint: Endpoint = {
  path: '/:id/delegates',
  method: 'get',
  handler: async (req) => {
    const delegation = await delegationFor(req)
    if (delegation instanceof Response) return delegation
    const format = new URL(req.url ?? 'http://cms/').searchParams.get('format') ?? 'json'
    const { event } = delegation
    const list = delegateListTable(delegation)
    const name = `danh-sach-trich-ngang-${vietnameseSlug(event.title)}`
    if (format === 'json') return Response.json({ event: { id: event.id, title: event.title }, delegates: list, composition: delegation.composition, dossiers: delegation.dossiers }, { headers: { 'Cache-Control': 'no-store' } })
    if (format === 'xlsx') return download(await reportXlsx(list.name, [list, compositionTable(delegation)]), XLSX, `${name}.xlsx`)
    if (format === 'docx') {
      const body = await administrativeDocx({
        issuer: await documentIssuer(req.payload),
        issuedYear: vietnamYearMonth(new Date()).year,
        symbol: 'DS',
        kind: 'DANH SÁCH',
        subject: `Trích ngang đại biểu dự ${event.title}`,
        intro: `Tổng số: ${list.rows.length} đại biểu. ${labelOf(EVENT_LEVELS, event.level as string) ? `Cấp tổ chức: ${labelOf(EVENT_LEVELS, event.level as string)}.` : ''}`,
        table: list,
        recipients: ['- Ban Tổ chức hội nghị;', '- Lưu: VT.'],
      })
      return download(body, DOCX, `${name}.docx`)
    }
    return refuse(400, `Định dạng “${format.slice(0, 20)}” không có; chọn json, xlsx hoặc docx.`)
  },
}

/**
 * `POST /api/events/:id/choose-delegates` with `{ delegates: [ids] }` (organisers): the chosen
 * delegates of this event go on to its parent event's list, each once (issue #11, point 3).
 */
const chooseDelegatesEndpoint: Endpoint = {
  path: '/:id/choose-delegates',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Cần đăng nhập.')
    if (!isStaffRole(roleOf(req))) return refuse(403, 'Chỉ Ban Tổ chức (cán bộ Hội đồng) chọn đại biểu đi dự cấp trên.')
    const body = (await req.json?.().catch(() => null)) as { delegates?: unknown } | null
    const ids = Array.isArray(body?.delegates) ? body.delegates.map(String) : null
    if (!ids?.length) return refuse(400, 'Gửi { "delegates": [mã đại biểu, ...] }.')
    const delegation = await loadDelegation(req, String(req.routeParams?.id ?? ''))
    if (!delegation) return refuse(404, 'Không có sự kiện này.')
    const parent = delegation.event.parent
    if (!parent) return refuse(400, `“${delegation.event.title}” chưa có sự kiện cấp trên: chọn “Sự kiện cấp trên” trước.`)
    const parentId = (typeof parent === 'object' ? (parent as { id: string | number }).id : parent) as string | number
    const chosen = delegation.delegates.filter((d) => ids.includes(String(d.id)))
    if (chosen.length !== ids.length) return refuse(400, 'Có mã đại biểu không thuộc sự kiện này.')
    const already = await req.payload.find({ collection: COLLECTIONS.delegates as 'delegates', where: { and: [{ event: { equals: parentId } }, { chosenFrom: { in: chosen.map((d) => d.id) } }] }, pagination: false, depth: 0, overrideAccess: true, req })
    const done = new Set((already.docs as unknown as { chosenFrom: unknown }[]).map((d) => String((d.chosenFrom as { id?: unknown })?.id ?? d.chosenFrom)))
    let created = 0
    for (const d of chosen) {
      if (done.has(String(d.id))) continue
      const { id, createdAt: _c, updatedAt: _u, event: _e, chosenFrom: _f, enteredBy: _b, ...rest } = d
      try {
        await req.payload.create({ collection: COLLECTIONS.delegates as 'delegates', data: { ...rest, event: parentId, chosenFrom: id } as never, req, user: req.user, overrideAccess: true })
      } catch (error) {
        if (error instanceof APIError) return refuse(error.status, error.message)
        throw error
      }
      created++
    }
    return Response.json({ created, skipped: chosen.length - created, parent: parentId }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

export const eventEndpoints = [agendaEndpoint, delegatesEndpoint, chooseDelegatesEndpoint]
