import type { PayloadRequest } from 'payload'
import { COLLECTIONS, type ImportContext, type ImportKind } from '@thidua/content-models'

type Doc = Record<string, unknown> & { id: string | number }
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as Doc).id : (value as string | number | null | undefined)) ?? null

/**
 * What the planner compares a file with: the records it could match. Read with full access: the
 * endpoint has already checked that the caller is council staff, and the comparison needs the
 * private fields (a birthday) it is about to write.
 */
export async function loadImportContext(req: PayloadRequest, kind: ImportKind): Promise<ImportContext> {
  // Only the fields compared: a council's exemplars carry long Markdown bodies the planner never reads.
  // Latest versions: an import's changes to a published profile land as a draft (applyImport), and
  // importing the same file again must compare with that draft to change nothing.
  const all = async (collection: string, fields: string[]) =>
    (await req.payload.find({ collection: collection as 'units', pagination: false, depth: 0, overrideAccess: true, req, draft: true, select: Object.fromEntries(fields.map((f) => [f, true])) })).docs as unknown as Doc[]
  const units = (await all(COLLECTIONS.units, ['name', 'type', 'parent', 'cluster', 'description'])).map((u) => ({
    id: u.id, name: String(u.name), type: (u.type as string) ?? null, parent: idOf(u.parent), cluster: (u.cluster as string) ?? null, description: (u.description as string) ?? null,
  }))
  const users = kind === 'users'
    ? (await all(COLLECTIONS.users, ['email', 'name', 'role', 'unit'])).map((u) => ({ id: u.id, email: String(u.email), name: String(u.name ?? ''), role: String(u.role ?? ''), unit: idOf(u.unit) }))
    : []
  const categories = kind === 'exemplars' ? (await all(COLLECTIONS.categories, ['name'])).map((c) => ({ id: c.id, name: String(c.name) })) : []
  const exemplars = kind === 'exemplars'
    ? (await all(COLLECTIONS.exemplars, ['name', 'unit', 'subjectType', 'kind', 'field', 'locality', 'summary', 'gender', 'ethnicity', 'contact', 'awards'])).map((e) => {
        const contact = (e.contact as Record<string, unknown> | undefined) ?? {}
        return {
          id: e.id, name: String(e.name), unit: idOf(e.unit), subjectType: e.subjectType as string, kind: e.kind as string, field: idOf(e.field),
          locality: (e.locality as string) ?? null, summary: (e.summary as string) ?? null, gender: (e.gender as string) ?? null, ethnicity: (e.ethnicity as string) ?? null,
          dateOfBirth: (contact.dateOfBirth as string) ?? null,
          awards: ((e.awards as { title: string; year?: number | null; issuer?: string | null }[] | undefined) ?? []).map((a) => ({ title: a.title, year: a.year ?? undefined, issuer: a.issuer ?? undefined })),
        }
      })
    : []
  return { units, users, categories, exemplars }
}
