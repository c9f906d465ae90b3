'use client'
import { useAuth } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

/**
 * "Xuất XLSX / Xuất CSV" above every admin list (issue #12, point 4): the list's current filter,
 * sort and search, carried to /api/export as they are in the address bar. Staff only.
 */
export function ExportLinks({ collection }: { collection: string }) {
  const { user } = useAuth<{ role?: string }>()
  const params = useSearchParams()
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  const query = new URLSearchParams()
  for (const [key, value] of params?.entries() ?? []) if (key === 'sort' || key === 'search' || key.startsWith('where')) query.append(key, value)
  const href = (format: string) => `/api/export/${collection}?${new URLSearchParams([['format', format], ...query]).toString()}`
  return (
    <p className="export-links">
      <span>Xuất danh sách đang lọc: </span>
      <a href={href('xlsx')} download>Xuất XLSX</a>
      {' · '}
      <a href={href('csv')} download>Xuất CSV</a>
    </p>
  )
}
