import type { Payload } from 'payload'
import { GLOBALS } from '@thidua/content-models'
import type { DocumentIssuer } from './reportDocx.ts'

/** Who issues and signs the council's documents: the year plan's "Thông tin văn bản", with defaults. */
export async function documentIssuer(payload: Payload): Promise<DocumentIssuer> {
  const plan = (await payload.findGlobal({ slug: GLOBALS.yearPlan as never, depth: 0, overrideAccess: true })) as { document?: Partial<DocumentIssuer> }
  return {
    issuerParent: plan.document?.issuerParent || 'UBND TỈNH',
    issuerName: plan.document?.issuerName || 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    abbreviation: plan.document?.abbreviation || 'HĐTĐKT',
    place: plan.document?.place || '…',
    signerCapacity: plan.document?.signerCapacity || 'TM. HỘI ĐỒNG',
    signerTitle: plan.document?.signerTitle || 'CHỦ TỊCH',
    signerName: plan.document?.signerName ?? null,
  }
}
