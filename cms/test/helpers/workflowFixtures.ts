import type { Payload } from 'payload'
import type { WorkflowState } from '@thidua/content-models'
import { tokenFor } from './rest.ts'

export const PASSWORD = 'mat-khau-quy-trinh-123'

export interface Person {
  id: number
  email: string
  name: string
  token: string
}

export interface Cast {
  unitA: { id: number }
  unitB: { id: number }
  contributorA: Person
  contributorB: Person
  editor: Person
  publisher: Person
}

/**
 * Two units and one account per role (a contributor in each unit), logged in: the people of the
 * review flow. Created by the system, as an administrator would set them up.
 */
export async function createCast(payload: Payload): Promise<Cast> {
  const unit = (name: string) => payload.create({ collection: 'units', data: { name, type: 'district' }, overrideAccess: true }) as Promise<{ id: number }>
  const unitA = await unit('Huyện Hoà An')
  const unitB = await unit('Huyện Đắk Lâm')
  const person = async (email: string, name: string, role: string, unitId?: number): Promise<Person> => {
    const user = await payload.create({ collection: 'users', data: { email, name, role, unit: unitId, password: PASSWORD } as never, overrideAccess: true })
    return { id: user.id as number, email, name, token: await tokenFor(payload, email, PASSWORD) }
  }
  return {
    unitA,
    unitB,
    publisher: await person('quantri@thidua.test', 'Nguyễn Thị Quản Trị', 'admin'),
    editor: await person('bientap@thidua.test', 'Trần Văn Biên Tập', 'editor'),
    contributorA: await person('hoaan@thidua.test', 'Lê Thị Hoà An', 'contributor', unitA.id),
    contributorB: await person('daklam@thidua.test', 'Y Bih Đắk Lâm', 'contributor', unitB.id),
  }
}

/**
 * An article of `unit` standing in `state`, put there by the system (trusted: it may set any
 * state), so each case starts from exactly the state it tests.
 */
export async function articleIn(payload: Payload, state: WorkflowState, unit: number, title = `Bài ở trạng thái ${state}`): Promise<{ id: number }> {
  const live = state === 'published' || state === 'unpublished'
  const doc = (await payload.create({
    collection: 'articles',
    data: { title, unit, summary: 'Tóm tắt', ...(live ? { _status: 'published' } : { _status: 'draft', workflowState: state }) } as never,
    draft: !live,
    overrideAccess: true,
  })) as { id: number }
  if (state === 'unpublished') {
    await payload.update({ collection: 'articles', id: doc.id, data: { _status: 'draft' } as never, overrideAccess: true })
  }
  return doc
}

/** The latest version (draft or published) as the system sees it. */
export function latest(payload: Payload, collection: 'articles' | 'exemplars', id: number): Promise<any> {
  return payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })
}

/** The live document (what anonymous readers get when it is published). */
export function live(payload: Payload, collection: 'articles' | 'exemplars', id: number): Promise<any> {
  return payload.findByID({ collection, id, depth: 0, overrideAccess: true })
}
