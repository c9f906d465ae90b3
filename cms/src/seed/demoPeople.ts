import type { ExemplarKind, Gender, SubjectType } from '@thidua/content-models'

/** Demo exemplar profiles: fictional people, collectives and households of tỉnh Sơn Hà. */
export interface DemoExemplar {
  name: string
  subjectType: SubjectType
  kind: ExemplarKind
  modelName?: string
  gender?: Gender
  ethnicity?: string
  directWorker?: boolean
  field: string
  movement: string
  unit: string
  deed: string
}

const INDIVIDUALS: [string, Gender, string][] = [
  ['Đặng Thị Hoà', 'female', 'Kinh'], ['Lò Văn Thuỷ', 'male', 'Thái'], ['Nguyễn Văn Đức', 'male', 'Kinh'],
  ['Hoàng Thị Khoẻ', 'female', 'Tày'], ['Trần Minh Quân', 'male', 'Kinh'], ['Sùng A Páo', 'male', 'Mông'],
  ['Phạm Thị Thuý Hằng', 'female', 'Kinh'], ['Vi Văn Hoàng', 'male', 'Nùng'], ['Lê Thị Ngọc Ánh', 'female', 'Kinh'],
  ['Bùi Đình Dũng', 'male', 'Mường'], ['Đỗ Thị Hoà Bình', 'female', 'Kinh'], ['Giàng Thị Mỷ', 'female', 'Mông'],
  ['Vũ Quốc Huy', 'male', 'Kinh'], ['Lường Thị Thoả', 'female', 'Thái'], ['Ngô Văn Toàn', 'male', 'Kinh'],
  ['Y Đăm Niê', 'female', 'Ê Đê'], ['Trịnh Xuân Thuỷ', 'male', 'Kinh'], ['Hà Thị Loan', 'female', 'Tày'],
  ['Mai Văn Khoa', 'male', 'Kinh'], ['Cao Thị Huệ', 'female', 'Kinh'], ['Đinh Công Thành', 'male', 'Mường'],
  ['Lý Thị Hoà', 'female', 'Dao'],
]

const COLLECTIVES: [string, ExemplarKind, string?][] = [
  ['Tổ sản xuất số 3, Công ty CP Chè Hoà Bình', 'advanced'],
  ['Hợp tác xã Nông nghiệp sạch Tân Hoà', 'new-model', 'Chuỗi liên kết rau an toàn Tân Hoà'],
  ['Khoa Hồi sức cấp cứu, Bệnh viện Đa khoa tỉnh', 'advanced'],
  ['Trường Tiểu học Đắk Lâm', 'new-factor'],
  ['Tổ dân phố số 5, phường Đồng Tâm', 'new-model', 'Tổ dân phố “Ba không”'],
  ['Công đoàn cơ sở Công ty TNHH May Đắk Lâm', 'new-model', 'Mái ấm công đoàn'],
  ['Đội thanh niên tình nguyện xã Tân Hoà', 'good-deed'],
  ['Chi hội Phụ nữ thôn Bản Mế', 'new-model', 'Tiết kiệm vì phụ nữ nghèo'],
  ['Phân xưởng Chế biến, Công ty CP Chè Hoà Bình', 'new-factor'],
  ['Trạm Y tế xã Tân Hoà', 'advanced'],
  ['Ban Công tác Mặt trận thôn Nà Khoang', 'new-model', 'Dân vận khéo ở Nà Khoang'],
  ['Tổ công nhân tự quản khu nhà trọ Hoà An', 'good-deed'],
]

const HOUSEHOLDS: [string, ExemplarKind, string?][] = [
  ['Hộ gia đình ông Lò Văn Piếng', 'advanced'],
  ['Hộ gia đình bà Nguyễn Thị Thoa', 'new-model', 'Vườn đồi chè - cây ăn quả'],
  ['Hộ gia đình anh Sùng A Chứ', 'new-factor'],
  ['Hộ gia đình ông Đặng Văn Hoà', 'good-deed'],
  ['Hộ gia đình chị Hà Thị Duyên', 'new-model', 'Homestay cộng đồng Bản Mế'],
  ['Hộ gia đình ông Trần Văn Khuê', 'advanced'],
  ['Hộ gia đình bà Y Hoa Mlô', 'advanced'],
  ['Hộ gia đình ông Lý Seo Lử', 'good-deed'],
]

const FIELDS = [
  'Sản xuất, kinh doanh', 'Xây dựng nông thôn mới', 'Phát triển kinh tế hộ gia đình', 'Dạy tốt, học tốt',
  'Gương sáng Y đức', 'Dân vận khéo', 'Hội, đoàn thể', 'Thôn, bản văn hoá', 'Quốc phòng, an ninh',
]
const MOVEMENTS = [
  'Lao động giỏi, lao động sáng tạo', 'Chung sức xây dựng nông thôn mới', 'Dân vận khéo',
  'Đổi mới, sáng tạo, hiệu quả trong hoạt động công đoàn', 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
]
const UNITS = [
  'Huyện Hoà An', 'Huyện Đắk Lâm', 'Thành phố Sơn Hà', 'Huyện Thuỷ Nguyên', 'Thị xã Bảo Yên', 'Sở Giáo dục và Đào tạo',
  'Sở Y tế', 'Công ty Cổ phần Chè Hoà Bình', 'Liên đoàn Lao động tỉnh', 'Công ty TNHH May Đắk Lâm',
]
const DEEDS = [
  'cải tiến dây chuyền sấy chè, tiết kiệm 18% điện năng',
  'vận động 40 hộ hiến đất mở rộng đường liên thôn',
  'mở lớp dạy chữ miễn phí cho phụ nữ dân tộc thiểu số',
  'xây dựng mô hình trồng rau theo tiêu chuẩn VietGAP',
  'ba lần hiến máu tình nguyện và cứu người đuối nước',
  'sáng kiến quy trình tiếp đón người bệnh một cửa',
  'giúp 12 hộ nghèo thoát nghèo bằng giống bò lai',
  'thành lập quỹ “Mái ấm công đoàn” cho công nhân khó khăn',
]

const KINDS: ExemplarKind[] = ['advanced', 'new-factor', 'good-deed', 'advanced']

/** 42 profiles across every subject type and kind. */
export function demoExemplars(): DemoExemplar[] {
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!
  const people: DemoExemplar[] = INDIVIDUALS.map(([name, gender, ethnicity], i) => ({
    name, subjectType: 'individual', kind: pick(KINDS, i), gender, ethnicity, directWorker: i % 3 !== 0,
    field: pick(FIELDS, i), movement: pick(MOVEMENTS, i), unit: pick(UNITS, i), deed: pick(DEEDS, i),
  }))
  const collectives: DemoExemplar[] = COLLECTIVES.map(([name, kind, modelName], i) => ({
    name, subjectType: 'collective', kind, modelName, field: pick(FIELDS, i + 2), movement: pick(MOVEMENTS, i + 1),
    unit: pick(UNITS, i + 3), deed: pick(DEEDS, i + 1),
  }))
  const households: DemoExemplar[] = HOUSEHOLDS.map(([name, kind, modelName], i) => ({
    name, subjectType: 'household', kind, modelName, field: pick(FIELDS, i + 1), movement: pick(MOVEMENTS, i + 2),
    unit: pick(UNITS, i), deed: pick(DEEDS, i + 2),
  }))
  return [...people, ...collectives, ...households]
}
