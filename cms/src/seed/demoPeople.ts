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

// Each profile's unit, field of work, movement and deed belong together (issue #10, point 8): a
// teacher's deed is about teaching, a household's about its farm, and so on.
type Entry = [name: string, unit: string, field: string, movement: string, deed: string, kind: ExemplarKind]
const M = {
  work: 'Lao động giỏi, lao động sáng tạo',
  rural: 'Chung sức xây dựng nông thôn mới',
  mass: 'Dân vận khéo',
  union: 'Đổi mới, sáng tạo, hiệu quả trong hoạt động công đoàn',
  poor: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
  school: 'Đổi mới, nâng cao chất lượng giáo dục và đào tạo nguồn nhân lực',
  health: 'Bảo vệ, chăm sóc và nâng cao sức khoẻ nhân dân',
} as const

const INDIVIDUALS: Array<[...Entry, Gender, string, boolean]> = [
  ['Đặng Thị Hoà', 'Công ty Cổ phần Chè Hoà Bình', 'Sản xuất, kinh doanh', M.work, 'cải tiến dây chuyền sấy chè, tiết kiệm 18% điện năng', 'advanced', 'female', 'Kinh', true],
  ['Lò Văn Thuỷ', 'Huyện Hoà An', 'Xây dựng nông thôn mới', M.rural, 'vận động 40 hộ hiến đất mở rộng đường liên thôn', 'good-deed', 'male', 'Thái', true],
  ['Nguyễn Văn Đức', 'Công ty TNHH May Đắk Lâm', 'Sản xuất, kinh doanh', M.work, 'sáng kiến gá may cổ áo giúp tăng 12% năng suất chuyền', 'new-factor', 'male', 'Kinh', true],
  ['Hoàng Thị Khoẻ', 'Sở Giáo dục và Đào tạo', 'Dạy tốt, học tốt', M.school, 'mở lớp dạy chữ miễn phí cho phụ nữ dân tộc thiểu số', 'advanced', 'female', 'Tày', false],
  ['Trần Minh Quân', 'Sở Y tế', 'Gương sáng Y đức', M.health, 'sáng kiến quy trình tiếp đón người bệnh một cửa', 'new-factor', 'male', 'Kinh', false],
  ['Sùng A Páo', 'Huyện Đắk Lâm', 'Phát triển kinh tế hộ gia đình', M.poor, 'giúp 12 hộ nghèo thoát nghèo bằng giống bò lai', 'good-deed', 'male', 'Mông', true],
  ['Phạm Thị Thuý Hằng', 'Sở Giáo dục và Đào tạo', 'Dạy tốt, học tốt', M.school, 'đưa 30 học sinh bỏ học trở lại lớp', 'advanced', 'female', 'Kinh', true],
  ['Vi Văn Hoàng', 'Huyện Thuỷ Nguyên', 'Quốc phòng, an ninh', M.mass, 'dẫn đội dân quân tuần tra, giữ bình yên bản biên giới', 'advanced', 'male', 'Nùng', true],
  ['Lê Thị Ngọc Ánh', 'Sở Y tế', 'Gương sáng Y đức', M.health, 'ba lần hiến máu tình nguyện và cứu người đuối nước', 'good-deed', 'female', 'Kinh', true],
  ['Bùi Đình Dũng', 'Thị xã Bảo Yên', 'Dân vận khéo', M.mass, 'hoà giải thành 25 vụ tranh chấp đất đai ở cơ sở', 'advanced', 'male', 'Mường', false],
  ['Đỗ Thị Hoà Bình', 'Thành phố Sơn Hà', 'Văn hoá cơ sở', M.rural, 'giữ gìn và truyền dạy hát then cho thanh thiếu niên', 'new-factor', 'female', 'Kinh', true],
  ['Giàng Thị Mỷ', 'Huyện Đắk Lâm', 'Phát triển kinh tế hộ gia đình', M.poor, 'dạy bà con trồng và bán dược liệu qua mạng', 'new-factor', 'female', 'Mông', true],
  ['Vũ Quốc Huy', 'Liên đoàn Lao động tỉnh', 'Hội, đoàn thể', M.union, 'lập quỹ “Mái ấm công đoàn” cho công nhân khó khăn', 'advanced', 'male', 'Kinh', false],
  ['Lường Thị Thoả', 'Huyện Hoà An', 'Xây dựng nông thôn mới', M.rural, 'xây dựng mô hình trồng rau theo tiêu chuẩn VietGAP', 'advanced', 'female', 'Thái', true],
  ['Ngô Văn Toàn', 'Công ty Cổ phần Chè Hoà Bình', 'Sản xuất, kinh doanh', M.work, 'sửa chữa máy vò chè, tiết kiệm 200 triệu đồng mỗi năm', 'good-deed', 'male', 'Kinh', true],
  ['Y Đăm Niê', 'Huyện Đắk Lâm', 'Dạy tốt, học tốt', M.school, 'dạy song ngữ Ê Đê - Việt cho trẻ mẫu giáo', 'advanced', 'female', 'Ê Đê', true],
  ['Trịnh Xuân Thuỷ', 'Sở Y tế', 'Gương sáng Y đức', M.health, 'khám chữa bệnh miễn phí cho người cao tuổi vùng cao', 'advanced', 'male', 'Kinh', false],
  ['Hà Thị Loan', 'Huyện Thuỷ Nguyên', 'Dân vận khéo', M.mass, 'vận động phụ nữ bỏ tập tục tảo hôn', 'good-deed', 'female', 'Tày', true],
  ['Mai Văn Khoa', 'Công ty TNHH May Đắk Lâm', 'Sản xuất, kinh doanh', M.work, 'đào tạo 60 thợ may mới trong một năm', 'advanced', 'male', 'Kinh', true],
  ['Cao Thị Huệ', 'Thành phố Sơn Hà', 'Hội, đoàn thể', M.mass, 'vận động quỹ học bổng cho 120 học sinh nghèo', 'good-deed', 'female', 'Kinh', true],
  ['Đinh Công Thành', 'Thị xã Bảo Yên', 'Xây dựng nông thôn mới', M.rural, 'hiến 500 m² đất làm nhà văn hoá thôn', 'good-deed', 'male', 'Mường', true],
  ['Lý Thị Hoà', 'Huyện Hoà An', 'Thôn, bản văn hoá', M.rural, 'phục dựng nghề thêu thổ cẩm của người Dao', 'new-factor', 'female', 'Dao', true],
]

