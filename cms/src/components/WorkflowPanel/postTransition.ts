/** What the transition endpoint answers. */
export interface TransitionResult {
  ok: boolean
  message: string
}

/**
 * Asks the server for a review step (or a comment) on a document; the server enforces the rules,
 * this only carries the request and brings back its Vietnamese answer.
 */
export async function postTransition(
  apiBase: string,
  collection: string,
  id: string | number,
  body: { to?: string; comment?: string; publishAt?: string },
): Promise<TransitionResult> {
  try {
    const res = await fetch(`${apiBase}/${collection}/${id}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
      body: JSON.stringify(body),
    })
    const json = (await res.json().catch(() => ({}))) as { message?: string; errors?: { message?: string }[] }
    if (res.ok) return { ok: true, message: json.message ?? 'Đã lưu.' }
    return { ok: false, message: json.errors?.[0]?.message ?? `Máy chủ từ chối thao tác (mã ${res.status}).` }
  } catch {
    return { ok: false, message: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.' }
  }
}
