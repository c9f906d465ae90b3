import { urls } from '@thidua/content-models'

/** One step of a breadcrumb trail. */
export interface Crumb { name: string; path: string }

/** Breadcrumb trails start at the home page. */
export const HOME: Crumb = { name: 'Trang chủ', path: urls.home() }
export const crumbs = (...items: Crumb[]): Crumb[] => [HOME, ...items]
