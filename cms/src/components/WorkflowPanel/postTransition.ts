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
    const json = (await res.json().catch(() => ({}))) as {
      message?: string
      errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
    }
    if (res.ok) return { ok: true, message: json.message ?? 'Đã lưu.' }
    // A validation error (e.g. no consent to publish a profile) carries its reasons per field.
    const error = json.errors?.[0]
    const reasons = error?.data?.errors?.map((e) => e.message).filter(Boolean) ?? []
    return { ok: false, message: reasons.length > 0 ? reasons.join(' ') : (error?.message ?? `Máy chủ từ chối thao tác (mã ${res.status}).`) }
  } catch {
    return { ok: false, message: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.' }
  }
}
