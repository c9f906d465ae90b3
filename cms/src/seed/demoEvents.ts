import { Document, Packer, Paragraph, TextRun } from 'docx'
import { AWARD_SUGGESTIONS, type Id } from '@thidua/content-models'
import type { DemoExemplar } from './demoPeople.ts'
import { simplePdf } from './simplePdf.ts'

type Create = (collection: string, data: Record<string, unknown>, extra?: Record<string, unknown>) => Promise<{ id: Id }>

const DAY = 24 * 60 * 60 * 1000
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Hoàng', 'Nông', 'Lò', 'Vi', 'Hà', 'Triệu', 'Lục', 'Đinh', 'Bùi']
const MIDDLE_F = ['Thị', 'Thị Thu', 'Thị Minh', 'Thị Hồng']
const MIDDLE_M = ['Văn', 'Đức', 'Quang', 'Minh']
const GIVEN_F = ['Hoa', 'Lan', 'Mai', 'Huyền', 'Thuỷ', 'Hằng', 'Nhung', 'Yến']
const GIVEN_M = ['Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Long', 'Sơn', 'Tuấn']
const ETHNICITIES = ['Kinh', 'Tày', 'Kinh', 'Nùng', 'Kinh', 'Dao', 'Mường', 'Kinh', 'Ê Đê']
const POSITIONS = ['Công nhân', 'Giáo viên', 'Điều dưỡng', 'Nông dân', 'Kỹ sư', 'Cán bộ công đoàn', 'Trưởng thôn', 'Tổ trưởng sản xuất']

/** The provincial conference's seats per unit (the Lạng Sơn plan allocates delegates per unit). */
const PROVINCIAL_SEATS: readonly [string, number][] = [
  ['Thành phố Sơn Hà', 4], ['Huyện Hoà An', 5], ['Huyện Đắk Lâm', 4], ['Huyện Thuỷ Nguyên', 3], ['Thị xã Bảo Yên', 3],
  ['Sở Giáo dục và Đào tạo', 4], ['Sở Y tế', 4], ['Sở Nông nghiệp và Môi trường', 3], ['Liên đoàn Lao động tỉnh', 4],
  ['Công ty Cổ phần Chè Hoà Bình', 3], ['Công ty TNHH May Đắk Lâm', 3],
]
/** How many each unit actually entered: two over their seats, one not yet. */
const ENTERED: Record<string, number> = { 'Huyện Hoà An': 6, 'Sở Y tế': 5, 'Thị xã Bảo Yên': 0 }

async function reportDocx(unit: string, title: string): Promise<Buffer> {
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold, font: 'Times New Roman', size: 26 })] })
  return Packer.toBuffer(new Document({
    sections: [{ children: [p(unit.toUpperCase(), true), p('BÁO CÁO TỔNG KẾT HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN', true), p(`Kính gửi: Ban Tổ chức ${title}.`), p('Hội nghị đã biểu dương các tập thể, cá nhân điển hình tiên tiến; danh sách trích ngang đại biểu dự hội nghị cấp tỉnh gửi kèm.')] }],
  }))
}

/**
 * The demo's honouring conferences (issue #11, point 7): a provincial conference with its lower
 * levels (a district's, a grassroots union's), about 40 delegates against per-unit seats, dossiers
 * (generated DOCX and PDF), awards, photos, and a talk with exemplars.
 */
