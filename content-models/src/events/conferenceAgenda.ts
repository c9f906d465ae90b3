/**
 * The programme of an honouring conference as the Lạng Sơn plan fixes it (part 4, "Nội dung Hội
 * nghị"), for a half-day morning session. Pre-filled on a new conference; organisers edit it.
 */
export interface AgendaItem {
  time: string
  item: string
  speaker?: string
}

export const CONFERENCE_AGENDA: readonly AgendaItem[] = [
  { time: '07:30', item: 'Đón tiếp đại biểu', speaker: 'Ban Tổ chức' },
  { time: '08:00', item: 'Chào cờ' },
  { time: '08:05', item: 'Tuyên bố lý do, giới thiệu đại biểu và khai mạc', speaker: 'Lãnh đạo đơn vị tổ chức' },
  { time: '08:20', item: 'Báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng 05 năm, phương hướng, nhiệm vụ 05 năm tới', speaker: 'Thường trực Hội đồng Thi đua - Khen thưởng' },
  { time: '09:00', item: 'Báo cáo tham luận của các điển hình tiên tiến (tập thể và cá nhân), giao lưu với các điển hình tiên tiến', speaker: 'Đại diện điển hình tiên tiến' },
  { time: '10:00', item: 'Biểu dương, tôn vinh, khen thưởng', speaker: 'Lãnh đạo cấp khen thưởng' },
  { time: '10:30', item: 'Phát động phong trào thi đua giai đoạn tới', speaker: 'Lãnh đạo đơn vị tổ chức' },
  { time: '10:45', item: 'Phát biểu hưởng ứng phong trào thi đua', speaker: 'Đại diện đại biểu' },
  { time: '11:00', item: 'Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên', speaker: 'Ban Tổ chức' },
  { time: '11:15', item: 'Kết luận, bế mạc hội nghị', speaker: 'Lãnh đạo đơn vị tổ chức' },
]

/** A talk or exchange ("tọa đàm, giao lưu") has a lighter programme. */
export const TALK_AGENDA: readonly AgendaItem[] = [
  { time: '14:00', item: 'Tuyên bố lý do, giới thiệu đại biểu', speaker: 'Người dẫn chương trình' },
  { time: '14:10', item: 'Giao lưu, chia sẻ kinh nghiệm của các điển hình tiên tiến' },
  { time: '15:30', item: 'Trao đổi, thảo luận' },
  { time: '16:15', item: 'Kết luận', speaker: 'Lãnh đạo đơn vị tổ chức' },
]

/** The programme a new event of this type starts with. */
export function defaultAgenda(eventType: string | null | undefined): AgendaItem[] {
  return (eventType === 'talk-exchange' ? TALK_AGENDA : CONFERENCE_AGENDA).map((item) => ({ ...item }))
}
