import type { Endpoint } from 'payload'
import { COLLECTIONS, PERSONAL_FIELDS } from '@thidua/content-models'
import { roleOf } from '../../access/roles.ts'

/**
 * Everything held about a person (issue #9, point 4; Decree 13/2023, art. 14), for the
 * administrator answering a data subject's request: the profile with every field, the personal
 * fields of each version, and the stories that name the person. `GET /api/exemplars/:id/personal-data`.
 */
export const personalDataEndpoint: Endpoint = {
  path: '/:id/personal-data',
  method: 'get',
  handler: async (req) => {
    if (roleOf(req) !== 'admin') return Response.json({ errors: [{ message: 'Chỉ quản trị viên được xuất dữ liệu cá nhân.' }] }, { status: 403 })
    const id = req.routeParams?.id as string
    const profile = await req.payload.findByID({ collection: COLLECTIONS.exemplars, id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!profile) return Response.json({ errors: [{ message: 'Không tìm thấy điển hình.' }] }, { status: 404 })
    const personal = PERSONAL_FIELDS[COLLECTIONS.exemplars]
    const { docs: versions } = await req.payload.findVersions({ collection: COLLECTIONS.exemplars, where: { parent: { equals: profile.id } }, pagination: false, depth: 0, overrideAccess: true })
    const { docs: stories } = await req.payload.find({
      collection: COLLECTIONS.articles, where: { exemplars: { in: [profile.id] } }, pagination: false, depth: 0, overrideAccess: true,
      select: { title: true, slug: true, _status: true, publishedAt: true },
    })
    const body = {
      exportedAt: new Date().toISOString(),
      profile,
      versions: versions.map((v) => ({
        id: v.id,
        updatedAt: v.updatedAt,
        personal: Object.fromEntries(personal.map((f) => [f, (v.version as unknown as Record<string, unknown>)[f] ?? null])),
      })),
      stories,
    }
    return new Response(JSON.stringify(body, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="du-lieu-ca-nhan-${String(profile.id)}.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
