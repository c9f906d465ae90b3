/**
 * Fields of work and emulation movements named by the plans in shared/seeds.
 * The CMS seeds them into an empty database; editors maintain them afterwards.
 */
export interface FieldOfWorkSeed {
  readonly name: string
  readonly description?: string
  readonly children?: readonly FieldOfWorkSeed[]
}

/** Lào Cai plan 2017-2020, section II.2.3, plus the Sơn La plan 2022-2025 (Dân vận khéo, Chỉ thị 05). */
export const FIELDS_OF_WORK: readonly FieldOfWorkSeed[] = [
  { name: 'Sản xuất, kinh doanh', description: 'Mô hình điển hình trong sản xuất kinh doanh.' },
  { name: 'Xây dựng nông thôn mới', description: 'Điển hình tiên tiến trong xây dựng nông thôn mới, giảm nghèo bền vững.' },
  { name: 'Phát triển kinh tế hộ gia đình' },
  {
    name: 'Văn hoá cơ sở',
    description: 'Thôn, bản, làng, khu phố, tổ dân phố, xã, phường, thị trấn văn hoá tiêu biểu.',
    children: [{ name: 'Thôn, bản văn hoá' }, { name: 'Tổ dân phố văn hoá' }],
  },
  {
    name: 'Giáo dục và đào tạo',
    children: [
      { name: 'Dạy tốt, học tốt', description: 'Phong trào “thi đua dạy tốt, học tốt”.' },
      { name: 'Học sinh tích cực, trường học thân thiện' },
    ],
  },
  {
    name: 'Y tế',
    children: [
      { name: 'Gương sáng Y đức', description: 'Danh hiệu “Gương sáng Y đức”, “Thầy thuốc ưu tú, thầy thuốc nhân dân”.' },
    ],
  },
  { name: 'Quốc phòng, an ninh', description: 'Sẵn sàng chiến đấu, bảo vệ chủ quyền biên giới quốc gia.' },
  { name: 'Hội, đoàn thể', description: 'Tổ chức hội, đoàn thể tiêu biểu về mọi mặt.' },
  { name: 'Thực hiện nhiệm vụ cơ quan, đơn vị' },
  { name: 'Dân vận khéo', description: 'Phong trào thi đua “Dân vận khéo” (kế hoạch Sơn La).' },
  {
    name: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    description: 'Theo Chỉ thị số 05-CT/TW của Bộ Chính trị.',
  },
]

export interface MovementSeed {
  readonly name: string
  readonly launchedBy: string
  readonly level: 'central' | 'provincial' | 'sector' | 'unit'
  readonly startYear: number
  readonly endYear?: number
  readonly status: 'active' | 'ended'
  readonly description: string
}

export const MOVEMENTS: readonly MovementSeed[] = [
  {
    name: 'Lao động giỏi, lao động sáng tạo',
    launchedBy: 'Tổng Liên đoàn Lao động Việt Nam',
    level: 'central',
    startYear: 2016,
    status: 'active',
    description: 'Phong trào thi đua trong công nhân, viên chức, lao động: phát huy sáng kiến, cải tiến kỹ thuật.',
  },
  {
    name: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
    launchedBy: 'Thủ tướng Chính phủ',
    level: 'central',
    startYear: 2016,
    endYear: 2020,
    status: 'ended',
    description: 'Chung tay giảm nghèo bền vững, bảo đảm an sinh xã hội.',
  },
  {
    name: 'Chung sức xây dựng nông thôn mới',
    launchedBy: 'Uỷ ban nhân dân tỉnh',
    level: 'provincial',
    startYear: 2016,
    status: 'active',
    description: 'Huy động mọi nguồn lực xây dựng nông thôn mới và giảm nghèo bền vững.',
  },
  {
    name: 'Dân vận khéo',
    launchedBy: 'Ban Dân vận Tỉnh uỷ',
    level: 'provincial',
    startYear: 2022,
    endYear: 2025,
    status: 'active',
    description: 'Thi đua “Dân vận khéo” trong hệ thống chính trị.',
  },
  {
    name: 'Đổi mới, sáng tạo, hiệu quả trong hoạt động công đoàn',
    launchedBy: 'Liên đoàn Lao động tỉnh',
    level: 'sector',
    startYear: 2019,
    status: 'active',
    description: 'Đổi mới nội dung, phương thức hoạt động công đoàn, chăm lo đời sống đoàn viên.',
  },
  {
    name: 'Đổi mới, nâng cao chất lượng giáo dục và đào tạo nguồn nhân lực',
    launchedBy: 'Uỷ ban nhân dân tỉnh',
    level: 'provincial',
    startYear: 2016,
    endYear: 2020,
    status: 'ended',
    description: 'Thi đua dạy tốt, học tốt; nâng cao chất lượng nguồn nhân lực.',
  },
  {
    name: 'Bảo vệ, chăm sóc và nâng cao sức khoẻ nhân dân',
    launchedBy: 'Uỷ ban nhân dân tỉnh',
    level: 'provincial',
    startYear: 2016,
    status: 'active',
    description: 'Nâng cao y đức, chất lượng khám chữa bệnh.',
  },
  {
    name: 'Toàn dân tham gia xây dựng và củng cố quốc phòng, an ninh vững chắc',
    launchedBy: 'Uỷ ban nhân dân tỉnh',
    level: 'provincial',
    startYear: 2016,
    status: 'active',
    description: 'Xây dựng thế trận quốc phòng toàn dân, an ninh nhân dân.',
  },
]
