import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { IMPORT_KINDS, IMPORT_SPECS } from '@thidua/content-models'
import { ImportForm } from './ImportForm.tsx'
import { BackupPanel } from './BackupPanel.tsx'
import './DataTools.css'

/**
 * "Nhập, xuất, sao lưu dữ liệu" at /admin/du-lieu (issue #12, points 3 and 5): importing from Excel
 * for council staff (accounts for the administrator only), backups for the administrator.
 */
export async function DataToolsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const role = (req.user as { role?: string } | null)?.role
  const staff = role === 'admin' || role === 'editor'
  const kinds = IMPORT_KINDS.filter((kind) => kind !== 'users' || role === 'admin').map((kind) => ({ value: kind, label: IMPORT_SPECS[kind].label }))
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <div className="data-tools">
          <h1>Nhập, xuất, sao lưu dữ liệu</h1>
          {!staff ? (
            <p>Chỉ cán bộ Hội đồng Thi đua - Khen thưởng dùng được trang này.</p>
          ) : (
            <>
              <section aria-labelledby="import-title">
                <h2 id="import-title">Nhập từ Excel</h2>
                <p>
                  Tải tệp mẫu, điền mỗi dòng một bản ghi, tải lên và xem trước kết quả từng dòng trước khi xác nhận. Ô trống không xoá dữ liệu đã có; nhập lại cùng tệp không thay đổi gì.
                  Điển hình được nhập ở dạng bản nháp, chỉ lên cổng sau khi duyệt. Tài khoản không kèm mật khẩu: mỗi người nhận thư mời tự đặt mật khẩu.
                </p>
                <ImportForm kinds={kinds} />
              </section>
              <section aria-labelledby="export-title">
                <h2 id="export-title">Xuất danh sách</h2>
                <p>Mỗi danh sách trong trang quản trị (bài viết, điển hình, đơn vị, đăng ký…) có nút “Xuất XLSX” và “Xuất CSV” ở đầu bảng: tệp gồm đúng các dòng đang lọc.</p>
              </section>
              {role === 'admin' ? <BackupPanel /> : null}
            </>
          )}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
