import type { Access, PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { COLLECTIONS, PUBLISHED_WHERE, formatDateVi, isStaffRole, isUnitRole, vietnamDay, vietnamMidnight, type Id } from '@thidua/content-models'
import { inScope } from './editorialAccess.ts'
import { unitScope } from './unitScope.ts'
import { roleOf } from './roles.ts'

/**
 * Events: staff read all; a unit's accounts the events their unit organises or is invited to (it
 * must pick them when entering delegates), and published ones; anonymous callers published ones.
 */
export const readEvents: Access = async ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  if (!isUnitRole(role)) return PUBLISHED_WHERE
  const organised = await inScope(req, 'unit')
  const invited = await inScope(req, 'allocations.unit')
  return { or: [...(organised ? [organised] : []), ...(invited ? [invited] : []), PUBLISHED_WHERE] }
}

/**
 * Delegates and dossiers (issue #11, points 3-4): staff everything; a unit's accounts their own
 * units' entries; anonymous callers nothing, not even a dossier's file by URL.
 */
export const unitEntries: Access = async ({ req }) => {
  const role = roleOf(req)
  if (isStaffRole(role)) return true
  return isUnitRole(role) ? inScope(req, 'unit') : false
}

/** Whether a deadline day is over: its end in Vietnam (23:59:59 +07:00) has passed. None never is. */
export function pastDeadline(deadline: string | null | undefined, now = Date.now()): boolean {
  if (!deadline) return false
  const [year, month, day] = vietnamDay(new Date(deadline)).day.split('-').map(Number) as [number, number, number]
  return now >= vietnamMidnight(year, month, day + 1).getTime()
}

/** The event a delegate or dossier is for, read with full access (the caller may only know its id). */
type EventLike = { id: Id; title: string; dossierDeadline?: string | null; parent?: unknown; unit?: unknown; allocations?: { unit?: unknown }[] | null }

export async function eventOf(req: PayloadRequest, id: unknown): Promise<EventLike | null> {
  const eventId = id && typeof id === 'object' ? (id as { id: Id }).id : (id as Id | null | undefined)
  if (eventId == null || eventId === '') return null
  return (await req.payload.findByID({ collection: COLLECTIONS.events as 'events', id: eventId, depth: 0, overrideAccess: true, disableErrors: true, req, draft: true })) as never
}

/**
 * A unit enters and changes its delegates and dossiers only for an event it is invited to (or
 * organises), and only until the event's deadline (end of that day, Vietnam time); after it, only
 * the organisers do. Returns the event it read for a unit account (null for staff: nothing checked).
 */
export async function refuseAfterDeadline(req: PayloadRequest, eventId: unknown, what: string): Promise<EventLike | null> {
  if (!isUnitRole(roleOf(req))) return null
  const event = await eventOf(req, eventId)
  if (!event) throw new APIError('Chọn sự kiện (hội nghị) mà đại biểu, hồ sơ này gửi đến.', 400, undefined, true)
  const scope = ((await unitScope(req)) ?? []).map(String)
  const idOf = (v: unknown) => String(v && typeof v === 'object' ? (v as { id: unknown }).id : v)
  const invited = [event.unit, ...(event.allocations ?? []).map((a) => a.unit)].some((u) => u != null && scope.includes(idOf(u)))
  if (!invited) throw new APIError(`Đơn vị của bạn không được mời dự “${event.title}”: không gửi được ${what}.`, 403, undefined, true)
  if (pastDeadline(event.dossierDeadline)) {
    throw new APIError(`Đã quá hạn gửi ${what} cho “${event.title}” (hạn ${formatDateVi(event.dossierDeadline!)}). Liên hệ Ban Tổ chức nếu cần bổ sung.`, 403, undefined, true)
  }
  return event
}