export async function seedDemoEvents(c: Create, input: { now: number; units: ReadonlyMap<string, Id>; exemplars: ReadonlyMap<string, Id>; exemplarList: readonly DemoExemplar[]; images: readonly Id[] }): Promise<{ district: Id; provincial: Id }> {
  const { now, units, exemplars, exemplarList, images } = input
  const at = (days: number, hour = 1) => new Date(Math.floor((now + days * DAY) / DAY) * DAY + hour * 3600_000).toISOString()
  const published = (days: number) => ({ _status: 'published', workflowState: 'published', publishedAt: at(days, 2) })
  const of = (unit: string) => exemplarList.filter((e) => e.unit === unit).map((e) => exemplars.get(e.name)!)

  const provincialTitle = 'Hội nghị biểu dương điển hình tiên tiến tỉnh Sơn Hà'
  const districtAward = { form: 'giay-khen', title: 'Giấy khen của Chủ tịch UBND huyện Hoà An', decisionDate: at(-32), issuer: 'UBND huyện Hoà An' }
  const provincial = await c('events', {
    title: provincialTitle, eventType: 'honouring-conference', level: 'province', startsAt: at(40), duration: 'morning',
    place: 'Hội trường Trung tâm Hội nghị tỉnh Sơn Hà', eventStatus: 'open', unit: units.get('Liên đoàn Lao động tỉnh'),
    summary: 'Biểu dương, tôn vinh các tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước 5 năm; phát động phong trào thi đua giai đoạn mới.',
    dossierDeadline: at(20), expectedDelegates: 40, targets: { women: 40, ethnicMinority: 30, directWorkers: 50 },
    allocations: PROVINCIAL_SEATS.map(([unit, seats]) => ({ unit: units.get(unit), seats })),
    honoured: exemplarList.filter((_, i) => i % 6 === 0).map((e) => exemplars.get(e.name)), photos: [images[1], images[4]],
    ...published(-5),
  })
  const district = await c('events', {
    title: 'Hội nghị điển hình tiên tiến huyện Hoà An', eventType: 'honouring-conference', level: 'district-sector', parent: provincial.id,
    startsAt: at(-30), duration: 'morning', place: 'Hội trường UBND huyện Hoà An', eventStatus: 'held', unit: units.get('Huyện Hoà An'),
    summary: 'Hội nghị biểu dương 18 tập thể, cá nhân điển hình tiên tiến của huyện; chọn 5 đại biểu dự hội nghị cấp tỉnh.',
    body: 'Hội nghị đã nghe **báo cáo tổng kết** phong trào thi đua 5 năm, các báo cáo tham luận và giao lưu với điển hình tiên tiến; trao Giấy khen của Chủ tịch UBND huyện cho các tập thể, cá nhân tiêu biểu.',
    dossierDeadline: at(-40), allocations: [{ unit: units.get('Xã Tân Hoà'), seats: 3 }],
    honoured: of('Huyện Hoà An').slice(0, 4), photos: [images[2], images[6], images[8]],
    awards: [
      ...of('Huyện Hoà An').slice(0, 3).map((exemplar, i) => ({ ...districtAward, decisionNumber: `${215 + i}/QĐ-UBND`, exemplar })),
      { ...districtAward, decisionNumber: '218/QĐ-UBND', recipientName: 'Tổ hợp tác chè Khuổi Phầy', recipientType: 'collective', recipientUnit: units.get('Xã Tân Hoà') },
    ],
    ...published(-29),
  })
  await c('events', {
    title: 'Hội nghị biểu dương điển hình tiên tiến Công đoàn cơ sở Trường THPT Hoà An', eventType: 'honouring-conference', level: 'grassroots', parent: provincial.id,
    startsAt: at(-60, 7), duration: 'afternoon', place: 'Phòng họp Trường THPT Hoà An', eventStatus: 'closed', unit: units.get('Công đoàn cơ sở Trường THPT Hoà An'),
    summary: 'Nửa ngày biểu dương giáo viên, nhân viên tiêu biểu; chọn đại biểu dự hội nghị cấp tỉnh.',
    awards: [{ form: 'giay-khen', title: 'Giấy khen của Ban Chấp hành Công đoàn cơ sở', decisionNumber: '12/QĐ-CĐCS', decisionDate: at(-61), recipientName: 'Tổ Ngữ văn', recipientType: 'collective' }],
    photos: [images[9]], ...published(-59),
  })
  await c('events', {
    title: 'Tọa đàm, giao lưu gương người tốt, việc tốt tỉnh Sơn Hà', eventType: 'talk-exchange', level: 'province', startsAt: at(10, 7), duration: 'afternoon',
    place: 'Đài Phát thanh - Truyền hình tỉnh (truyền hình trực tiếp)', eventStatus: 'planned',
    summary: 'Các gương người tốt, việc tốt chia sẻ câu chuyện của mình với khán giả; truyền hình trực tiếp trên kênh STV1.',
    honoured: exemplarList.filter((e) => e.kind === 'good-deed').slice(0, 4).map((e) => exemplars.get(e.name)), photos: [images[11]],
    ...published(-2),
  })

  // About 40 delegates entered by their units for the provincial conference.
  let n = 0
  for (const [unit, seats] of PROVINCIAL_SEATS) {
    const count = ENTERED[unit] ?? seats
    for (let i = 0; i < count; i++, n++) {
      const female = n % 5 < 2
      const profile = i === 0 ? exemplarList.find((e) => e.unit === unit && e.subjectType === 'individual') : undefined
      const name = profile?.name ?? `${FAMILY[n % FAMILY.length]} ${(female ? MIDDLE_F : MIDDLE_M)[n % 4]} ${(female ? GIVEN_F : GIVEN_M)[(n * 3) % 8]}`
      await c('delegates', {
        event: provincial.id, unit: units.get(unit), exemplar: profile ? exemplars.get(profile.name) : undefined, name,
        yearOfBirth: 1968 + (n * 7) % 30, gender: profile?.gender ?? (female ? 'female' : 'male'), ethnicity: profile?.ethnicity ?? ETHNICITIES[n % ETHNICITIES.length],
        position: `${POSITIONS[n % POSITIONS.length]}, ${unit}`, leadership: n % 4 === 3, directWorker: n % 4 !== 3 && n % 3 !== 0,
        honours: `${AWARD_SUGGESTIONS[n % AWARD_SUGGESTIONS.length]} ${2019 + (n % 5)}`, speaking: n % 9 === 0,
        phone: `0913 ${String(200 + n).padStart(3, '0')} ${String(300 + n * 7).slice(-3)}`,
      })
    }
  }
  // Dossiers: a summary report (DOCX) and a delegate list (PDF) from most units; one unit late, one not yet.
  for (const [unit] of PROVINCIAL_SEATS.slice(0, 8)) {
    const docx = await reportDocx(unit, provincialTitle)
    await c('dossiers', { event: provincial.id, unit: units.get(unit), kind: 'summary-report' }, { file: { data: docx, name: `bao-cao-tong-ket-${String(units.get(unit))}.docx`, mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: docx.length } })
    const pdf = simplePdf([`Danh sach trich ngang dai bieu - ${unit}`, provincialTitle])
    await c('dossiers', { event: provincial.id, unit: units.get(unit), kind: 'delegate-list' }, { file: { data: pdf, name: `danh-sach-trich-ngang-${String(units.get(unit))}.pdf`, mimetype: 'application/pdf', size: pdf.length } })
  }
  return { district: district.id, provincial: provincial.id }
}
