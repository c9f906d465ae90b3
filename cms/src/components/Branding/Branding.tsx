import type { Payload } from 'payload'
import { GLOBALS } from '@thidua/content-models'
import './Branding.css'

async function councilName(payload: Payload | undefined): Promise<string> {
  const fallback = 'Hội đồng Thi đua - Khen thưởng'
  if (!payload) return fallback
  const info = (await payload.findGlobal({ slug: GLOBALS.portalInfo as never, depth: 0, overrideAccess: true }).catch(() => null)) as { councilName?: string } | null
  return info?.councilName || fallback
}

/** The emblem: a gold star on red, the council's mark (no external image). */
function Emblem({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="31" fill="#b91c1c" />
      <path fill="#facc15" d="M32 12l5.9 18.1H57L41.6 41.3 47.5 59.4 32 48.2 16.5 59.4l5.9-18.1L7 30.1h19.1z" />
    </svg>
  )
}

/**
 * The council's branding in the admin (issue #13, point 5): on the login page the emblem and the
 * council's name from "Thông tin cổng" instead of Payload's logo; in the header the emblem.
 */
export async function Logo({ payload }: { payload?: Payload }) {
  const name = await councilName(payload)
  return (
    <div className="council-logo">
      <Emblem size={56} />
      <div>
        <p className="council-logo__portal">Cổng thông tin Điển hình tiên tiến</p>
        <p className="council-logo__name">{name}</p>
      </div>
    </div>
  )
}

export function Icon() {
  return (
    <span className="council-icon">
      <Emblem size={24} />
    </span>
  )
}
