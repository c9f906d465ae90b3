/**
 * Who publishes the portal. The council's name comes from the env so each province deploys the
 * same code (SITE_COUNCIL_NAME); the default matches the demo content (tỉnh Sơn Hà is fictional).
 */
export const SITE = {
  name: 'Cổng thông tin Điển hình tiên tiến',
  council: process.env.SITE_COUNCIL_NAME || 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn Hà',
  description:
    'Gương điển hình tiên tiến, mô hình mới, nhân tố mới và người tốt, việc tốt trong các phong trào thi đua của tỉnh: câu chuyện, thành tích, cách làm hay để học tập và nhân rộng.',
  /** The CMS, linked for editors in the footer; empty hides the link. */
  adminUrl: process.env.SITE_ADMIN_URL ?? '',
} as const

/** Items per list page: 20 cards fit a phone screen's scroll budget and a 4-column desktop grid. */
export const PER_PAGE = 20
