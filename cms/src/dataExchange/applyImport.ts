import { randomBytes } from 'node:crypto'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { COLLECTIONS, type Id, type ImportPlan, type ParentRef, type PlannedRow } from '@thidua/content-models'

export interface ImportOutcome {
  created: number
  updated: number
  unchanged: number
  /** E-mail addresses that were sent an invitation to set their password. */
  invited: string[]
}

/** How long an invitation link stays valid (Payload's own reset links last an hour). */
const INVITATION_DAYS = 7

/**
 * Writes a plan the planner found ready, as the signed-in user (their access applies, so only the
 * administrator imports accounts), in one transaction where the database has them: a failure half
 * way leaves the data as it was. Invitations go out only after the commit.
 */
export async function applyImport(req: PayloadRequest, plan: ImportPlan): Promise<ImportOutcome> {
  if (!plan.ready) throw new Error('applyImport was given a plan with errors or nothing to do; plan again and show the verdicts.')
  const outcome: ImportOutcome = { created: 0, updated: 0, unchanged: plan.counts.unchanged, invited: [] }
  const shouldCommit = await initTransaction(req)
  try {
    if (plan.kind === 'units') await applyUnits(req, plan.rows, outcome)
    if (plan.kind === 'users') await applyUsers(req, plan.rows, outcome)
    if (plan.kind === 'exemplars') await applyExemplars(req, plan.rows, outcome)
    if (shouldCommit) await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  for (const email of outcome.invited) await invite(req, email)
  return outcome
}

const writable = (rows: PlannedRow[]) => rows.filter((row) => row.verdict === 'create' || row.verdict === 'update')
const common = (req: PayloadRequest) => ({ req, user: req.user, overrideAccess: false, depth: 0 }) as const

async function applyUnits(req: PayloadRequest, rows: PlannedRow[], outcome: ImportOutcome) {
  const created = new Map<number, Id>()
  let pending = writable(rows)
  // Parents first: a row waits until the row it names as parent has been written.
  while (pending.length) {
    const ready = pending.filter((row) => {
      const parent = row.data.parent as ParentRef | undefined
      return !parent || 'id' in parent || created.has(parent.line)
    })
    if (ready.length === 0) throw new Error(`Units at lines ${pending.map((r) => r.line).join(', ')} wait on each other; the planner should have refused the cycle.`)
    for (const row of ready) {
      const parent = row.data.parent as ParentRef | undefined
      const data = { ...row.data, ...(parent ? { parent: 'id' in parent ? parent.id : created.get(parent.line) } : {}) }
      if (row.targetId === undefined) {
        const doc = await req.payload.create({ collection: COLLECTIONS.units as 'units', data, ...common(req) })
        created.set(row.line, doc.id)
        outcome.created++
      } else {
        await req.payload.update({ collection: COLLECTIONS.units as 'units', id: row.targetId, data, ...common(req) })
        outcome.updated++
      }
    }
    pending = pending.filter((row) => !ready.includes(row))
  }
}

async function applyUsers(req: PayloadRequest, rows: PlannedRow[], outcome: ImportOutcome) {
  for (const row of writable(rows)) {
    if (row.targetId === undefined) {
      // A random password nobody knows: the person sets their own through the invitation.
      const data = { ...row.data, password: randomBytes(24).toString('base64url') }
      await req.payload.create({ collection: COLLECTIONS.users as 'users', data: data as never, ...common(req) })
      outcome.invited.push(String(row.data.email))
      outcome.created++
    } else {
      await req.payload.update({ collection: COLLECTIONS.users as 'users', id: row.targetId, data: row.data as never, ...common(req) })
      outcome.updated++
    }
  }
}

async function applyExemplars(req: PayloadRequest, rows: PlannedRow[], outcome: ImportOutcome) {
  for (const row of writable(rows)) {
    const { dateOfBirth, awards, ...rest } = row.data as Record<string, unknown> & { awards?: unknown[] }
    const data: Record<string, unknown> = { ...rest }
    // Noon UTC: the same calendar day in Vietnam and wherever the admin's date picker runs.
    if (dateOfBirth) data.contact = { dateOfBirth: `${dateOfBirth as string}T12:00:00.000Z` }
    if (row.targetId === undefined) {
      if (awards) data.awards = awards
      await req.payload.create({ collection: COLLECTIONS.exemplars as 'exemplars', data: data as never, draft: true, ...common(req) })
      outcome.created++
      continue
    }
    // Changes to a saved profile land as a new draft version: what is live changes only through review.
    const current = (await req.payload.findByID({ collection: COLLECTIONS.exemplars as 'exemplars', id: row.targetId, draft: true, ...common(req) })) as unknown as Record<string, unknown>
    if (awards) data.awards = [...((current.awards as Record<string, unknown>[] | undefined) ?? []).map(({ id: _id, ...award }) => award), ...awards]
    if (data.contact) data.contact = { ...((current.contact as Record<string, unknown> | undefined) ?? {}), ...(data.contact as object) }
    await req.payload.update({ collection: COLLECTIONS.exemplars as 'exemplars', id: row.targetId, data: data as never, draft: true, ...common(req) })
    outcome.updated++
  }
}

/** Sends the account's invitation: a password-setting link, valid for a week. */
async function invite(req: PayloadRequest, email: string) {
  const { payload } = req
  try {
    const token = await payload.forgotPassword({ collection: COLLECTIONS.users as 'users', data: { email }, disableEmail: true, expiration: INVITATION_DAYS * 24 * 3600_000 })
    const link = `${payload.config.serverURL}/admin/reset/${token}`
    await payload.sendEmail({
      to: email,
      subject: 'Mời tham gia Cổng thông tin điển hình tiên tiến',
      text: [
        'Kính gửi đồng chí,',
        '',
        'Hội đồng Thi đua - Khen thưởng đã tạo tài khoản cộng tác viên cho đồng chí trên Cổng thông tin điển hình tiên tiến.',
        `Để đặt mật khẩu và đăng nhập, mời đồng chí mở liên kết sau (có hiệu lực ${INVITATION_DAYS} ngày):`,
        link,
        '',
        `Tên đăng nhập: ${email}`,
      ].join('\n'),
    })
  } catch (err) {
    payload.logger.error({ err }, `Could not send the invitation to ${email}; the account exists. Send a password reset from the admin once the SMTP_* settings work.`)
  }
}
