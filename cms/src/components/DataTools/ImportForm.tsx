'use client'
import { useState } from 'react'

type Verdict = 'create' | 'update' | 'unchanged' | 'error'
interface PlanView {
  fileIssues: string[]
  ignoredColumns: string[]
  rows: { line: number; label: string; verdict: Verdict; messages: string[]; changes: string[] }[]
  counts: Record<Verdict, number>
  ready: boolean
}

const VERDICTS: Record<Verdict, string> = { create: 'Thêm mới', update: 'Cập nhật', unchanged: 'Không đổi', error: 'Lỗi' }
const SHOWN_ROWS = 300

/**
 * Upload, preview, confirm (issue #12, point 3). The server decides everything; this carries the
 * file twice (preview, then commit, which checks it again against the database as it is then).
 */
export function ImportForm({ kinds }: { kinds: { value: string; label: string }[] }) {
  const [kind, setKind] = useState(kinds[0]?.value ?? '')
  const [file, setFile] = useState<File | null>(null)
  const [plan, setPlan] = useState<PlanView | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function send(step: 'preview' | 'commit') {
    if (!file) return setMessage({ ok: false, text: 'Chưa chọn tệp.' })
    setBusy(true)
    setMessage(null)
    const form = new FormData()
    form.set('kind', kind)
    form.set('file', file)
    try {
      const res = await fetch(`/api/import/${step}`, { method: 'POST', body: form, credentials: 'include' })
      const json = await res.json().catch(() => ({}))
      if (json.plan || json.rows) setPlan(json.plan ?? json)
      if (!res.ok) setMessage({ ok: false, text: json.errors?.[0]?.message ?? `Máy chủ trả lỗi ${res.status}.` })
      else if (step === 'commit') {
        setMessage({ ok: true, text: `Đã nhập: ${json.created} thêm mới, ${json.updated} cập nhật, ${json.unchanged} không đổi.${json.invited?.length ? ` Đã gửi thư mời đến ${json.invited.length} người.` : ''}` })
        setPlan(null)
      }
    } catch {
      setMessage({ ok: false, text: 'Không kết nối được máy chủ; kiểm tra mạng rồi thử lại.' })
    } finally {
      setBusy(false)
    }
  }

  const rows = plan ? [...plan.rows.filter((r) => r.verdict === 'error'), ...plan.rows.filter((r) => r.verdict !== 'error')].slice(0, SHOWN_ROWS) : []
  return (
    <div className="data-tools__import">
      <div className="data-tools__controls">
        <label>
          Loại dữ liệu{' '}
          <select value={kind} onChange={(e) => { setKind(e.target.value); setPlan(null) }}>
            {kinds.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
          </select>
        </label>
        <a href={`/api/import/template?kind=${kind}`}>Tải tệp mẫu (XLSX)</a>
        <label>
          Tệp (.xlsx hoặc .csv UTF-8){' '}
          <input type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => { setFile(e.target.files?.[0] ?? null); setPlan(null) }} />
        </label>
        <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy || !file} onClick={() => send('preview')}>
          Xem trước
        </button>
      </div>
      <p role="status" aria-live="polite" className={message ? (message.ok ? 'data-tools__ok' : 'data-tools__error') : undefined}>
        {busy ? 'Đang xử lý…' : message?.text}
      </p>
      {plan ? (
        <section aria-labelledby="import-preview-title">
          <h3 id="import-preview-title">
            Xem trước: {plan.counts.create} thêm mới, {plan.counts.update} cập nhật, {plan.counts.unchanged} không đổi, {plan.counts.error} lỗi
          </h3>
          {plan.fileIssues.length ? <ul className="data-tools__error">{plan.fileIssues.map((issue) => <li key={issue}>{issue}</li>)}</ul> : null}
          {plan.ignoredColumns.length ? <p>Cột bỏ qua (không thuộc mẫu): {plan.ignoredColumns.join(', ')}.</p> : null}
          {rows.length ? (
            <table className="data-tools__table">
              <caption>{plan.rows.length > SHOWN_ROWS ? `${SHOWN_ROWS} trên ${plan.rows.length} dòng, dòng lỗi trước` : 'Từng dòng của tệp'}</caption>
              <thead>
                <tr><th scope="col">Dòng</th><th scope="col">Bản ghi</th><th scope="col">Kết quả</th><th scope="col">Chi tiết</th></tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line} className={`data-tools__row--${row.verdict}`}>
                    <td>{row.line}</td>
                    <td>{row.label}</td>
                    <td>{VERDICTS[row.verdict]}</td>
                    <td>{row.verdict === 'error' ? row.messages.join(' ') : row.changes.length ? `Đổi: ${row.changes.join(', ')}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy || !plan.ready} onClick={() => send('commit')}>
            Xác nhận nhập {plan.counts.create + plan.counts.update} dòng
          </button>
          {!plan.ready ? <p>{plan.counts.error || plan.fileIssues.length ? 'Sửa các lỗi trong tệp rồi tải lên lại: khi còn lỗi, không dòng nào được nhập.' : 'Không có gì mới để nhập.'}</p> : null}
        </section>
      ) : null}
    </div>
  )
}