const COLLECTIVES: Array<[...Entry, string?]> = [
  ['Tổ sản xuất số 3, Công ty CP Chè Hoà Bình', 'Công ty Cổ phần Chè Hoà Bình', 'Sản xuất, kinh doanh', M.work, 'vượt 20% kế hoạch sản lượng chè búp khô', 'advanced'],
  ['Hợp tác xã Nông nghiệp sạch Tân Hoà', 'Huyện Hoà An', 'Xây dựng nông thôn mới', M.rural, 'liên kết 80 hộ trồng rau an toàn cung cấp cho bếp ăn trường học', 'new-model', 'Chuỗi liên kết rau an toàn Tân Hoà'],
  ['Khoa Hồi sức cấp cứu, Bệnh viện Đa khoa tỉnh', 'Sở Y tế', 'Gương sáng Y đức', M.health, 'cứu sống 15 ca ngừng tuần hoàn ngoài bệnh viện', 'advanced'],
  ['Trường Tiểu học Đắk Lâm', 'Sở Giáo dục và Đào tạo', 'Học sinh tích cực, trường học thân thiện', M.school, 'đưa thư viện lưu động về các điểm trường bản', 'new-factor'],
  ['Tổ dân phố số 5, phường Đồng Tâm', 'Thành phố Sơn Hà', 'Tổ dân phố văn hoá', M.mass, 'ba năm liền không có tội phạm, tệ nạn và rác thải bừa bãi', 'new-model', 'Tổ dân phố “Ba không”'],
  ['Công đoàn cơ sở Công ty TNHH May Đắk Lâm', 'Liên đoàn Lao động tỉnh', 'Hội, đoàn thể', M.union, 'xây 12 “Mái ấm công đoàn” cho công nhân khó khăn', 'new-model', 'Mái ấm công đoàn'],
  ['Đội thanh niên tình nguyện xã Tân Hoà', 'Huyện Hoà An', 'Hội, đoàn thể', M.rural, 'làm 3 km đường bê tông và thắp sáng đường quê', 'good-deed'],
  ['Chi hội Phụ nữ thôn Bản Mế', 'Huyện Đắk Lâm', 'Hội, đoàn thể', M.poor, 'lập tổ tiết kiệm giúp 30 phụ nữ vay vốn chăn nuôi', 'new-model', 'Tiết kiệm vì phụ nữ nghèo'],
  ['Phân xưởng Chế biến, Công ty CP Chè Hoà Bình', 'Công ty Cổ phần Chè Hoà Bình', 'Sản xuất, kinh doanh', M.work, 'áp dụng quy trình sao chè bằng nhiệt gián tiếp', 'new-factor'],
  ['Trạm Y tế xã Tân Hoà', 'Sở Y tế', 'Gương sáng Y đức', M.health, 'quản lý sức khoẻ điện tử cho 100% người dân trong xã', 'advanced'],
  ['Ban Công tác Mặt trận thôn Nà Khoang', 'Huyện Thuỷ Nguyên', 'Dân vận khéo', M.mass, 'vận động làm mới 5 km đường bê tông không đền bù', 'new-model', 'Dân vận khéo ở Nà Khoang'],
  ['Tổ công nhân tự quản khu nhà trọ Hoà An', 'Liên đoàn Lao động tỉnh', 'Hội, đoàn thể', M.union, 'giúp đỡ công nhân trọ khó khăn, giữ an ninh khu trọ', 'good-deed'],
]

