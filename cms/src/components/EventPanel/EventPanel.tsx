'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import './EventPanel.css'

interface Row { unit: string; seats: number | null; delegates: number; women: number; ethnicMinority: number; directWorkers: number; shares: Record<'women' | 'ethnicMinority' | 'directWorkers', number | null>; warnings: string[] }
interface Delegation {
  delegates: { headers: string[]; rows: (string | number | null)[][] }
  composition: { rows: Row[]; total: Row }
  dossiers: { unit: string; unitName: string; sent: { kind: string; filename: string; late: boolean }[]; late: boolean; missing: boolean }[]
}
interface DelegateIds { docs: { id: string | number; name: string }[] }

const pct = (v: number | null) => (v === null ? '–' : `${v}%`)

/**
 * The organisers' panel on an event (issue #11, points 2-4): downloads (programme, delegate list),
 * the composition per unit and in total with its warnings, who has sent which dossier and who is
 * late, and choosing delegates for the parent event. Reads /api/events/:id/delegates as the user.
 */
export function EventPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ role?: string }>()
  const staff = user?.role === 'admin' || user?.role === 'editor'
  const [data, setData] = useState<Delegation | null>(null)
  const [people, setPeople] = useState<DelegateIds['docs']>([])
  const [chosen, setChosen] = useState<string[]>([])
  const [message, setMessage] = useState('')

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`/api/events/${id}/delegates?format=json`, { credentials: 'include' })
    if (res.ok) setData(await res.json())
    const list = await fetch(`/api/delegates?where[event][equals]=${id}&depth=0&limit=500&select[name]=true&sort=name`, { credentials: 'include' })
    if (list.ok) setPeople(((await list.json()) as DelegateIds).docs)
  }, [id])
  useEffect(() => void load(), [load])

  if (!id) return <p className="event-panel__note">Lưu sự kiện để phân bổ đại biểu, nhận hồ sơ và tải chương trình.</p>

  async function chooseForParent() {
    const res = await fetch(`/api/events/${id}/choose-delegates`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ delegates: chosen }) })
    const json = await res.json().catch(() => ({}))
    setMessage(res.ok ? `Đã chuyển ${json.created} đại biểu lên sự kiện cấp trên${json.skipped ? ` (${json.skipped} đã có)` : ''}.` : json.errors?.[0]?.message ?? `Không thành công (mã ${res.status}).`)
    if (res.ok) setChosen([])
  }

  const rows = data ? [...data.composition.rows, data.composition.total] : []
  return (
    <section className="event-panel" aria-labelledby="event-panel-title">
      <h3 id="event-panel-title">Đại biểu, cơ cấu và hồ sơ</h3>
      <p className="event-panel__downloads">
        <a href={`/api/events/${id}/agenda`}>Tải chương trình hội nghị (DOCX)</a>
        {' · '}
        <a href={`/api/events/${id}/delegates?format=xlsx`}>Danh sách trích ngang (XLSX)</a>
        {' · '}
        <a href={`/api/events/${id}/delegates?format=docx`}>Danh sách trích ngang (DOCX)</a>
        {' · '}
        <a href={`/admin/collections/delegates/create`}>Thêm đại biểu</a>
        {' · '}
        <a href={`/admin/collections/dossiers/create`}>Gửi hồ sơ</a>
      </p>
      {data ? (
        <>
          <table className="event-panel__table">
            <caption>Cơ cấu đại biểu theo đơn vị (tỷ lệ trên số đã đăng ký)</caption>
            <thead>
              <tr><th scope="col">Đơn vị</th><th scope="col">Phân bổ</th><th scope="col">Đã đăng ký</th><th scope="col">Nữ</th><th scope="col">Dân tộc thiểu số</th><th scope="col">Lao động trực tiếp</th><th scope="col">Cảnh báo</th></tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.unit}-${i}`} className={r.warnings.length ? 'event-panel__warn' : undefined}>
                  <th scope="row">{r.unit}</th>
                  <td>{r.seats ?? '–'}</td>
                  <td>{r.delegates}</td>
                  <td>{r.women} ({pct(r.shares.women)})</td>
                  <td>{r.ethnicMinority} ({pct(r.shares.ethnicMinority)})</td>
                  <td>{r.directWorkers} ({pct(r.shares.directWorkers)})</td>
                  <td>{r.warnings.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="event-panel__table">
            <caption>Hồ sơ đã gửi</caption>
            <thead><tr><th scope="col">Đơn vị</th><th scope="col">Tệp</th><th scope="col">Tình trạng</th></tr></thead>
            <tbody>
              {data.dossiers.map((d) => (
                <tr key={d.unit} className={d.missing || d.late ? 'event-panel__warn' : undefined}>
                  <th scope="row">{d.unitName}</th>
                  <td>{d.sent.length ? d.sent.map((s) => `${s.kind}: ${s.filename}`).join('; ') : 'Chưa gửi'}</td>
                  <td>{d.missing ? 'Quá hạn, chưa gửi' : d.late ? 'Gửi sau hạn' : d.sent.length ? 'Đã gửi' : 'Chưa đến hạn'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {staff && people.length ? (
            <fieldset className="event-panel__choose">
              <legend>Chọn đại biểu đi dự sự kiện cấp trên</legend>
              {people.map((p) => (
                <label key={p.id}>
                  <input type="checkbox" checked={chosen.includes(String(p.id))} onChange={(e) => setChosen(e.target.checked ? [...chosen, String(p.id)] : chosen.filter((c) => c !== String(p.id)))} /> {p.name}
                </label>
              ))}
              <button type="button" className="btn btn--style-secondary btn--size-small" disabled={!chosen.length} onClick={chooseForParent}>
                Chuyển {chosen.length} đại biểu lên cấp trên
              </button>
            </fieldset>
          ) : null}
          <p role="status" aria-live="polite">{message}</p>
        </>
      ) : null}
    </section>
  )
}
