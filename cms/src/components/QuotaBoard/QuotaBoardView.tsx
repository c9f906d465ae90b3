import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { UNIT_TYPES, isStaffRole, vietnamYearMonth } from '@thidua/content-models'
import { loadCouncilYear } from '../../reports/loadCouncilYear.ts'
import { QuotaTable } from './QuotaTable.tsx'
import './QuotaBoard.css'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * "Theo dõi chỉ tiêu" (issue #10, point 3), at /admin/chi-tieu: units as rows grouped by emulation
 * cluster, the months or quarters of the chosen year as columns, each cell met, missed, in progress
 * or not required with its count and a link to the items; totals per period; filters by year, unit
 * type and cluster. Staff see every unit, a contributor its own row. Server-rendered, no client JS.
 */
export async function QuotaBoardView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const user = req.user
  const thisYear = vietnamYearMonth(new Date()).year
  const year = Number(first(searchParams?.year)) || thisYear
  const unitType = first(searchParams?.unitType) || undefined
  const cluster = first(searchParams?.cluster) || undefined
  const selected = { unit: first(searchParams?.unit), period: first(searchParams?.period) }
  const body = async () => {
    if (!user) return <p>Cần đăng nhập để xem chỉ tiêu.</p>
    // One read of the year: the cluster list comes from the units the viewer may see, before filters.
    const { board, clusters } = await loadCouncilYear({ payload: req.payload, user }, year, { unitType, cluster })
    const staff = isStaffRole((user as { role?: string }).role)
    const query = (extra: Record<string, string>) => new URLSearchParams({ year: String(year), ...(unitType ? { unitType } : {}), ...(cluster ? { cluster } : {}), ...extra }).toString()
    const detail = board.rows.find((r) => String(r.unit.id) === selected.unit)?.cells.find((c) => c.period.key === selected.period)
    return (
      <>
        <form className="quota-board__filters" method="get" aria-label="Lọc bảng chỉ tiêu">
          <label>
            Năm <input name="year" type="number" min={2015} max={2100} defaultValue={year} />
          </label>
          {staff ? (
            <>
              <label>
                Loại đơn vị{' '}
                <select name="unitType" defaultValue={unitType ?? ''}>
                  <option value="">Tất cả</option>
                  {UNIT_TYPES.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
                </select>
              </label>
              <label>
                Cụm, khối thi đua{' '}
                <select name="cluster" defaultValue={cluster ?? ''}>
                  <option value="">Tất cả</option>
                  {clusters.map((c) => <option key={c} value={c}>{c}</option>)}
                </select>
              </label>
            </>
          ) : null}
          <button type="submit" className="btn btn--style-secondary btn--size-small">Xem</button>
          <a className="quota-board__download" href={`/api/reports/annual?${query({ format: 'xlsx' })}`}>Tải báo cáo năm (XLSX)</a>
          <a className="quota-board__download" href={`/api/reports/annual?${query({ format: 'docx' })}`}>Tải báo cáo năm (DOCX)</a>
          <a className="quota-board__download" href={`/api/reports/annual?${query({ format: 'csv' })}`}>CSV</a>
        </form>
        <QuotaTable board={board} kind="month" caption={`Đơn vị giới thiệu hằng tháng, năm ${year}`} link={(unit, period) => `?${query({ unit, period })}#chi-tiet`} />
        <QuotaTable board={board} kind="quarter" caption={`Đơn vị giới thiệu hằng quý, năm ${year}`} link={(unit, period) => `?${query({ unit, period })}#chi-tiet`} />
        {board.rows.some((r) => r.period === 'none') ? (
          <p className="quota-board__none">Không áp chỉ tiêu: {board.rows.filter((r) => r.period === 'none').map((r) => r.unit.name).join('; ')}.</p>
        ) : null}
        {detail ? (
          <section id="chi-tiet" className="quota-board__detail" aria-labelledby="chi-tiet-title">
            <h2 id="chi-tiet-title">
              {board.rows.find((r) => String(r.unit.id) === selected.unit)?.unit.name}: {detail.period.label} ({detail.count})
            </h2>
            {detail.items.length ? (
              <ul>
                {detail.items.map((item) => (
                  <li key={`${item.collection}-${item.id}`}>
                    <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> ({item.collection === 'exemplars' ? 'hồ sơ điển hình' : 'bài viết'}, đăng lần đầu {item.firstPublishedAt?.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })})
                  </li>
                ))}
              </ul>
            ) : (
              <p>Chưa có hồ sơ hay bài viết nào được đăng trong kỳ này.</p>
            )}
          </section>
        ) : null}
      </>
    )
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <div className="quota-board">
          <h1>Theo dõi chỉ tiêu giới thiệu điển hình</h1>
          <p className="quota-board__lead">
            Mỗi ô là một kỳ: hồ sơ điển hình và bài viết của đơn vị được đăng lần đầu trong kỳ (giờ Việt Nam). Chỉ tiêu theo Kế hoạch năm; bấm vào ô để xem danh sách.
          </p>
          {await body()}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
