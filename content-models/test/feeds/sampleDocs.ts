import type { FeedArticleSource } from '../../src/feeds/articleToFeedItem.ts'
import type { FeedExemplarSource } from '../../src/feeds/exemplarToFeedItem.ts'
import type { CategoryDoc, MediaDoc, MovementDoc, UnitDoc } from '../../src/schema/types.ts'

/** Small, realistic documents as the portal resolves them, for the feed mapping specs. */
export const SITE_URL = 'https://thidua.example.gov.vn/'

export const education: CategoryDoc = { id: 3, name: 'Giáo dục và đào tạo', slug: 'giao-duc-va-dao-tao' }
export const teaching: CategoryDoc = { id: 4, name: 'Dạy tốt, học tốt', slug: 'day-tot-hoc-tot', parent: 3 }
export const health: CategoryDoc = { id: 5, name: 'Y tế', slug: 'y-te' }

export const ruralMovement: MovementDoc = { id: 7, name: 'Chung sức xây dựng nông thôn mới', slug: 'chung-suc-xay-dung-nong-thon-moi' }

export const district: UnitDoc = { id: 11, name: 'Huyện Hoà An', slug: 'huyen-hoa-an', type: 'district' }
export const commune: UnitDoc = { id: 12, name: 'Xã Đức Long', slug: 'xa-duc-long', type: 'commune', parent: { ...district } }
export const otherDistrict: UnitDoc = { id: 13, name: 'Huyện Đắk Lâm', slug: 'huyen-dak-lam', type: 'district' }

export const photo: MediaDoc = {
  id: 21,
  alt: 'Cô giáo Hoà hướng dẫn học sinh làm thí nghiệm',
  caption: 'Giờ học thực hành ở Trường THCS Đức Long',
  credit: 'Ngọc Mai',
  url: '/api/media/file/co-hoa.jpg',
  mimeType: 'image/jpeg',
  filesize: 812345,
  width: 2560,
  height: 1707,
  sizes: {
    hero: { url: '/api/media/file/co-hoa-1440x960.jpg', width: 1440, height: 960, mimeType: 'image/jpeg', filesize: 301234 },
    card: { url: '/api/media/file/co-hoa-800x533.jpg', width: 800, height: 533, mimeType: 'image/jpeg' },
  },
}

export function article(over: Partial<FeedArticleSource> = {}): FeedArticleSource {
  return {
    id: 101,
    title: 'Cô giáo vùng cao 20 năm bám bản',
    slug: 'co-giao-vung-cao-20-nam-bam-ban',
    guid: 'urn:uuid:5b0f7c52-2f8e-4c0e-9d7e-3b1f7f0e9a11',
    summary: 'Hai mươi năm, cô Hoà đưa cái chữ đến với trẻ em vùng cao.',
    body: 'Đoạn mở đầu với [liên kết nội bộ](/dien-hinh/nguyen-thi-hoa/).\n\n![Ảnh lớp học](/api/media/file/lop-hoc.jpg)\n\n## Kết quả\n\nTỉ lệ chuyên cần đạt 98%.',
    heroImage: photo,
    heroCaption: null,
    heroCredit: null,
    byline: 'Minh Hà',
    unit: commune,
    exemplars: [{ kind: 'advanced' }],
    field: teaching,
    movements: [ruralMovement],
    tags: ['Giáo viên vùng cao'],
    publishedAt: '2026-03-02T01:00:00.000Z',
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.020Z',
    ...over,
  }
}

export function exemplar(over: Partial<FeedExemplarSource> = {}): FeedExemplarSource {
  return {
    id: 201,
    name: 'Nguyễn Thị Hoà',
    slug: 'nguyen-thi-hoa',
    guid: 'urn:uuid:0c6d1f7e-8a44-4d55-b1e2-6f1a2b3c4d5e',
    subjectType: 'individual',
    kind: 'advanced',
    unit: district,
    locality: 'Xã Đức Long, huyện Hoà An',
    field: education,
    movements: [],
    summary: 'Giáo viên dạy giỏi cấp tỉnh nhiều năm liền.',
    achievements: 'Ba năm liền **Chiến sĩ thi đua cơ sở**.',
    initiatives: 'Sáng kiến “Góc đọc sách bản em”.',
    awards: [{ title: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2024, issuer: 'UBND tỉnh' }],
    portrait: photo,
    photos: [],
    publishedAt: '2026-02-10T03:00:00.000Z',
    createdAt: '2026-02-09T03:00:00.000Z',
    updatedAt: '2026-02-10T03:00:00.010Z',
    ...over,
  }
}
