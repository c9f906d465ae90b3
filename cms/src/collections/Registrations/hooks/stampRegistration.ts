import type { CollectionBeforeChangeHook } from 'payload'
import { GLOBALS, isLateRegistration, isStaffRole, type YearPlan } from '@thidua/content-models'
import { roleOf } from '../../../access/roles.ts'
import { refuse } from '../../../hooks/workflowContext.ts'

/**
 * A new registration takes the plan's year, its time and whether it came after the deadline
 * (accepted, but marked late: issue #10, point 2). A returned one needs the council's reason; a
 * unit may correct its registration until the council accepts it.
 */
export const stampRegistration: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const plan = (await req.payload.findGlobal({ slug: GLOBALS.yearPlan as never, depth: 0, req, overrideAccess: true })) as unknown as Partial<YearPlan> & {
    registrationDeadline?: string | null
  }
  if (operation === 'create') {
    // The system (seed, imports) may bring the original registration time; people never do.
    const now = !req.user && typeof data.submittedAt === 'string' ? new Date(data.submittedAt) : new Date()
    const year = typeof data.year === 'number' ? data.year : (plan.year ?? now.getFullYear())
    return { ...data, year, submittedAt: now.toISOString(), late: isLateRegistration(now, year, plan.registrationDeadline ?? null) }
  }
  if (data.status === 'returned' && originalDoc?.status !== 'returned' && !String(data.reviewComment ?? '').trim()) {
    refuse('Khi trả lại đăng ký, hãy ghi rõ ý kiến để đơn vị chỉnh sửa.')
  }
  if (!isStaffRole(roleOf(req)) && originalDoc?.status === 'accepted') {
    refuse('Đăng ký đã được Hội đồng chấp thuận nên không sửa được nữa; chỉ cần cập nhật “Hồ sơ, bài viết đã thực hiện” khi giới thiệu điển hình.')
  }
  // A unit's correction of a returned registration goes back to the council.
  if (!isStaffRole(roleOf(req)) && originalDoc?.status === 'returned') return { ...data, status: 'submitted' }
  return data
}
