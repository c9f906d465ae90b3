'use client'
import { useEffect, useState } from 'react'
import { formatDateTimeVi } from '@thidua/content-models/text/formatDate'
import { releaseDate } from '@thidua/publisher/client/releaseDate'
import type { BuildRecord, PublisherStatus } from '@thidua/publisher/client/protocol'
import type { PublishedItem } from '../../publishing/releaseHistory.ts'
import './PublisherStatus.css'

export interface PublisherStatusView {
  reachable: boolean
  status: PublisherStatus | null
  /** What each recent build published, by build id (publishing/releaseHistory.ts). */
  releases?: Record<string, PublishedItem[]>
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây`

/** The dashboard panel; polls `/api/publisher/status` (every 2 s while a build is due, else 15 s). */
export function PublisherStatusPanel({ initial, canRebuild, siteUrl }: { initial: PublisherStatusView; canRebuild: boolean; siteUrl: string }) {
  const [view, setView] = useState(initial)
  const [message, setMessage] = useState<string | null>(null)
  const [acceptPageDrop, setAcceptPageDrop] = useState(false)
  const [sending, setSending] = useState(false)
  const busy = view.status?.state === 'building' || view.status?.state === 'waiting'

  useEffect(() => {
    const timer = setTimeout(async () => {
      const response = await fetch('/api/publisher/status', { credentials: 'include' }).catch(() => null)
      if (response?.ok) setView((await response.json()) as PublisherStatusView)
    }, busy || sending ? 2000 : 15_000)
    return () => clearTimeout(timer)
  }, [view, busy, sending])

  async function rebuild() {
    setSending(true)
    setMessage(null)
    const response = await fetch('/api/publisher/rebuild', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ acceptPageDrop }),
    }).catch(() => null)
    const body = (await response?.json().catch(() => null)) as { message?: string; errors?: Array<{ message: string }> } | null
    setMessage(response?.ok ? (body?.message ?? 'Đã yêu cầu.') : (body?.errors?.[0]?.message ?? 'Không gửi được yêu cầu.'))
    setSending(false)
    setView({ ...view })
  }

  const { status, reachable } = view
  const last = status?.lastBuild ?? null
  return (
    <section className="publisher-status" aria-live="polite">
      <h2>Cổng thông tin</h2>
      {!reachable ? (
        <p className="publisher-status__warning">
          Bộ xuất bản (publisher) không chạy: bài vừa xuất bản sẽ chưa lên cổng. Hãy khởi động lại bằng <code>npm start</code>.
        </p>
      ) : null}
      <p>
        {status?.live ? (
          <>
            Đang phục vụ bản phát hành
            {releaseDate(status.live) ? ` lúc ${formatDateTimeVi(releaseDate(status.live)!.toISOString())}` : ''} (mã <code>{status.live}</code>) tại{' '}
            <a href={siteUrl} target="_blank" rel="noopener noreferrer">
              {siteUrl}
            </a>
            {status.rollback && status.rollback.to === status.live ? <> (đã quay lui lúc {formatDateTimeVi(status.rollback.at)})</> : null}
          </>
        ) : (
          'Cổng chưa có bản phát hành nào.'
        )}
      </p>
      {status?.state === 'building' ? <p className="publisher-status__busy">Đang xây dựng cổng{status.buildingSince ? ` (từ ${formatDateTimeVi(status.buildingSince)})` : ''}…</p> : null}
      {status?.state === 'waiting' ? <p className="publisher-status__busy">Đang gom các thay đổi, sắp xây dựng…</p> : null}
      {last ? <LastBuild build={last} /> : null}
      {status?.recentBuilds?.length ? <RecentBuilds builds={status.recentBuilds} live={status.live} releases={view.releases ?? {}} /> : null}
      {canRebuild ? (
        <div className="publisher-status__actions">
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={rebuild} disabled={sending || !reachable}>
            Xây dựng lại cổng
          </button>
          {last?.errorCode === 'page-count-drop' ? (
            <label>
              <input type="checkbox" checked={acceptPageDrop} onChange={(e) => setAcceptPageDrop(e.target.checked)} /> Chấp nhận số trang giảm (đã xoá nhiều nội dung)
            </label>
          ) : null}
          {message ? <span role="status">{message}</span> : null}
        </div>
      ) : null}
    </section>
  )
}

function LastBuild({ build }: { build: BuildRecord }) {
  const ok = build.outcome === 'success'
  if (build.errorCode === 'superseded') {
    return (
      <div className="publisher-status__build publisher-status__build--failed">
        <p>
          <strong>Lần xây dựng gần nhất đã bị bỏ</strong> lúc {formatDateTimeVi(build.finishedAt)}: cổng được quay lui trong lúc xây dựng, nên bản đã quay lui vẫn
          được phục vụ. Xuất bản lại hoặc bấm “Xây dựng lại cổng” để dựng từ nội dung hiện tại.
        </p>
      </div>
    )
  }
  return (
    <div className={`publisher-status__build publisher-status__build--${build.outcome}`}>
      <p>
        <strong>{ok ? 'Lần xây dựng gần nhất thành công' : 'Lần xây dựng gần nhất thất bại'}</strong> lúc {formatDateTimeVi(build.finishedAt)}, mất {seconds(build.durationMs)}
        {ok && build.pages !== undefined ? `, ${build.pages.toLocaleString('vi-VN')} trang` : ''}.
      </p>
      {!ok ? (
        <>
          <p>Cổng vẫn phục vụ bản phát hành trước đó; không có gì thay đổi với người đọc. Nguyên nhân (chi tiết kỹ thuật):</p>
          <pre className="publisher-status__error">{build.error}</pre>
        </>
      ) : null}
    </div>
  )
}

/** The recent builds, newest first: when, how it went, and what each published (issue #13, point 5). */
function RecentBuilds({ builds, live, releases }: { builds: BuildRecord[]; live: string | null; releases: Record<string, PublishedItem[]> }) {
  return (
    <details className="publisher-status__history">
      <summary>Các lần xây dựng gần đây ({builds.length})</summary>
      <ol>
        {builds.map((b) => {
          const items = releases[b.id] ?? []
          const more = b.changes - items.length
          return (
            <li key={b.id} className={`publisher-status__release publisher-status__release--${b.outcome}`}>
              <p>
                <time dateTime={b.finishedAt}>{formatDateTimeVi(b.finishedAt)}</time>
                {' · '}
                {b.outcome === 'success' ? (b.fast ? 'Thành công (chỉ các trang thay đổi)' : 'Thành công (toàn bộ cổng)') : 'Thất bại, cổng giữ bản trước'}
                {b.id === live ? <strong> · đang phục vụ</strong> : null}
              </p>
              {b.pagesLeft ? <p className="publisher-status__note">{b.pagesLeft.toLocaleString('vi-VN')} trang danh sách chỉ lùi thứ tự được cập nhật ở lần xây dựng ngay sau.</p> : null}
              {items.length ? (
                <ul>
                  {items.map((item, i) => (
                    <li key={i}>
                      {item.kind} “{item.title}”: {item.action}
                    </li>
                  ))}
                  {more > 0 ? <li>và {more.toLocaleString('vi-VN')} thay đổi khác</li> : null}
                </ul>
              ) : (
                <p className="publisher-status__note">{b.changes ? `${b.changes.toLocaleString('vi-VN')} thay đổi`
                  : b.completedPagesLeft ? `Cập nhật ${b.completedPagesLeft.toLocaleString('vi-VN')} trang danh sách mà lần trước để lại`
                  : 'Xây dựng lại toàn bộ, không có thay đổi mới'}</p>
              )}
            </li>
          )
        })}
      </ol>
    </details>
  )
}
