import type { WorkflowState } from './states.ts'

/** Who hears about a step: the board's reviewers, the council's publishers, or the submitter. */
export type NoticeAudience = 'reviewers' | 'publishers' | 'author' | 'managers'

/** An email about a step in the review flow, in Vietnamese. */
export interface WorkflowNotice {
  audience: NoticeAudience
  subject: string
  text: string
}

/** What a notice needs to say. */
export interface NoticeInput {
  to: WorkflowState
  /** The document's title (article) or name (profile). */
  title: string
  /** "Bài viết" or "Điển hình". */
  kindLabel: string
  actorName: string
  comment?: string | null
  /** The document in the admin. */
  link: string
}

const SUBJECT_PREFIX = '[Cổng Thi đua - Khen thưởng]'

/**
 * The email a step sends (issue #3, point 8): a submission tells the reviewers, an approval the
 * publishers, a return for changes and a publication the submitter. Other steps send nothing.
 */
export function workflowNotice(input: NoticeInput): WorkflowNotice | null {
  const { title, kindLabel, actorName, link } = input
  const comment = input.comment?.trim()
  const commentBlock = comment ? `\n\nNhận xét:\n${comment}` : ''
  const footer = `\n\nXem trong trang quản trị: ${link}\n\nThư tự động từ Cổng thông tin Hội đồng Thi đua - Khen thưởng; vui lòng không trả lời thư này.`
  switch (input.to) {
    case 'unit_review':
      return {
        audience: 'managers',
        subject: `${SUBJECT_PREFIX} ${kindLabel} chờ đơn vị xem xét: ${title}`,
        text: `${actorName} vừa gửi ${kindLabel.toLowerCase()} “${title}”. Đề nghị cán bộ thi đua đơn vị xem xét, “Chuyển Hội đồng” hoặc “Trả lại đơn vị” kèm nhận xét.${commentBlock}${footer}`,
      }
    case 'submitted':
      return {
        audience: 'reviewers',
        subject: `${SUBJECT_PREFIX} ${kindLabel} mới chờ duyệt: ${title}`,
        text: `${actorName} vừa gửi ${kindLabel.toLowerCase()} “${title}” để Hội đồng duyệt.${commentBlock}${footer}`,
      }
    case 'approved':
      return {
        audience: 'publishers',
        subject: `${SUBJECT_PREFIX} Đã duyệt, chờ xuất bản: ${title}`,
        text: `${actorName} đã duyệt ${kindLabel.toLowerCase()} “${title}”. Bài đang chờ xuất bản.${commentBlock}${footer}`,
      }
    case 'changes_requested':
      return {
        audience: 'author',
        subject: `${SUBJECT_PREFIX} Cần chỉnh sửa: ${title}`,
        text: `${actorName} đề nghị chỉnh sửa ${kindLabel.toLowerCase()} “${title}” trước khi duyệt tiếp.${commentBlock}\n\nSau khi sửa, bấm “Gửi duyệt lại”.${footer}`,
      }
    case 'published':
      return {
        audience: 'author',
        subject: `${SUBJECT_PREFIX} Đã xuất bản: ${title}`,
        text: `${kindLabel} “${title}” đã được ${actorName} xuất bản trên Cổng thông tin.${commentBlock}${footer}`,
      }
    default:
      return null
  }
}
