/**
 * The reuse terms newsrooms accept when republishing from the feeds (channel `<copyright>`, the
 * press page, the JSON Feed). A story's own rights note, when it has one, takes precedence.
 * The seed plans ask provincial newspapers, radio and television to popularise exemplars; the
 * terms only ask for the source and the authors to be named and the content not to be distorted.
 */
export const PRESS_REUSE_TERMS =
  'Các cơ quan báo chí, đài phát thanh - truyền hình và hệ thống truyền thanh cơ sở được đăng lại, phát lại ' +
  'nội dung của cổng thông tin, ghi rõ nguồn và tên tác giả, tác giả ảnh; không cắt xén làm sai lệch nội dung. ' +
  'Bài viết có ghi chú bản quyền riêng thì thực hiện theo ghi chú đó.'

/** How often (minutes) feed readers may poll; WebSub pushes changes sooner. */
export const FEED_TTL_MINUTES = 60