const HOUSEHOLDS: Array<[...Entry, string?]> = [
  ['Hộ gia đình ông Lò Văn Piếng', 'Huyện Hoà An', 'Phát triển kinh tế hộ gia đình', M.poor, 'thoát nghèo nhờ nuôi cá lồng trên lòng hồ', 'advanced'],
  ['Hộ gia đình bà Nguyễn Thị Thoa', 'Thị xã Bảo Yên', 'Phát triển kinh tế hộ gia đình', M.rural, 'cải tạo đồi chè già thành vườn chè xen cây ăn quả', 'new-model', 'Vườn đồi chè - cây ăn quả'],
  ['Hộ gia đình anh Sùng A Chứ', 'Huyện Đắk Lâm', 'Phát triển kinh tế hộ gia đình', M.poor, 'đầu tiên trong bản trồng sâm dưới tán rừng', 'new-factor'],
  ['Hộ gia đình ông Đặng Văn Hoà', 'Huyện Hoà An', 'Xây dựng nông thôn mới', M.rural, 'hiến 300 m² đất vườn mở rộng đường thôn', 'good-deed'],
  ['Hộ gia đình chị Hà Thị Duyên', 'Huyện Đắk Lâm', 'Thôn, bản văn hoá', M.rural, 'làm du lịch cộng đồng giữ nếp nhà sàn truyền thống', 'new-model', 'Homestay cộng đồng Bản Mế'],
  ['Hộ gia đình ông Trần Văn Khuê', 'Huyện Thuỷ Nguyên', 'Phát triển kinh tế hộ gia đình', M.rural, 'trang trại gà đồi cho thu nhập 600 triệu đồng mỗi năm', 'advanced'],
  ['Hộ gia đình bà Y Hoa Mlô', 'Huyện Đắk Lâm', 'Phát triển kinh tế hộ gia đình', M.poor, 'trồng cà phê sạch và bao tiêu cho 15 hộ nghèo', 'advanced'],
  ['Hộ gia đình ông Lý Seo Lử', 'Thị xã Bảo Yên', 'Xây dựng nông thôn mới', M.poor, 'nhường đất, góp công dựng lớp học cho trẻ trong bản', 'good-deed'],
]

/** 42 profiles across every subject type and kind, each coherent in itself. */
export function demoExemplars(): DemoExemplar[] {
  const people: DemoExemplar[] = INDIVIDUALS.map(([name, unit, field, movement, deed, kind, gender, ethnicity, directWorker]) => ({
    name, subjectType: 'individual', kind, gender, ethnicity, directWorker, field, movement, unit, deed,
  }))
  const collectives: DemoExemplar[] = COLLECTIVES.map(([name, unit, field, movement, deed, kind, modelName]) => ({
    name, subjectType: 'collective', kind, modelName, field, movement, unit, deed,
  }))
  const households: DemoExemplar[] = HOUSEHOLDS.map(([name, unit, field, movement, deed, kind, modelName]) => ({
    name, subjectType: 'household', kind, modelName, field, movement, unit, deed,
  }))
  return [...people, ...collectives, ...households]
}
