import type { Payload } from 'payload'
import { FIELDS_OF_WORK, MOVEMENTS, vietnamYearMonth, type FieldOfWorkSeed, type Id } from '@thidua/content-models'
import { DEMO_ACCOUNTS, demoPassword } from './demoAccounts.ts'
import { demoArticles } from './demoArticles.ts'
import { silentMp3 } from './demoAudio.ts'
import { drawDemoImage } from './demoImages.ts'
import { demoExemplars } from './demoPeople.ts'
import { seedDemoEvents } from './demoEvents.ts'
import { demoPublishedHistory, demoReviewState } from './demoReviewStates.ts'
import { demoRegistrations } from './demoRegistrations.ts'
import { DEMO_UNITS } from './demoUnits.ts'

const DAY = 24 * 60 * 60 * 1000
const IMAGE_COUNT = 12

/** Bulk writes skip the live-publishing hooks (issue #6) and run with full access. */
const quiet = { overrideAccess: true, context: { disableRevalidate: true, seeding: true } } as const

/**
 * Seeds a realistic Vietnamese demo data set into an empty database, on first start only
 * (issue #2, point 5). Never touches a database that already has users or content.
 */
export async function seedDemoContent(payload: Payload): Promise<boolean> {
  const [users, articles] = await Promise.all([
    payload.count({ collection: 'users', overrideAccess: true }),
    payload.count({ collection: 'articles', overrideAccess: true }),
  ])
  if (users.totalDocs > 0 || articles.totalDocs > 0) return false
  const started = Date.now()
  payload.logger.info('Seeding demo content into the empty database (first start)...')
  const c = (collection: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    payload.create({ collection: collection as never, data: data as never, ...quiet, ...extra }) as Promise<{ id: Id }>

  const now = Date.now()
  const categories = new Map<string, Id>()
  const addFields = async (list: readonly FieldOfWorkSeed[], parent?: Id) => {
    for (const [order, f] of list.entries()) {
      const doc = await c('categories', { name: f.name, description: f.description, parent, order })
      categories.set(f.name, doc.id)
      if (f.children) await addFields(f.children, doc.id)
    }
  }
  await addFields(FIELDS_OF_WORK)

  const movements = new Map<string, Id>()
  for (const m of MOVEMENTS) {
    const doc = await c('movements', {
      name: m.name, launchedBy: m.launchedBy, level: m.level, status: m.status, description: m.description,
      startDate: `${m.startYear}-01-01T00:00:00.000Z`, endDate: m.endYear ? `${m.endYear}-12-31T00:00:00.000Z` : undefined,
    })
    movements.set(m.name, doc.id)
  }

  const units = new Map<string, Id>()
  for (const u of DEMO_UNITS) {
    const doc = await c('units', { name: u.name, type: u.type, parent: u.parent ? units.get(u.parent) : undefined, cluster: u.cluster,
      // The province's units existed long before the portal: their quotas run from the start of the year.
      createdAt: new Date(Date.UTC(new Date(now).getUTCFullYear() - 1, 0, 1)).toISOString() })
    units.set(u.name, doc.id)
  }

  const images: Id[] = []
  const imageFiles: string[] = []
  for (let i = 0; i < IMAGE_COUNT; i++) {
    const file = await drawDemoImage(i)
    const doc = await c('media', { alt: `Ảnh minh hoạ số ${i + 1}: phong cảnh tỉnh Sơn Hà`, caption: `Quê hương Sơn Hà (ảnh minh hoạ ${i + 1}).`, credit: 'Ban Thi đua - Khen thưởng tỉnh' }, { file })
    images.push(doc.id)
    imageFiles.push(String((doc as { filename?: string }).filename))
  }
  const mp3 = silentMp3(2)
  const audio = await c('audio', { title: 'Bản tin phát thanh mẫu', credit: 'Đài Truyền thanh huyện Hoà An', durationSeconds: 2 }, {
    file: { data: mp3, name: 'ban-tin-mau.mp3', mimetype: 'audio/mpeg', size: mp3.length },
  })

  const exemplarList = demoExemplars()
  const exemplars = new Map<string, Id>()
  for (const [i, e] of exemplarList.entries()) {
    const doc = await c('exemplars', {
      name: e.name, subjectType: e.subjectType, kind: e.kind, modelName: e.modelName, gender: e.gender,
      ethnicity: e.ethnicity, directWorker: e.directWorker, locality: DEMO_UNITS.find((u) => u.name === e.unit)?.locality,
      unit: units.get(e.unit), field: categories.get(e.field), movements: [movements.get(e.movement)],
      summary: `${e.name}: ${e.deed}.`,
      achievements: `- ${e.deed[0]!.toUpperCase()}${e.deed.slice(1)}\n- Nhiều năm liền hoàn thành xuất sắc nhiệm vụ`,
      initiatives: `**Cách làm:** ${e.deed}, chia sẻ kinh nghiệm cho các đơn vị bạn.`,
      awards: [{ title: i % 2 ? 'Bằng khen của Chủ tịch UBND tỉnh' : 'Chiến sĩ thi đua cơ sở', year: 2024 - (i % 3), issuer: i % 2 ? 'UBND tỉnh Sơn Hà' : e.unit }],
      portrait: images[i % IMAGE_COUNT], photos: [images[(i + 3) % IMAGE_COUNT]],
      contact: { phone: `0912 ${String(100000 + i * 7919).slice(0, 3)} ${String(1000 + i).slice(-3)}`, address: 'Địa chỉ riêng, chỉ cán bộ xem' },
      consentToPublish: true, consentMethod: 'written', featured: i % 7 === 0,
      publishedAt: new Date(now - i * 9 * DAY).toISOString(), _status: 'published',
      reviewHistory: demoPublishedHistory(new Date(now - i * 9 * DAY), i),
    })
    exemplars.set(e.name, doc.id)
  }

  // Honouring conferences and a talk (issue #11, point 7).
  const demoEventIds = await seedDemoEvents(c, { now, units, exemplars, exemplarList, images })

  const articleList = demoArticles(exemplarList)
  for (const [i, a] of articleList.entries()) {
    const draft = i >= articleList.length - 3
    await c('articles', {
      title: a.title, summary: a.summary, byline: a.byline, tags: a.tags,
      // The first stories carry a photo inserted into the text ("Chèn ảnh"), as editors do.
      body: i < 2 ? `${a.body}\n\n![Ảnh hoạt động chèn trong bài](/api/media/file/${imageFiles[(i + 7) % IMAGE_COUNT]})\n` : a.body,
      heroImage: images[(i * 5) % IMAGE_COUNT], gallery: i % 5 === 0 ? [images[(i + 1) % IMAGE_COUNT], images[(i + 2) % IMAGE_COUNT]] : [],
      exemplars: a.exemplar ? [exemplars.get(a.exemplar)] : [], field: categories.get(a.field),
      movements: [movements.get(a.movement)], unit: units.get(draft ? 'Huyện Hoà An' : a.unit),
      // The first stories report on the district conference and announce the provincial one.
      events: i === 0 ? [demoEventIds.district] : i === 1 ? [demoEventIds.provincial] : [],
      audio: a.broadcast ? audio.id : undefined,
      broadcastScript: a.broadcast ? `${a.summary} ${a.body.replace(/[#*>|“”-]/g, '').split('\n').filter(Boolean).slice(0, 3).join(' ')}` : undefined,
      rightsNote: 'Các cơ quan báo chí, đài truyền thanh được đăng lại, phát lại; ghi rõ nguồn: Cổng thông tin Hội đồng Thi đua - Khen thưởng tỉnh Sơn Hà.',
      featured: i % 9 === 0,
      publishedAt: draft ? undefined : new Date(now - i * 6 * DAY - (i % 5) * 3600_000).toISOString(),
      _status: draft ? 'draft' : 'published',
      ...(draft ? demoReviewState(articleList.length - 1 - i, now) : { reviewHistory: demoPublishedHistory(new Date(now - i * 6 * DAY - (i % 5) * 3600_000), i + 1) }),
    }, draft ? { draft: true } : {})
  }

  // This year's registrations (issue #10, point 8).
  const year = vietnamYearMonth(new Date(now)).year
  const profilesByUnit = new Map<string, string[]>()
  for (const e of exemplarList) profilesByUnit.set(e.unit, [...(profilesByUnit.get(e.unit) ?? []), e.name])
  for (const r of demoRegistrations(profilesByUnit)) {
    const delivered = r.deliveredBy ? exemplars.get(r.deliveredBy) : undefined
    await c('registrations', {
      unit: units.get(r.unit), year, name: r.name, kind: r.kind, subjectType: r.subjectType, plannedQuarter: r.plannedQuarter,
      status: r.status, reviewComment: r.reviewComment, submittedAt: new Date(Date.UTC(year, r.on[0] - 1, r.on[1], 2)).toISOString(),
      deliveredBy: delivered ? [{ relationTo: 'exemplars', value: delivered }] : [],
    })
  }

  const password = demoPassword()
  for (const account of DEMO_ACCOUNTS) {
    await c('users', { ...account, password, unit: account.unit ? units.get(account.unit) : undefined })
  }
  printAccounts(password)
  payload.logger.info(
    `Demo content seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${exemplarList.length} profiles, ${articleList.length} articles, 4 events, ${units.size} units.`,
  )
  return true
}

function printAccounts(password: string): void {
  const lines = [
    '',
    'Tài khoản demo / demo accounts (mật khẩu chỉ in một lần / password printed once):',
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(12)} ${a.email.padEnd(28)} ${password}`),
    process.env.DEMO_PASSWORD ? '  (mật khẩu lấy từ DEMO_PASSWORD)' : '  (đặt DEMO_PASSWORD để chọn mật khẩu)',
    '',
  ]
  console.log(lines.join('\n'))
}
