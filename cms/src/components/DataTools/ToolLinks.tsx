import type { ServerProps } from 'payload'

/** The council's own views in the admin's side menu: the quota board and the data tools. */
export function ToolLinks({ user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  const staff = role === 'admin' || role === 'editor'
  return (
    <nav aria-label="Công cụ của Hội đồng" className="tool-links">
      <a className="nav__link" href="/admin/chi-tieu">Theo dõi chỉ tiêu</a>
      {staff ? <a className="nav__link" href="/admin/du-lieu">Nhập, xuất, sao lưu dữ liệu</a> : null}
    </nav>
  )
}
