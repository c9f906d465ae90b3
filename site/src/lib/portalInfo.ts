import { getCollection } from 'astro:content'
import { SITE } from './siteConfig.ts'
import { perBuild } from './buildScope.ts'

/** "Thông tin cổng" as the pages show it: the CMS's values, else the site's configured defaults. */
export interface PortalInfo {
  councilName: string
  agency: string | null
  address: string | null
  phone: string | null
  email: string | null
  responsiblePerson: string | null
  licence: string | null
  about: string | null
  socialLinks: { label: string; url: string }[]
}

export function getPortalInfo(): Promise<PortalInfo> {
  return perBuild('portalInfo', () => getCollection('portal').then((entries) => {
    const d = (entries[0]?.data ?? {}) as Partial<Record<keyof PortalInfo, unknown>>
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null)
    return {
      councilName: text(d.councilName) ?? SITE.council,
      agency: text(d.agency), address: text(d.address), phone: text(d.phone), email: text(d.email),
      responsiblePerson: text(d.responsiblePerson), licence: text(d.licence), about: text(d.about),
      socialLinks: Array.isArray(d.socialLinks) ? (d.socialLinks as { label: string; url: string }[]) : [],
    }
  }))
}
