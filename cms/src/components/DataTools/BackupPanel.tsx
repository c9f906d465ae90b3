'use client'
import { useEffect, useState } from 'react'

interface Backup { name: string; bytes: number; createdAt: string }

const size = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`)
const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' })

/** Backups for the administrator (issue #12, point 5): the archives kept, and one now. */
export function BackupPanel() {
  const [backups, setBackups] = useState<Backup[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const load = async () => {
    const res = await fetch('/api/backups', { credentials: 'include' })
    const json = await res.json().catch(() => ({}))
    if (res.ok) setBackups(json.backups)
    else setMessage({ ok: false, text: json.errors?.[0]?.message ?? 'Không tải được danh sách bản sao lưu.' })
  }
  useEffect(() => void load(), [])

  async function backupNow() {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch('/api/backups', { method: 'POST', credentials: 'include' })
      const json = await res.json().catch(() => ({}))
      setMessage(res.ok ? { ok: true, text: `Đã sao lưu: ${json.name} (${size(json.bytes)}, ${json.files} tệp).` } : { ok: false, text: json.errors?.[0]?.message ?? `Sao lưu không thành công (mã ${res.status}); xem nhật ký máy chủ.` })
      await load()
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">Sao lưu</h2>
      <p>
        Bản sao lưu gồm cơ sở dữ liệu (bài viết, hồ sơ, lịch sử duyệt, kế hoạch năm) và ảnh, âm thanh đã tải lên; không gồm khoá bí mật của máy chủ.
        Máy chủ tự sao lưu hằng đêm và giữ các bản gần nhất. Khôi phục bằng lệnh <code>npm run restore -- TỆP</code> vào thư mục dữ liệu trống.
      </p>
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy} onClick={backupNow}>
        {busy ? 'Đang sao lưu…' : 'Sao lưu ngay'}
      </button>
      <p role="status" aria-live="polite" className={message ? (message.ok ? 'data-tools__ok' : 'data-tools__error') : undefined}>{message?.text}</p>
      {backups?.length ? (
        <table className="data-tools__table">
          <caption>Các bản sao lưu đang giữ, mới nhất trước</caption>
          <thead><tr><th scope="col">Bản sao lưu</th><th scope="col">Thời điểm</th><th scope="col">Dung lượng</th></tr></thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td><a href={`/api/backups/${b.name}`} download>{b.name}</a></td>
                <td>{when(b.createdAt)}</td>
                <td>{size(b.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : backups ? <p>Chưa có bản sao lưu nào.</p> : null}
    </section>
  )
}
